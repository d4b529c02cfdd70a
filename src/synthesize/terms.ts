/**
 * @module synthesize/terms
 * Turns a sentence into the comparable terms alignment works on: lower-cased word stems with British
 * and American spellings folded together, news paraphrase synonyms mapped to one term, and stopwords
 * dropped. Numbers stay as terms: "how much" is part of what a statement says.
 */
import { stemmer } from 'stemmer';

/** Function words and reporting verbs: they say nothing about what a statement is about. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without about as into onto over under ' +
    'than then that this these those there here it its it’s is are was were be been being am do does did ' +
    'has have had having will would shall should can could may might must not no also too very just only ' +
    'he she they we you i me him her them us his hers their theirs our ours your my mine who whom whose ' +
    'which what when where why how all any both each few more most other some such own same s t ' +
    'said says say saying told tell tells added adding according reported reports noted stated ' +
    'mr mrs ms dr while after before since during between through against among amid within ' +
    'if because though although whether up down out off again further once one'
  ).split(/\s+/),
);

/**
 * Paraphrase families common in news wording: words one outlet or translator uses where another uses
 * the other. Each family maps to its first member. Kept small and general: a wrong entry would merge
 * statements that differ, which costs more than a missed merge.
 */
const SYNONYM_FAMILIES: readonly (readonly string[])[] = [
  ['relation', 'relationship', 'tie', 'link', 'bond'],
  ['plan', 'blueprint', 'roadmap'],
  ['grand', 'grandiose', 'ambitious'],
  ['leader', 'president', 'head'],
  ['call', 'videoconference', 'video-call', 'phone'],
  ['talk', 'discussion', 'convers', 'negoti'],
  ['stabil', 'stabilis', 'stabiliz'],
  ['turbul', 'turmoil', 'upheav'],
  ['exemplari', 'model'],
  ['partnership', 'allianc', 'allic'],
  ['praise', 'hail', 'laud', 'tout', 'welcom'],
  ['mention', 'refer', 'reference'],
  ['troop', 'soldier', 'forc'],
  ['kill', 'dead', 'death', 'die'],
  ['injur', 'wound', 'hurt'],
  ['fire', 'blaze'],
  ['earthquak', 'quak', 'tremor', 'temblor'],
  ['firefight', 'fireman', 'firemen'],
  ['start', 'began', 'begin', 'begun', 'launch'],
  ['meet', 'meeting', 'session'],
  ['strike', 'walkout', 'stoppag'],
  ['minist', 'secretari'],
  ['percent', '%', 'per cent'],
  ['usd', 'us$', '$', 'dollar'],
  ['billion', 'bn'],
  ['million', 'mn', 'm'],
];

/** Number words as digits, so "six hours" meets "6 hours". */
const NUMBER_WORDS = new Map(
  'zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, String(i)] as const)
    // "one" stays a stopword: "no one", "one of the" say nothing about numbers.
    .filter(([w]) => w !== '_'),
);

const SYNONYMS = new Map<string, string>();
for (const family of SYNONYM_FAMILIES) for (const word of family) SYNONYMS.set(word, family[0]!);

/** British spellings folded to American before stemming, so "stabilising" and "stabilizing" meet. */
function foldSpelling(word: string): string {
  return word
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/our(s?)$/, 'or$1')
    .replace(/([^aeiou])re$/, '$1er')
    .replace(/ogue$/, 'og');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[$%]/gu;

const NUMBER_RE = /^\d[\d,.]*$/;
const cache = new Map<string, string | null>();
/** Why 50,000: a story's vocabulary is far smaller; the cap only bounds memory on huge inputs. */
const CACHE_LIMIT = 50_000;

/** The comparable term of one word, or null for a stopword. */
export function termOf(word: string): string | null {
  // A number is its own term (commas dropped): not cached, so a text of numbers cannot churn the cache.
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57 && NUMBER_RE.test(word)) return word.replace(/,/g, '');
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let lower = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[’']/g, '');
  let term: string | null;
  const spelled = NUMBER_WORDS.get(lower);
  if (spelled !== undefined) {
    term = spelled;
  } else if (/^\d[\d,.]*$/.test(lower)) {
    term = lower.replace(/,/g, '');
  } else if (STOPWORDS.has(lower) || lower.length < 2) {
    term = null;
  } else {
    lower = lower.replace(/\.$/, '');
    const stem = stemmer(foldSpelling(lower));
    term = SYNONYMS.get(lower) ?? SYNONYMS.get(stem) ?? stem;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, term);
  return term;
}

/** The distinct comparable terms of a text, in order of first appearance. */
export function termsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    // "foreign-policy" meets "foreign policy", "ten-year" meets "ten years": hyphenated words count by part.
    if (word.includes('-') && !/^\d/.test(word)) {
      for (const part of word.split('-')) {
        const term = part === '' ? null : termOf(part);
        if (term !== null) seen.add(term);
      }
      continue;
    }
    const term = termOf(word);
    if (term !== null) seen.add(term);
  }
  return [...seen];
}

/**
 * @module synthesize/attribution
 * Who a statement leans on: a news agency or another outlet the sentence credits for it ("according to
 * AP", "Reuters reported", "as the New York Times reports", "she told the BBC", "told the state-run Tass
 * news service"). An outlet repeating another's report is not an independent witness of it, so such a
 * statement counts toward that origin. Agencies and their spellings are the extraction stage's
 * (`extract/metadata/wire-credit`); outlets are the major ones readers know by name.
 */
import { endsWithCueThenWords } from '../analyze/quotes/word-runs.js';
import { attributionCredits } from '../extract/metadata/wire-credit.js';

/** An origin a sentence leans on: its id (as `originKey` gives it) and the name a reader knows. */
export interface Leaning {
  readonly key: string;
  readonly label: string;
}

/**
 * Major outlets as reporting sentences name them, with their home domain (the key an outlet's own
 * articles get from their URL). Longest spellings first so "The New York Times" wins over "Times".
 */
const OUTLETS: readonly (readonly [RegExp, string, string])[] = [
  [/\b(?:the )?New York Times\b|\bNYT\b/, 'nytimes.com', 'The New York Times'],
  [/\b(?:the )?Washington Post\b/, 'washingtonpost.com', 'The Washington Post'],
  [/\b(?:the )?Wall Street Journal\b|\bWSJ\b/, 'wsj.com', 'The Wall Street Journal'],
  [/\b(?:the )?Los Angeles Times\b|\bLA Times\b/, 'latimes.com', 'Los Angeles Times'],
  [/\b(?:the )?Financial Times\b/, 'ft.com', 'Financial Times'],
  [/\bUSA Today\b/, 'usatoday.com', 'USA Today'],
  [/\b(?:the )?BBC\b/, 'bbc.com', 'BBC'],
  [/\bCNN\b/, 'cnn.com', 'CNN'],
  [/\bCBS News\b|\bCBS\b/, 'cbsnews.com', 'CBS News'],
  [/\bNBC News\b|\bNBC\b/, 'nbcnews.com', 'NBC News'],
  [/\bABC News\b/, 'abcnews.go.com', 'ABC News'],
  [/\bFox News\b/, 'foxnews.com', 'Fox News'],
  [/\bNPR\b/, 'npr.org', 'NPR'],
  [/\b(?:the )?Guardian\b/, 'theguardian.com', 'The Guardian'],
  [/\b(?:the )?Daily Mail\b|\bMailOnline\b/, 'dailymail.co.uk', 'Daily Mail'],
  [/\b(?:the )?Telegraph\b/, 'telegraph.co.uk', 'The Telegraph'],
  [/\b(?:the )?Independent\b/, 'independent.co.uk', 'The Independent'],
  [/\b(?:the )?Evening Standard\b/, 'standard.co.uk', 'Evening Standard'],
  [/\b(?:the )?Sun\b(?= newspaper| reported| said| reports| understands)/, 'thesun.co.uk', 'The Sun'],
  [/\bAl Jazeera\b/, 'aljazeera.com', 'Al Jazeera'],
  [/\bDeutsche Welle\b|\bDW\b/, 'dw.com', 'DW'],
  [/\bRT\b/, 'rt.com', 'RT'],
  [/\b(?:the )?Straits Times\b/, 'straitstimes.com', 'The Straits Times'],
  [/\bChina Daily\b/, 'chinadaily.com.cn', 'China Daily'],
  [/\b(?:the )?Times of India\b/, 'timesofindia.indiatimes.com', 'The Times of India'],
  [/\bPolitico\b/, 'politico.com', 'Politico'],
  [/\bAxios\b/, 'axios.com', 'Axios'],
  [/\bVariety\b/, 'variety.com', 'Variety'],
  [/\bTMZ\b/, 'tmz.com', 'TMZ'],
];

/** Words that tie a name to the statement as its source: before it (up to two words before it), or after it. */
const LEANS_BEFORE_CUE =
  /\b(?:according to|as reported by|reported by|cited by|citing|quoted by|as per|per|told|in an interview with|speaking to|spoke to|in a statement to|as)\s+(?:the\s+)?$/u;
const LEAN_WORD = /[\p{L}-]/u;
const leansBefore = (before: string): boolean => endsWithCueThenWords(before, LEANS_BEFORE_CUE, 2, LEAN_WORD);
const LEANS_AFTER =
  /^(?:['’]s)?\s+(?:(?:first\s+)?reported|reports|has reported|was first to report|said|says|quoted|cited|understands|learned|learnt|obtained|revealed|disclosed)\b/;
/** "As the New York Times reports", "as first reported by": the name is the source, not a speaker. */
const AS_REPORTS = /\bas\s+(?:the\s+)?$/i;

/** The domain key of an outlet name a reader writes, or null when it is not a known outlet. */
export function outletKeyOfName(name: string): Leaning | null {
  for (const [re, key, label] of OUTLETS) if (re.test(name)) return { key: `outlet:${key}`, label };
  return null;
}

/** Every outlet spelling in one pattern: a sentence is scanned once, whatever the number of outlets. */
const ANY_OUTLET = new RegExp(OUTLETS.map(([re]) => `(?:${re.source})`).join('|'), 'g');

/** Sentences read already: copies repeat them, and origins and statements both ask. */
const cache = new Map<string, Leaning[]>();
/** Why 20,000: a story's sentences are far fewer; the cap only bounds memory on huge inputs. */
const CACHE_LIMIT = 20_000;

/** The origins a sentence attributes its content to, in order of appearance (agencies, then outlets). */
export function attributedOrigins(sentence: string): Leaning[] {
  const known = cache.get(sentence);
  if (known !== undefined) return known;
  const out: Leaning[] = [];
  const add = (leaning: Leaning) => {
    if (!out.some((o) => o.key === leaning.key)) out.push(leaning);
  };
  // The agency reader looks for lower-case attribution words; a sentence may open with them.
  for (const credit of attributionCredits(sentence.replace(/\bAccording to\b/g, 'according to')))
    add({ key: `wire:${credit.agency}`, label: credit.agency });
  for (const m of sentence.matchAll(ANY_OUTLET)) {
    const at = m.index ?? 0;
    const before = sentence.slice(Math.max(0, at - 50), at);
    const after = sentence.slice(at + m[0].length, at + m[0].length + 40);
    if (!leansBefore(before) && !LEANS_AFTER.test(after) && !AS_REPORTS.test(before)) continue;
    const outlet = outletKeyOfName(m[0]);
    if (outlet) add(outlet);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(sentence, out);
  return out;
}

/** The agencies a sentence attributes its content to, canonical names, in order of appearance. */
export function attributedAgencies(sentence: string): string[] {
  return [...new Set(attributionCredits(sentence).map((c) => c.agency))];
}

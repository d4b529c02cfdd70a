/**
 * @module cluster/languages
 * Which language a report is in, and its terms in that language: words less that language's stopwords
 * (English: our own news list; others: the `stopwords-iso` lists), or overlapping character pairs for
 * scripts written without spaces (Chinese, Japanese, Thai; Korean too, whose particles cling to words).
 * Names are also read across scripts as anchors (see `anchorOf`): `Путин` and `Putin` meet.
 */

import { createRequire } from 'node:module';
import anyAscii from 'any-ascii';
import { ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS, STOPWORDS } from './stopwords.js';

/** `stopwords-iso`: language -> its stopwords (a JSON file, read once). */
const ISO_STOPWORDS = createRequire(import.meta.url)('stopwords-iso') as Record<string, readonly string[]>;
const stopwordSets = new Map<string, ReadonlySet<string>>();

/** The stopwords of a language (BCP 47 primary subtag); empty for a language without a list. */
export function stopwordsOf(language: string): ReadonlySet<string> {
  if (language === 'en') return STOPWORDS;
  let set = stopwordSets.get(language);
  if (!set) {
    set = new Set(ISO_STOPWORDS[language] ?? []);
    stopwordSets.set(language, set);
  }
  return set;
}

/** Scripts written without spaces between words: read as overlapping character pairs. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_RUN = new RegExp(`${UNSPACED.source}+`, 'gu');

/** Whether a token is a run of an unspaced script. */
export function isUnspaced(token: string): boolean {
  return UNSPACED.test(token);
}

/** Character pairs of an unspaced run (a one-character run stands alone). */
export function characterPairs(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** The scripts that name a language by themselves (first match wins; Cyrillic and Latin are refined). */
const SCRIPTS: readonly [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Cyrillic}/u, 'ru'],
];

/** Latin-script languages told apart by their stopwords. */
const LATIN_LANGUAGES = [
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'sv',
  'da',
  'no',
  'fi',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'ro',
  'hu',
  'tr',
  'id',
  'ms',
  'ca',
  'et',
  'lv',
  'lt',
  'af',
  'sw',
  'tl',
  'vi',
];

/** Tokens sampled to judge a language. */
const SAMPLE = 400;

/**
 * The language of a text's tokens (BCP 47 primary subtag): by script where the script says it, else
 * English unless another language's function words outnumber English ones, else the Latin-script
 * language whose stopwords cover most of the sample. Text too short to judge is taken as English.
 */
export function detectLanguage(tokens: readonly string[]): string {
  const sample = tokens.length > SAMPLE ? tokens.slice(0, SAMPLE) : tokens;
  const scripts = new Map<string, number>();
  let latin = 0;
  for (const token of sample) {
    // Latin letters and digits are below U+0250: the scripts are looked up only for the rest.
    if (token.charCodeAt(0) < 0x250) {
      if (/[a-z\u00c0-\u024f]/.test(token)) latin++;
      continue;
    }
    const found = SCRIPTS.find(([script]) => script.test(token));
    if (found) scripts.set(found[1], (scripts.get(found[1]) ?? 0) + 1);
    else if (/\p{Script=Latin}/u.test(token)) latin++;
  }
  let best = 'en';
  let bestCount = latin;
  for (const [language, n] of scripts) {
    // Kana among Han is Japanese; Han alone is Chinese.
    const count = language === 'zh' && (scripts.get('ja') ?? 0) > 0 ? 0 : n;
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  if (best === 'ru') return sample.some((t) => /[іїєґ]/u.test(t)) ? 'uk' : 'ru';
  if (best !== 'en' || latin < 20) return best;
  let english = 0;
  let other = 0;
  for (const token of sample) {
    if (ENGLISH_FUNCTION_WORDS.has(token)) english++;
    else if (OTHER_FUNCTION_WORDS.has(token)) other++;
  }
  if (!(other >= sample.length * 0.08 && other > english)) return 'en';
  let guess = 'en';
  let covered = 0;
  for (const language of LATIN_LANGUAGES) {
    const stopwords = stopwordsOf(language);
    let n = 0;
    for (const token of sample) if (stopwords.has(token)) n++;
    if (n > covered) [guess, covered] = [language, n];
  }
  return guess;
}

/**
 * A name as an anchor across scripts and spellings: transliterated to ASCII, lower-cased, and reduced to
 * its consonants (`Шойгу` -> `shoygu` -> `shg`, as `Shoigu`; `Эверли` -> `everli` -> `vrl`, as `Averly`).
 * Null when too little is left to tell names apart.
 */
export function anchorOf(name: string): string | null {
  const words = foldName(name)
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  const skeleton = words
    .map((word) => word.replace(/[aeiouy]+/g, '').replace(/(.)\1+/g, '$1'))
    .filter((word) => word.length > 0)
    .join(' ');
  return skeleton.replace(/ /g, '').length >= 3 ? skeleton : null;
}

/** A name folded to ASCII and lower case (`Müller` -> `muller`), so one name is one key in any spelling. */
export function foldName(name: string): string {
  return /^[\x00-\x7f]*$/.test(name) ? name : anyAscii(name).toLowerCase();
}

export { UNSPACED_RUN };

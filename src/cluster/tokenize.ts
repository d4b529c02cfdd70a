/**
 * @module cluster/tokenize
 * Splits text into lower-cased word tokens, and folds them into terms (content words, plural-folded).
 */

import { ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS, STOPWORDS } from './stopwords.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-cased word tokens in text order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The term a token counts as, or null for a stopword, a one-letter token or a long number.
 * A cheap plural fold (`missiles` -> `missile`) stands in for stemming.
 */
export function termOf(token: string): string | null {
  const word = token.endsWith("'s") || token.endsWith('’s') ? token.slice(0, -2) : token;
  if (word.length < 2 || STOPWORDS.has(word)) return null;
  if (/^\d+$/.test(word)) return word.length <= 4 ? word : null;
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) {
    return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  }
  return word;
}

/**
 * Whether tokens read as English: true unless most are in another script, or function words of another
 * language outnumber English ones (English news: ~0.4 English function words). Text that is neither prose
 * (a spec table, a menu of links) gets the benefit of the doubt.
 */
export function looksEnglish(tokens: readonly string[]): boolean {
  if (tokens.length < 40) return true;
  let english = 0;
  let other = 0;
  let nonLatin = 0;
  for (const token of tokens) {
    if (ENGLISH_FUNCTION_WORDS.has(token)) english++;
    else if (OTHER_FUNCTION_WORDS.has(token)) other++;
    if (/[^\p{Script=Latin}\p{N}'’]/u.test(token)) nonLatin++;
  }
  if (nonLatin > tokens.length / 2) return false;
  return !(other >= tokens.length * 0.08 && other > english);
}

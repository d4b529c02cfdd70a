/**
 * @module analyze/english
 * Whether a word is an ordinary English word: the ~275,000 words of `an-array-of-english-words`
 * (lower case, with inflections). A capitalised word that is none of them (`Samsung`, `DxOMark`,
 * `Keegan`) is a name wherever it stands, even opening a sentence.
 *
 * The list is read as text on first use (about 15 ms) and searched in place: it is sorted and holds
 * only `a`–`z`, so a binary search over its characters finds a word without parsing 275,000 strings
 * into a set (about 300 ms, measured).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let list: string | null = null;

const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/** Whether `word` (any case) is in the English word list; a hyphenated word (`Price-wise`) when each part is. */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  // A contraction is its first word's (`We’ve`, `Don’t`, `Can’t`).
  const contraction = CONTRACTION_RE.exec(lower);
  if (contraction) {
    const [, base, n] = contraction;
    return listed(base!) || (n !== undefined && listed(`${base}n`));
  }
  const parts = lower.split(/[-‐]/);
  return parts.every((part) => part !== '' && listed(part));
}

const CONTRACTION_RE = /^([a-z]+?)(n)?[’'](?:ve|ll|re|d|m|t)$/;

function listed(target: string): boolean {
  if (!/^[a-z]+$/.test(target)) return false;
  list ??= readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words'), 'utf8');
  const text = list;
  // Every word lies wholly inside [lo, hi): lo is just past a word, hi at a word's first letter.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    let start = (lo + hi) >>> 1;
    if (isLetter(text.charCodeAt(start))) {
      while (start > lo && isLetter(text.charCodeAt(start - 1))) start--;
    } else {
      const from = start;
      while (start < hi && !isLetter(text.charCodeAt(start))) start++;
      if (start >= hi) {
        hi = from;
        continue;
      }
    }
    let end = start;
    while (end < hi && isLetter(text.charCodeAt(end))) end++;
    const found = text.slice(start, end);
    if (found === target) return true;
    if (found < target) lo = end;
    else hi = start;
  }
  return false;
}

/**
 * A noun in the singular, lower case in and out, so `a pitch` and `four pitches` count one thing and
 * `inches` is the `inch` a figure is measured in: `-men` -> `-man`, `-ies` -> `-y`, `-es` loses `es`
 * where only that leaves a word (`pitches`, `buses`, `inches`; not `houses`), any other `-s` (not `-ss`)
 * its `s`.
 */
export function singularNoun(noun: string): string {
  if (/men$/.test(noun)) return noun.replace(/men$/, 'man');
  if (/[^aeiou]ies$/.test(noun)) return noun.replace(/ies$/, 'y');
  if (/es$/.test(noun) && !isEnglishWord(noun.slice(0, -1)) && isEnglishWord(noun.slice(0, -2)))
    return noun.slice(0, -2);
  return /[^s]s$/.test(noun) ? noun.slice(0, -1) : noun;
}

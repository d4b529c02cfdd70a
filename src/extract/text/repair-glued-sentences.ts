/**
 * @module extract/text/repair-glued-sentences
 * Step `repair-glued-sentences`: paragraphs copied without their break run together
 * (`Ukraine.According`); a space goes back after the stop. Initialisms (`U.S.`), abbreviations (`Mr.`),
 * decimals (`3.5`), `e.g.` and web addresses are left alone.
 *
 * A forward scanner, not a regular expression: a pattern that backs off through a long word before
 * each stop takes time quadratic in the word (a 100 KB run of letters took 16 s). Each character is
 * looked at a bounded number of times.
 */

import type { TextState } from './text-state.js';

/** Cheap test: a stop directly followed by a capital. */
const GLUE_HINT_RE = /[.!?][”’"]?[“‘]?[A-Z\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F]/;
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep inc co corp ltd no vol fig mt ft vs etc'.split(
    ' ',
  ),
);
/** The longest abbreviation above: longer words need no look-up. */
const LONGEST_ABBREVIATION = 5;
/** Web address endings after a stop (`example.Com`): read in place, without slicing. */
const TLDS = ['Com', 'Org', 'Net', 'Gov', 'Edu', 'Io', 'Co', 'Uk', 'In', 'Sg', 'My'];

/** What a regular expression's `\b` counts as a word character. */
const isAsciiWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** True when a web address ending starts at `at` and ends a word there. */
function startsTld(text: string, at: number): boolean {
  for (const tld of TLDS) {
    if (text.startsWith(tld, at) && !isAsciiWordChar(text.charCodeAt(at + tld.length))) return true;
  }
  return false;
}

const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63; // . ! ?
/** Closing quotes that may follow the stop: ” ’ ". */
const isCloseQuote = (c: number): boolean => c === 0x201d || c === 0x2019 || c === 34;
/** Opening quotes that may precede the next sentence: “ ‘. */
const isOpenQuote = (c: number): boolean => c === 0x201c || c === 0x2018;
/** What may close a sentence before its stop without being a word: ) ] ” ’ ". */
const isCloser = (c: number): boolean => c === 41 || c === 93 || isCloseQuote(c);

/** Letters (Latin, Greek, Cyrillic) and digits: what a word before a stop is made of. */
function isWordLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x370 && c <= 0x3ff) ||
    (c >= 0x400 && c <= 0x4ff)
  );
}
function isUpper(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0xde) ||
    (c >= 0x391 && c <= 0x3a9) ||
    (c >= 0x410 && c <= 0x42f)
  );
}
function isLower(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 0xdf && c <= 0xff) ||
    (c >= 0x3b1 && c <= 0x3c9) ||
    (c >= 0x430 && c <= 0x44f)
  );
}

/**
 * Puts a space back after each stop glued to a capitalised word (`spoke.Then` -> `spoke. Then`),
 * when a word of two or more letters or a closing bracket or quote stands before the stop.
 */
export function repairGlued(text: string): string {
  if (!GLUE_HINT_RE.test(text)) return text;
  const parts: string[] = [];
  let copied = 0;
  /** Where the previous repair ended: a word before a stop starts no earlier. */
  let matchEnd = 0;
  /** The current space-separated token: where it starts, and whether it is a web or mail address. */
  let tokenStart = 0;
  let address = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      tokenStart = i + 1;
      address = false;
      continue;
    }
    if (c === 64 || (c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47))
      address = true;
    if (!isStop(c)) continue;
    let end = i;
    while (end < n && isStop(text.charCodeAt(end))) end++;
    let after = end;
    if (after < n && isCloseQuote(text.charCodeAt(after))) after++;
    let next = after;
    if (next < n && isOpenQuote(text.charCodeAt(next))) next++;
    const glued = isUpper(text.charCodeAt(next)) && isLower(text.charCodeAt(next + 1));
    if (!glued || !gluedAfterWord(text, i, matchEnd, address, tokenStart, after)) {
      i = end - 1;
      continue;
    }
    parts.push(text.slice(copied, after), ' ');
    copied = after;
    matchEnd = after;
    i = after - 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** True when the stop at `stop` closes a sentence: after a word or a closer, not an abbreviation or address. */
function gluedAfterWord(
  text: string,
  stop: number,
  floor: number,
  address: boolean,
  tokenStart: number,
  after: number,
): boolean {
  let start = stop;
  while (start > floor && isWordLetter(text.charCodeAt(start - 1))) start--;
  const length = stop - start;
  if (length === 1) return false;
  if (length === 0 && !(stop > floor && isCloser(text.charCodeAt(stop - 1)))) return false;
  if (startsTld(text, after)) return false;
  if (
    length >= 2 &&
    length <= LONGEST_ABBREVIATION &&
    ABBREVIATIONS.has(text.slice(start, stop).toLowerCase())
  )
    return false;
  return !address && !text.startsWith('www.', tokenStart);
}

export function repairGluedSentences(state: TextState): void {
  for (const unit of state.units) unit.text = repairGlued(unit.text);
}

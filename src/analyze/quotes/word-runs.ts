/**
 * @module analyze/quotes/word-runs
 * Small scans over runs of characters, for the phrases quote attribution reads around a verb or a name
 * (`told the Reuters news agency that`, `said in a written statement`, `according to the state's`).
 * Each reads its text once, or a bounded number of times, in place of patterns that repeat a group of
 * repeated characters.
 */

const SPACE_RE = /\s/;

/** A text with each quotation in double marks blanked to a space (`“Mom,” Malia said` -> `  Malia said`). */
export function withoutQuotations(text: string): string {
  return text.replace(/["“][^"”]*["”]/g, ' ');
}

/** The character (a whole code point) at `at`, or '' at the end. */
export function charAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The end of the run of characters matching `re` from `at` (`at` itself when there is none). */
export function runFrom(text: string, at: number, re: RegExp): number {
  let i = at;
  for (let c = charAt(text, i); c !== '' && re.test(c); c = charAt(text, i)) i += c.length;
  return i;
}

/** The start of the run of characters matching `re` that ends at `end` (`end` itself when there is none). */
export function runBefore(text: string, end: number, re: RegExp): number {
  let i = end;
  while (i > 0) {
    const low = text.charCodeAt(i - 1);
    const high = i > 1 ? text.charCodeAt(i - 2) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!re.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return i;
}

/** The end of the white space from `at`. */
export const spaceFrom = (text: string, at: number): number => runFrom(text, at, SPACE_RE);

/**
 * Whether `text` ends with up to `max` words (runs of `wordRe` characters), each followed by white
 * space, and just before them something `cueEnd` finds at the end of what precedes them (a cue, white
 * space, then those words to the end), checking the cue before each of the last `max` words in turn.
 */
export function endsWithCueThenWords(text: string, cueEnd: RegExp, max: number, wordRe: RegExp): boolean {
  return cueThenWords(text, cueEnd, max, wordRe, false) >= 0;
}

/**
 * Where the furthest such cue starts in `text` (as `cueEnd` matches it), or -1: the offset at which a
 * pattern of the cue followed by up to `max` words would match, found by a scan instead.
 */
export function cueBeforeWords(text: string, cueEnd: RegExp, max: number, wordRe: RegExp): number {
  return cueThenWords(text, cueEnd, max, wordRe, true);
}

/** The cue before the last words of `text`: the nearest one, or with `furthest` the furthest back. */
function cueThenWords(text: string, cueEnd: RegExp, max: number, wordRe: RegExp, furthest: boolean): number {
  let found = -1;
  let start = text.length;
  for (let words = 0; ; words++) {
    const cue = cueEnd.exec(text.slice(0, start));
    if (cue) {
      found = cue.index;
      if (!furthest) return found;
    }
    if (words === max) return found;
    const wordEnd = runBefore(text, start, SPACE_RE);
    if (wordEnd === start) return found;
    const wordStart = runBefore(text, wordEnd, wordRe);
    if (wordStart === wordEnd) return found;
    start = wordStart;
  }
}

const CAPITAL_RE = /\p{Lu}/u;

/**
 * Whether `text` from `at` to its end is only capitalised words, each followed by white space: an
 * optional `the` or `The` first, then at most `max` words, each a capital letter and then characters
 * `restRe` matches (`Prime Minister `, `the Rev. `). A scan in place of a pattern that would repeat a
 * group (a capital, its letters, its spaces) holding repeated characters of its own.
 */
export function onlyCapitalisedWordsFrom(text: string, at: number, max: number, restRe: RegExp): boolean {
  let i = at;
  if ((text.startsWith('the', i) || text.startsWith('The', i)) && SPACE_RE.test(charAt(text, i + 3)))
    i = spaceFrom(text, i + 3);
  for (let words = 0; i < text.length; words++) {
    const first = charAt(text, i);
    if (words === max || !CAPITAL_RE.test(first)) return false;
    const wordEnd = runFrom(text, i + first.length, restRe);
    const next = spaceFrom(text, wordEnd);
    if (next === wordEnd) return false;
    i = next;
  }
  return true;
}

/**
 * The run of capitalised words from `at`: each a capital letter and then characters `restRe` matches,
 * at most `max`, the next one after a single white-space character; empty when no capital stands at
 * `at`. A scan in place of a pattern that would repeat a group (a space, a capital, its letters) holding
 * repeated characters of its own.
 */
export function capitalisedWordsFrom(text: string, at: number, max: number, restRe: RegExp): string[] {
  const words: string[] = [];
  for (let i = at; words.length < max; ) {
    const first = charAt(text, i);
    if (!CAPITAL_RE.test(first)) break;
    const end = runFrom(text, i + first.length, restRe);
    words.push(text.slice(i, end));
    if (!SPACE_RE.test(charAt(text, end))) break;
    i = end + 1;
  }
  return words;
}

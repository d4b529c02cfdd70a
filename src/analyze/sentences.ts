/**
 * @module analyze/sentences
 * Splits news prose into sentences with offsets into the article text. Linear: one pass over each
 * block with precompiled sticky checks. Handles abbreviations and initials (`Mr`, `Dr`, `U.S.`, `Jan.`,
 * `Sen. Ron Wyden, D-Oregon`), decimals and money (`US$228.5 billion`), quotations that end a sentence
 * (`...factor.” The`), glued sentences (`Ukraine.According`) and headings (always their own sentence).
 */
import type { Block, Sentence, Span } from '../types.js';
import { TITLE_ABBREVIATIONS } from './names.js';

/** Words that, followed by a period, do not end a sentence: titles' abbreviations and fixed ones. */
const NON_FINAL_ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS,
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'vs',
  'dept',
  'e.g',
  'i.e',
  'cf',
  'al',
  'ave',
  'blvd',
]);

/** Abbreviations before a number: not a boundary when one follows (`No. 5`, `Vol. 2`); `said no.` ends a sentence. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'fig', 'approx', 'est']);

/** Month abbreviations: not a boundary when a day number follows (`Jan. 4`). */
const MONTH_ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Words that usually start a sentence: after an initialism (`in the U.S. The`) they mark a boundary. */
const SENTENCE_STARTERS = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'But',
  'And',
  'In',
  'On',
  'At',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'If',
  'When',
  'While',
  'As',
  'After',
  'Before',
  'Since',
  'However',
  'Meanwhile',
  'Still',
  'Yet',
  'So',
  'For',
  'Some',
  'Many',
  'Both',
]);

const CLOSERS = '"”’\')]»';
const OPENERS = '"“‘\'([«';

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();

/** The word (letters and inner periods) that ends just before `end`. */
function wordBefore(text: string, end: number, from: number): string {
  let i = end;
  while (i > from) {
    const c = text[i - 1]!;
    if (isLetter(c) || c === '.') i--;
    else break;
  }
  return text.slice(i, end);
}

/** The next word starting at `i` (letters only). */
function wordAt(text: string, i: number, to: number): string {
  let j = i;
  while (j < to && isLetter(text[j]!)) j++;
  return text.slice(i, j);
}

/** Decides whether a period at `dot` (followed by whitespace, then `next` at `nextAt`) ends a sentence. */
function periodEndsSentence(text: string, dot: number, nextAt: number, from: number, to: number): boolean {
  const word = wordBefore(text, dot, from);
  const lower = word.toLowerCase();
  const next = text[nextAt]!;
  if (NON_FINAL_ABBREVIATIONS.has(lower)) return false;
  // A court case's `v.` (`Martin v. Boise`).
  if (word === 'v' && isUpper(next)) return false;
  if ((MONTH_ABBREVIATIONS.has(lower) || NUMBER_ABBREVIATIONS.has(lower)) && isDigit(next)) return false;
  // A single initial (`J. Smith`) or an initialism (`U.S.`, `D.C.`) followed by a name.
  const isInitial = word.length === 1 && isUpper(word);
  const isInitialism = /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
  if (isInitial || isInitialism) {
    if (isInitial && !isUpper(next)) return false;
    return SENTENCE_STARTERS.has(wordAt(text, nextAt, to));
  }
  return true;
}

/**
 * Whether the full stop at `dot` is a title's or an initial's (`Mr. Roe`, `R. Nicholas Roe`), by the
 * splitter's own rules: a stop followed by white space and a word it does not end a sentence before.
 */
export function isAbbreviationStop(text: string, dot: number): boolean {
  let nextAt = dot + 1;
  while (nextAt < text.length && /\s/.test(text[nextAt]!)) nextAt++;
  if (nextAt === dot + 1 || nextAt >= text.length) return false;
  return !periodEndsSentence(text, dot, nextAt, 0, text.length);
}

/** A stop, space, then a capital: where a new sentence may begin. */
const NEW_SENTENCE_RE = /[.!?]\s+(?=\p{Lu})/gu;

/**
 * Whether a sentence ends inside `text` and another begins (`.`, `!` or `?`, space, a capital), by the
 * splitter's own rules: a title's or an initial's full stop (`Mr. Roe`, `R. Nicholas Roe`) ends none.
 */
export function startsNewSentence(text: string): boolean {
  NEW_SENTENCE_RE.lastIndex = 0;
  for (let m = NEW_SENTENCE_RE.exec(text); m; m = NEW_SENTENCE_RE.exec(text)) {
    const nextAt = m.index + m[0].length;
    if (m[0][0] !== '.' || periodEndsSentence(text, m.index, nextAt, 0, text.length)) return true;
  }
  return false;
}

/** A quotation longer than this is not held together: unbalanced marks must not swallow a paragraph. */
const MAX_QUOTE_CHARS = 600;

/** The spans of `text[from, to)` inside quotation marks (curly pairs, or straight marks taken in turns). */
function quotedSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let curly = -1;
  let straight = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“') curly = i;
    else if (c === '”' && curly !== -1) {
      if (i - curly <= MAX_QUOTE_CHARS) spans.push({ start: curly, end: i });
      curly = -1;
    } else if (c === '"') {
      if (straight === -1) straight = i;
      else {
        if (i - straight <= MAX_QUOTE_CHARS) spans.push({ start: straight, end: i });
        straight = -1;
      }
    }
  }
  return spans;
}

/**
 * Whether the line break at `at` inside a block (a `<br>` of a page: a list of names, an address, a
 * verse) ends a sentence: always, unless the line runs on in lower case (`the quick brown<br>fox`) or
 * a quotation holds it.
 */
function lineEnds(text: string, at: number, start: number, to: number, quotes: readonly Span[]): boolean {
  let next = at + 1;
  while (next < to && isSpace(text[next]!)) next++;
  if (next >= to || at <= start) return false;
  if (isLower(text[next]!) && !/[.!?:;…]/.test(text[at - 1]!)) return false;
  return !quotes.some((q) => q.start < at && q.end > at);
}

/** Finds sentence spans in `text[from, to)`, pushing them into `out`. */
function splitRange(text: string, from: number, to: number, out: Span[]): void {
  // A quotation of several sentences stays one sentence with its attribution ("A. B,” she said.).
  const quotes = quotedSpans(text, from, to);
  let q = 0;
  let start = from;
  while (start < to && isSpace(text[start]!)) start++;
  let i = start;
  while (i < to) {
    const c = text[i]!;
    if (c === '\n' && lineEnds(text, i, start, to, quotes)) {
      let end = i;
      while (end > start && isSpace(text[end - 1]!)) end--;
      if (end > start) out.push({ start, end });
      start = i + 1;
      while (start < to && isSpace(text[start]!)) start++;
      i = start;
      continue;
    }
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      while (j < to && CLOSERS.includes(text[j]!)) j++;
      let k = j;
      while (k < to && isSpace(text[k]!)) k++;
      if (k >= to) break;
      let nextAt = k;
      while (nextAt < to && OPENERS.includes(text[nextAt]!)) nextAt++;
      const next = text[nextAt] ?? '';
      let boundary = false;
      if (k > j) {
        // Whitespace follows: a boundary when the next word starts like a sentence.
        if (isUpper(next) || isDigit(next) || (nextAt > k && next !== '' && !isLower(next))) {
          boundary = c !== '.' || periodEndsSentence(text, i, nextAt, start, to);
          if (c === '…' && !isUpper(next)) boundary = false;
        }
      } else if (c !== '…' && isUpper(next) && nextAt + 1 < to && isLower(text[nextAt + 1]!)) {
        // Glued sentences (`Ukraine.According`): a lowercase word of 2+ letters, then a capitalised word.
        const prev = text[i - 1] ?? '';
        const prev2 = text[i - 2] ?? '';
        boundary =
          isLower(prev) && isLetter(prev2) && (c !== '.' || wordBefore(text, i, start).indexOf('.') < 0);
      }
      if (boundary) {
        while (q < quotes.length && quotes[q]!.end < i) q++;
        const quote = quotes[q];
        // Inside a quotation that closes later (not right after this stop): not a boundary.
        if (quote !== undefined && quote.start < i && quote.end >= j) boundary = false;
      }
      if (boundary) {
        out.push({ start, end: j });
        start = k;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  let end = to;
  while (end > start && isSpace(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Blocks for a text that came without any: lines, split at every newline. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (m[0].trim() === '') continue;
    blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return blocks;
}

/**
 * Splits `text` into sentences. `blocks` (an article's paragraphs) say where headings are: a heading is
 * one sentence with `heading: true`. Without blocks, every line is a block.
 * @example splitSentences('Mr Xi spoke. He left.').map((s) => s.text) // ['Mr Xi spoke.', 'He left.']
 */
export function splitSentences(text: string, blocks?: readonly Block[]): Sentence[] {
  const list = blocks && blocks.length > 0 ? blocks : blocksOf(text);
  const sentences: Sentence[] = [];
  const spans: Span[] = [];
  for (let b = 0; b < list.length; b++) {
    const block = list[b]!;
    const from = Math.max(0, Math.min(block.start, text.length));
    const to = Math.max(from, Math.min(block.end, text.length));
    spans.length = 0;
    if (block.kind === 'heading') {
      let s = from;
      let e = to;
      while (s < e && isSpace(text[s]!)) s++;
      while (e > s && isSpace(text[e - 1]!)) e--;
      if (e > s) spans.push({ start: s, end: e });
    } else {
      splitRange(text, from, to, spans);
    }
    for (const span of spans) {
      sentences.push({
        index: sentences.length,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        block: b,
        heading: block.kind === 'heading',
      });
    }
  }
  return sentences;
}

/** Index of the sentence containing offset `at` (binary search), or -1. */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

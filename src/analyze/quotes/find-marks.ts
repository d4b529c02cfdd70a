/**
 * @module analyze/quotes/find-marks
 * Step `findMarks`: the spans inside quotation marks, one pass over each paragraph. Double marks
 * (straight `"` and typographic `“ ”`) and single marks (typographic `‘ ’` and the straight `'` some
 * large outlets use for every quote: `'We will rebuild,' said the mayor`), told apart from apostrophes
 * by what stands on each side (`don't`, `the '90s`, `the girls' parents`). A quotation inside a
 * quotation is kept with its parent. A quote whose paragraph ends unclosed and whose next paragraph
 * opens with the same mark goes on there (the news convention for a quote of several paragraphs); one
 * that never closes runs to the end of its paragraph when it opens the paragraph or follows a colon,
 * and is dropped otherwise. Linear: each character is looked at once, with a bounded look-around.
 */
import type { Marked, QuoteState } from './state.js';

/** The quotation marks and apostrophes the scan stops at (it steps over everything else). */
const MARKS = new Set(['"', "'", '“', '”', '‘', '’', '„']);

/**
 * The next mark at or after `i`, or `to`: the search ends with the paragraph (a pattern searched from
 * `i` would read on to the end of the text for every paragraph without a mark: quadratic).
 */
function nextMark(text: string, i: number, to: number): number {
  while (i < to && !MARKS.has(text[i]!)) i++;
  return i;
}
/**
 * After a closing mark whose opening mark was lost: the punctuation that ends quoted words inside the
 * mark's quotation, then a speech verb within a few words (`,” he said`, `,” the Paris prosecutor, Ana
 * Roe, said`).
 */
const LOST_OPENING_RE =
  /^\s{0,2}(?:said|says|added|told|explained|insisted|warned|stressed)\b|^\s{0,2}(?:[\p{L}.’'-]{1,30},?\s{1,2}){1,7}(?:said|says|added|told|explained|insisted|warned|stressed)\b/u;

/** Longest quotation kept, in characters: a longer run is an unbalanced mark. */
const MAX_QUOTE = 4000;

type Style = 'double' | 'single';
type Role = 'open' | 'close' | 'either' | 'weak';

interface Open {
  readonly at: number;
  readonly style: Style;
  /** Where the quoted words start (after the mark and any space). */
  readonly inner: number;
  /** A possessive-like close (`the girls' `) to fall back on when no better close comes. */
  weak: number;
  readonly children: Marked[];
}

const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
const isWordChar = (c: string): boolean => c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9');
/** What may stand before an opening mark: a space, an opening bracket, a dash, another mark. */
const OPENERS = new Set(['(', '[', '{', '\u2014', '\u2013', '/', '“', '"', '‘', "'", '-']);
const opensAfter = (c: string): boolean => isSpace(c) || OPENERS.has(c);
/** Elisions that start with an apostrophe (`'90s`, `'em`, `'n'`, `'til`). */
const ELISION_RE = /^(?:\d0s|\d\d\b|em\b|n[’']|til\b|cause\b|tis\b|twas\b)/i;

/** What the quotation mark at `i` is, or null for an apostrophe or a stray mark. */
function roleAt(text: string, i: number, from: number, to: number): { style: Style; role: Role } | null {
  const c = text[i]!;
  const prev = i > from ? text[i - 1]! : ' ';
  const next = i + 1 < to ? text[i + 1]! : ' ';
  const nextWordy = !isSpace(next) && !/[,.;:!?)\]]/.test(next);
  // An opening mark with no word after it closes a quotation typed with the wrong mark (`…experience, “
  // said Roe`) when one is open.
  if (c === '“' || c === '„') return { style: 'double', role: nextWordy ? 'open' : 'either' };
  if (c === '”') return { style: 'double', role: opensAfter(prev) && isWordChar(next) ? 'either' : 'close' };
  if (c === '"') {
    // After a closing single mark it closes the quotation around it (`… hook them up,'" she said`).
    if (opensAfter(prev))
      return nextWordy
        ? { style: 'double', role: 'open' }
        : prev === "'" || prev === '’'
          ? { style: 'double', role: 'close' }
          : null;
    return { style: 'double', role: nextWordy && isWordChar(next) ? 'either' : 'close' };
  }
  if (c === '‘') {
    if (!opensAfter(prev) || !nextWordy) return null;
    return ELISION_RE.test(text.slice(i + 1, i + 6)) ? null : { style: 'single', role: 'open' };
  }
  if (c === '’' || c === "'") {
    if (isWordChar(prev) && isWordChar(next)) return null; // don't, O'Brien, Xi’s
    // Two closing singles stand for a closing double (`…come back.’’`).
    if (next === c && !opensAfter(prev)) return { style: 'double', role: 'close' };
    if (opensAfter(prev)) {
      if (c === '’' || !nextWordy || ELISION_RE.test(text.slice(i + 1, i + 6))) return null;
      return { style: 'single', role: 'open' };
    }
    if (isWordChar(next)) return null;
    // `the girls' parents`, `the Patriots' Tom Brady`: a plural possessive looks like a close.
    const possessive = (prev === 's' || prev === 'S') && next === ' ' && isWordChar(text[i + 2] ?? ' ');
    return { style: 'single', role: possessive ? 'weak' : 'close' };
  }
  return null;
}

/** The first non-space offset at or after `i`, below `to`. */
function skipSpace(text: string, i: number, to: number): number {
  while (i < to && isSpace(text[i]!)) i++;
  return i;
}

function trimmedSpan(text: string, from: number, to: number): { start: number; end: number } | null {
  let s = from;
  let e = to;
  while (s < e && isSpace(text[s]!)) s++;
  while (e > s && (isSpace(text[e - 1]!) || /[,;:]/.test(text[e - 1]!))) e--;
  return e > s ? { start: s, end: e } : null;
}

export function findMarks(state: QuoteState): void {
  const { text } = state;
  const out: Marked[] = [];
  const blocks = state.blocks;
  let carried: Open | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const from = Math.max(0, blocks[b]!.start);
    const to = Math.min(text.length, blocks[b]!.end);
    const stack: Open[] = [];
    let i = from;
    if (carried) {
      // The quote of the previous paragraph goes on: its opening mark here is not a new quote.
      stack.push(carried);
      i = skipSpace(text, from, to) + 1;
      carried = null;
    }
    const emit = (o: Open, closeAt: number, after: number, unclosed: boolean): void => {
      const span = trimmedSpan(text, o.inner, closeAt);
      if (!span) return;
      const m: Marked = {
        start: span.start,
        end: span.end,
        open: o.at,
        close: after,
        style: o.style,
        parent: null,
        unclosed,
      };
      const parent = stack[stack.length - 1];
      for (const child of o.children) {
        // A quote that closes after this one (which fell back on a possessive-like close) is not inside it.
        if (child.close <= after) (child as { parent: Marked | null }).parent = m;
        else parent?.children.push(child);
      }
      if (parent) parent.children.push(m);
      out.push(m);
    };
    /** Whether a quotation mark came before in this paragraph (a lost opening mark is only its first). */
    let markedBefore = stack.length > 0;
    for (let at = nextMark(text, i, to); at < to; at = nextMark(text, at + 1, to)) {
      i = at;
      const r = roleAt(text, i, from, to);
      if (!r) continue;
      // Drop quotes that ran too long: an unbalanced mark, not a quotation.
      while (stack.length > 0 && i - stack[0]!.at > MAX_QUOTE) stack.shift();
      const top = stack.findLastIndex((o) => o.style === r.style);
      const opens = (): void => {
        if (stack.length >= 3) return;
        let inner = i + 1;
        while (inner < to && isSpace(text[inner]!)) inner++;
        stack.push({ at: i, style: r.style, inner, weak: -1, children: [] });
      };
      if (r.role === 'open' || (r.role === 'either' && top === -1)) {
        markedBefore = true;
        if (top !== -1 && r.style === 'double' && top === stack.length - 1) {
          // A second opening double mark while one is open: after a full stop it reopens the same
          // quotation (`...scene. “We have`); a typographic one inside a typographic one is a quote
          // inside it (`“…as an “honest broker”, …”`); otherwise the first one never closed.
          const before = text.slice(Math.max(from, i - 3), i).trimEnd();
          if (/[.?!…]$/.test(before)) continue;
          if (!(text[i] === '“' && text[stack[top]!.at] === '“')) stack.length = top;
        }
        opens();
        continue;
      }
      if (top === -1 && r.role === 'close' && r.style === 'double' && text[i + 1] === text[i]) {
        // Two closing singles after a single-quoted quotation close it (`'…it probably is,'' he said`).
        const single = stack.findLastIndex((o) => o.style === 'single');
        if (single !== -1) {
          const o = stack[single]!;
          stack.length = single;
          emit(o, i, i + 2, false);
          at = i + 1;
        }
        continue;
      }
      if (top === -1) {
        // A paragraph that ends a quotation it never opened (`…who were killed,” the prosecutor said`):
        // the opening mark was lost, and the words run from the paragraph's start, when a speech verb
        // follows the mark and no mark came before it in the paragraph.
        if (
          r.role === 'close' &&
          r.style === 'double' &&
          !markedBefore &&
          stack.length === 0 &&
          /[,.!?…]$/.test(text.slice(Math.max(from, i - 1), i)) &&
          LOST_OPENING_RE.test(text.slice(i + 1, i + 80))
        )
          emit(
            { at: from, style: 'double', inner: skipSpace(text, from, to), weak: -1, children: [] },
            i,
            i + 1,
            false,
          );
        markedBefore = true;
        continue; // a close with nothing open
      }
      if (r.role === 'weak') {
        if (stack[top]!.weak === -1) stack[top]!.weak = i;
        continue;
      }
      const o = stack[top]!;
      stack.length = top; // inner quotes left open are dropped with it
      // Two closing singles standing for a double (`"…surface,'' said Roe`) close after both.
      const pair = r.style === 'double' && (text[i] === "'" || text[i] === '’') && text[i + 1] === text[i];
      emit(o, i, pair ? i + 2 : i + 1, false);
      if (pair) at = i + 1;
    }
    // The paragraph ends with quotes open.
    while (stack.length > 0) {
      const o = stack.pop()!;
      if (o.weak !== -1) {
        emit(o, o.weak, o.weak + 1, false);
        continue;
      }
      if (stack.length > 0) continue; // an inner quote never closed: dropped
      const next = blocks[b + 1];
      const nextAt = next ? skipSpace(text, next.start, next.end) : -1;
      const nextOpen = nextAt >= 0 ? roleAt(text, nextAt, next!.start, next!.end) : null;
      if (nextOpen && nextOpen.style === o.style && nextOpen.role !== 'close' && nextOpen.role !== 'weak') {
        if (nextAt - o.at <= MAX_QUOTE) carried = o;
        continue;
      }
      // Unclosed: kept to the paragraph's end when it opens the paragraph or follows a colon, or when
      // it was carried from the paragraph before (its paragraphs each opened with the mark).
      const lead = text.slice(Math.max(from, o.at - 3), o.at).trim();
      const atStart = o.at < from || skipSpace(text, from, to) === o.at || /:$/.test(lead);
      if (o.style === 'double' && atStart && to - o.at <= MAX_QUOTE) emit(o, to, to, true);
    }
  }
  out.sort((a, b) => a.open - b.open);
  state.marks = out;
}

/**
 * @module extract/text/text-state
 * The working state the plain-text cleaner's steps share: the dump's lines as units, each with what
 * the steps decided about it (body, title, caption, removed and why), plus the metadata read so far.
 */

import type { BlockKind, ExtractHints, RemovedReason } from '../../types.js';
import type { CreditMention } from '../metadata/wire-credit.js';

/** What a unit turned out to be. `meta` lines (dates, bylines) leave the body as chrome. */
export type UnitRole = 'body' | 'title' | 'caption' | 'removed';

export interface Unit {
  text: string;
  /** Index of the blank-line separated group the line came from. */
  group: number;
  role: UnitRole;
  kind: BlockKind;
  reason: RemovedReason | null;
  /** Words cut from the end of the unit (`Read More`, `Go to Source`, a closing credit). */
  cut: string[];
  /** True when a `Read more`-style link closed the unit: a teaser of another article. */
  teaser: boolean;
  /** True when the site's template removed the unit (a line seen on several of the site's pages). */
  template: boolean;
  /** A date the unit is a line of, with its label. */
  date: { iso: string; label: 'published' | 'updated' | 'plain' } | null;
  byline: string | null;
  /** For a caption: its text without the credit, and the credit. */
  caption: string | null;
  credit: string | null;
  /** Shape facts cached for `cachedFor` (the text they were measured on). */
  cachedFor: string | null;
  words: number;
  prose: boolean;
  /** Content terms (see `coherence`), cached for `termsFor`. */
  termsFor: string | null;
  terms: Map<string, number> | null;
}

export interface TextState {
  /** The dump as given (bounded in length). */
  readonly input: string;
  readonly hints: ExtractHints;
  units: Unit[];
  /** A `date YYYY-MM-DD` field heading the dump. */
  headerDate: string | null;
  title: string | null;
  published: string | null;
  outlet: string | null;
  byline: string | null;
  /** Wire agencies the byline named (`Jane Doe, Reuters`): credits, not people. */
  bylineAgencies: string[];
  dateline: string | null;
  language: string | null;
  credits: CreditMention[];
}

export function newUnit(text: string, group: number): Unit {
  return {
    text,
    group,
    role: 'body',
    kind: 'paragraph',
    reason: null,
    cut: [],
    teaser: false,
    template: false,
    date: null,
    byline: null,
    caption: null,
    credit: null,
    cachedFor: null,
    words: 0,
    prose: false,
    termsFor: null,
    terms: null,
  };
}

export function remove(unit: Unit, reason: RemovedReason): void {
  unit.role = 'removed';
  unit.reason = reason;
}

/** A step of the cleaner: a named, single-purpose transform of the state. */
export interface TextStep {
  readonly name: string;
  readonly run: (state: TextState) => void;
}

// --- shape tests shared by the steps -------------------------------------------------------------

/** Sentence ends: Latin, CJK full-width (`。！？`), Arabic (`؟`) and Devanagari (`।`) stops. */
const TERMINAL_RE = /[.!?…。！？．؟।]["”’')\]」』）]*$/;

export function endsSentence(text: string): boolean {
  return TERMINAL_RE.test(text);
}

/**
 * Characters of scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) that make one
 * word on average: a Chinese or Japanese word runs to about two characters, a Thai one to about four.
 */
function unspacedWeight(code: number): number {
  if (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3040 && code <= 0x30ff)
  )
    return 0.5;
  if (
    (code >= 0x0e00 && code <= 0x0eff) ||
    (code >= 0x1780 && code <= 0x17ff) ||
    (code >= 0x1000 && code <= 0x109f)
  )
    return 0.25;
  return 0;
}

/**
 * Words in a text: runs between spaces, and in scripts written without spaces the words their
 * characters make (so a Japanese paragraph counts as long as its English translation, not as one word).
 */
export function wordCount(text: string): number {
  let n = 0;
  let unspaced = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32;
    if (!space && !inWord) n++;
    inWord = !space;
    if (code >= 0x0e00 && code <= 0x9fff) unspaced += unspacedWeight(code);
  }
  // A run of unspaced script stands for its words, not for one.
  return unspaced >= 1 ? Math.max(n, Math.round(unspaced)) : n;
}

/** A unit that reads as running prose: a finished sentence (or one opening a list) of some length, or a long run of words. */
export function isProse(text: string, words = wordCount(text)): boolean {
  if (words >= 25) return PUNCTUATION_RE.test(text) || !mostlyLetters(text);
  if (words < 6 || !LOWER_RE.test(text)) return false;
  // A finished sentence, unless it is a headline in title case or a teaser cut short.
  return closesSentence(text) && !TRUNCATED_RE.test(text) && !isTitleCase(text);
}

/** Whether a text ends a sentence, opens a list (`:`), or ends one before an upper-case credit. */
function closesSentence(text: string): boolean {
  if (endsSentence(text) || text.endsWith(':')) return true;
  // A sentence followed by an upper-case credit (`... said. REUTERS`), looked for in the last characters.
  const tail = text.length > CREDIT_TAIL_CHARS ? text.slice(-CREDIT_TAIL_CHARS) : text;
  const credit = CLOSING_CAPS_RE.exec(tail);
  return credit !== null && endsSentence(text.slice(0, text.length - tail.length + credit.index));
}
/**
 * Punctuation any long run of prose holds somewhere (a stop, a comma, a colon, in Latin or CJK
 * script); a run of 25 words of letters without any is a menu flattened into a line (`equilíbrio e
 * saúde sãopaulo o melhor de sãopaulo viaja sãopaulo …`). A formula keeps the reading it had.
 */
const PUNCTUATION_RE = /[.,;:!?…。，、！？；：؟،।]/;

/**
 * A line cut short with an ellipsis glued to its last word (`23 things every girl of the 2000s…`): a
 * teaser or a headline shortened to fit its box, not a finished sentence.
 */
const TRUNCATED_RE = /[\p{L}\d](?:…|\.\.\.)$/u;

/** Whether letters make most of a text's visible characters (a formula or a table row is symbols). */
function mostlyLetters(text: string): boolean {
  let letters = 0;
  let visible = 0;
  for (const c of text) {
    if (c === ' ') continue;
    visible++;
    if (c.toLowerCase() !== c.toUpperCase() || /\p{L}/u.test(c)) letters++;
  }
  return letters >= visible * 0.7;
}

/** Share of a line's later words written with a capital above which it is a headline in title case. */
const TITLE_CASE_SHARE = 0.75;

/**
 * A headline in title case (`Man Nails Fan In The Head With Mic!`): most words after the first open
 * with a capital, which prose never does, not even German with its capitalised nouns; it closes with
 * `!`, `?`, an ellipsis or nothing. Read word by word.
 */
export function isTitleCase(text: string): boolean {
  // A full stop closes a sentence or a reference (`Lee, Ann. The Long Way Home. Ed. Press.`).
  if (/\.["”’')\]]*$/.test(text) && !text.endsWith('...')) return false;
  let upper = 0;
  let cased = 0;
  let first = true;
  for (const word of text.split(' ')) {
    // The word's first cased letter, within its first two characters (`“Burned`, `(NEW`).
    let c = word[0] ?? '';
    if (c.toLowerCase() === c.toUpperCase()) c = word[1] ?? '';
    const lower = c.toLowerCase();
    if (lower === c.toUpperCase()) continue;
    if (first) {
      first = false;
      continue;
    }
    cased++;
    if (c !== lower) upper++;
  }
  return cased >= 4 && upper / cased >= TITLE_CASE_SHARE;
}

/** Upper-case words closing a block after its last sentence (a closing credit). */
const CLOSING_CAPS_RE = /\s+[A-Z]{2,}(?:(?:\s*[,/&]\s*|\s+)[A-Z]{2,}){0,3}$/;
/** A closing credit is a few words: it is looked for in this many last characters. */
const CREDIT_TAIL_CHARS = 120;
/** Lower-case letters, or letters of a script without case (CJK, Thai, Arabic, Hebrew, Indic). */
const LOWER_RE =
  /[a-z\u00DF-\u00FF\u0430-\u044F\u03B1-\u03C9\u0590-\u08FF\u0900-\u0DFF\u0E00-\u0EFF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;

/** A short line without closing punctuation: a headline, heading, menu entry or link. */
export function isHeadlineShaped(text: string, maxWords = 30): boolean {
  const words = wordCount(text);
  // Closing punctuation may stand inside the quotation marks that end the line (`…part of it.'`).
  return words >= 1 && words <= maxWords && !/[.,;:]["”’')\]]*$/.test(text);
}

function measure(unit: Unit): void {
  if (unit.cachedFor === unit.text) return;
  unit.cachedFor = unit.text;
  unit.words = wordCount(unit.text);
  unit.prose = isProse(unit.text, unit.words);
}

/** `wordCount` of a unit's text, cached until the text changes. */
export function unitWords(unit: Unit): number {
  measure(unit);
  return unit.words;
}

/** `isProse` of a unit's text, cached until the text changes. */
export function unitIsProse(unit: Unit): boolean {
  measure(unit);
  return unit.prose;
}

/** Index of the first unit still in the body that reads as prose, or -1. */
export function bodyStart(units: readonly Unit[]): number {
  return units.findIndex((u) => u.role === 'body' && unitIsProse(u));
}

/**
 * Why a promotion or a widget's text leaves, by where it stands: `promo` between the body's first and
 * last prose units (`bodyStart`, `bodyEnd`, read once, when a step begins), `chrome` in the page's
 * header or footer around them.
 */
export function promotionReason(units: readonly Unit[]): (i: number) => 'promo' | 'chrome' {
  const first = bodyStart(units);
  const last = bodyEnd(units);
  return (i) => (first >= 0 && i > first && i < last ? 'promo' : 'chrome');
}

/** Index of the last unit still in the body that reads as prose, or -1. */
export function bodyEnd(units: readonly Unit[]): number {
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.role === 'body' && unitIsProse(u)) return i;
  }
  return -1;
}

export { textKey } from './word-scan.js';

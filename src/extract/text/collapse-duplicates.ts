/**
 * @module extract/text/collapse-duplicates
 * Step `collapse-duplicates`: a block the page repeats (a caption shown twice, a list of headlines
 * printed in two boxes) is kept once; later copies go with reason `duplicate`. A caption wins over a
 * plain copy of its text next to it (the same picture shown twice, once with its credit). A long
 * prose paragraph is never chrome for being repeated.
 */

import {
  bodyStart,
  endsSentence,
  remove,
  type TextState,
  type Unit,
  unitIsProse,
  unitWords,
} from './text-state.js';

/** Prose of this many words or more is a paragraph, kept however often the page prints it. */
const REPEATED_PARAGRAPH_WORDS = 30;

/** How far apart (in lines) a caption and a plain copy of its text may sit. */
const CAPTION_REACH = 3;

/**
 * A repeated block is a verbatim copy (the page printed it twice); its text without closing
 * punctuation is key enough, and cheap on every line of every dump.
 */
function keyOf(unit: Unit): string {
  const text = unit.caption ?? unit.text;
  let end = text.length;
  while (end > 0 && TRAILING.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}
const TRAILING = ' .,;:!?…"”’)]';

export function collapseDuplicates(state: TextState): void {
  const units = state.units;
  const seen = new Map<string, number>();
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const live = unit.role === 'body' || unit.reason === 'caption';
    if (!live) continue;
    const key = keyOf(unit);
    if (key.length < 2) continue;
    // A long paragraph said twice is the article repeating itself (a lead restated, a section
    // printed again), not chrome; readers and the benchmarks' gold keep both copies.
    if (unitWords(unit) >= REPEATED_PARAGRAPH_WORDS && unitIsProse(unit)) continue;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, i);
      continue;
    }
    const before = units[earlier]!;
    if (unit.reason === 'caption' && before.role === 'body' && i - earlier <= CAPTION_REACH) {
      remove(before, 'duplicate');
      seen.set(key, i);
    } else {
      remove(unit, 'duplicate');
    }
  }
  dropPullQuotes(units);
}

/** Pull quotes: a short block repeating words found verbatim inside a longer paragraph. */
const PULL_QUOTE_MIN_WORDS = 6;
const PULL_QUOTE_MAX_WORDS = 40;
/** How many blocks either side of a pull quote its source may be. */
const PULL_QUOTE_REACH = 12;
const OPENING_EDGE = '“‘"\' ';
/** Marks that open a quotation. */
const OPENING_QUOTE = '“‘"\'„«»‚「『';
const CLOSING_EDGE = '”’"\' .,;:!?…';

/** The text without its quote marks and closing punctuation (no regex: runs on every short block). */
function trimQuoteEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && OPENING_EDGE.includes(text[start]!)) start++;
  while (end > start && CLOSING_EDGE.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

function dropPullQuotes(units: readonly Unit[]): void {
  const first = bodyStart(units);
  if (first < 0) return;
  // Only inside the story: above it, a title and its longer restatement are the title's business.
  const body = units.slice(first).filter((u) => u.role === 'body');
  for (let k = 1; k < body.length; k++) {
    const unit = body[k]!;
    const words = unitWords(unit);
    if (words < PULL_QUOTE_MIN_WORDS || words > PULL_QUOTE_MAX_WORDS) continue;
    // A whole sentence without quotation marks, said again in a paragraph, is the page printing its
    // text twice (a lead restated, a line split out by the layout): readers keep both. A pull quote is
    // set off as a quotation, or is a fragment.
    if (!OPENING_QUOTE.includes(unit.text[0]!) && endsSentence(unit.text)) continue;
    const core = trimQuoteEdges(unit.text);
    if (core.length < 30) continue;
    // A pull quote sits near the paragraph it repeats; looking only nearby keeps the work linear.
    const from = Math.max(0, k - PULL_QUOTE_REACH);
    const to = Math.min(body.length, k + PULL_QUOTE_REACH + 1);
    for (let j = from; j < to; j++) {
      const other = body[j]!;
      if (j === k || other.text.length <= unit.text.length || !unitIsProse(other)) continue;
      if (other.text.includes(core)) {
        remove(unit, 'duplicate');
        break;
      }
    }
  }
}

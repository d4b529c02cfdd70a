/**
 * @module bench/truth/offsets
 * Maps offsets in an extracted article's cleaned `text` back to its record's raw `text`, where truth
 * offsets point. The cleaner drops lines and mends spacing, so each body block is found in the raw text
 * with whitespace and quote styles folded, and offsets inside a block follow the folded characters.
 */

import { repairC1Controls } from '../../src/extract/decode-text.js';

export interface RawSpan {
  readonly start: number;
  readonly end: number;
}

/** Folds what cleaning may change: whitespace is dropped, quote and dash styles unified. */
function foldChar(raw: string): string {
  // A WikiRef dump read as Latin-1 holds its Windows-1252 quotes and dashes as C1 controls (U+0093 for
  // `“`), which extraction repairs: both fold alike.
  const c = repairC1Controls(raw);
  if (/\s/.test(c)) return '';
  if (c === '’' || c === '‘' || c === '`' || c === '′') return "'";
  if (c === '“' || c === '”' || c === '„' || c === '″') return '"';
  if (c === '–' || c === '—' || c === '‑') return '-';
  return c;
}

interface Folded {
  readonly text: string;
  /** Original index of each folded character. */
  readonly at: Int32Array;
}

function fold(text: string, from = 0, to = text.length): Folded {
  let out = '';
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const c = foldChar(text[i]!);
    if (c === '') continue;
    out += c;
    at.push(i);
  }
  return { text: out, at: Int32Array.from(at) };
}

/**
 * Builds the mapping of one article. `blocks` are the article's paragraphs (offsets into `clean`).
 * Returns a function from a clean span to the raw span it came from, or null when it cannot be placed.
 */
export function offsetMapper(
  clean: string,
  blocks: readonly { readonly start: number; readonly end: number }[],
  raw: string,
): (start: number, end: number) => RawSpan | null {
  const rawFolded = fold(raw);
  /** For each block: its clean offsets, its folded characters' clean offsets, and where it sits in raw. */
  const placed: { start: number; end: number; at: Int32Array; rawAt: number }[] = [];
  let cursor = 0;
  for (const b of blocks) {
    const f = fold(clean, b.start, b.end);
    if (f.text.length === 0) continue;
    let found = rawFolded.text.indexOf(f.text, cursor);
    if (found === -1) found = rawFolded.text.indexOf(f.text);
    if (found === -1) continue;
    placed.push({ start: b.start, end: b.end, at: f.at, rawAt: found });
    cursor = found + f.text.length;
  }
  const locate = (offset: number, last: boolean): number | null => {
    const block = placed.find((p) => p.start <= offset && offset < p.end);
    if (!block) return null;
    // The first (or last) folded character at or after (before) the offset.
    let k = -1;
    if (!last) {
      for (let i = 0; i < block.at.length; i++)
        if (block.at[i]! >= offset) {
          k = i;
          break;
        }
    } else {
      for (let i = block.at.length - 1; i >= 0; i--)
        if (block.at[i]! <= offset) {
          k = i;
          break;
        }
    }
    if (k === -1) return null;
    return rawFolded.at[block.rawAt + k] ?? null;
  };
  return (start, end) => {
    const a = locate(start, false);
    const b = locate(Math.max(start, end - 1), true);
    if (a === null || b === null || b < a) return null;
    return { start: a, end: b + 1 };
  };
}

/** Characters two spans share. */
export function overlapOf(a: RawSpan, b: RawSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Whether a cited span states what a truth span does: they share at least half of the shorter one.
 * A cited sentence that holds the truth clause, or a truth sentence that holds a cited clause, both count.
 */
export function covers(cited: RawSpan, truth: RawSpan): boolean {
  const shared = overlapOf(cited, truth);
  return shared > 0 && shared * 2 >= Math.min(cited.end - cited.start, truth.end - truth.start);
}

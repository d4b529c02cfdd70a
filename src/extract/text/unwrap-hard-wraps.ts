/**
 * @module extract/text/unwrap-hard-wraps
 * Step `unwrap-hard-wraps`: some dumps wrap every paragraph at a fixed width (mail and terminal
 * copies). When the lines of the document's multi-line blocks mostly end near one width, the lines of
 * each block are joined back into one paragraph. A dump of one block a line is left alone.
 */

import type { TextState, Unit } from './text-state.js';

/** Widths text is wrapped at in practice (terminal and mail copies). */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
/** A wrapped line ends within this share of the width. */
const NEAR_WIDTH = 0.7;
/** Share of non-final lines of multi-line blocks that must end near the width. */
const WRAPPED_SHARE = 0.7;
/** Fewer wrapped lines than this prove nothing. */
const MIN_WRAPPED_LINES = 4;

export function unwrapHardWraps(state: TextState): void {
  const units = state.units;
  const inner: Unit[] = [];
  for (let i = 0; i + 1 < units.length; i++) {
    if (units[i]!.group === units[i + 1]!.group) inner.push(units[i]!);
  }
  if (inner.length < MIN_WRAPPED_LINES) return;
  const lengths = inner.map((u) => u.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width < MIN_WIDTH || width > MAX_WIDTH) return;
  const near = inner.filter((u) => u.text.length >= width * NEAR_WIDTH && u.text.length <= width + 2).length;
  if (near / inner.length < WRAPPED_SHARE) return;
  const out: Unit[] = [];
  for (const unit of units) {
    const last = out[out.length - 1];
    if (last && last.group === unit.group) {
      last.text =
        last.text.endsWith('-') && /^\p{Ll}/u.test(unit.text)
          ? last.text + unit.text
          : `${last.text} ${unit.text}`;
    } else out.push(unit);
  }
  state.units = out;
}

/**
 * @module extract/text/collapse-duplicates
 * Step `collapse-duplicates`: a block the page repeats (a caption shown twice, a list of headlines
 * printed in two boxes) is kept once; later copies go with reason `duplicate`. A caption wins over a
 * plain copy of its text next to it (the same picture shown twice, once with its credit).
 */

import { remove, type TextState, type Unit } from './text-state.js';

/** How far apart (in lines) a caption and a plain copy of its text may sit. */
const CAPTION_REACH = 3;

/**
 * A repeated block is a verbatim copy (the page printed it twice); its text without closing
 * punctuation is key enough, and cheap on every line of every dump.
 */
function keyOf(unit: Unit): string {
  return (unit.caption ?? unit.text).replace(TRAILING_RE, '');
}
const TRAILING_RE = /[\s.,;:!?…"”’)\]]+$/;

export function collapseDuplicates(state: TextState): void {
  const units = state.units;
  const seen = new Map<string, number>();
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const live = unit.role === 'body' || unit.reason === 'caption';
    if (!live) continue;
    const key = keyOf(unit);
    if (key.length < 2) continue;
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
}

/**
 * @module extract/text/drop-video-promos
 * Step `drop-video-promos`: links to videos that a page sets between its paragraphs, each a short title
 * ending in the video's running time (`How the search found the plane's path 05:58`), often right after
 * the same title without it. Both are promotion (`promo` in the body, `chrome` around it), never prose:
 * a running time ends no sentence. A video player's description opened by its close button (`CLOSE …`)
 * goes the same way.
 */
import { promotionReason, remove, type TextState, type Unit, unitWords } from './text-state.js';

/** A title and a running time: `… 01:52`, `… 1:02:15`, after a word (not after a stop or a digit). */
const RUNNING_TIME_RE = /[\p{L}'’)\]]\s+(?:\d{1,2}:)?\d{1,2}:\d{2}$/u;
/** Blank lines looked over for the title above (a bound: the work stays linear). */
const LOOK_BACK = 4;
/** A video title is short. */
const MAX_WORDS = 16;

/** The close button of an embedded video player, read as the first word of its description. */
const PLAYER_CLOSE_RE = /^CLOSE\s+[\p{Lu}\d"“']/u;
/** A player's description is a few sentences. */
const MAX_PLAYER_WORDS = 80;

function titleOf(unit: Unit): string {
  return unit.text.replace(/\s+(?:\d{1,2}:)?\d{1,2}:\d{2}$/, '').trim();
}

export function dropVideoPromos(state: TextState): void {
  const units = state.units;
  const reasonAt = promotionReason(units);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.role !== 'body') continue;
    // A video player's description, opened by its close button (`CLOSE Elon Musk gave us a peek at … Buzz60`).
    if (PLAYER_CLOSE_RE.test(unit.text) && unitWords(unit) <= MAX_PLAYER_WORDS) {
      remove(unit, reasonAt(i));
      continue;
    }
    if (unitWords(unit) > MAX_WORDS || !RUNNING_TIME_RE.test(unit.text)) continue;
    const reason = reasonAt(i);
    remove(unit, reason);
    // The same title just above, without its time.
    for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
      const above = units[j]!;
      if (above.role === 'removed' && above.text.trim() === '') continue;
      if (above.role === 'body' && above.text.trim() === titleOf(unit)) remove(above, reason);
      break;
    }
  }
}

/**
 * @module extract/text/drop-promos
 * Step `drop-promos`: newsletter and sign-up prompts. Inside the body a prompt is a promotion box
 * (reason `promo`), and takes with it the box's own short heading lines just above it
 * (`NEWSLETTER NAME` / `Your guide to ...`); in the page's header or footer it is chrome.
 */

import { PROMPT_RE } from './chrome-patterns.js';
import { endsSentence, promotionReason, remove, type TextState, unitWords } from './text-state.js';

/** Cheap test for the words every prompt holds. */
const PROMPT_HINT_RE = /inbox|[Ss]ign up|[Ss]ubscribe|[Nn]ewsletter|[Jj]oin /;

/** Lines above a prompt that can belong to its box: its name and tagline. */
const BOX_LINES = 3;

export function dropPromos(state: TextState): void {
  const units = state.units;
  const reasonAt = promotionReason(units);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (
      unit.role !== 'body' ||
      unitWords(unit) > 45 ||
      !PROMPT_HINT_RE.test(unit.text) ||
      !PROMPT_RE.test(unit.text)
    )
      continue;
    const reason = reasonAt(i);
    remove(unit, reason);
    if (reason !== 'promo') continue;
    for (let j = i - 1, seen = 0; j >= 0 && seen < BOX_LINES; j--) {
      const above = units[j]!;
      if (above.role === 'removed') continue;
      seen++;
      if (above.role !== 'body' || unitWords(above) > 12 || endsSentence(above.text)) break;
      remove(above, reason);
    }
  }
}

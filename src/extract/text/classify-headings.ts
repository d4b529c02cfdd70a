/**
 * @module extract/text/classify-headings
 * Step `classify-headings`: inside the story, a short line without closing punctuation that a
 * paragraph follows is a section heading; one that no paragraph follows is left-over chrome.
 */

import { bodyStart, isHeadlineShaped, remove, type TextState, unitIsProse } from './text-state.js';

const MAX_HEADING_WORDS = 16;
const MAX_HEADING_CHARS = 140;

export function classifyHeadings(state: TextState): void {
  const units = state.units;
  const first = bodyStart(units);
  if (first < 0) return;
  // For each line, the next line still in the body (one backward pass, not a search per line).
  const nextBody: number[] = new Array(units.length).fill(units.length);
  for (let i = units.length - 2; i >= 0; i--) {
    nextBody[i] = units[i + 1]!.role === 'body' ? i + 1 : nextBody[i + 1]!;
  }
  for (let i = first + 1; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.role !== 'body' || unit.kind !== 'paragraph' || unitIsProse(unit)) continue;
    if (!isHeadlineShaped(unit.text, MAX_HEADING_WORDS) || unit.text.length > MAX_HEADING_CHARS) continue;
    const following = units[nextBody[i]!];
    if (
      following &&
      unitIsProse(following) &&
      /^[A-Z0-9\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F“"‘'(]/.test(unit.text)
    )
      unit.kind = 'heading';
    else if (!following) remove(unit, 'chrome');
  }
}

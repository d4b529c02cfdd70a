/**
 * @module extract/text/classify-headings
 * Step `classify-headings`: inside the story, a short line without closing punctuation that a
 * paragraph follows is a section heading; one that no paragraph follows is left-over chrome.
 */

import { bodyStart, isHeadlineShaped, isProse, remove, type TextState } from './text-state.js';

const MAX_HEADING_WORDS = 16;
const MAX_HEADING_CHARS = 140;

export function classifyHeadings(state: TextState): void {
  const units = state.units;
  const first = bodyStart(units);
  if (first < 0) return;
  for (let i = first + 1; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.role !== 'body' || unit.kind !== 'paragraph' || isProse(unit.text)) continue;
    if (!isHeadlineShaped(unit.text, MAX_HEADING_WORDS) || unit.text.length > MAX_HEADING_CHARS) continue;
    let next = i + 1;
    while (next < units.length && units[next]!.role !== 'body') next++;
    const following = units[next];
    if (following && isProse(following.text) && /^[\p{Lu}\p{N}“"‘'(]/u.test(unit.text)) unit.kind = 'heading';
    else if (!following) remove(unit, 'chrome');
  }
}

/**
 * @module extract/text/read-title
 * Step `read-title`: the title is the first headline-shaped line before the story starts (a caller's
 * title hint wins and its copy in the text is dropped); a dump whose first line is already the story
 * has none. Longer or shorter restatements of the title are duplicates, the next line under the title
 * is the standfirst, and other short lines of the page's header are chrome.
 */

import {
  bodyStart,
  isHeadlineShaped,
  remove,
  type TextState,
  textKey,
  type Unit,
  unitWords,
  wordCount,
} from './text-state.js';

const MAX_TITLE_CHARS = 300;

function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  return words >= 3 && text.length <= MAX_TITLE_CHARS && isHeadlineShaped(text, 40) && /\p{L}/u.test(text);
}

/** One key restates the other when either holds the other whole. */
function restates(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  return a === b || (a.length >= 12 && b.includes(a)) || (b.length >= 12 && a.includes(b));
}

export function readTitle(state: TextState): void {
  const units = state.units;
  let first = bodyStart(units);
  if (first < 0) first = units.length;
  const hinted = state.hints.title?.trim() || null;
  let titleIndex = -1;
  if (hinted) {
    state.title = hinted;
    const key = textKey(hinted);
    for (let i = 0; i <= Math.min(first, units.length - 1); i++) {
      const u = units[i]!;
      if (u.role === 'body' && restates(key, textKey(u.text)) && unitWords(u) <= 40) {
        u.role = 'title';
        if (titleIndex < 0) titleIndex = i;
        else remove(u, 'duplicate');
      }
    }
  } else {
    for (let i = 0; i < first; i++) {
      const u = units[i]!;
      if (u.role === 'body' && isTitleLike(u.text)) {
        titleIndex = i;
        break;
      }
    }
    // A question or exclamation over the story's first paragraph is its title.
    if (titleIndex < 0 && first < units.length) {
      const u = units[first]!;
      const next = units.slice(first + 1).find((n) => n.role === 'body');
      if (/[?!]["”’]?$/.test(u.text) && unitWords(u) <= 20 && next && unitWords(next) > unitWords(u)) {
        titleIndex = first;
        first = nextProse(units, first);
      }
    }
    if (titleIndex >= 0) {
      const u = units[titleIndex]!;
      u.role = 'title';
      state.title = u.text;
    }
  }
  tidyHeader(state, titleIndex, first);
}

function nextProse(units: readonly Unit[], after: number): number {
  const rest = bodyStart(units.slice(after + 1));
  return rest < 0 ? units.length : after + 1 + rest;
}

/** Between the page top and the story: restated titles, the standfirst, and leftover chrome. */
function tidyHeader(state: TextState, titleIndex: number, first: number): void {
  const units = state.units;
  const titleKey = state.title ? textKey(state.title) : '';
  let standfirstTaken = false;
  for (let i = 0; i < first && i < units.length; i++) {
    const u = units[i]!;
    if (u.role !== 'body') continue;
    if (titleKey && restates(titleKey, textKey(u.text)) && isHeadlineShaped(u.text, 45)) {
      remove(u, 'duplicate');
      continue;
    }
    if (i > titleIndex && titleIndex >= 0 && !standfirstTaken && unitWords(u) >= 5) {
      u.kind = 'standfirst';
      standfirstTaken = true;
      continue;
    }
    // Short unfinished lines in the header (a place under a weather widget, a section name).
    if (isHeadlineShaped(u.text, 12)) remove(u, 'chrome');
  }
}

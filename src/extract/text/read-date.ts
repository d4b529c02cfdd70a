/**
 * @module extract/text/read-date
 * Step `read-date`: the publication date, strongest evidence first: the caller's hint, the dump's
 * `date` header field, a `Published ...` line, a date-only line (a page's date widget), an `Updated
 * ...` line, and last a full date in the story's opening sentences (`... on February 4, 2026`).
 */

import { findDate, normaliseDate } from '../metadata/date-line.js';
import type { TextState } from './text-state.js';

/** How far into the story a date still says when it was written. */
const OPENING_CHARS = 400;

export function readDate(state: TextState): void {
  const hinted = state.hints.published ? normaliseDate(state.hints.published) : null;
  if (hinted) {
    state.published = hinted;
    return;
  }
  if (state.headerDate) {
    state.published = state.headerDate;
    return;
  }
  const lines = state.units.filter((u) => u.date !== null).map((u) => u.date!);
  const pick =
    lines.find((d) => d.label === 'published') ??
    lines.find((d) => d.label === 'plain') ??
    lines.find((d) => d.label === 'updated');
  if (pick) {
    state.published = pick.iso;
    return;
  }
  const opening = state.units.filter((u) => u.role === 'body' && u.kind === 'paragraph').slice(0, 2);
  for (const u of opening) {
    const found = findDate(u.text.slice(0, OPENING_CHARS));
    if (found) {
      state.published = found.iso.slice(0, 10);
      return;
    }
  }
}

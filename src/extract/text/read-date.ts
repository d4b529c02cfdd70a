/**
 * @module extract/text/read-date
 * Step `read-date`: the publication date by the shared reader (`metadata/published.ts`), from the
 * caller's hint, the dump's `date` header field, the dump's date lines and its opening paragraphs.
 */

import { readPublished } from '../metadata/published.js';
import type { TextState } from './text-state.js';

export function readDate(state: TextState): void {
  state.published = readPublished({
    hint: state.hints.published,
    declared: [state.headerDate],
    lines: state.units.flatMap((u) => (u.date === null ? [] : [u.date])),
    opening: state.units
      .filter((u) => u.role === 'body' && u.kind === 'paragraph')
      .slice(0, 2)
      .map((u) => u.text),
  });
}

/**
 * @module extract/text/split-lines
 * Step `split-lines`: one unit per non-empty line, remembering which blank-line separated group it
 * came from. A dump may open with a `date YYYY-MM-DD` field glued to its first line; it is read off.
 */

import { newUnit, type TextState, type Unit } from './text-state.js';

const HEADER_DATE_RE =
  /^\s*date\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)(?:\s+|$)/i;

export function splitLines(state: TextState): void {
  const text = state.input;
  const units: Unit[] = [];
  let group = 0;
  let start = 0;
  let first = true;
  let blank = false;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === '') {
      blank = true;
      if (end === text.length) break;
      continue;
    }
    if (blank) group++;
    blank = false;
    if (first) {
      first = false;
      const header = HEADER_DATE_RE.exec(line);
      if (header?.[1]) {
        state.headerDate = header[1].replace(' ', 'T');
        line = line.slice(header[0].length);
        if (line.trim() === '') continue;
      }
    }
    units.push(newUnit(line, group));
    if (end === text.length) break;
  }
  state.units = units;
}

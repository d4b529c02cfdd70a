/**
 * @module extract/text/normalise-spaces
 * Step `normalise-spaces`: no-break and odd-width spaces become plain spaces, invisible characters and
 * control characters go, runs of spaces collapse, ends are trimmed and list bullets at the start of a
 * block are dropped. The words themselves are never changed.
 */

import type { TextState } from './text-state.js';

const ODD_SPACES_RE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f\r]/g;
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/g;
/** Any character the two sets above would touch. */
const ODD_HINT_RE =
  /[\u00A0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF\u00AD\u0000-\u0008\u0009-\u000D\u000E-\u001F\u007F]/;
/** List bullets opening a block, with the spaces between and after them (one class: no nested repetition). */
const BULLET_RE = /^[•▪◦●►■▶·‣⁃][•▪◦●►■▶·‣⁃\s]*/;

export function normaliseSpaces(state: TextState): void {
  for (const unit of state.units) {
    let text = unit.text;
    if (ODD_HINT_RE.test(text)) text = text.replace(INVISIBLE_RE, '').replace(ODD_SPACES_RE, ' ');
    if (text.includes('  ')) text = text.replace(/ {2,}/g, ' ');
    text = text.trim();
    if (BULLET_RE.test(text)) text = text.replace(BULLET_RE, '');
    unit.text = text;
  }
  state.units = state.units.filter((u) => u.text !== '');
}

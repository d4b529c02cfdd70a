/**
 * @module extract/text/normalise-spaces
 * Step `normalise-spaces`: no-break and odd-width spaces become plain spaces, invisible characters and
 * control characters go, runs of spaces collapse, ends are trimmed and list bullets at the start of a
 * block are dropped. The words themselves are never changed.
 */

import type { TextState } from './text-state.js';

const ODD_SPACES_RE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f\r]/g;
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/g;
const BULLET_RE = /^(?:[•▪◦●►■▶·‣⁃]\s*)+/;

export function normaliseSpaces(state: TextState): void {
  for (const unit of state.units) {
    unit.text = unit.text
      .replace(INVISIBLE_RE, '')
      .replace(ODD_SPACES_RE, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
      .replace(BULLET_RE, '');
  }
  state.units = state.units.filter((u) => u.text !== '');
}

/**
 * @module analyze/entities/find-streets
 * Step `findStreets`: a street named the French way, its lower-case noun first (`rue de Charonne`,
 * `boulevard Voltaire`, `rue de la Fontaine au Roi`, `quai d’Orsay`), is one place, noun and particles
 * included; the capitalised words inside it (`Voltaire`) name no one of their own.
 */
import { type EntityState, inSpans, mention, namedThing } from './state.js';

/** The street's noun, a particle, then its first capitalised word. */
const STREET_RE = /\b(?:rue|boulevard|quai)\s+(?:(?:de la|du|des|de|d['’]|de l['’])\s*)?\p{Lu}[\p{L}'’-]*/gu;
/** One more capitalised word of the street's name, a particle perhaps before it, read where the scan stands. */
const STREET_WORD_RE = /\s+(?:(?:de la|du|des|de|au|aux|et)\s+)?\p{Lu}[\p{L}'’-]*/uy;

/** Where the street's name that starts with the words up to `end` ends: its further words read one by one. */
function streetEnd(text: string, end: number): number {
  let at = end;
  for (;;) {
    STREET_WORD_RE.lastIndex = at;
    if (!STREET_WORD_RE.test(text)) return at;
    at = STREET_WORD_RE.lastIndex;
  }
}

export function findStreets(state: EntityState): void {
  const { text } = state;
  let found = false;
  STREET_RE.lastIndex = 0;
  for (let m = STREET_RE.exec(text); m; m = STREET_RE.exec(text)) {
    const start = m.index;
    const end = streetEnd(text, start + m[0].length);
    STREET_RE.lastIndex = end;
    if (inSpans(state.furniture, start) || inSpans(state.wholeNames, start)) continue;
    mention(state, start, end, namedThing(state, text.slice(start, end), 'place'));
    state.wholeNames.push([start, end]);
    found = true;
  }
  // (Kept in text order with the titles found before, as `inSpans` reads them.)
  if (found) state.wholeNames.sort((a, b) => a[0] - b[0]);
}

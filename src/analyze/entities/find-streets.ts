/**
 * @module analyze/entities/find-streets
 * Step `findStreets`: a street named the French way, its lower-case noun first (`rue de Charonne`,
 * `boulevard Voltaire`, `rue de la Fontaine au Roi`, `quai d’Orsay`), is one place, noun and particles
 * included; the capitalised words inside it (`Voltaire`) name no one of their own.
 */
import { type EntityState, inSpans, mention, namedThing } from './state.js';

/** The street's noun, a particle, then capitalised words joined by particles. */
const STREET_RE =
  /\b(?:rue|boulevard|quai)\s+(?:(?:de la|du|des|de|d['’]|de l['’])\s*)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de la|du|des|de|au|aux|et)\s+)?\p{Lu}[\p{L}'’-]*)*/gu;

export function findStreets(state: EntityState): void {
  const { text } = state;
  let found = false;
  STREET_RE.lastIndex = 0;
  for (let m = STREET_RE.exec(text); m; m = STREET_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inSpans(state.furniture, start) || inSpans(state.wholeNames, start)) continue;
    mention(state, start, end, namedThing(state, m[0], 'place'));
    state.wholeNames.push([start, end]);
    found = true;
  }
  // (Kept in text order with the titles found before, as `inSpans` reads them.)
  if (found) state.wholeNames.sort((a, b) => a[0] - b[0]);
}

/**
 * @module analyze/entities/link-acronyms
 * Step `linkAcronyms`: an acronym a text gives in brackets right after an organisation's or a thing's name
 * (`Homeland Security Investigations (HSI)`, `the Free Software Foundation (FSF)`) is that name's other
 * form: every mention of the acronym is a mention of the name. The acronym's letters must be the name's
 * initials in order (its first letter the first word's, or the next word's after an abbreviation:
 * `U.N. Office for the Coordination of Humanitarian Affairs (OCHA)`), so `Apple (AAPL)` or a country
 * after a body (`the Ministry of Defence (UK)`) link nothing.
 */
import { groupBy } from '../../multimap.js';
import type { Builder, EntityState } from './state.js';

/** An acronym in brackets right after a name: two to eight capitals, digits or `&`. */
const BRACKETED_ACRONYM_RE = /^\s?\((\p{Lu}[\p{Lu}\d&]{1,7})\)/u;
/** Words a name's initials skip: articles, connectors. */
const SKIPPED_WORDS = new Set([
  'The',
  'the',
  'of',
  'and',
  'for',
  'on',
  'in',
  'at',
  'to',
  '&',
  'de',
  'du',
  'des',
  'la',
]);

/** Whether an acronym's capitals are the name's initials in order, the first its first word's. */
export function initialsFit(name: string, acronym: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => w !== '' && !SKIPPED_WORDS.has(w));
  // (An abbreviation heading the name may be left out of its acronym: `U.N. Office for the
  // Coordination of Humanitarian Affairs (OCHA)`.)
  if (words.length > 2 && ABBREVIATION_RE.test(words[0]!) && fits(words.slice(1), acronym)) return true;
  return fits(words, acronym);
}

/** An abbreviation: `U.N.`, `U.S.`, `EU`, `UK`. */
const ABBREVIATION_RE = /^(?:(?:\p{Lu}\.){2,3}|\p{Lu}{2,3})$/u;

function fits(words: readonly string[], acronym: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (words.length < 2 || letters.length < 2 || words[0]![0] !== letters[0]) return false;
  // Each capital of the acronym opens one of the words, in order (a word may be skipped: `CCTV`).
  let w = 0;
  for (const letter of letters) {
    while (w < words.length && words[w]![0] !== letter) w++;
    if (w === words.length) return false;
    w++;
  }
  return true;
}

export function linkAcronyms(state: EntityState): void {
  const { text } = state;
  const byName = groupBy(new Set(state.pending.map((p) => p.builder)), (b) => b.name);
  const into = new Map<Builder, Builder>();
  for (const p of state.pending) {
    const b = p.builder;
    if (b.type !== 'organization' && b.type !== 'other') continue;
    const acronym = BRACKETED_ACRONYM_RE.exec(text.slice(p.end, p.end + 12))?.[1];
    if (acronym === undefined || !initialsFit(b.name, acronym)) continue;
    for (const other of byName.get(acronym) ?? [])
      if (other !== b && other.type !== 'person' && !into.has(b)) into.set(other, b);
  }
  if (into.size === 0) return;
  for (let i = 0; i < state.pending.length; i++) {
    const p = state.pending[i]!;
    const to = into.get(p.builder);
    if (to === undefined) continue;
    to.aliases.add(p.builder.name);
    state.pending[i] = { ...p, builder: to };
  }
}

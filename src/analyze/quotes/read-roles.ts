/**
 * @module analyze/quotes/read-roles
 * Step `readRoles`: the roles and ages the text gives each person, so a description names the one it
 * describes: `the singer` is the person introduced as `singer Rihanna`, `the 23-year-old` the one
 * introduced as `Hannah Roe, 23,`, `the spokesman` the one introduced as `Park Roe, the spokesman for
 * …`, `the brother` the one introduced as `his brother, Eric Roe`. Read from the words right before a
 * name (`Arizona Cardinals coach Bruce Roe`, `his brother, Eric Roe`) and from an appositive right after
 * it (`Roe, a ballistic missile analyst at NK Pro,`).
 */
import { type QuoteState, typeOf } from './state.js';

const BEFORE_RE = /((?:[\p{L}\d’'-]+\s+){1,4})$/u;
const BEFORE_COMMA_RE = /\b(?:his|her|their|the|a|an)\s+((?:[a-z-]+\s+){0,2}[a-z-]+),\s+$/;
const AFTER_RE =
  /^,\s+(?:(?:a|an|the|his|her|their|its)\s+)?((?:[\p{L}\d’'-]+\s+){0,6}?[\p{L}\d’'-]+)\s*(?:,|\.|;|$)/u;
const AGE_RE = /^,\s+(\d{1,3}),/;

export function readRoles(state: QuoteState): void {
  const { text } = state;
  const roles = new Map<string, Set<string>>();
  const add = (entity: string, words: string): void => {
    let set = roles.get(entity);
    if (!set) roles.set(entity, (set = new Set()));
    for (const w of words.toLowerCase().split(/[\s’']+/)) if (w.length > 1) set.add(w);
  };
  for (const m of state.mentions) {
    if (typeOf(state, m.entity) !== 'person') continue;
    const before = text.slice(Math.max(0, m.start - 50), m.start);
    const after = text.slice(m.end, m.end + 90);
    const lead = BEFORE_RE.exec(before);
    if (lead && !/[.!?]\s*$/.test(before.slice(0, before.length - lead[0].length))) add(m.entity, lead[1]!);
    const comma = BEFORE_COMMA_RE.exec(before);
    if (comma) add(m.entity, comma[1]!);
    const age = AGE_RE.exec(after);
    if (age) add(m.entity, `${age[1]}-year-old`);
    const appositive = AFTER_RE.exec(after);
    if (appositive) add(m.entity, appositive[1]!);
  }
  state.roles = roles;
}

/**
 * @module analyze/entities/role-descriptions
 * The roles the text gives people (`Russian President …`, `China’s foreign minister …`) and step
 * `resolveRoleDescriptions`: descriptions that stand for a person the article named with that role
 * (`the Chinese president`, `his Chinese counterpart`, `Kremlin aide`).
 */
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, COUNTRY_BY_SEAT } from '../gazetteer.js';
import { type Builder, type EntityState, mention } from './state.js';

/** Role words, and the role group they belong to (heads of state share `leader`). */
const ROLE_GROUP = new Map<string, string>([
  ['president', 'leader'],
  ['leader', 'leader'],
  ['premier', 'leader'],
  ['prime minister', 'leader'],
  ['chancellor', 'leader'],
  ['counterpart', 'leader'],
  ['king', 'leader'],
  ['head of state', 'leader'],
  ['foreign minister', 'foreign minister'],
  ['minister', 'minister'],
  ['aide', 'aide'],
  ['adviser', 'aide'],
  ['advisor', 'aide'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['spokesperson', 'spokesperson'],
  ['security chief', 'security chief'],
  ['secretary', 'secretary'],
  ['chief', 'chief'],
  ['official', 'official'],
  ['envoy', 'envoy'],
  ['ambassador', 'ambassador'],
]);
const ROLE_ALT =
  'prime minister|foreign minister|security chief|head of state|president|leader|premier|chancellor|counterpart|king|minister|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|secretary|chief|official|envoy|ambassador'
    .split('|')
    .map((r) => `[${r[0]!.toUpperCase()}${r[0]}]${r.slice(1)}`)
    .join('|');
/** A role right before a name: `China’s foreign minister `, `Kremlin aide `, `his Chinese counterpart `. */
const APPOSITIVE_RE = new RegExp(
  `(?:^|[\\s(“"])(?:(?:the|his|her|their|its)\\s+)?(\\p{Lu}[\\p{L}]+)(?:[’']s)?\\s+((?:[a-z\\s-]{0,60}?\\s)?)(${ROLE_ALT})\\s+$`,
  'u',
);
/** A role standing for a person: `the Chinese president`, `the Russian leader`, `Kremlin aide`. */
const ROLE_MENTION_RE = new RegExp(
  `\\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+)?(\\p{Lu}[\\p{L}]+)(?:[’']s)?\\s+(?:(?:top|senior|chief|foreign|security|defen[cs]e|state|policy|affairs|council)\\s+){0,3}(${ROLE_ALT})\\b(?![’']?s?\\s+\\p{Lu})`,
  'gu',
);
const ROLE_AT_END_RE = new RegExp(`(?:${ROLE_ALT})\\s+$`, 'u');
const POSSESSIVE_COUNTRY_RE = /(\p{Lu}[\p{L}]+)[’']s\s+$/u;

const wordCount = (words: string): number => words.split(/\s+/).filter(Boolean).length;

/** Records the role the text gives a person (`CN|leader`) from their titles and the words before. */
export function registerRoles(
  person: Builder,
  nationality: string | null,
  titles: string[],
  before: string,
): void {
  let country = nationality;
  let affiliation: string | null = null;
  let role: string | null = titles.length > 0 ? titles.join(' ') : null;
  // The full appositive pattern only where the text right before ends with a role word (cheap check).
  const found = ROLE_AT_END_RE.test(before.slice(-24)) ? APPOSITIVE_RE.exec(before) : null;
  // At most four lower-case words between the country and the role (`China’s top foreign policy adviser`).
  const appositive = found && wordCount(found[2]!) <= 4 ? found : null;
  if (appositive) {
    const word = appositive[1]!;
    const c = COUNTRY_BY_DEMONYM.get(word) ?? COUNTRY_BY_NAME.get(word) ?? COUNTRY_BY_SEAT.get(word);
    if (c) {
      country = c.code;
      if (COUNTRY_BY_SEAT.has(word)) affiliation = word.toLowerCase();
      role = appositive[3]!.toLowerCase();
      const phrase = appositive[0].trim().replace(/^[(“"]/, '');
      person.aliases.add(phrase);
    }
  }
  if (!country) {
    const possessive = POSSESSIVE_COUNTRY_RE.exec(before);
    const c = possessive ? COUNTRY_BY_NAME.get(possessive[1]!) : undefined;
    if (c) country = c.code;
  }
  if (country && !person.country) person.country = country;
  if (!country) return;
  const group = role ? (ROLE_GROUP.get(role) ?? ROLE_GROUP.get(role.split(' ').pop()!) ?? role) : '*';
  person.roles.add(`${country}|${group}`);
  if (affiliation) person.roles.add(`${affiliation}|${group}`);
}

/** Step: role descriptions that stand for a person the article named with that role. */
export function resolveRoleDescriptions(state: EntityState): void {
  const { text } = state;
  const byRole = new Map<string, Builder | null>();
  const byCountry = new Map<string, Builder | null>();
  /** The one person of a country the article gives any role to (`the American envoy`). */
  const onlyOfCountry = new Map<string, Builder | null>();
  for (const b of state.builders.values()) {
    if (b.type !== 'person') continue;
    for (const r of b.roles) {
      const code = r.split('|')[0]!;
      // A head of state is not `the American envoy`: leaders stay out of this fallback.
      const leader = [...b.roles].some((x) => x.endsWith('|leader'));
      if (!leader)
        onlyOfCountry.set(code, onlyOfCountry.has(code) && onlyOfCountry.get(code) !== b ? null : b);
      byRole.set(r, byRole.has(r) && byRole.get(r) !== b ? null : b);
      const [c, g] = r.split('|');
      if (g === 'leader' || g === '*') {
        const key = c!;
        byCountry.set(key, byCountry.has(key) && byCountry.get(key) !== b ? null : b);
      }
    }
  }
  if (byRole.size === 0) return;
  ROLE_MENTION_RE.lastIndex = 0;
  for (let m = ROLE_MENTION_RE.exec(text); m; m = ROLE_MENTION_RE.exec(text)) {
    const word = m[1]!;
    const role = m[2]!.toLowerCase();
    if (/^[A-Z]/.test(m[2]!) && !/^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/.test(m[0])) continue;
    const c = COUNTRY_BY_DEMONYM.get(word) ?? COUNTRY_BY_NAME.get(word) ?? COUNTRY_BY_SEAT.get(word);
    if (!c) continue;
    const group = ROLE_GROUP.get(role) ?? role;
    const affiliation = COUNTRY_BY_SEAT.has(word) ? word.toLowerCase() : null;
    let b =
      (affiliation ? byRole.get(`${affiliation}|${group}`) : undefined) ?? byRole.get(`${c.code}|${group}`);
    if (b === undefined && group === 'leader') b = byCountry.get(c.code);
    if (b === undefined && group !== 'leader') b = onlyOfCountry.get(c.code);
    if (!b) continue;
    mention(state, m.index, m.index + m[0].length, b);
  }
}

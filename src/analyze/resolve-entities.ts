/**
 * @module analyze/resolve-entities
 * Merges the entities of the articles of one story into story entities with every alias: the same id,
 * the same name once transliteration variants are folded (`Sergei Shoigu` / `Sergey Shoigu`), a surname
 * alone (`Shoigu`) to the one full name that ends (or starts) with it, an organisation by a shared alias.
 */
import { DisjointSets } from '../disjoint-sets.js';
import type { Analysis, Entity, EntityType } from '../types.js';
import { LEGAL_FORM_RE } from './entities/state.js';
import { ORG_WORDS } from './entities/words.js';
import { foldName, slug, TITLES } from './names.js';

/** Story entities and where each article's entity went. */
export interface StoryEntities {
  readonly entities: readonly Entity[];
  /** `${articleIndex}:${entityId}` -> story entity id. */
  readonly byArticle: ReadonlyMap<string, string>;
}

interface Node {
  readonly article: number;
  readonly entity: Entity;
}

/** The folded name tokens of a person name, titles dropped (`Mr Xi` -> [`xi`]). */
function nameTokens(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  while (words.length > 1 && TITLES.has(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
  return words.map(foldName);
}

/** The name without its legal form, or null when it has none (or is nothing else). */
function withoutLegalForm(name: string): string | null {
  const bare = name.replace(LEGAL_FORM_RE, '');
  return bare !== name && bare.length > 1 ? bare : null;
}

/** Which type wins a tie between articles. */
const TYPE_PREFERENCE: readonly EntityType[] = ['organization', 'place', 'other', 'person'];

/** A proper name: capitalised words, with connectors and numbers between (`Bank of America Corp.`). */
const PROPER_RE =
  /^(?:The )?\p{Lu}[\p{L}\p{M}\d.’'&-]*(?: (?:of|for|and|&|de|du|of the|on|\p{Lu}[\p{L}\p{M}\d.’'&-]*|\d+\p{L}*))*$/u;

/** A group's names and name-like aliases, fullest first (most words, then most used, then A-Z). */
function fullestForms(members: readonly Node[], count: ReadonlyMap<string, number>): string[] {
  const forms = new Set<string>();
  for (const m of members) {
    forms.add(m.entity.name);
    for (const a of m.entity.aliases) if (PROPER_RE.test(a) && a.length <= 60) forms.add(a);
  }
  const words = (s: string): number => s.replace(/^The /, '').split(' ').length;
  return [...forms].sort(
    (a, b) =>
      words(b) - words(a) ||
      (count.get(b) ?? 0) - (count.get(a) ?? 0) ||
      Number(b.startsWith('The ')) - Number(a.startsWith('The ')) ||
      a.localeCompare(b),
  );
}

/** The words' initials (`Associated Press` -> `AP`), without a leading `The`. */
const initialsOf = (name: string): string =>
  name
    .replace(/^The /, '')
    .split(' ')
    .map((w) => w[0] ?? '')
    .join('');

/**
 * Whether `full` is a fuller way of writing `short`: its expansion (`The Associated Press` for `AP`),
 * its legal name (`Goldman Sachs Group Inc.` for `Goldman Sachs`), or with its article (`The Guardian`).
 * `Google APIs` is not a fuller `Google`: it names something else the articles mention once.
 */
function expands(full: string, short: string): boolean {
  if (foldName(full.replace(/^The /, '')) === foldName(short.replace(/^The /, ''))) return true;
  // An acronym may take more than the initials (`CCTV` for `China Central Television`).
  const acronym = short.replace(/\./g, '');
  const initials = initialsOf(full);
  if (/^\p{Lu}{2,6}$/u.test(acronym) && initials.length >= 2 && acronym.startsWith(initials)) return true;
  const bare = full.replace(LEGAL_FORM_RE, '').replace(/^The /, '');
  const shortBare = short.replace(LEGAL_FORM_RE, '').replace(/^The /, '');
  if (bare === shortBare) return true;
  // The short name with the words of its kind or legal form (`Orrin` for `Orrin Maritime Holdings`).
  if (!bare.startsWith(`${shortBare} `)) return false;
  const added = bare.slice(shortBare.length + 1).split(' ');
  return LEGAL_FORM_RE.test(full) || added.every((w) => ORG_WORDS.has(w));
}

/**
 * An organisation's or place's story name: the fullest form when it is a fuller way of writing the form
 * the articles use most; otherwise the most-used form.
 */
function storyName(forms: readonly string[], count: ReadonlyMap<string, number>): string {
  const used = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || b.length - a.length);
  const mostUsed = used[0]!;
  if (count.get(mostUsed)! <= 1) return forms[0] ?? mostUsed;
  return forms.find((f) => expands(f, mostUsed)) ?? mostUsed;
}

/**
 * Merges entities across the analyses of one story.
 * @example resolveEntities([a, b]).byArticle.get('1:person:sergey-shoigu') // 'person:sergei-shoigu'
 */
export function resolveEntities(analyses: readonly Analysis[]): StoryEntities {
  const nodes: Node[] = [];
  analyses.forEach((a, article) => {
    for (const entity of a.entities) nodes.push({ article, entity });
  });
  const sets = new DisjointSets(nodes.length);
  // Step 1: same id, or same folded full name (people) or shared name/alias (organisations, places).
  const byKey = new Map<string, number>();
  const link = (key: string, i: number): void => {
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else sets.union(i, j);
  };
  nodes.forEach((n, i) => {
    link(`id:${n.entity.id}`, i);
    if (n.entity.type === 'person') {
      const tokens = nameTokens(n.entity.name);
      if (tokens.length > 1) link(`person:${tokens.join(' ')}`, i);
      // A name of two words or more is one thing whatever type one article gave it (`Blue Origin`).
      if (tokens.length > 1) link(`name:${foldName(n.entity.name)}`, i);
      const bare = withoutLegalForm(n.entity.name);
      if (bare && tokens.length > 1) link(`name:${foldName(bare)}`, i);
    } else {
      link(`${n.entity.type}:${foldName(n.entity.name)}`, i);
      // One name, one entity: an article that typed `Boeing` a place and another an organisation agree here.
      link(`name:${foldName(n.entity.name)}`, i);
      // A company with and without its legal form (`Credit Suisse` and `Credit Suisse Group AG`).
      const bare = n.entity.type === 'organization' ? withoutLegalForm(n.entity.name) : null;
      if (bare) link(`name:${foldName(bare)}`, i);
      // Places link by id and name only: a capital is an alias of its country (`Beijing` for China) and a city.
      if (n.entity.type !== 'place') {
        for (const a of n.entity.aliases)
          if (/^\p{Lu}/u.test(a) && a.length > 1) link(`${n.entity.type}:${foldName(a)}`, i);
      }
    }
  });
  // Step 2: single names to the one full name that has them as last (or first) token.
  const byLast = new Map<string, Set<number>>();
  const byFirst = new Map<string, Set<number>>();
  nodes.forEach((n, i) => {
    if (n.entity.type !== 'person') return;
    const tokens = nameTokens(n.entity.name);
    if (tokens.length < 2) return;
    const root = sets.find(i);
    const add = (map: Map<string, Set<number>>, k: string): void => {
      if (!map.has(k)) map.set(k, new Set());
      map.get(k)!.add(root);
    };
    add(byLast, tokens[tokens.length - 1]!);
    add(byFirst, tokens[0]!);
  });
  nodes.forEach((n, i) => {
    if (n.entity.type !== 'person') return;
    const tokens = nameTokens(n.entity.name);
    if (tokens.length !== 1) return;
    const candidates = byLast.get(tokens[0]!) ?? byFirst.get(tokens[0]!);
    if (candidates && candidates.size === 1) sets.union(i, [...candidates][0]!);
  });
  // Step 3: one story entity per group: the most frequent of the fullest names.
  const groups = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    const r = sets.find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(n);
  });
  const entities: Entity[] = [];
  const byArticle = new Map<string, string>();
  const used = new Set<string>();
  for (const members of groups.values()) {
    const count = new Map<string, number>();
    const types = new Map<EntityType, number>();
    for (const m of members) {
      count.set(m.entity.name, (count.get(m.entity.name) ?? 0) + 1);
      types.set(m.entity.type, (types.get(m.entity.type) ?? 0) + 1);
    }
    const names = [...count.keys()].sort(
      (a, b) =>
        b.split(' ').length - a.split(' ').length || count.get(b)! - count.get(a)! || a.localeCompare(b),
    );
    const type = [...types.entries()].sort(
      (a, b) => b[1] - a[1] || TYPE_PREFERENCE.indexOf(a[0]) - TYPE_PREFERENCE.indexOf(b[0]),
    )[0]![0];
    // People are named by their fullest name; other things by the fullest form any article uses
    // (`The Associated Press` for `AP`, `Goldman Sachs Group Inc.` for `Goldman Sachs`).
    const forms = type === 'person' ? names : fullestForms(members, count);
    const name = type === 'person' ? (forms[0] ?? names[0]!) : storyName(forms, count);
    const aliases = new Set<string>();
    for (const m of members) {
      aliases.add(m.entity.name);
      for (const a of m.entity.aliases) aliases.add(a);
    }
    aliases.delete(name);
    const first = members[0]!.entity.id;
    let id = type === 'person' ? `person:${slug(name)}` : first;
    while (used.has(id)) id = `${id}-2`;
    used.add(id);
    entities.push({ id, name, type, aliases: [...aliases] });
    for (const m of members) byArticle.set(`${m.article}:${m.entity.id}`, id);
  }
  return { entities, byArticle };
}

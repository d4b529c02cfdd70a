/**
 * @module synthesize/entities
 * One story-wide list of people, organisations and places: each article's entities merged with those of
 * the other articles that name the same thing (same name, a shared alias, or a surname that matches a
 * fuller name of the same type), with every alias and the sources that mention it.
 */
import type { BriefEntity, EntityType } from '../types.js';
import type { StoryContext } from './story-context.js';

export interface StoryEntities {
  readonly entities: readonly BriefEntity[];
  /** The story entity index of an article's entity: `lookup(sourceIndex, entityId)`. */
  readonly lookup: (source: number, entity: string) => number | undefined;
}

interface Draft {
  name: string;
  type: EntityType;
  aliases: Set<string>;
  sources: Set<string>;
  mentions: number;
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(the|mr|mrs|ms|dr)\.?\s+/, '');

export function mergeEntities(context: StoryContext): StoryEntities {
  const drafts: Draft[] = [];
  const byKey = new Map<string, number>();
  const local = new Map<string, number>();
  context.documents.forEach((doc, source) => {
    const sourceId = context.sources[source]!.id;
    const counts = new Map<string, number>();
    for (const m of doc.analysis.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    for (const entity of doc.analysis.entities) {
      const names = [entity.name, ...entity.aliases];
      let index = names.map((n) => byKey.get(`${entity.type}:${fold(n)}`)).find((i) => i !== undefined);
      if (index === undefined && entity.type === 'person') index = matchPerson(drafts, entity.name);
      if (index === undefined) {
        index = drafts.length;
        drafts.push({
          name: entity.name,
          type: entity.type,
          aliases: new Set(),
          sources: new Set(),
          mentions: 0,
        });
      }
      const draft = drafts[index]!;
      if (entity.name.length > draft.name.length && entity.type === 'person') {
        draft.aliases.add(draft.name);
        draft.name = entity.name;
      }
      for (const n of names) if (n !== draft.name) draft.aliases.add(n);
      draft.sources.add(sourceId);
      draft.mentions += counts.get(entity.id) ?? 1;
      for (const n of names) byKey.set(`${entity.type}:${fold(n)}`, index);
      local.set(`${source}\u0000${entity.id}`, index);
    }
  });
  const order = drafts
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        b.d.sources.size - a.d.sources.size ||
        b.d.mentions - a.d.mentions ||
        a.d.name.localeCompare(b.d.name),
    );
  const position = new Map<number, number>();
  order.forEach((o, k) => position.set(o.i, k));
  const entities = order.map(({ d }) => ({
    name: d.name,
    type: d.type,
    aliases: [...d.aliases].filter((a) => a !== d.name).sort(),
    sources: [...d.sources].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
  }));
  return {
    entities,
    lookup: (source, entity) => {
      const i = local.get(`${source}\u0000${entity}`);
      return i === undefined ? undefined : position.get(i);
    },
  };
}

/** A person named "Putin" in one article is the "Vladimir Putin" of another (same surname, compatible first name). */
function matchPerson(drafts: readonly Draft[], name: string): number | undefined {
  const parts = fold(name).split(/\s+/);
  const surname = parts.at(-1)!;
  const first = parts.length > 1 ? parts[0]! : null;
  let found: number | undefined;
  drafts.forEach((d, i) => {
    if (d.type !== 'person') return;
    const other = fold(d.name).split(/\s+/);
    if (other.at(-1) !== surname) return;
    const otherFirst = other.length > 1 ? other[0]! : null;
    if (first !== null && otherFirst !== null && !sameFirstName(first, otherFirst)) return;
    if (found === undefined) found = i;
  });
  return found;
}

/** Transliteration variants share their first three letters (Sergei/Sergey, Mohammed/Mohamed). */
function sameFirstName(a: string, b: string): boolean {
  return a === b || (a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3));
}

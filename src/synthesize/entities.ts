/**
 * @module synthesize/entities
 * One story-wide list of people, organisations and places: the analysis stage merges each article's
 * entities into story entities (same name, transliteration variants, surname to full name, shared
 * aliases); this adds the sources that name each one and orders them by how widely they are named.
 */
import { resolveEntities } from '../analyze/index.js';
import type { BriefEntity } from '../types.js';
import type { StoryContext } from './story-context.js';

export interface StoryEntities {
  readonly entities: readonly BriefEntity[];
  /** The story entity index of an article's entity: `lookup(sourceIndex, entityId)`. */
  readonly lookup: (source: number, entity: string) => number | undefined;
}

export function mergeEntities(context: StoryContext): StoryEntities {
  const resolved = resolveEntities(context.documents.map((d) => d.analysis));
  const sources = new Map<string, Set<string>>();
  const mentions = new Map<string, number>();
  context.documents.forEach((doc, index) => {
    const counts = new Map<string, number>();
    for (const m of doc.analysis.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    for (const entity of doc.analysis.entities) {
      const story = resolved.byArticle.get(`${index}:${entity.id}`) ?? entity.id;
      let set = sources.get(story);
      if (set === undefined) sources.set(story, (set = new Set()));
      set.add(context.sources[index]!.id);
      mentions.set(story, (mentions.get(story) ?? 0) + (counts.get(entity.id) ?? 1));
    }
  });
  const ordered = [...resolved.entities].sort(
    (a, b) =>
      (sources.get(b.id)?.size ?? 0) - (sources.get(a.id)?.size ?? 0) ||
      (mentions.get(b.id) ?? 0) - (mentions.get(a.id) ?? 0) ||
      a.name.localeCompare(b.name),
  );
  const position = new Map(ordered.map((e, i) => [e.id, i]));
  const entities: BriefEntity[] = ordered.map((e) => ({
    name: e.name,
    type: e.type,
    aliases: [...new Set(e.aliases)].filter((a) => a !== e.name).sort(),
    sources: [...(sources.get(e.id) ?? [])].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
  }));
  return {
    entities,
    lookup: (source, entity) => {
      const story = resolved.byArticle.get(`${source}:${entity}`) ?? entity;
      return position.get(story);
    },
  };
}

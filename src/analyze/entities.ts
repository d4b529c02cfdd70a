/**
 * @module analyze/entities
 * Finds people, organisations, places and other names (products, works, events) and resolves their
 * mentions within one article. An ordered list of small named steps, declared once in `STEPS`: page
 * furniture is marked first so no name comes from it; runs of capitalised words are found and trimmed;
 * the gazetteer settles the names it knows; every other name is typed by the evidence of its form and
 * of the context of each of its mentions (never by a gazetteer hit alone); single words then join the
 * person, organisation or place they stand for, and role descriptions the person they describe.
 */
import type { Entity, Mention, Sentence } from '../types.js';
import { findInstitutions } from './entities/find-institutions.js';
import { findStreets } from './entities/find-streets.js';
import { findTitles } from './entities/find-titles.js';
import { linkAcronyms } from './entities/link-acronyms.js';
import { markFurniture } from './entities/mark-furniture.js';
import { nameKnown } from './entities/name-known.js';
import { resolveRoleDescriptions } from './entities/role-descriptions.js';
import { scanRuns, trimRuns } from './entities/scan-runs.js';
import {
  type Builder,
  type EntityInfo,
  type EntityResult,
  type EntityState,
  newEntityState,
} from './entities/state.js';
import { resolveSingleNames, typeNames } from './entities/type-runs.js';
import { weighEvidence } from './entities/weigh-evidence.js';
import { REGAL_TITLES } from './entities/words.js';
import { slug } from './names.js';

export type { EntityInfo, EntityResult } from './entities/state.js';

export interface EntityStep {
  readonly name: string;
  readonly run: (state: EntityState) => void;
}

/** The steps, in order. Each reads and updates the shared state. */
export const STEPS: readonly EntityStep[] = [
  { name: 'mark-furniture', run: markFurniture },
  { name: 'find-titles', run: findTitles },
  { name: 'find-streets', run: findStreets },
  { name: 'find-names', run: (s) => nameKnown(s, trimRuns(s, scanRuns(s))) },
  { name: 'find-institutions', run: findInstitutions },
  { name: 'weigh-evidence', run: weighEvidence },
  { name: 'type-names', run: typeNames },
  { name: 'resolve-single-names', run: resolveSingleNames },
  { name: 'resolve-role-descriptions', run: resolveRoleDescriptions },
  { name: 'link-acronyms', run: linkAcronyms },
];

/** Finds entities and their mentions in `text` (in `language`, a BCP 47 primary subtag, where known; published by `outlet`). */
export function findEntities(
  text: string,
  sentences: readonly Sentence[],
  language: string | null = null,
  outlet: string | null = null,
): EntityResult {
  const state = newEntityState(text, sentences, language, outlet);
  for (const step of STEPS) step.run(state);
  return collectEntities(state);
}

/** The entities that have a mention, with ids, and their mentions without overlaps. */
function collectEntities(state: EntityState): EntityResult {
  const info = new Map<string, EntityInfo>();
  const entities: Entity[] = [];
  const idOf = new Map<Builder, string>();
  const used = new Set<string>();
  const ordered = [...state.builders.values()].sort((a, b) => a.order - b.order);
  for (const b of ordered) {
    let id = b.type === 'person' ? `person:${slug(b.name)}` : b.key;
    while (used.has(id)) id = `${id}-2`;
    used.add(id);
    idOf.set(b, id);
  }
  // Mentions: drop overlaps (keep the earliest, then the longest), sort by start.
  const pending = state.pending
    .filter((p) => idOf.has(p.builder))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  const mentioned = new Set<Builder>();
  let lastEnd = -1;
  for (const p of pending) {
    if (p.start < lastEnd) continue;
    mentions.push({
      start: p.start,
      end: p.end,
      text: state.text.slice(p.start, p.end),
      entity: idOf.get(p.builder)!,
    });
    mentioned.add(p.builder);
    lastEnd = p.end;
  }
  for (const b of ordered) {
    if (!mentioned.has(b)) continue;
    const name = b.type === 'person' ? regalName(b) : b.name;
    b.aliases.add(b.name);
    b.aliases.delete(name);
    const entity: Entity = { id: idOf.get(b)!, name, type: b.type, aliases: [...b.aliases] };
    entities.push(entity);
    info.set(entity.id, { entity, media: b.media, country: b.country, guessed: b.guessed });
  }
  return { entities, mentions, info };
}

/** Titles that make a whole name with a single given name: `Pope Francis`, `King Charles`, `Prince Harry`. */
const REGAL_RE = new RegExp(`^(?:${[...REGAL_TITLES].join('|')}) \\p{Lu}[\\p{L}'’-]+$`, 'u');

/** A person known by one given name is named with the title that goes with it, when the text gives it. */
function regalName(b: Builder): string {
  if (b.name.includes(' ')) return b.name;
  for (const alias of b.aliases) if (REGAL_RE.test(alias) && alias.endsWith(` ${b.name}`)) return alias;
  return b.name;
}

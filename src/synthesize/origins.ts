/**
 * @module synthesize/origins
 * Which sources are copies of one another: the independent origins of a story. Sources whose texts
 * share most of their word 5-grams (one containing the other, as a trimmed republication does) are one
 * origin; an origin's label is the wire agency its members all credit, where there is one.
 */
import type { Article } from '../types.js';

export interface OriginAssignment {
  /** Origin id of each source, by source index. */
  readonly originOf: readonly string[];
  /** The agency each origin's members credit in common, or null. */
  readonly credit: ReadonlyMap<string, string | null>;
}

/** Share of the smaller text's 5-grams found in the other above which two texts are one story copied. */
const COPY_CONTAINMENT = 0.5;
const SHINGLE = 5;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

export function assignOrigins(articles: readonly Article[]): OriginAssignment {
  const sets = articles.map((a) => shingles(a.text));
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      if (small.size === 0) continue;
      let shared = 0;
      for (const s of small) if (large.has(s)) shared++;
      if (shared / small.size >= COPY_CONTAINMENT) parent[find(j)] = find(i);
    }
  }
  const ids = new Map<number, string>();
  const originOf = articles.map((_, i) => {
    const root = find(i);
    let id = ids.get(root);
    if (id === undefined) ids.set(root, (id = `o${ids.size + 1}`));
    return id;
  });
  const credit = new Map<string, string | null>();
  for (const [root, id] of ids) {
    const members = articles.filter((_, i) => find(i) === root);
    const common = members[0]!.credits.filter((c) => members.every((m) => m.credits.includes(c)));
    credit.set(id, common.length === 1 ? common[0]! : null);
  }
  return { originOf, credit };
}

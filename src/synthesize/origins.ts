/**
 * @module synthesize/origins
 * Which sources are copies of one another: the independent origins of a story. Near-duplicate
 * detection (the cluster stage's MinHash over word shingles, with containment for trimmed copies)
 * groups the copies; an origin is named for the wire agency all its members credit, where exactly one
 * is credited, so that an outlet quoting that agency elsewhere meets it.
 */
import { findOrigins } from '../cluster/index.js';
import type { Article } from '../types.js';

export interface OriginAssignment {
  /** Origin id of each source, by source index. */
  readonly originOf: readonly string[];
  /** The agency each origin's members credit in common, or null. */
  readonly credit: ReadonlyMap<string, string | null>;
}

export function assignOrigins(articles: readonly Article[]): OriginAssignment {
  // Indexes as ids: two inputs may share a document id, a source index is unique.
  const origins = findOrigins(
    articles.map((a, i) => ({
      id: String(i),
      title: a.title,
      text: a.text,
      published: a.published,
      credits: a.credits,
    })),
  );
  const originOf: string[] = new Array<string>(articles.length);
  const credit = new Map<string, string | null>();
  origins
    .map((o) => o.members.map(Number).sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!)
    .forEach((members, k) => {
      const id = `o${k + 1}`;
      for (const m of members) originOf[m] = id;
      const first = articles[members[0]!]!.credits;
      const common = first.filter((c) => members.every((m) => articles[m]!.credits.includes(c)));
      credit.set(id, common.length === 1 ? common[0]! : null);
    });
  return { originOf, credit };
}

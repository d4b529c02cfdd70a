/**
 * @module cluster/near-duplicates
 * Copies of one origin: a wire story republished under another headline, trimmed, lightly edited or
 * wrapped in page chrome. Candidates come from MinHash bands (locality-sensitive hashing); each candidate
 * pair is then checked exactly on its shingle sets, by Jaccard and by containment (a trimmed copy is
 * contained in its original even when their Jaccard is low). Two independent reports of one event that
 * share only quotes or a few phrases share few 5-word shingles, so they stay separate origins.
 */

import { DisjointSets } from '../disjoint-sets.js';
import type { Origin } from '../types.js';
import type { ClusterInput } from './cluster-input.js';
import { extractFeatures } from './features.js';
import { bandKeys } from './minhash.js';
import { DEFAULT_DUPLICATES, type DuplicateOptions } from './options.js';
import { type Overlap, overlap } from './shingles.js';

/** Below this many documents every pair is checked exactly; LSH only prunes pairs of larger sets. */
const ALL_PAIRS_UP_TO = 48;

/** Options of `findOrigins`. */
export interface FindOriginsOptions extends DuplicateOptions {
  /** Characters of each text read. Default 100,000. */
  readonly maxChars?: number;
}

/** Whether an overlap makes two texts copies of one origin. */
export function isCopy(o: Overlap, options: Required<DuplicateOptions> = DEFAULT_DUPLICATES): boolean {
  if (o.jaccard >= options.jaccard && o.smaller > 0) return true;
  return o.smaller >= options.minShingles && o.containment >= options.containment;
}

/** The wire agency most of an origin's members credit (ties: alphabetical), or null when none does. */
export function creditOf(creditLists: readonly (readonly string[] | undefined)[]): string | null {
  const counts = new Map<string, number>();
  for (const credits of creditLists)
    for (const credit of new Set(credits ?? [])) counts.set(credit, (counts.get(credit) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [credit, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && credit < best)) {
      best = credit;
      bestCount = n;
    }
  }
  return best;
}

/** The candidate pairs [i, j] (i < j) to check: all of them for a few documents, else those sharing a band. */
function candidatePairs(signatures: readonly Uint32Array[]): [number, number][] {
  const n = signatures.length;
  const pairs: [number, number][] = [];
  if (n <= ALL_PAIRS_UP_TO) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
    return pairs;
  }
  const buckets = new Map<number, number[]>();
  signatures.forEach((sig, i) => {
    for (const key of bandKeys(sig)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  for (const bucket of buckets.values()) {
    for (let a = 0; a < bucket.length; a++) {
      for (let b = a + 1; b < bucket.length; b++) {
        const i = bucket[a]!;
        const j = bucket[b]!;
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

/**
 * Groups documents into origins: sets of copies of one text. Every document is in exactly one origin;
 * an origin's id is `o:` + its first member's id, its members keep input order.
 *
 * @example findOrigins(storyDocs).filter((o) => o.members.length > 1) // the syndicated groups
 */
export function findOrigins(docs: readonly ClusterInput[], options: FindOriginsOptions = {}): Origin[] {
  const settings = { ...DEFAULT_DUPLICATES, ...options };
  const features = docs.map((doc) => extractFeatures(doc.title, doc.text, options.maxChars ?? 100_000));
  const sets = new DisjointSets(docs.length);
  for (const [i, j] of candidatePairs(features.map((f) => f.signature))) {
    if (sets.find(i) === sets.find(j)) continue;
    if (isCopy(overlap(features[i]!.shingles, features[j]!.shingles), settings)) sets.union(i, j);
  }
  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].map((members) => ({
    id: `o:${docs[members[0]!]!.id}`,
    members: members.map((i) => docs[i]!.id),
    credit: creditOf(members.map((i) => docs[i]!.credits)),
  }));
}

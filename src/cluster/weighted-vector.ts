/**
 * @module cluster/weighted-vector
 * A report's sparse unit vector of TF-IDF weights over hashed keys, with document frequencies read from
 * the clusterer's state (see `state.ts`).
 */

/** A sparse vector: parallel arrays of keys and weights, unit length, heaviest key first. */
export interface SparseVector {
  readonly keys: Uint32Array;
  readonly weights: Float64Array;
}

/**
 * Inverse document frequency, ln(1 + (N + prior) / df): positive even for a key every document holds, so
 * the first documents still weigh. `prior` documents holding none of the keys count as read before the
 * first, so early documents' shared words keep some weight; `df` counts the document being weighed.
 */
export function idf(documents: number, prior: number, df: number): number {
  return Math.log(1 + (documents + prior) / Math.max(1, df));
}

/** The `limit` heaviest keys of counts under (1 + ln tf) * idf, heaviest first, scaled to unit length. */
export function tfidfVector(
  counts: ReadonlyMap<number, number>,
  idfOf: (key: number) => number,
  limit: number,
): SparseVector {
  const entries: [number, number][] = [];
  for (const [key, tf] of counts) entries.push([key, (1 + Math.log(tf)) * idfOf(key)]);
  entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (entries.length > limit) entries.length = limit;
  let norm = 0;
  for (const [, w] of entries) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  const keys = new Uint32Array(entries.length);
  const weights = new Float64Array(entries.length);
  entries.forEach(([key, w], i) => {
    keys[i] = key;
    weights[i] = w / norm;
  });
  return { keys, weights };
}

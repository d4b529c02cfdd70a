/**
 * @module cluster/weighted-vector
 * Sparse unit vectors of TF-IDF weights over hashed keys, document frequencies maintained incrementally
 * as documents stream in, and story centroids that grow by adding member vectors.
 */

/** A sparse vector: parallel arrays of keys and weights, unit length. */
export interface SparseVector {
  readonly keys: Uint32Array;
  readonly weights: Float64Array;
}

/**
 * Document frequencies, updated one document at a time. `prior` documents holding none of the keys are
 * counted as read before the first, so early documents' shared words keep some weight.
 */
export class DocumentFrequencies {
  #df = new Map<number, number>();
  #documents = 0;
  readonly #prior: number;

  constructor(prior = 0) {
    this.#prior = Math.max(0, prior);
  }

  /** Counts one more document holding these keys. */
  add(keys: Iterable<number>): void {
    this.#documents++;
    for (const key of keys) this.#df.set(key, (this.#df.get(key) ?? 0) + 1);
  }

  /** ln(1 + (N + prior) / df): positive even for a key every document holds, so the first documents still weigh. */
  idf(key: number): number {
    return Math.log(1 + (this.#documents + this.#prior) / (this.#df.get(key) ?? 1));
  }

  get documents(): number {
    return this.#documents;
  }
}

/** The `limit` heaviest keys of counts under (1 + ln tf) * idf, heaviest first, scaled to unit length. */
export function tfidfVector(
  counts: Map<number, number>,
  df: DocumentFrequencies,
  limit: number,
): SparseVector {
  const entries: [number, number][] = [];
  for (const [key, tf] of counts) entries.push([key, (1 + Math.log(tf)) * df.idf(key)]);
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

/** The cosine of two unit sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const index = new Map<number, number>();
  for (let i = 0; i < b.keys.length; i++) index.set(b.keys[i]!, b.weights[i]!);
  let dot = 0;
  for (let i = 0; i < a.keys.length; i++) dot += a.weights[i]! * (index.get(a.keys[i]!) ?? 0);
  return dot;
}

/** The sum of its members' unit vectors, pruned to its heaviest keys; cosine against it is to the mean. */
export class Centroid {
  #weights = new Map<number, number>();
  #norm2 = 0;
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  add(vector: SparseVector): void {
    for (let i = 0; i < vector.keys.length; i++) {
      const key = vector.keys[i]!;
      const old = this.#weights.get(key) ?? 0;
      const next = old + vector.weights[i]!;
      this.#weights.set(key, next);
      this.#norm2 += next * next - old * old;
    }
    if (this.#weights.size > this.#limit * 2) this.#prune();
  }

  /** Adds every member of another centroid (two stories found to be one). */
  merge(other: Centroid): void {
    for (const [key, weight] of other.#weights) {
      const old = this.#weights.get(key) ?? 0;
      const next = old + weight;
      this.#weights.set(key, next);
      this.#norm2 += next * next - old * old;
    }
    if (this.#weights.size > this.#limit * 2) this.#prune();
  }

  /** Cosine of two centroids. */
  cosineWith(other: Centroid): number {
    if (this.#norm2 <= 0 || other.#norm2 <= 0) return 0;
    const [small, large] =
      this.#weights.size <= other.#weights.size
        ? [this.#weights, other.#weights]
        : [other.#weights, this.#weights];
    let dot = 0;
    for (const [key, weight] of small) dot += weight * (large.get(key) ?? 0);
    return dot / Math.sqrt(this.#norm2 * other.#norm2);
  }

  get empty(): boolean {
    return this.#norm2 <= 0;
  }

  /** Cosine of a unit vector with the centroid. */
  cosine(vector: SparseVector): number {
    if (this.#norm2 <= 0) return 0;
    let dot = 0;
    for (let i = 0; i < vector.keys.length; i++)
      dot += vector.weights[i]! * (this.#weights.get(vector.keys[i]!) ?? 0);
    return dot / Math.sqrt(this.#norm2);
  }

  /** The `n` heaviest keys. */
  top(n: number): number[] {
    return [...this.#weights]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, n)
      .map(([key]) => key);
  }

  /** Keeps only the `n` heaviest keys (a closed story kept for late follow-ups). */
  shrink(n: number): void {
    if (this.#weights.size > n) this.#prune(n);
  }

  #prune(limit = this.#limit): void {
    const kept = [...this.#weights].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
    this.#weights = new Map(kept);
    this.#norm2 = kept.reduce((sum, [, w]) => sum + w * w, 0);
  }
}

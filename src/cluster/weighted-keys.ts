/**
 * @module cluster/weighted-keys
 * Story centroids as plain data: keys sorted ascending with their summed weights (see `WeightedKeys`).
 * Each operation returns a new value, and every sum runs in key order, so a centroid read back from JSON
 * scores exactly as the one written.
 */

import type { WeightedKeys } from './state.js';
import type { SparseVector } from './weighted-vector.js';

export const NO_KEYS: WeightedKeys = { keys: [], weights: [], norm2: 0 };

function norm2Of(weights: readonly number[]): number {
  let sum = 0;
  for (const w of weights) sum += w * w;
  return sum;
}

/** A vector's keys and weights sorted by key. */
function sortedPairs(vector: SparseVector): { keys: number[]; weights: number[] } {
  const order = Array.from(vector.keys.keys()).sort((a, b) => vector.keys[a]! - vector.keys[b]!);
  return { keys: order.map((i) => vector.keys[i]!), weights: order.map((i) => vector.weights[i]!) };
}

/** A unit vector as weighted keys (a report's terms kept as its story's title terms). */
export function keysOf(vector: SparseVector): WeightedKeys {
  const { keys, weights } = sortedPairs(vector);
  return { keys, weights, norm2: norm2Of(weights) };
}

/** The `limit` heaviest keys (ties: the smaller key), sorted by key again. */
function prune(keys: number[], weights: number[], limit: number): WeightedKeys {
  const order = Array.from(keys.keys())
    .sort((a, b) => weights[b]! - weights[a]! || keys[a]! - keys[b]!)
    .slice(0, limit)
    .sort((a, b) => keys[a]! - keys[b]!);
  const kept = order.map((i) => weights[i]!);
  return { keys: order.map((i) => keys[i]!), weights: kept, norm2: norm2Of(kept) };
}

/** Sums two sorted key lists; past twice `limit` keys, keeps the `limit` heaviest. */
function sum(
  aKeys: readonly number[],
  aWeights: readonly number[],
  bKeys: readonly number[],
  bWeights: readonly number[],
  limit: number,
): WeightedKeys {
  const keys: number[] = [];
  const weights: number[] = [];
  let i = 0;
  let j = 0;
  while (i < aKeys.length || j < bKeys.length) {
    const a = i < aKeys.length ? aKeys[i]! : Number.POSITIVE_INFINITY;
    const b = j < bKeys.length ? bKeys[j]! : Number.POSITIVE_INFINITY;
    if (a === b) {
      keys.push(a);
      weights.push(aWeights[i++]! + bWeights[j++]!);
    } else if (a < b) {
      keys.push(a);
      weights.push(aWeights[i++]!);
    } else {
      keys.push(b);
      weights.push(bWeights[j++]!);
    }
  }
  if (keys.length > limit * 2) return prune(keys, weights, limit);
  return { keys, weights, norm2: norm2Of(weights) };
}

/** A centroid with one more member's unit vector (as `keysOf` gives it) added. */
export function addVector(centroid: WeightedKeys, vector: WeightedKeys, limit: number): WeightedKeys {
  return sum(centroid.keys, centroid.weights, vector.keys, vector.weights, limit);
}

/** Two centroids summed (two stories found to be one). */
export function addKeys(a: WeightedKeys, b: WeightedKeys, limit: number): WeightedKeys {
  return sum(a.keys, a.weights, b.keys, b.weights, limit);
}

/**
 * Cosine of a unit vector (as `keysOf` gives it) with a centroid: the vector's few keys are found in the
 * centroid's many by galloping search from where the last one was found.
 */
export function cosineTo(centroid: WeightedKeys, vector: WeightedKeys): number {
  if (centroid.norm2 <= 0) return 0;
  const keys = centroid.keys;
  const n = keys.length;
  let dot = 0;
  let lo = 0;
  for (let j = 0; j < vector.keys.length && lo < n; j++) {
    const key = vector.keys[j]!;
    let step = 1;
    let hi = lo;
    while (hi < n && keys[hi]! < key) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi >= n) hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = keys[mid]!;
      if (k === key) {
        dot += vector.weights[j]! * centroid.weights[mid]!;
        lo = mid + 1;
        break;
      }
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return dot / Math.sqrt(centroid.norm2);
}

/** Cosine of two centroids. */
export function cosineBetween(a: WeightedKeys, b: WeightedKeys): number {
  if (a.norm2 <= 0 || b.norm2 <= 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const x = a.keys[i]!;
    const y = b.keys[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot / Math.sqrt(a.norm2 * b.norm2);
}

/** The `n` heaviest keys, heaviest first (ties: the smaller key). */
export function topKeys(centroid: WeightedKeys, n: number): number[] {
  return Array.from(centroid.keys.keys())
    .sort((a, b) => centroid.weights[b]! - centroid.weights[a]! || centroid.keys[a]! - centroid.keys[b]!)
    .slice(0, n)
    .map((i) => centroid.keys[i]!);
}

/** Only the `n` heaviest keys (a closed story kept for late follow-ups). */
export function shrinkKeys(centroid: WeightedKeys, n: number): WeightedKeys {
  if (centroid.keys.length <= n) return centroid;
  return prune([...centroid.keys], [...centroid.weights], n);
}

/**
 * @module cluster/shingles
 * Word shingles (overlapping runs of words) hashed to a sorted set of 32-bit ints, and the overlap
 * measures that decide whether two texts are copies: Jaccard, and containment of the smaller in the larger.
 */

import { combine32, hashString } from './hash.js';

/** Five words: long enough that independent reports rarely share one outside a quote. */
export const SHINGLE_WORDS = 5;

/** The set of hashed `size`-word shingles of a token list, sorted ascending, at most `cap` of them. */
export function shingleSet(tokens: readonly string[], size = SHINGLE_WORDS, cap = 20_000): Uint32Array {
  const hashes = tokens.slice(0, cap + size).map((token) => hashString(token));
  const count = Math.max(0, hashes.length - size + 1);
  if (hashes.length > 0 && count === 0) return Uint32Array.of(hashes.reduce((h, t) => combine32(h, t), size));
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = size;
    for (let j = 0; j < size; j++) h = combine32(h, hashes[i + j]!);
    out[i] = h;
  }
  out.sort();
  let unique = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[unique++] = out[i]!;
  return out.subarray(0, unique);
}

/** The number of values two sorted sets share. */
export function intersectionSize(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** How two shingle sets overlap. */
export interface Overlap {
  /** |A ∩ B| / |A ∪ B|. */
  readonly jaccard: number;
  /** |A ∩ B| / min(|A|, |B|): near 1 when one text is a trimmed copy of the other. */
  readonly containment: number;
  /** The size of the smaller set. */
  readonly smaller: number;
}

export function overlap(a: ArrayLike<number>, b: ArrayLike<number>): Overlap {
  const shared = intersectionSize(a, b);
  const smaller = Math.min(a.length, b.length);
  const union = a.length + b.length - shared;
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: smaller === 0 ? 0 : shared / smaller,
    smaller,
  };
}

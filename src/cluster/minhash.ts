/**
 * @module cluster/minhash
 * MinHash signatures of shingle sets and their locality-sensitive banding: two sets whose Jaccard
 * similarity is J agree on one signature slot with probability J, so they share a band of `rows` slots
 * with probability J^rows, and at least one of `bands` bands with 1 - (1 - J^rows)^bands.
 */

import { combine32, mix32 } from './hash.js';

/** 64 slots in 32 bands of 2: a pair with Jaccard 0.25 (a copy cut to a quarter) is a candidate 87% of the time. */
export const SIGNATURE_SIZE = 64;
export const BAND_ROWS = 2;

/** Per slot an odd multiplier and an xor mask: a cheap permutation of the (already well-mixed) shingle hashes. */
const MULTIPLIERS: Uint32Array = seeds(0x9e3779b9, true);
const MASKS: Uint32Array = seeds(0x7f4a7c15, false);

function seeds(base: number, odd: boolean): Uint32Array {
  const out = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++)
    out[i] = mix32(base + Math.imul(i + 1, 0x632be5ab)) | (odd ? 1 : 0);
  return out;
}

/** The MinHash signature of a shingle set: per slot, the least of the set's hashes under that slot's permutation. */
export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      let h = Math.imul(x ^ MASKS[i]!, MULTIPLIERS[i]!);
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** The band keys of a signature: one 32-bit key per band, the band's index mixed in. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let start = 0, band = 0; start < sig.length; start += BAND_ROWS, band++) {
    let h = band + 1;
    for (let i = start; i < start + BAND_ROWS && i < sig.length; i++) h = combine32(h, sig[i]!);
    keys.push(h);
  }
  return keys;
}

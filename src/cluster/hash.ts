/**
 * @module cluster/hash
 * 32-bit hashing of tokens and shingles: tokens become ints once, so every later step compares numbers.
 */

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit int. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: spreads the bits of a 32-bit int (an avalanche step). */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines two 32-bit hashes into one (order matters). */
export function combine32(a: number, b: number): number {
  return mix32((Math.imul(a ^ 0x9e3779b9, 0x85ebca77) ^ (b + 0x7f4a7c15)) >>> 0);
}

/**
 * The slot of a 32-bit key in an open-addressing table of 2^bits slots: the top bits of one multiply by
 * the golden ratio (Fibonacci hashing), which spreads consecutive integers and hashes of any quality.
 */
export function fibonacciSlot(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

/**
 * @module cluster/key-counts
 * Counts by unsigned 32-bit key (document frequencies): an open-addressing table over two typed arrays,
 * so millions of keys cost 8 bytes each at most half full, and the garbage collector has nothing in it to
 * trace (a `Map` of the same keys holds an entry object per key and a heap number per key above 2^31).
 */

import { fibonacciSlot } from './hash.js';

/** Slots at first; doubles whenever the table would be more than half full. */
const FIRST_BITS = 12;

export class KeyCounts {
  #bits = FIRST_BITS;
  #keys = new Uint32Array(1 << FIRST_BITS);
  /** 0 marks an empty slot: a stored count is at least 1. */
  #counts = new Uint32Array(1 << FIRST_BITS);
  #size = 0;

  /** How many keys have a count. */
  get size(): number {
    return this.#size;
  }

  /** The count of `key`, 0 when never counted. */
  get(key: number): number {
    const keys = this.#keys;
    const counts = this.#counts;
    const want = key >>> 0;
    const mask = keys.length - 1;
    for (let i = fibonacciSlot(want, this.#bits); ; i = (i + 1) & mask) {
      const count = counts[i]!;
      if (count === 0) return 0;
      if (keys[i] === want) return count;
    }
  }

  /** Adds one to the count of `key`. */
  increment(key: number): void {
    if ((this.#size + 1) * 2 > this.#keys.length) this.#grow();
    const want = key >>> 0;
    const keys = this.#keys;
    const counts = this.#counts;
    const mask = keys.length - 1;
    for (let i = fibonacciSlot(want, this.#bits); ; i = (i + 1) & mask) {
      if (counts[i] === 0) {
        keys[i] = want;
        counts[i] = 1;
        this.#size++;
        return;
      }
      if (keys[i] === want) {
        counts[i]!++;
        return;
      }
    }
  }

  #grow(): void {
    const [oldKeys, oldCounts] = [this.#keys, this.#counts];
    this.#bits++;
    const slots = 1 << this.#bits;
    this.#keys = new Uint32Array(slots);
    this.#counts = new Uint32Array(slots);
    const mask = slots - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const count = oldCounts[j]!;
      if (count === 0) continue;
      let i = fibonacciSlot(oldKeys[j]!, this.#bits);
      while (this.#counts[i] !== 0) i = (i + 1) & mask;
      this.#keys[i] = oldKeys[j]!;
      this.#counts[i] = count;
    }
  }
}

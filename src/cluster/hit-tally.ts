/**
 * @module cluster/hit-tally
 * Sums of weights by story order for one lookup (the stories sharing a report's index keys), and the
 * heaviest of them. An open-addressing table over typed arrays, emptied and reused lookup after lookup:
 * a `Map` per lookup allocated an entry for every story hit, some hundreds to thousands per report once
 * two months of stories are open.
 */

import { fibonacciSlot } from './hash.js';

/** Slots at first; doubles whenever the table would be more than half full. */
const FIRST_BITS = 10;

export class HitTally {
  #bits = FIRST_BITS;
  #orders = new Int32Array(1 << FIRST_BITS);
  #sums = new Float64Array(1 << FIRST_BITS);
  /** A slot is in use in this lookup when its stamp is the current one: emptying is one increment. */
  #stamps = new Uint32Array(1 << FIRST_BITS);
  #stamp = 1;
  /** Slots in use, in the order their story was first hit. */
  #used: number[] = [];

  /** How many stories were hit since the tally was last emptied. */
  get size(): number {
    return this.#used.length;
  }

  /** Adds `weight` to the sum of story `order` (a non-negative 31-bit integer). */
  add(order: number, weight: number): void {
    if ((this.#used.length + 1) * 2 > this.#orders.length) this.#grow();
    const mask = this.#orders.length - 1;
    for (let i = fibonacciSlot(order, this.#bits); ; i = (i + 1) & mask) {
      if (this.#stamps[i] !== this.#stamp) {
        this.#stamps[i] = this.#stamp;
        this.#orders[i] = order;
        this.#sums[i] = weight;
        this.#used.push(i);
        return;
      }
      if (this.#orders[i] === order) {
        this.#sums[i]! += weight;
        return;
      }
    }
  }

  /**
   * The `limit` heaviest stories, heaviest first, the smaller order first on ties, and empties the tally.
   * Stories are visited in the order they were first hit, so the answer is the same as sorting all.
   */
  top(limit: number): number[] {
    const orders: number[] = [];
    const sums: number[] = [];
    const before = (order: number, sum: number, at: number) =>
      sum > sums[at]! || (sum === sums[at]! && order < orders[at]!);
    for (const slot of this.#used) {
      const order = this.#orders[slot]!;
      const sum = this.#sums[slot]!;
      if (orders.length === limit && !before(order, sum, limit - 1)) continue;
      let i = orders.length === limit ? limit - 1 : orders.length;
      while (i > 0 && before(order, sum, i - 1)) {
        orders[i] = orders[i - 1]!;
        sums[i] = sums[i - 1]!;
        i--;
      }
      orders[i] = order;
      sums[i] = sum;
    }
    this.#empty();
    return orders;
  }

  #empty(): void {
    this.#used = [];
    if (this.#stamp === 0xffffffff) {
      this.#stamps.fill(0);
      this.#stamp = 0;
    }
    this.#stamp++;
  }

  #grow(): void {
    const [orders, sums, used] = [this.#orders, this.#sums, this.#used];
    this.#bits++;
    const slots = 1 << this.#bits;
    this.#orders = new Int32Array(slots);
    this.#sums = new Float64Array(slots);
    this.#stamps = new Uint32Array(slots);
    this.#stamp = 1;
    this.#used = [];
    const mask = slots - 1;
    for (const slot of used) {
      let i = fibonacciSlot(orders[slot]!, this.#bits);
      while (this.#stamps[i] === this.#stamp) i = (i + 1) & mask;
      this.#stamps[i] = this.#stamp;
      this.#orders[i] = orders[slot]!;
      this.#sums[i] = sums[slot]!;
      this.#used.push(i);
    }
  }
}

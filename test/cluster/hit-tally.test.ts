/**
 * @module test/cluster/hit-tally
 * The hit tally against a plain map and a full sort: the same heaviest stories, ties to the smaller order,
 * across growth and many lookups in a row.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seeded } from '../../bench/cluster/synthetic-news.js';
import { HitTally } from '../../src/cluster/hit-tally.js';

function reference(hits: readonly [number, number][], limit: number): number[] {
  const sums = new Map<number, number>();
  for (const [order, weight] of hits) sums.set(order, (sums.get(order) ?? 0) + weight);
  return [...sums]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([order]) => order);
}

test('the heaviest stories of each lookup, as a full sort gives them, lookup after lookup', () => {
  const rand = seeded(7);
  const tally = new HitTally();
  for (let lookup = 0; lookup < 200; lookup++) {
    const stories = 1 + Math.floor(rand() * (lookup % 10 === 0 ? 5_000 : 300));
    const hits: [number, number][] = [];
    for (let i = 0; i < stories * 3; i++) {
      // Whole weights make ties common; orders spread over a wide range.
      const weight = lookup % 2 === 0 ? Math.floor(rand() * 4) + 1 : rand();
      hits.push([Math.floor(rand() * stories) * 37 + (lookup % 5), weight]);
    }
    for (const [order, weight] of hits) tally.add(order, weight);
    assert.equal(tally.size, new Set(hits.map(([order]) => order)).size);
    const limit = 1 + (lookup % 30);
    assert.deepEqual(tally.top(limit), reference(hits, limit), `lookup ${lookup}`);
    assert.equal(tally.size, 0, 'top empties the tally');
  }
});

test('an empty lookup has no stories, and a story hit once is still counted', () => {
  const tally = new HitTally();
  assert.deepEqual(tally.top(5), []);
  tally.add(2_000_000_000, 0);
  tally.add(3, 0.5);
  assert.deepEqual(tally.top(5), [3, 2_000_000_000]);
});

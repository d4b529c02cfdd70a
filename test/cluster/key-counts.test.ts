import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeyCounts } from '../../src/cluster/key-counts.js';

test('key counts agree with a map over many keys, the extremes of uint32 among them', () => {
  const counts = new KeyCounts();
  const expected = new Map<number, number>();
  let x = 12_345;
  const next = () => {
    x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
    return x;
  };
  const keys = [0, 1, 2 ** 31, 2 ** 32 - 1];
  for (let i = 0; i < 50_000; i++) keys.push(next() % 3 === 0 ? next() % 500 : next());
  for (const key of keys) {
    counts.increment(key);
    expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  assert.equal(counts.size, expected.size);
  for (const [key, n] of expected) assert.equal(counts.get(key), n, `key ${key}`);
  assert.equal(counts.get(7_777_777), expected.get(7_777_777) ?? 0);
  // A negative int32 is the same key as its unsigned reading.
  counts.increment(-1);
  assert.equal(counts.get(2 ** 32 - 1), (expected.get(2 ** 32 - 1) ?? 0) + 1);
});

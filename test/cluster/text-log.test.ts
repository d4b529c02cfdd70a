import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextLog, TextSet } from '../../src/cluster/text-log.js';

test('a text log gives back every text as appended, across buffers and in any script', () => {
  const log = new TextLog();
  const texts = ['', 'plain', 'Пожар 🔥 “quotes” and \\ backslash\nsecond line', 'x'.repeat(9 << 20)];
  for (let i = 0; i < 3_000; i++) texts.push(`${i}:${'é'.repeat(i % 50)}${'a'.repeat(i * 7)}`);
  const numbers = texts.map((text) => log.append(text));
  assert.deepEqual(
    numbers,
    texts.map((_, i) => i),
  );
  assert.equal(log.length, texts.length);
  for (const [i, text] of texts.entries()) assert.equal(log.get(i), text, `text ${i}`);
  assert.throws(() => log.get(texts.length), RangeError);
});

test('a text set holds each text once and tells it from texts of the same hash slot', () => {
  const set = new TextSet();
  const ids = Array.from({ length: 20_000 }, (_, i) => `doc-${i}`);
  for (const id of ids) set.add(id);
  for (const id of ids.slice(0, 100)) set.add(id);
  assert.equal(set.size, ids.length);
  for (const id of ids) assert.ok(set.has(id), id);
  for (const id of ['doc-20000', 'doc-', '', 'Doc-1', 'doc-1 ']) assert.equal(set.has(id), false, id);
  set.add('');
  assert.ok(set.has(''));
  assert.equal(set.size, ids.length + 1);
});

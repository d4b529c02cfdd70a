/**
 * @module test/cluster/near-duplicates
 * Copies of one text are one origin; independent reports of one event are not, even sharing a quote.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findOrigins } from '../../src/cluster/index.js';
import { overlap, shingleSet } from '../../src/cluster/shingles.js';
import { words } from '../../src/cluster/tokenize.js';
import { event, reports, wireCopies } from './fixtures.js';

const storm = event(71, 'dup', '2031-02-11', 'storm');

test('a wire story and its republications are one origin with the agency as credit', () => {
  const wire = wireCopies(72, storm, 4, 'Reuters');
  const origins = findOrigins(wire);
  assert.equal(origins.length, 1);
  assert.deepEqual(origins[0], { id: `o:${wire[0]!.id}`, members: wire.map((d) => d.id), credit: 'Reuters' });
});

test('independent reports of one event sharing a quote are separate origins', () => {
  const own = reports(73, storm, [5, 9, 14, 20]);
  const quote = own[0]!.text.match(/"[^"]+"/)![0];
  const withQuote = own.map((d) => ({ ...d, text: `${d.text}\n\n${quote} the mayor said again.` }));
  const origins = findOrigins(withQuote);
  assert.equal(origins.length, own.length);
  assert.ok(origins.every((o) => o.credit === null));
});

test('a truncated copy (its first half) is contained in the original', () => {
  const [original] = reports(74, storm, [6]);
  const paragraphs = original!.text.split('\n\n');
  const half = {
    ...original!,
    id: 'half',
    title: 'Another headline',
    text: paragraphs.slice(0, Math.ceil(paragraphs.length / 2)).join('\n\n'),
  };
  const o = overlap(shingleSet(words(original!.text)), shingleSet(words(half.text)));
  assert.ok(o.jaccard < 0.7 && o.containment > 0.95, JSON.stringify(o));
  assert.equal(findOrigins([original!, half]).length, 1);
});

test('a lightly edited copy (one word in twenty changed, chrome added) is the same origin', () => {
  const [original] = reports(75, storm, [6]);
  let n = 0;
  const edited = original!.text.replace(/\b[a-z]{4,}\b/g, (word) => (++n % 20 === 0 ? 'indeed' : word));
  const copy = {
    ...original!,
    id: 'edited',
    text: `Advertisement\n\n${edited}\n\nShare this story by email.`,
  };
  assert.equal(findOrigins([original!, copy]).length, 1);
});

test('many documents go through the MinHash bands and still find their copies', () => {
  const docs = Array.from({ length: 20 }, (_, i) => {
    const e = event(100 + i, `many${i}`, '2031-02-12', i % 2 === 0 ? 'fire' : 'merger');
    return [...reports(200 + i, e, [4]), ...wireCopies(300 + i, e, 2, 'AFP')];
  }).flat();
  const origins = findOrigins(docs);
  assert.equal(origins.length, 40);
  assert.equal(origins.filter((o) => o.members.length === 3 && o.credit === 'AFP').length, 20);
});

test('empty and tiny texts are origins of their own', () => {
  const origins = findOrigins([
    { id: 'a', title: null, text: '', published: null },
    { id: 'b', title: null, text: '', published: null },
    { id: 'c', title: null, text: 'Storm hits.', published: null },
  ]);
  assert.equal(origins.length, 3);
});

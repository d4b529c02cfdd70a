/**
 * @module test/cluster/features
 * The cheap signals clustering reads: name phrases, terms, dates, shingles.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityPhrases } from '../../src/cluster/entity-phrases.js';
import { clusterDocuments, createClusterer } from '../../src/cluster/index.js';
import { readPublished } from '../../src/cluster/published-time.js';
import { intersectionSize } from '../../src/cluster/shingles.js';
import { looksEnglish, termOf, words } from '../../src/cluster/tokenize.js';
import { DUTCH_TEXT, event, partition, reports, shuffle } from './fixtures.js';

test('name phrases: multi-word names and their words, not sentence-initial capitals or across full stops', async () => {
  const phrases = entityPhrases(
    'The mayor of Port Averly, Mara Tesvik, spoke. Officials agreed. Later the U.S. envoy met Tesvik.',
  );
  assert.ok(phrases.includes('port averly'));
  assert.ok(phrases.includes('mara tesvik'));
  assert.ok(phrases.includes('tesvik'));
  assert.ok(phrases.includes('u.s'));
  assert.ok(!phrases.includes('officials'));
  assert.ok(!phrases.some((p) => p.includes('spoke')));
});

test('terms drop stopwords and fold plurals', async () => {
  assert.equal(termOf('missiles'), 'missile');
  assert.equal(termOf('the'), null);
  assert.equal(termOf('said'), null);
  assert.equal(termOf('batteries'), 'battery');
  assert.equal(termOf('2031'), '2031');
  assert.equal(termOf('123456789'), null);
});

test('dates: absurd years and the future read as out of range', async () => {
  const now = Date.parse('2031-12-31T00:00:00Z');
  assert.deepEqual(readPublished('1900-01-01', 1990, now), { ok: false, reason: 'out-of-range' });
  assert.deepEqual(readPublished('2999-01-01', 1990, now), { ok: false, reason: 'out-of-range' });
  assert.deepEqual(readPublished('yesterday', 1990, now), { ok: false, reason: 'unreadable' });
  assert.deepEqual(readPublished(null, 1990, now), { ok: false, reason: 'missing' });
  assert.equal(readPublished('2031-06-01T12:00:00Z', 1990, now).ok, true);
});

test('sorted-set intersection', async () => {
  assert.equal(intersectionSize(Uint32Array.of(1, 3, 5, 9), Uint32Array.of(2, 3, 9, 10)), 2);
});

test('clusterDocuments: any input order gives the same stories; skipped documents say why', async () => {
  const now = () => Date.parse('2031-12-31T00:00:00Z');
  const docs = [
    ...reports(81, event(80, 'b1', '2031-01-20', 'rates'), [5, 9, 30]),
    ...reports(83, event(82, 'b2', '2031-01-20', 'final'), [6, 10]),
    { id: 'empty', title: 'x', text: '', published: '2031-01-20' },
  ];
  const first = await clusterDocuments(docs, { now });
  assert.deepEqual(first.skipped, [{ id: 'empty', reason: 'empty-text' }]);
  assert.equal(first.stories.length, 2);
  for (const seed of [1, 2, 3]) {
    assert.deepEqual(
      partition((await clusterDocuments(shuffle(docs, seed), { now })).stories),
      partition(first.stories),
    );
  }
  assert.ok(first.stories.every((s) => s.title.length > 0));
});

test('language: English prose and English tables read as English; Dutch and Cyrillic do not', async () => {
  const english = words(
    'The storm passed over the harbour on Tuesday and the mayor said schools would stay shut. '.repeat(5),
  );
  const table = words(
    'Dimensions 142 x 72 mm Weight 145 g SIM Micro-SIM Display 5.1 inches Battery 2800 mAh '.repeat(5),
  );
  const dutch = words(DUTCH_TEXT);
  const cyrillic = words('Шторм прошёл над городом во вторник, и школы закрыты. '.repeat(8));
  assert.equal(looksEnglish(english), true);
  assert.equal(looksEnglish(table), true);
  assert.equal(looksEnglish(dutch), false);
  assert.equal(looksEnglish(cyrillic), false);
});

test('undated streams stay bounded: the least recently joined stories close past maxOpenStories', async () => {
  const clusterer = createClusterer({ maxOpenStories: 20 });
  const kinds = ['fire', 'storm', 'rates', 'final', 'merger', 'quake', 'election', 'missile'];
  for (let i = 0; i < 60; i++) {
    const [doc] = reports(900 + i, event(500 + i, `u${i}`, '2031-03-01', kinds[i % kinds.length]!), [5]);
    assert.equal((await clusterer.add({ ...doc!, published: null })).ok, true);
  }
  const stories = await clusterer.stories();
  assert.equal(stories.flatMap((s) => s.members).length, 60);
  assert.ok(stories.every((s) => s.first === null && s.last === null));
});

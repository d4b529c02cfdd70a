/**
 * @module test/cluster/languages
 * Every report is placed, whatever its language: reports in one language form stories of their own
 * (words less that language's stopwords, character pairs where words are not spaced), and a report in
 * another language joins a story when names, numbers and its date anchor it.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFeatures } from '../../src/cluster/features.js';
import { type ClusterInput, clusterDocuments } from '../../src/cluster/index.js';
import { anchorOf, detectLanguage } from '../../src/cluster/languages.js';
import { words } from '../../src/cluster/tokenize.js';
import { partition } from './fixtures.js';
import { FIRE_DE, FIRE_EN, FIRE_RU, FIRE_ZH, STORM_RU } from './multilingual.js';

const now = () => Date.parse('2031-12-31T00:00:00Z');
const ids = (docs: readonly ClusterInput[]) => docs.map((d) => d.id);

test('languages are read from the text: scripts, then stopwords', () => {
  assert.equal(detectLanguage(words(FIRE_EN[0]!.text)), 'en');
  assert.equal(detectLanguage(words(FIRE_RU.text)), 'ru');
  assert.equal(detectLanguage(words(FIRE_DE.text)), 'de');
  assert.equal(detectLanguage(words(FIRE_ZH[0]!.text)), 'zh');
  assert.equal(extractFeatures(FIRE_DE.title, FIRE_DE.text, 1e5, 'de-AT').language, 'de');
});

test('names meet across scripts by their consonants', () => {
  assert.equal(anchorOf('Шойгу'), anchorOf('Shoigu'));
  assert.equal(anchorOf('Порт-Эверли'), anchorOf('Port Averly'));
  assert.equal(anchorOf('Мары Тесвик'), anchorOf('Mara Tesvik'));
  assert.equal(anchorOf('Ab'), null);
});

test('Chinese is read in character pairs: two reports of one fire are one story', async () => {
  const { stories, skipped } = await clusterDocuments(FIRE_ZH, { now });
  assert.deepEqual(skipped, []);
  assert.deepEqual(partition(stories), [ids(FIRE_ZH).sort()]);
});

test('a report in another language joins the story when names, numbers and the date anchor it', async () => {
  const docs = [...FIRE_EN, FIRE_RU, FIRE_DE, ...STORM_RU];
  const { stories, skipped } = await clusterDocuments(docs, { now });
  assert.deepEqual(skipped, []);
  assert.deepEqual(
    partition(stories),
    partition([{ members: [...ids(FIRE_EN), FIRE_RU.id, FIRE_DE.id] }, { members: ids(STORM_RU) }]),
  );
});

test('a mixed-language stream leaves nothing unplaced', async () => {
  const docs = [...FIRE_EN, FIRE_RU, FIRE_DE, ...FIRE_ZH, ...STORM_RU];
  const { stories, skipped } = await clusterDocuments(docs, { now });
  assert.deepEqual(skipped, []);
  assert.equal(stories.flatMap((s) => s.members).length, docs.length);
});

test('without a named day, a report in another language stays apart', async () => {
  const undated = { ...FIRE_RU, id: 'fire-ru-undated', text: FIRE_RU.text.replace('4 февраля', 'вчера') };
  const { stories } = await clusterDocuments([...FIRE_EN, undated], { now });
  assert.deepEqual(partition(stories), [ids(FIRE_EN), ['fire-ru-undated']]);
});

/**
 * @module test/cluster/stream-clusterer
 * What the default clusterer does beyond the conformance suite: storylines over events, pages whose body
 * is not their article, late follow-ups that name the event's day, and stories one report shows to be one.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type ClusterInput,
  type ClusterOptions,
  createClusterer,
  groupStorylines,
} from '../../src/cluster/index.js';
import { ATTACH_RATIO, LINE_RATIO, storylinesToJoin } from '../../src/cluster/stream-clusterer.js';
import type { Story } from '../../src/types.js';
import { event, partition, repeat, reports } from './fixtures.js';

const NOW = () => Date.parse('2031-12-31T00:00:00Z');

async function run(docs: readonly ClusterInput[], options: ClusterOptions = {}): Promise<Story[]> {
  const clusterer = createClusterer({ now: NOW, ...options });
  for (const doc of docs) assert.ok((await clusterer.add(doc)).ok, `document ${doc.id} was skipped`);
  return await clusterer.stories();
}

const ids = (docs: readonly ClusterInput[]) => docs.map((d) => d.id);
const storyOf = (stories: readonly Story[], id: string) => stories.find((s) => s.members.includes(id))!;

describe('storylines', () => {
  test('two launches a week apart are two stories on one storyline', async () => {
    const first = event(11, 'launch-a', '2031-03-03', 'missile');
    const second = repeat(12, 'launch-b', '2031-03-10', first);
    const a = reports(21, first, [6, 9, 14, 30]);
    const b = reports(22, second, [7, 11, 20]);
    const stories = await run([...a, ...b]);
    assert.deepEqual(partition(stories), partition([{ members: ids(a) }, { members: ids(b) }]));
    const [storyA, storyB] = [storyOf(stories, a[0]!.id), storyOf(stories, b[0]!.id)];
    assert.equal(storyA.storyline, storyB.storyline);
    assert.equal(storyA.storyline, `l:${a[0]!.id}`);
    const lines = groupStorylines(stories);
    assert.equal(lines.length, 1);
    assert.deepEqual(lines[0]!.stories, [storyA.id, storyB.id]);
    assert.deepEqual([...lines[0]!.members].sort(), [...ids(a), ...ids(b)].sort());
    assert.equal(lines[0]!.title, storyA.title, 'the largest story names the storyline');
    assert.equal(lines[0]!.first, storyA.first);
    assert.equal(lines[0]!.last, storyB.last);
  });

  test('a second launch two weeks on is a second story even when its reports recall the first day', async () => {
    // 2031-03-03 and 2031-03-17 are Mondays.
    const first = event(11, 'launch-e', '2031-03-03', 'missile');
    const second = repeat(12, 'launch-f', '2031-03-17', first);
    const a = reports(21, first, [6, 9, 14, 30]);
    const b = reports(22, second, [7, 11, 20]).map((doc) => ({
      ...doc,
      text: `${doc.text}\n\nThe launch came two weeks after the one of March 3, which also crossed the coast.`,
    }));
    const stories = await run([...a, ...b]);
    assert.deepEqual(partition(stories), partition([{ members: ids(a) }, { members: ids(b) }]));
    assert.equal(storyOf(stories, a[0]!.id).storyline, storyOf(stories, b[0]!.id).storyline);
  });

  test('a report on one affair that names another in passing does not join the two storylines', async () => {
    const first = event(11, 'launch-g', '2031-03-03', 'missile');
    const second = repeat(12, 'launch-h', '2031-03-10', first);
    const storm = event(17, 'storm-g', '2031-02-24', 'storm');
    const { person, place } = storm.slots;
    const a = reports(21, first, [6, 9, 14, 30]);
    const s = reports(27, storm, [5, 9, 13]);
    const b = reports(22, second, [7, 11, 20]).map((doc, i) =>
      i > 0
        ? doc
        : {
            ...doc,
            text: `${doc.text}\n\n${person} said the clearing up in ${place} went on.`,
          },
    );
    const stories = await run([...s, ...a, ...b]);
    const line = (id: string) => storyOf(stories, id).storyline;
    assert.equal(line(a[0]!.id), line(b[0]!.id), 'the launches are one storyline');
    assert.notEqual(line(s[0]!.id), line(b[0]!.id), "the storm's storyline stays its own");
  });

  test('a new story below the storyline bar is put on the one storyline it reads nearest, never on two', () => {
    const none = new Map<number, number>();
    // Story 7 is opened by the report; storylines 3 and 5 read close to it only below their bar.
    const near = new Map([
      [3, 0.13],
      [5, 0.14],
    ]);
    assert.deepEqual(storylinesToJoin(none, near, 7, true), [5], 'the nearest one alone');
    assert.deepEqual(
      storylinesToJoin(none, near, 7, false),
      [],
      'a story with reports already keeps the bar',
    );
    assert.deepEqual(
      storylinesToJoin(
        none,
        new Map([
          [3, 0.13],
          [2, 0.13],
        ]),
        7,
        true,
      ),
      [2],
      'the earlier on a tie',
    );
    // At the bar, the rule is as before: every storyline at LINE_RATIO of the closest, and no attaching.
    const linked = new Map([
      [3, 0.3],
      [4, 0.3 * LINE_RATIO - 0.01],
    ]);
    assert.deepEqual(storylinesToJoin(linked, near, 7, true), [3]);
    assert.deepEqual(
      storylinesToJoin(
        new Map([
          [7, 0.5],
          [3, 0.3],
        ]),
        none,
        7,
        false,
      ),
      [3],
      'its own is not joined',
    );
    assert.ok(ATTACH_RATIO > 0 && ATTACH_RATIO < 1);
  });

  test('same-kind events in different places on one day are different storylines', async () => {
    const fireA = event(15, 'fire-a', '2031-05-06', 'fire');
    const fireB = event(16, 'fire-b', '2031-05-06', 'fire');
    const docs = [...reports(25, fireA, [6, 10, 15]), ...reports(26, fireB, [7, 12, 16])].sort((x, y) =>
      x.published! < y.published! ? -1 : 1,
    );
    const stories = await run(docs);
    assert.equal(stories.length, 2);
    assert.notEqual(stories[0]!.storyline, stories[1]!.storyline);
    assert.equal(groupStorylines(stories).length, 2);
  });

  test('the same names months and a year on are the same storyline; two years on, a new one', async () => {
    const first = event(11, 'launch-c', '2030-12-01', 'missile');
    const months = repeat(12, 'launch-d', '2031-03-20', first);
    const near = await run([...reports(21, first, [6, 9, 14]), ...reports(22, months, [7, 11])]);
    assert.equal(near.length, 2);
    assert.equal(near[0]!.storyline, near[1]!.storyline);
    const old = event(13, 'launch-e', '2029-11-15', 'missile');
    const yearOn = repeat(14, 'launch-f', '2030-11-10', old);
    const year = await run([...reports(23, old, [6, 9, 14]), ...reports(24, yearOn, [7, 11])]);
    assert.equal(year.length, 2);
    assert.equal(year[0]!.storyline, year[1]!.storyline);
    const later = repeat(14, 'launch-f', '2031-11-20', old);
    const stories = await run([...reports(23, old, [6, 9, 14]), ...reports(24, later, [7, 11])]);
    assert.equal(stories.length, 2);
    assert.notEqual(stories[0]!.storyline, stories[1]!.storyline);
  });
});

describe('late follow-ups', () => {
  test('a report five months later that names the event day reopens the closed story', async () => {
    // 2031-06-10 is a Tuesday.
    const quake = event(19, 'quake-late', '2031-06-10', 'quake');
    const early = reports(30, quake, [4, 9, 15, 26]);
    const [later] = reports(31, quake, [10]);
    const followUp = {
      ...later!,
      id: 'quake-anniversary',
      published: '2031-11-12T10:00:00.000Z',
      // The old report's `Tuesday` would be a Tuesday in November here: it names the day by its date.
      text: `Five months after the earthquake of June 10, families are still out of their homes.\n\n${later!.text.replaceAll('Tuesday', 'June 10')}`,
    };
    // Another story keeps the clock moving past the window in between.
    const other = reports(40, event(41, 'rates-sep', '2031-09-02', 'rates'), [8, 12]);
    const stories = await run([...early, ...other, followUp]);
    assert.deepEqual(storyOf(stories, 'quake-anniversary').members, [...ids(early), 'quake-anniversary']);
    assert.equal(stories.length, 2);
  });

  test('without a named day the same report is a new story', async () => {
    const quake = event(19, 'quake-late2', '2031-06-10', 'quake');
    const early = reports(30, quake, [4, 9, 15, 26]);
    const [later] = reports(32, { ...quake, date: '2031-11-12' }, [10]);
    const stories = await run([...early, { ...later!, id: 'quake-undated-late' }]);
    assert.deepEqual(storyOf(stories, 'quake-undated-late').members, ['quake-undated-late']);
  });
});

describe('pages whose body is not their article', () => {
  const COOKIE =
    'We use cookies to improve your experience. By continuing to browse you agree to our use of cookies ' +
    'and to our privacy policy, which explains how we store and process the information we collect.';

  test('are placed by their headline, and two of them are not copies of each other', async () => {
    const storm = event(13, 'storm-h', '2031-04-02', 'storm');
    const fire = event(16, 'fire-h', '2031-04-02', 'fire');
    const stormDocs = reports(23, storm, [5, 8, 13]);
    const fireDocs = reports(26, fire, [6, 9, 12]);
    const chromeStorm = {
      ...stormDocs[0]!,
      id: 'chrome-storm',
      text: COOKIE,
      published: '2031-04-02T16:00:00Z',
    };
    const chromeFire = {
      ...fireDocs[0]!,
      id: 'chrome-fire',
      text: COOKIE,
      published: '2031-04-02T17:00:00Z',
    };
    const docs = [...stormDocs, ...fireDocs].sort((x, y) => (x.published! < y.published! ? -1 : 1));
    const clusterer = createClusterer({ now: NOW });
    for (const doc of docs) await clusterer.add(doc);
    const a = await clusterer.add(chromeStorm);
    const b = await clusterer.add(chromeFire);
    assert.ok(a.ok && b.ok);
    assert.equal(b.duplicateOf, null, 'a shared cookie notice is not a copy');
    const stories = await clusterer.stories();
    assert.ok(storyOf(stories, 'chrome-storm').members.includes(stormDocs[1]!.id));
    assert.ok(storyOf(stories, 'chrome-fire').members.includes(fireDocs[1]!.id));
  });
});

describe('stories one report shows to be one event', () => {
  // A fire at a warehouse; a profile of its owner that shares few words with the first report; a
  // report of the fire that names the owner; then a report naming the owner, the warehouse and the fire.
  const fire = (id: string, hour: number, title: string, text: string): ClusterInput => ({
    id,
    title,
    text,
    published: `2031-02-11T${String(hour).padStart(2, '0')}:00:00Z`,
  });
  const docs = [
    fire(
      'fire-1',
      6,
      'Fire guts Ostrava Logistics warehouse in Millbrook',
      'A fire gutted the Ostrava Logistics warehouse in Millbrook on Tuesday night. Fire chief Dana Kessel ' +
        'said more than sixty firefighters fought the blaze for seven hours. Smoke from the burning pallets ' +
        'could be seen across Millbrook, and residents of Quarry Lane were told to keep their windows shut. ' +
        'Nobody was hurt, Kessel said, and the cause of the fire is not yet known.',
    ),
    fire(
      'owner-1',
      8,
      'Who is Piet Varga, the haulage boss?',
      'Piet Varga built his haulage company from a single lorry into a regional haulier with three depots. ' +
        'Former employees describe Varga as a demanding boss who rarely took holidays. His company won a ' +
        'contract with the Tessel supermarket chain in 2029 and had been trying to sell two of its depots, ' +
        'according to filings seen by the Gazette. Varga declined to comment on the sale.',
    ),
    fire(
      'fire-2',
      10,
      'Millbrook warehouse fire: owner Piet Varga promises to rebuild',
      'Ostrava Logistics owner Piet Varga said on Wednesday he would rebuild the Millbrook warehouse ' +
        'destroyed by fire. Fire chief Dana Kessel said the blaze started among pallets near the loading bay. ' +
        'Varga, who built the haulier from a single lorry, said the company had been trying to sell two of ' +
        'its depots before the fire. Sixty firefighters fought the flames for seven hours.',
    ),
    fire(
      'fire-3',
      12,
      'Varga depot sale in doubt after Millbrook fire',
      'The sale of two Ostrava Logistics depots is in doubt after fire destroyed the company warehouse in ' +
        'Millbrook, owner Piet Varga said. The haulier, which Varga built from a single lorry, had a contract ' +
        'with the Tessel supermarket chain. Fire chief Dana Kessel said investigators were still looking for ' +
        'the cause of the blaze that sixty firefighters fought for seven hours.',
    ),
  ];

  test('the profile that joined no story merges with the fire story once a report bridges them', async () => {
    const apart = await run(docs.slice(0, 2));
    assert.equal(apart.length, 2, 'the profile alone is not the fire story');
    const stories = await run(docs);
    assert.deepEqual(partition(stories), [['fire-1', 'fire-2', 'fire-3', 'owner-1']]);
    assert.equal(stories[0]!.id, 's:fire-1', 'the merged story keeps the earlier id');
  });

  test('with merging off the profile stays apart', async () => {
    const stories = await run(docs, { mergeThreshold: Number.POSITIVE_INFINITY });
    assert.ok(stories.length >= 2);
  });
});

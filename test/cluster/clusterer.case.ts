/**
 * @module test/cluster/clusterer.case
 * The conformance suite every `Clusterer` implementation must pass: run it from a test file with a
 * factory (`clustererCases('stream', createClusterer)`).
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ClusterAssignment, Clusterer, ClusterInput, ClusterOptions } from '../../src/cluster/index.js';
import type { Story } from '../../src/types.js';
import { DUTCH_TEXT, event, partition, repeat, reports, shuffle, wireCopies } from './fixtures.js';

/** Makes a fresh clusterer; the suite passes a fixed clock so dates in 2031 are not "in the future". */
export type ClustererFactory = (options?: ClusterOptions) => Clusterer;

const NOW = () => Date.parse('2031-12-31T00:00:00Z');

async function run(make: ClustererFactory, docs: readonly ClusterInput[]): Promise<Story[]> {
  const clusterer = make({ now: NOW });
  for (const doc of docs) {
    const result = await clusterer.add(doc);
    assert.ok(result.ok, `document ${doc.id} was skipped: ${result.ok ? '' : result.reason}`);
  }
  return await clusterer.stories();
}

/** Asserts the stories are exactly these groups of ids. */
function assertGroups(stories: readonly Story[], groups: readonly (readonly string[])[]): void {
  assert.deepEqual(partition(stories), partition(groups.map((members) => ({ members }))));
}

const ids = (docs: readonly ClusterInput[]) => docs.map((d) => d.id);

export function clustererCases(name: string, make: ClustererFactory): void {
  describe(`Clusterer conformance: ${name}`, () => {
    describe('events, not topics', () => {
      test('two launches a week apart with the same names and words are two stories', async () => {
        const first = event(11, 'launch-a', '2031-03-03', 'missile');
        const second = repeat(12, 'launch-b', '2031-03-10', first);
        const a = reports(21, first, [6, 9, 14, 30]);
        const b = reports(22, second, [7, 11, 20]);
        assertGroups(await run(make, [...a, ...b]), [ids(a), ids(b)]);
      });

      test('two storms in one city, weeks apart, are two stories', async () => {
        const first = event(13, 'storm-a', '2031-04-02', 'storm');
        const second = repeat(14, 'storm-b', '2031-04-20', first, 'Orlaine');
        const a = reports(23, first, [5, 8, 13, 26]);
        const b = reports(24, second, [6, 10, 28]);
        assertGroups(await run(make, [...a, ...b]), [ids(a), ids(b)]);
      });

      test('same-kind events on one day in different places are different stories', async () => {
        const fireA = event(15, 'fire-a', '2031-05-06', 'fire');
        const fireB = event(16, 'fire-b', '2031-05-06', 'fire');
        const a = reports(25, fireA, [6, 10, 15]);
        const b = reports(26, fireB, [7, 12, 16]);
        const docs = [...a, ...b].sort((x, y) => (x.published! < y.published! ? -1 : 1));
        assertGroups(await run(make, docs), [ids(a), ids(b)]);
      });
    });

    describe('time windows', () => {
      test('reports of one event over two days join one story, with its first and last dates', async () => {
        const quake = event(17, 'quake', '2031-06-10', 'quake');
        const docs = reports(27, quake, [3, 12, 20, 33, 44]);
        const stories = await run(make, docs);
        assertGroups(stories, [ids(docs)]);
        assert.equal(stories[0]!.first?.slice(0, 13), '2031-06-10T03');
        assert.equal(stories[0]!.last?.slice(0, 13), '2031-06-11T20');
      });

      test('a report long after a story has gone quiet starts a new story', async () => {
        const vote = event(18, 'vote', '2031-07-01', 'election');
        const early = reports(28, vote, [8, 12, 20]);
        const late = reports(29, { ...vote, date: '2031-08-15' }, [9]).map((d) => ({
          ...d,
          id: 'vote-late',
        }));
        const stories = await run(make, [...early, ...late]);
        assertGroups(stories, [ids(early), ['vote-late']]);
      });
    });

    describe('event dates named in the text', () => {
      test('a follow-up three weeks later that names the event day joins the story', async () => {
        // 2031-06-10 is a Tuesday: the reports name it as "Tuesday".
        const quake = event(19, 'quake-2', '2031-06-10', 'quake');
        const early = reports(30, quake, [4, 9, 15, 26]);
        const [later] = reports(31, quake, [10]);
        const followUp = {
          ...later!,
          id: 'quake-2-followup',
          published: '2031-07-01T10:00:00.000Z',
          // The old report's `Tuesday` would be a Tuesday in July here: it names the day by its date.
          text: `Three weeks after the earthquake of June 10, families are still out of their homes.\n\n${later!.text.replaceAll('Tuesday', 'June 10')}`,
        };
        assertGroups(await run(make, [...early, followUp]), [[...ids(early), 'quake-2-followup']]);
      });

      test('the same follow-up that names no day of the event, a month and a half later, is a new story', async () => {
        const quake = event(19, 'quake-3', '2031-06-10', 'quake');
        const early = reports(30, quake, [4, 9, 15, 26]);
        const [later] = reports(32, { ...quake, date: '2031-07-25' }, [10]);
        const late = { ...later!, id: 'quake-3-late' };
        assertGroups(await run(make, [...early, late]), [ids(early), ['quake-3-late']]);
      });
    });

    test('order of documents published the same day does not change the partition', async () => {
      const day = '2031-09-09';
      const events = [
        event(31, 'ev-fire', day, 'fire'),
        event(32, 'ev-rates', day, 'rates'),
        event(33, 'ev-final', day, 'final'),
        event(34, 'ev-storm', day, 'storm'),
        event(35, 'ev-fire2', day, 'fire'),
      ];
      const docs = events.flatMap((e, i) => reports(40 + i, e, [6 + i, 9 + i, 13 + i]));
      const expected = partition(await run(make, docs));
      for (const seed of [1, 2, 3, 4, 5]) {
        assert.deepEqual(partition(await run(make, shuffle(docs, seed))), expected, `shuffle ${seed}`);
      }
      assertGroups(
        await run(make, docs),
        events.map((e) => ids(docs.filter((d) => d.event === e.id))),
      );
    });

    test('syndicated copies share one origin credited to the agency; an own report is another origin', async () => {
      const storm = event(51, 'wire', '2031-10-14', 'storm');
      const wire = wireCopies(52, storm, 3, 'AP');
      const own = reports(53, storm, [12, 15]);
      const clusterer = make({ now: NOW });
      const results: { id: string; result: ClusterAssignment }[] = [];
      for (const doc of [...wire, ...own].sort((x, y) => (x.published! < y.published! ? -1 : 1)))
        results.push({ id: doc.id, result: await clusterer.add(doc) });
      const stories = await clusterer.stories();
      assertGroups(stories, [[...ids(wire), ...ids(own)]]);
      const origins = stories[0]!.origins;
      const wireOrigin = origins.find((o) => o.members.includes(wire[0]!.id));
      assert.deepEqual([...wireOrigin!.members].sort(), ids(wire).sort());
      assert.equal(wireOrigin!.credit, 'AP');
      assert.equal(origins.length, 1 + own.length);
      const copy = results.find((r) => r.id === wire[1]!.id)!.result;
      assert.ok(copy.ok && copy.duplicateOf !== null && copy.origin === wireOrigin!.id);
    });

    describe('bad input has a clear outcome', () => {
      const base = reports(61, event(60, 'bad', '2031-11-03', 'fire'), [8, 9])!;
      const good = base[0]!;

      test('empty text is skipped as empty-text', async () => {
        const result = await make({ now: NOW }).add({ ...good, text: '  \n ' });
        assert.equal(result.ok, false);
        assert.match(result.ok ? '' : result.reason, /empty-text/);
      });

      test('a second document with an id already added is skipped as duplicate-id', async () => {
        const clusterer = make({ now: NOW });
        assert.equal((await clusterer.add(good)).ok, true);
        const again = await clusterer.add({ ...base[1]!, id: good.id });
        assert.equal(again.ok, false);
        assert.match(again.ok ? '' : again.reason, /duplicate-id/);
        assert.equal((await clusterer.stories()).flatMap((s) => s.members).length, 1);
      });

      test('missing, unreadable and absurd dates (1900, 2999) are clustered as undated', async () => {
        const clusterer = make({ now: NOW });
        await clusterer.add(good);
        for (const [suffix, published] of [
          ['none', null],
          ['junk', 'not a date'],
          ['1900', '1900-01-01'],
          ['2999', '2999-06-01T10:00:00Z'],
        ] as const) {
          const result = await clusterer.add({ ...base[1]!, id: `bad-${suffix}`, published });
          assert.equal(result.ok, true, suffix);
        }
        const stories = await clusterer.stories();
        assert.equal(stories.flatMap((s) => s.members).length, 5);
        for (const story of stories) {
          for (const date of [story.first, story.last]) {
            if (date !== null) assert.ok(date.startsWith('2031'), `date ${date} leaked into a story`);
          }
        }
      });

      test('another language is placed in a story of its own, tagged or not; one outside `languages` is skipped', async () => {
        const clusterer = make({ now: NOW });
        assert.equal((await clusterer.add(good)).ok, true);
        const dutch = { id: 'nl', title: 'Storm in de haven', text: DUTCH_TEXT, published: good.published };
        const untagged = await clusterer.add(dutch);
        const tagged = await clusterer.add({ ...dutch, id: 'nl-tagged', language: 'nl-BE' });
        assert.ok(untagged.ok && tagged.ok);
        assert.equal(untagged.story, tagged.story, 'two Dutch copies are one story');
        assert.notEqual((await clusterer.add({ ...base[1]!, language: 'en-GB' })).ok, false);
        const stories = await clusterer.stories();
        assert.deepEqual(partition(stories), [[base[1]!.id, good.id].sort(), ['nl', 'nl-tagged']].sort());
        const englishOnly = make({ now: NOW, languages: ['en'] });
        const skipped = await englishOnly.add(dutch);
        assert.equal(skipped.ok, false);
        assert.match(skipped.ok ? '' : skipped.reason, /unsupported-language: nl/);
      });

      test('a 5 MB document is clustered without stalling', async () => {
        const clusterer = make({ now: NOW });
        const huge = {
          ...good,
          id: 'huge',
          text: `${good.text}\n\n`.repeat(Math.ceil(5_000_000 / good.text.length)),
        };
        const started = performance.now();
        const result = await clusterer.add(huge);
        assert.equal(result.ok, true);
        assert.ok(performance.now() - started < 10_000, 'took more than 10 s');
        assert.equal((await clusterer.add(base[1]!)).ok, true);
      });
    });
  });
}

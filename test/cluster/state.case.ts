/**
 * @module test/cluster/state.case
 * The conformance suite every clusterer state backend must pass (see `src/cluster/state.ts`): run it
 * from a test file with a factory, `clusterStateCases('sqlite', async () => ({ state, reopen, close }))`.
 * It checks that records come back exactly as written, that the derived indexes (postings, wake days,
 * due times, band buckets) follow the records, that placements are atomic and serialised, and that the
 * clusterer over the backend gives exactly the stories it gives over the in-memory state, across a
 * restart and with two workers.
 */

import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { syntheticStream } from '../../bench/cluster/synthetic-news.js';
import {
  type ClusterChanges,
  type ClusterInput,
  type ClusterState,
  type CopyRecord,
  createClusterer,
  createMemoryState,
  type MemberRecord,
  type StateMeta,
  type StoryRecord,
  type StorySummary,
} from '../../src/cluster/index.js';
import type { Story } from '../../src/types.js';

/** A backend under test: a fresh, empty state; optionally another handle on it, and clean-up. */
export interface StateBackend {
  readonly state: ClusterState;
  /** Another handle on the same state (a new connection, as a second process would have). Default: `state`. */
  readonly reopen?: () => Promise<ClusterState>;
  readonly close?: () => Promise<void>;
}

export type StateFactory = () => Promise<StateBackend>;

const NOW = () => Date.parse('2040-01-01T00:00:00Z');

const NO_KEYS = { keys: [], weights: [], norm2: 0 };

/** A summary with awkward values: floats that print long, a uint32 key at the top of the range, Unicode. */
const SUMMARY: StorySummary = {
  terms: {
    keys: [7, 4_000_000_000, 4_294_967_295],
    weights: [0.1 + 0.2, 1e-300, 2 / 3],
    norm2: 0.5444444444444445,
  },
  entities: NO_KEYS,
  headlines: NO_KEYS,
  anchors: NO_KEYS,
  days: [19_000, 19_003],
  dayCounts: [2, 1],
  first: 19_000.123456789,
  last: 19_003.987654321,
  touched: 19_004.5,
  size: 3,
  languages: [
    ['en', 2],
    ['ru', 1],
  ],
  recent: [0, 1, 2],
  title: 'Пожар — “quotes”, emoji 🔥 and \\ backslash',
  titleTerms: NO_KEYS,
};

function story(order: number, fields: Partial<StoryRecord> = {}): StoryRecord {
  return {
    order,
    id: `s:doc-${order}`,
    status: 'open',
    due: 100 + order,
    postingKeys: [],
    wakeDays: [],
    lineKeys: [],
    into: null,
    summary: SUMMARY,
    ...fields,
  };
}

function copy(seq: number, fields: Partial<CopyRecord> = {}): CopyRecord {
  return {
    seq,
    at: 19_000 + seq,
    bands: [],
    doc: `doc-${seq}`,
    story: 0,
    origin: `doc-${seq}`,
    shingles: [1, 2, 4_294_967_295],
    ...fields,
  };
}

function member(seq: number, storyOrder: number): MemberRecord {
  return { seq, doc: `doc-${seq}`, story: storyOrder, origin: `doc-${seq}`, credits: seq % 2 ? ['AP'] : [] };
}

/** Commits one change set as its own placement. */
async function commit(state: ClusterState, changes: Omit<ClusterChanges, 'meta'> & { meta?: StateMeta }) {
  await state.place(async (tx) => {
    const { meta } = await tx.read({});
    await tx.commit({ meta, ...changes });
  });
}

const sorted = (list: readonly number[] | null | undefined) =>
  list ? [...list].sort((a, b) => a - b) : list;

/** A stream of invented reports, wire copies among them, in time order. */
function stream(documents: number, seed: number): ClusterInput[] {
  return syntheticStream({ documents, seed }).map(({ id, title, text, published, credits }) => ({
    id,
    title,
    text,
    published,
    ...(credits ? { credits } : {}),
  }));
}

async function clusterAll(state: ClusterState, docs: readonly ClusterInput[]): Promise<Story[]> {
  const clusterer = createClusterer({ now: NOW, state });
  for (const doc of docs) {
    const result = await clusterer.add(doc);
    assert.ok(result.ok, `${doc.id}: ${result.ok ? '' : result.reason}`);
  }
  return clusterer.stories();
}

export function clusterStateCases(name: string, make: StateFactory): void {
  describe(`Cluster state conformance: ${name}`, () => {
    const opened: StateBackend[] = [];
    const fresh = async () => {
      const backend = await make();
      opened.push(backend);
      return backend;
    };
    after(async () => {
      for (const backend of opened) await backend.close?.();
    });

    describe('records', () => {
      test('an empty state answers every part of a query with nothing', async () => {
        const { state } = await fresh();
        const view = await state.read({
          frequencies: [1],
          postings: [1],
          stories: [0],
          storiesAfter: { after: -1, limit: 10 },
          lines: [0],
          buckets: [1],
          copies: [0],
          wake: [19_000],
          threads: [1],
          due: { status: 'open', before: Number.MAX_VALUE, limit: 10 },
          placed: ['doc-0'],
          members: [0],
        });
        assert.deepEqual(view, {
          meta: { documents: 0, stories: 0, open: 0, clock: 0, sweptDay: 0 },
          frequencies: [0],
          postings: [[]],
          stories: [null],
          storiesAfter: [],
          lines: [null],
          buckets: [[]],
          copies: [null],
          wake: [[]],
          threads: [[]],
          due: [],
          placed: [false],
          members: [[]],
        });
      });

      test('records come back exactly as written (floats, uint32 keys, Unicode)', async () => {
        const { state } = await fresh();
        const meta = { documents: 3, stories: 2, open: 1, clock: 19_004.5, sweptDay: 19_004 };
        const written = [
          story(0),
          story(1, { status: 'closed', due: null, summary: { ...SUMMARY, size: 1 } }),
        ];
        const line = { order: 1, id: 'l:doc-1', parent: 0 };
        await commit(state, {
          meta,
          stories: written,
          lines: [line],
          copies: [copy(2, { bands: [4_294_967_295] })],
          members: [member(0, 0), member(1, 1)],
        });
        const view = await state.read({
          stories: [1, 0, 5],
          lines: [1, 0],
          copies: [2],
          placed: ['doc-1', 'x'],
        });
        assert.deepEqual(view.meta, meta);
        assert.deepEqual(view.stories, [written[1], written[0], null]);
        assert.deepEqual(view.lines, [line, null]);
        assert.deepEqual(view.copies, [copy(2, { bands: [4_294_967_295] })]);
        assert.deepEqual(view.placed, [true, false]);
      });

      test('document frequencies count one per commit that lists a key', async () => {
        const { state } = await fresh();
        await commit(state, { frequencies: [1, 4_294_967_295] });
        await commit(state, { frequencies: [1] });
        assert.deepEqual((await state.read({ frequencies: [1, 4_294_967_295, 2] })).frequencies, [2, 1, 0]);
      });

      test('a rewritten story replaces the old record', async () => {
        const { state } = await fresh();
        await commit(state, { stories: [story(0)] });
        const next = story(0, { summary: { ...SUMMARY, size: 4, title: 'Another title' } });
        await commit(state, { stories: [next] });
        assert.deepEqual((await state.read({ stories: [0] })).stories, [next]);
      });
    });

    describe('derived indexes', () => {
      test('postings list the open stories posted under a key, and follow rewrites and closing', async () => {
        const { state } = await fresh();
        await commit(state, {
          stories: [
            story(0, { postingKeys: [10, 4_294_967_295] }),
            story(1, { postingKeys: [10, 20] }),
            story(2, { status: 'dormant', postingKeys: [10], wakeDays: [19_000] }),
          ],
        });
        const read = async () =>
          (await state.read({ postings: [10, 20, 30, 4_294_967_295] })).postings.map(sorted);
        assert.deepEqual(await read(), [[0, 1], [1], [], [0]]);
        await commit(state, { stories: [story(0, { postingKeys: [20, 30] })] });
        assert.deepEqual(await read(), [[1], [0, 1], [0], []]);
        await commit(state, { stories: [story(1, { status: 'closed', due: null, postingKeys: [10, 20] })] });
        assert.deepEqual(await read(), [[], [0], [0], []]);
      });

      test('a posting list longer than the cap answers null', async () => {
        const { state } = await fresh();
        await commit(state, { stories: [0, 1, 2].map((order) => story(order, { postingKeys: [5] })) });
        assert.deepEqual((await state.read({ postings: [5], postingCap: 2 })).postings, [null]);
        assert.deepEqual(sorted((await state.read({ postings: [5], postingCap: 3 })).postings[0]), [0, 1, 2]);
      });

      test('wake days list dormant stories only', async () => {
        const { state } = await fresh();
        await commit(state, {
          stories: [
            story(0, { status: 'dormant', wakeDays: [19_000, 19_001] }),
            story(1, { status: 'open', wakeDays: [19_000] }),
            story(2, { status: 'dormant', wakeDays: [19_001] }),
          ],
        });
        const read = async () => (await state.read({ wake: [19_000, 19_001, 19_002] })).wake.map(sorted);
        assert.deepEqual(await read(), [[0], [0, 2], []]);
        await commit(state, { stories: [story(0, { status: 'open', wakeDays: [] })] });
        assert.deepEqual(await read(), [[], [2], []]);
      });

      test('threads list dormant stories by their line keys, up to a cap, and follow reopening', async () => {
        const { state } = await fresh();
        await commit(state, {
          stories: [
            story(0, { status: 'dormant', lineKeys: [10, 4_294_967_295], wakeDays: [] }),
            story(1, { status: 'open', lineKeys: [10] }),
            story(2, { status: 'dormant', lineKeys: [10, 20], wakeDays: [19_000] }),
            story(3, { status: 'closed', due: null, lineKeys: [10] }),
          ],
        });
        const read = async (cap?: number) =>
          (
            await state.read({ threads: [10, 20, 30, 4_294_967_295], ...(cap ? { threadCap: cap } : {}) })
          ).threads.map(sorted);
        assert.deepEqual(await read(), [[0, 2], [2], [], [0]]);
        assert.deepEqual(await read(1), [null, [2], [], [0]]);
        await commit(state, { stories: [story(0, { status: 'open', lineKeys: [] })] });
        assert.deepEqual(await read(), [[2], [2], [], []]);
        await commit(state, { stories: [story(2, { status: 'dormant', lineKeys: [20], wakeDays: [] })] });
        assert.deepEqual(await read(), [[], [2], [], []]);
      });

      test('due lists stories of one status below a time, by due then order, up to a limit', async () => {
        const { state } = await fresh();
        await commit(state, {
          stories: [
            story(0, { due: 19_005.5 }),
            story(1, { due: 19_003.25 }),
            story(2, { due: 19_003.25 }),
            story(3, { due: 19_010 }),
            story(4, { status: 'dormant', due: 19_001, wakeDays: [1] }),
            story(5, { status: 'closed', due: null }),
          ],
        });
        const due = async (status: 'open' | 'dormant', before: number, limit: number) =>
          (await state.read({ due: { status, before, limit } })).due;
        assert.deepEqual(await due('open', 19_006, 10), [1, 2, 0]);
        assert.deepEqual(await due('open', 19_005.5, 10), [1, 2]);
        assert.deepEqual(await due('open', Number.MAX_VALUE, 2), [1, 2]);
        assert.deepEqual(await due('dormant', 19_006, 10), [4]);
        await commit(state, { stories: [story(1, { due: 19_020 })] });
        assert.deepEqual(await due('open', Number.MAX_VALUE, 10), [2, 0, 3, 1]);
      });

      test('stories are listed by order, merged ones left out', async () => {
        const { state } = await fresh();
        await commit(state, {
          stories: [0, 1, 2, 3, 4].map((order) =>
            story(order, order === 2 ? { status: 'merged', into: 0, due: null } : {}),
          ),
        });
        const list = async (afterOrder: number, limit: number) =>
          (await state.read({ storiesAfter: { after: afterOrder, limit } })).storiesAfter.map((s) => s.order);
        assert.deepEqual(await list(-1, 10), [0, 1, 3, 4]);
        assert.deepEqual(await list(1, 1), [3]);
        assert.deepEqual(await list(4, 10), []);
      });

      test('band buckets list stored copies; expiry removes copies by time or sequence', async () => {
        const { state } = await fresh();
        await commit(state, {
          copies: [
            copy(0, { at: 19_000, bands: [1, 2] }),
            copy(1, { at: 19_001, bands: [2] }),
            copy(2, { at: 19_002, bands: [2, 4_294_967_295] }),
          ],
        });
        const buckets = async (cap?: number) =>
          (
            await state.read({ buckets: [1, 2, 3, 4_294_967_295], ...(cap ? { bucketCap: cap } : {}) })
          ).buckets.map(sorted);
        assert.deepEqual(await buckets(), [[0], [0, 1, 2], [], [2]]);
        assert.deepEqual(await buckets(2), [[0], null, [], [2]]);
        await commit(state, { expireCopies: { at: 19_001, seq: 0 } });
        assert.deepEqual(await buckets(), [[], [1, 2], [], [2]]);
        assert.deepEqual((await state.read({ copies: [0, 1] })).copies, [
          null,
          copy(1, { at: 19_001, bands: [2] }),
        ]);
        await commit(state, { expireCopies: { at: 0, seq: 2 } });
        assert.deepEqual(await buckets(), [[], [2], [], [2]]);
      });

      test('members are listed by story in sequence order, and move with a merge', async () => {
        const { state } = await fresh();
        await commit(state, { members: [member(0, 0), member(1, 1), member(2, 0)] });
        await commit(state, { moves: [{ from: 1, into: 0 }], members: [member(3, 0)] });
        const { members, placed } = await state.read({
          members: [0, 1],
          placed: ['doc-1', 'doc-3', 'doc-9'],
        });
        assert.deepEqual(
          members[0]!.map((m) => [m.seq, m.story]),
          [
            [0, 0],
            [1, 0],
            [2, 0],
            [3, 0],
          ],
        );
        assert.deepEqual(members[0]![1], { ...member(1, 1), story: 0 });
        assert.deepEqual(members[1], []);
        assert.deepEqual(placed, [true, true, false]);
      });

      test('a closed story keeps its record and members, and takes both back when written open again', async () => {
        const { state } = await fresh();
        await commit(state, {
          stories: [story(0), story(1)],
          members: [member(0, 0), member(1, 1), member(2, 0)],
        });
        const closed = story(0, { status: 'closed', due: null, summary: { ...SUMMARY, terms: NO_KEYS } });
        await commit(state, { stories: [closed] });
        const seqs = async (order: number) =>
          (await state.read({ members: [order] })).members[0]!.map((m) => [m.seq, m.story]);
        assert.deepEqual((await state.read({ stories: [0] })).stories, [closed]);
        assert.deepEqual(await seqs(0), [
          [0, 0],
          [2, 0],
        ]);
        assert.deepEqual((await state.read({ members: [0] })).members[0]![0], member(0, 0));
        await commit(state, { stories: [story(0)], members: [member(3, 0)] });
        assert.deepEqual((await state.read({ stories: [0] })).stories, [story(0)]);
        await commit(state, { stories: [closed] });
        await commit(state, { moves: [{ from: 0, into: 1 }] });
        assert.deepEqual(await seqs(1), [
          [0, 1],
          [1, 1],
          [2, 1],
          [3, 1],
        ]);
        assert.deepEqual(await seqs(0), []);
        assert.deepEqual((await state.read({ placed: ['doc-2', 'doc-3'] })).placed, [true, true]);
      });
    });

    describe('placements', () => {
      test('a placement that throws commits nothing, even after calling commit', async () => {
        const { state } = await fresh();
        await assert.rejects(
          state.place(async (tx) => {
            const { meta } = await tx.read({});
            await tx.commit({ meta: { ...meta, documents: 9 }, frequencies: [1], stories: [story(0)] });
            throw new Error('boom');
          }),
          /boom/,
        );
        const view = await state.read({ frequencies: [1], stories: [0] });
        assert.equal(view.meta.documents, 0);
        assert.deepEqual(view.frequencies, [0]);
        assert.deepEqual(view.stories, [null]);
      });

      test('a second commit in one placement is refused and nothing is applied', async () => {
        const { state } = await fresh();
        await assert.rejects(
          state.place(async (tx) => {
            const { meta } = await tx.read({});
            await tx.commit({ meta: { ...meta, documents: 1 } });
            await tx.commit({ meta: { ...meta, documents: 2 } });
          }),
        );
        assert.equal((await state.read({})).meta.documents, 0);
      });

      test('concurrent placements run one after another: no update is lost', async () => {
        const backend = await fresh();
        const handles = [backend.state, (await backend.reopen?.()) ?? backend.state];
        await Promise.all(
          Array.from({ length: 24 }, (_, i) =>
            handles[i % 2]!.place(async (tx) => {
              const { meta } = await tx.read({});
              await new Promise((resolve) => setTimeout(resolve, i % 3));
              await tx.commit({ meta: { ...meta, documents: meta.documents + 1 }, frequencies: [7] });
            }),
          ),
        );
        const view = await backend.state.read({ frequencies: [7] });
        assert.equal(view.meta.documents, 24);
        assert.deepEqual(view.frequencies, [24]);
      });
    });

    describe('clustering over the backend', () => {
      const docs = stream(360, 41);

      test('gives exactly the stories the in-memory state gives', async () => {
        const expected = await clusterAll(createMemoryState(), docs);
        const { state } = await fresh();
        const stories = await clusterAll(state, docs);
        assert.deepEqual(stories, expected);
        assert.ok(
          expected.some((s) => s.origins.some((o) => o.members.length > 1)),
          'the stream has copies',
        );
      });

      test('a new clusterer over the stored state carries on where the last one stopped', async () => {
        const expected = await clusterAll(createMemoryState(), docs);
        const backend = await fresh();
        await clusterAll(backend.state, docs.slice(0, 200));
        const again = (await backend.reopen?.()) ?? backend.state;
        const clusterer = createClusterer({ now: NOW, state: again });
        for (const doc of docs.slice(200)) assert.ok((await clusterer.add(doc)).ok);
        assert.deepEqual(await clusterer.stories(), expected);
      });

      test('two workers place every document exactly once and never open a story twice', async () => {
        const backend = await fresh();
        const workers = [backend.state, (await backend.reopen?.()) ?? backend.state].map((state) =>
          createClusterer({ now: NOW, state }),
        );
        // Both workers are handed every document (as two consumers of one feed would be).
        const outcomes = await Promise.all(
          workers.map(async (worker) => {
            const results = [];
            for (const doc of docs.slice(0, 160)) results.push(await worker.add(doc));
            return results;
          }),
        );
        const placed = outcomes.flat().filter((r) => r.ok);
        const refused = outcomes.flat().filter((r) => !r.ok);
        assert.equal(placed.length, 160);
        assert.ok(refused.every((r) => !r.ok && /duplicate-id/.test(r.reason)));
        const stories = await workers[0]!.stories();
        const members = stories.flatMap((s) => s.members);
        assert.equal(members.length, 160);
        assert.equal(new Set(members).size, 160);
        assert.equal(new Set(stories.map((s) => s.id)).size, stories.length);
      });
    });
  });
}

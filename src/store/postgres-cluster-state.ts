/**
 * @module store/postgres-cluster-state
 * The clusterer's state (`cluster/state.ts`) in PostgreSQL, beside the stories it places: tables keyed
 * as the interface says, the derived indexes as rows (`cluster-rows.ts`). A placement is one transaction
 * on one connection that first takes the placement lock (a transaction-scoped advisory lock: released by
 * COMMIT, ROLLBACK or the death of its connection), so placements from any number of workers run one
 * after another and none is lost. Every worker waits while one holds the lock, so a placement spends as
 * few round trips in it as its reads allow: each read is one (its parts sent as one multi-statement
 * query; the first also opens the transaction and takes the lock), the change set is written with
 * what publishing it reads in one more, and the stories it publishes are written with the COMMIT. A
 * placement cut off by a restart or a dropped connection is run again from the start: its reads see
 * whatever committed, and a document already placed is refused as a duplicate, so nothing is placed twice.
 */

import type pg from 'pg';
import type {
  ClusterChanges,
  ClusterState,
  CopyRecord,
  LineRecord,
  MemberRecord,
  StateMeta,
  StateQuery,
  StateTransaction,
  StateView,
  StoryRecord,
} from '../cluster/index.js';
import {
  asked,
  capsOf,
  emptyView,
  groupCapped,
  type KeyRow,
  keyRowChanges,
  lineOrRoot,
  POSTINGS,
  type Publication,
  type PublishedPlacement,
  publicationOf,
  resolvePublication,
  THREADS,
  WAKE,
} from './cluster-rows.js';
import { withRetry } from './postgres-errors.js';
import { batch, float, int, intArray, literal, type Row, textArray, values } from './postgres-sql.js';
import { StoreError } from './store.js';

/** Advisory lock key held by the one placement in progress (shared with nothing else). */
export const PLACEMENT_LOCK = 7_241_190_115;

/** One statement of a batch and how to read its rows into the view. */
interface Part {
  readonly sql: string;
  readonly read: (rows: Row[]) => void;
}

const toMember = (row: Row): MemberRecord => ({
  seq: Number(row.seq),
  doc: String(row.doc),
  story: Number(row.story),
  origin: String(row.origin),
  credits: JSON.parse(String(row.credits)) as string[],
});

/** The members of stories `orders`, by story and in `seq` order. */
const membersSql = (orders: readonly number[]): string =>
  `SELECT seq, doc, story, origin, credits FROM cluster_members
   WHERE story = ANY(${intArray(orders, 'int')}) ORDER BY story, seq`;

/** Rows of `membersSql` grouped by story, each story's in the rows' order. */
function membersByStory(rows: readonly Row[]): Map<number, MemberRecord[]> {
  const byStory = new Map<number, MemberRecord[]>();
  for (const row of rows) {
    const member = toMember(row);
    const list = byStory.get(member.story);
    if (list) list.push(member);
    else byStory.set(member.story, [member]);
  }
  return byStory;
}

const pairs = (rows: Row[], key: string, value: string): [number, number][] =>
  rows.map((row) => [Number(row[key]), Number(row[value])]);

/** The parts of a query, each one statement; `seen` collects the stories read. */
function queryParts(
  query: StateQuery,
  view: ReturnType<typeof emptyView>,
  seen: Map<number, StoryRecord> | undefined,
): Part[] {
  const parts: Part[] = [];
  const caps = capsOf(query);
  const frequencies = asked(query.frequencies);
  if (frequencies.length)
    parts.push({
      sql: `SELECT key, n FROM cluster_frequencies WHERE key = ANY(${intArray(frequencies, 'bigint')})`,
      read: (rows) => {
        const n = new Map(pairs(rows, 'key', 'n'));
        view.frequencies = frequencies.map((key) => n.get(key) ?? 0);
      },
    });
  const postings = asked(query.postings);
  if (postings.length)
    parts.push({
      sql: `SELECT k.key, s.story FROM unnest(${intArray(postings, 'bigint')}) AS k(key)
            CROSS JOIN LATERAL (SELECT story FROM cluster_story_keys
              WHERE kind = ${POSTINGS} AND key = k.key LIMIT ${Math.min(caps.postings, 1e9) + 1}) s`,
      read: (rows) => {
        view.postings = groupCapped(postings, pairs(rows, 'key', 'story'), caps.postings);
      },
    });
  const stories = asked(query.stories);
  if (stories.length)
    parts.push({
      sql: `SELECT ord, json FROM cluster_stories WHERE ord = ANY(${intArray(stories, 'int')})`,
      read: (rows) => {
        const byOrder = new Map(
          rows.map((row) => [Number(row.ord), JSON.parse(String(row.json)) as StoryRecord]),
        );
        if (seen) for (const [order, story] of byOrder) seen.set(order, story);
        view.stories = stories.map((order) => byOrder.get(order) ?? null);
      },
    });
  if (query.storiesAfter) {
    const { after, limit } = query.storiesAfter;
    parts.push({
      sql: `SELECT json FROM cluster_stories WHERE ord > ${int(after)} AND status <> 'merged'
            ORDER BY ord LIMIT ${int(Math.max(0, limit))}`,
      read: (rows) => {
        view.storiesAfter = rows.map((row) => JSON.parse(String(row.json)) as StoryRecord);
      },
    });
  }
  const lines = asked(query.lines);
  if (lines.length)
    parts.push({
      sql: `SELECT ord, json FROM cluster_lines WHERE ord = ANY(${intArray(lines, 'int')})`,
      read: (rows) => {
        const byOrder = new Map(
          rows.map((row) => [Number(row.ord), JSON.parse(String(row.json)) as LineRecord]),
        );
        view.lines = lines.map((order) => byOrder.get(order) ?? null);
      },
    });
  const buckets = asked(query.buckets);
  if (buckets.length)
    parts.push({
      sql: `SELECT b.band, s.seq FROM unnest(${intArray(buckets, 'bigint')}) AS b(band)
            CROSS JOIN LATERAL (SELECT seq FROM cluster_buckets
              WHERE band = b.band LIMIT ${Math.min(caps.buckets, 1e9) + 1}) s`,
      read: (rows) => {
        view.buckets = groupCapped(buckets, pairs(rows, 'band', 'seq'), caps.buckets);
      },
    });
  const copies = asked(query.copies);
  if (copies.length)
    parts.push({
      sql: `SELECT seq, json FROM cluster_copies WHERE seq = ANY(${intArray(copies, 'bigint')})`,
      read: (rows) => {
        const bySeq = new Map(
          rows.map((row) => [Number(row.seq), JSON.parse(String(row.json)) as CopyRecord]),
        );
        view.copies = copies.map((seq) => bySeq.get(seq) ?? null);
      },
    });
  const wake = asked(query.wake);
  if (wake.length)
    parts.push({
      sql: `SELECT key, story FROM cluster_story_keys WHERE kind = ${WAKE} AND key = ANY(${intArray(wake, 'bigint')})`,
      read: (rows) => {
        view.wake = groupCapped(wake, pairs(rows, 'key', 'story'), Number.MAX_SAFE_INTEGER) as number[][];
      },
    });
  const threads = asked(query.threads);
  if (threads.length)
    parts.push({
      sql: `SELECT k.key, s.story FROM unnest(${intArray(threads, 'bigint')}) AS k(key)
            CROSS JOIN LATERAL (SELECT story FROM cluster_story_keys
              WHERE kind = ${THREADS} AND key = k.key LIMIT ${Math.min(caps.threads, 1e9) + 1}) s`,
      read: (rows) => {
        view.threads = groupCapped(threads, pairs(rows, 'key', 'story'), caps.threads);
      },
    });
  if (query.due) {
    const { status, before, limit } = query.due;
    if (status !== 'open' && status !== 'dormant') throw new TypeError(`cluster state: no status ${status}`);
    parts.push({
      sql: `SELECT ord FROM cluster_stories WHERE status = '${status}' AND due < ${float(before)}
            ORDER BY due, ord LIMIT ${int(Math.max(0, limit))}`,
      read: (rows) => {
        view.due = rows.map((row) => Number(row.ord));
      },
    });
  }
  const placed = query.placed ?? [];
  if (placed.length)
    parts.push({
      sql: `SELECT doc FROM cluster_members
            WHERE doc = ANY(${textArray(placed)})`,
      read: (rows) => {
        const found = new Set(rows.map((row) => String(row.doc)));
        view.placed = placed.map((doc) => found.has(doc));
      },
    });
  const members = asked(query.members);
  if (members.length)
    parts.push({
      sql: membersSql(members),
      read: (rows) => {
        const byStory = membersByStory(rows);
        view.members = members.map((order) => byStory.get(order) ?? []);
      },
    });
  return parts;
}

/** Answers a query in one round trip (after `opening`, statements sent first in it). */
async function readView(
  client: pg.ClientBase,
  query: StateQuery,
  seen?: Map<number, StoryRecord>,
  opening: readonly string[] = [],
): Promise<StateView> {
  const view = emptyView({ documents: 0, stories: 0, open: 0, clock: 0, sweptDay: 0 });
  const parts = queryParts(query, view, seen);
  const results = (
    await batch(client, [
      ...opening,
      'SELECT json FROM cluster_meta WHERE id = 1',
      ...parts.map((part) => part.sql),
    ])
  ).slice(opening.length);
  const meta = results[0]?.[0];
  if (!meta) throw new StoreError('corrupt', 'the cluster state has no meta row');
  view.meta = JSON.parse(String(meta.json)) as StateMeta;
  parts.forEach((part, i) => part.read(results[i + 1]!));
  return view;
}

function keyRowsSql(rows: readonly KeyRow[]): string {
  const column = (i: 0 | 1 | 2, type: 'smallint' | 'bigint' | 'int') =>
    intArray(
      rows.map((row) => row[i]),
      type,
    );
  return `unnest(${column(0, 'smallint')}, ${column(1, 'bigint')}, ${column(2, 'int')})`;
}

/** The statements that write a change set (the old story records for their key rows are in `seen`). */
function changeStatements(changes: ClusterChanges, seen: ReadonlyMap<number, StoryRecord>): string[] {
  const lit = (value: unknown) => literal(JSON.stringify(value));
  const out = [`UPDATE cluster_meta SET version = version + 1, json = ${lit(changes.meta)} WHERE id = 1`];
  const frequencies = changes.frequencies ?? [];
  if (frequencies.length)
    out.push(
      `INSERT INTO cluster_frequencies (key, n) SELECT k, 1 FROM unnest(${intArray(frequencies, 'bigint')}) AS k
       ON CONFLICT (key) DO UPDATE SET n = cluster_frequencies.n + 1`,
    );
  const stories = changes.stories ?? [];
  const drop: KeyRow[] = [];
  const add: KeyRow[] = [];
  for (const story of stories) {
    const rows = keyRowChanges(seen.get(story.order) ?? null, story);
    drop.push(...rows.drop);
    add.push(...rows.add);
  }
  if (drop.length)
    out.push(
      `DELETE FROM cluster_story_keys k USING ${keyRowsSql(drop)} AS d(kind, key, story)
       WHERE k.kind = d.kind AND k.key = d.key AND k.story = d.story`,
    );
  if (add.length)
    out.push(
      `INSERT INTO cluster_story_keys (kind, key, story) SELECT * FROM ${keyRowsSql(add)} ON CONFLICT DO NOTHING`,
    );
  if (stories.length)
    out.push(
      `INSERT INTO cluster_stories (ord, status, due, json) VALUES ${values(
        stories.map((s) => [
          int(s.order),
          literal(s.status),
          (s.status === 'open' || s.status === 'dormant') && s.due !== null ? float(s.due) : 'NULL',
          lit(s),
        ]),
      )}
       ON CONFLICT (ord) DO UPDATE SET status = excluded.status, due = excluded.due, json = excluded.json`,
    );
  const lines = changes.lines ?? [];
  if (lines.length)
    out.push(
      `INSERT INTO cluster_lines (ord, json) VALUES ${values(
        lines.map((line) => [int(line.order), lit(line)]),
      )} ON CONFLICT (ord) DO UPDATE SET json = excluded.json`,
    );
  if (changes.expireCopies) {
    const below = int(Math.ceil(changes.expireCopies.seq));
    const old = `at < ${float(changes.expireCopies.at)} OR seq < ${below}`;
    out.push(`DELETE FROM cluster_buckets WHERE seq IN (SELECT seq FROM cluster_copies WHERE ${old})`);
    out.push(`DELETE FROM cluster_copies WHERE ${old}`);
  }
  const copies = changes.copies ?? [];
  if (copies.length) {
    out.push(
      `INSERT INTO cluster_copies (seq, at, json) VALUES ${values(
        copies.map((c) => [int(c.seq), float(c.at), lit(c)]),
      )}`,
    );
    const bands = copies.flatMap((c) => c.bands.map((band) => [band, c.seq] as const));
    if (bands.length)
      out.push(
        `INSERT INTO cluster_buckets (band, seq) SELECT * FROM unnest(${intArray(
          bands.map(([band]) => band),
          'bigint',
        )}, ${intArray(
          bands.map(([, seq]) => seq),
          'bigint',
        )}) ON CONFLICT DO NOTHING`,
      );
  }
  for (const { from, into } of changes.moves ?? [])
    if (from !== into) out.push(`UPDATE cluster_members SET story = ${int(into)} WHERE story = ${int(from)}`);
  const members = changes.members ?? [];
  if (members.length)
    out.push(
      `INSERT INTO cluster_members (seq, doc, story, origin, credits) VALUES ${values(
        members.map((m) => [int(m.seq), literal(m.doc), int(m.story), literal(m.origin), lit(m.credits)]),
      )}`,
    );
  return out;
}

/** Roots of storyline nodes: (start, root id) for each start whose chain ends at a stored root. */
const rootsSql = (starts: readonly number[]) => `
  WITH RECURSIVE up(start, ord, id, parent) AS (
    SELECT l.ord, l.ord, l.json::json->>'id', (l.json::json->>'parent')::int
    FROM cluster_lines l WHERE l.ord = ANY(${intArray(starts, 'int')})
    UNION ALL
    SELECT up.start, l.ord, l.json::json->>'id', (l.json::json->>'parent')::int
    FROM up JOIN cluster_lines l ON l.ord = up.parent)
  SELECT start, ord, id FROM up WHERE parent IS NULL`;

export interface PostgresClusterStateOptions {
  /** How long to keep retrying a placement through a restart or a dropped connection, in ms. */
  readonly retryMs: number;
  /** Statements reading what publishing a placement needs: run after its change set, in the same round trip. */
  readonly publishReads: (publication: Publication) => string[];
  /**
   * The statements writing what a placement changed in the stories readers see, given the rows its
   * `publishReads` gave: run in the placement's transaction, in one round trip with its COMMIT.
   */
  readonly publish: (placement: PublishedPlacement, rows: readonly Row[][]) => string[];
  /** Told after a placement that wrote something has committed (to move the store's change token). */
  readonly committed: () => Promise<void>;
}

/**
 * What opens a placement's transaction, sent with its first statements: the lock, and commits that
 * do not wait for the disk. That is safe here: a placement is run by a job whose completion is a later,
 * synchronous commit, which flushes the log up to and past the placement's; a placement lost with a
 * crashed server leaves its job (and its article unplaced) to run again. The lock is held while the
 * commit is written, so waiting for the disk there is time every worker waits.
 */
const OPENING = [
  'BEGIN',
  'SET LOCAL synchronous_commit = off',
  `SELECT pg_advisory_xact_lock(${PLACEMENT_LOCK})`,
];

export function createPostgresClusterState(
  pool: pg.Pool,
  options: PostgresClusterStateOptions,
): ClusterState {
  /**
   * Writes a change set and reads what it publishes, inside the placement's transaction (after
   * `opening`, when nothing opened it yet); gives the statements that publish it.
   */
  async function apply(
    client: pg.PoolClient,
    changes: ClusterChanges,
    seen: Map<number, StoryRecord>,
    opening: () => readonly string[],
  ): Promise<string[]> {
    // Stories written without being read in this placement (none, from the stream clusterer): read them now.
    const unread = (changes.stories ?? []).map((s) => s.order).filter((order) => !seen.has(order));
    if (unread.length) await readView(client, { stories: unread }, seen, opening());
    const publication = publicationOf(changes);
    const orders = publication.stories.map((story) => story.order);
    const starts = [...orders, ...publication.relinks.map((relink) => relink.parent)];
    const reads = options.publishReads(publication);
    const results = await batch(client, [
      ...opening(),
      ...changeStatements(changes, seen),
      membersSql(orders),
      rootsSql(starts),
      ...reads,
    ]);
    const [memberRows, rootRows, ...readRows] = results.slice(-2 - reads.length) as Row[][];
    const members = membersByStory(memberRows!);
    const roots = new Map(
      rootRows!.map((row) => [
        Number(row.start),
        { order: Number(row.ord), id: String(row.id), parent: null } satisfies LineRecord,
      ]),
    );
    const placement = resolvePublication(
      publication,
      (order) => members.get(order) ?? [],
      (order) => roots.get(order) ?? lineOrRoot(order, null),
    );
    return options.publish(placement, readRows);
  }

  /**
   * One placement: a transaction holding the placement lock, in as few round trips as its reads allow
   * (the lock is taken with the first read, the change set written with what publishing reads, the
   * stories published with the COMMIT), because other workers wait for each of them.
   */
  async function attempt<T>(work: (tx: StateTransaction) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken = false;
    // The server going away between two queries (a restart) is an error event on the idle client: the
    // next query fails and the placement is run again; unheard, the event would end the process.
    const lost = (): void => {
      broken = true;
    };
    client.on('error', lost);
    let opened = false;
    const opening = (): readonly string[] => {
      if (opened) return [];
      opened = true;
      return OPENING;
    };
    try {
      const seen = new Map<number, StoryRecord>();
      let pending: ClusterChanges | null = null;
      const result = await work({
        read: (query) => readView(client, query, seen, opening()),
        commit: async (changes) => {
          if (pending !== null) throw new Error('a placement commits once');
          pending = changes;
        },
      });
      const writes = pending !== null ? await apply(client, pending, seen, opening) : [...opening()];
      await batch(client, [...writes, 'COMMIT']);
      if (pending !== null) await options.committed().catch(() => {});
      return result;
    } catch (error) {
      // The lock is the transaction's: ROLLBACK (or a dead connection) releases it.
      if (opened)
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
      throw error;
    } finally {
      client.off('error', lost);
      client.release(broken);
    }
  }

  let queue: Promise<unknown> = Promise.resolve();
  return {
    place(work) {
      // One placement at a time from this process (one connection waits on the lock, not the pool).
      const running = queue.then(() => withRetry(() => attempt(work), options.retryMs));
      queue = running.catch(() => undefined);
      return running;
    },
    async read(query) {
      return withRetry(async () => {
        const client = await pool.connect();
        let broken = false;
        try {
          return await readView(client, query);
        } catch (error) {
          broken = true;
          throw error;
        } finally {
          client.release(broken);
        }
      }, options.retryMs);
    },
  };
}

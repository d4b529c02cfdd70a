/**
 * @module store/postgres-cluster-state
 * The clusterer's state (`cluster/state.ts`) in PostgreSQL, beside the stories it places: tables keyed
 * as the interface says, the derived indexes as rows (`cluster-rows.ts`). A placement is one transaction
 * on one connection that first takes the placement lock (a transaction-scoped advisory lock: released by
 * COMMIT, ROLLBACK or the death of its connection), so placements from any number of workers run one
 * after another and none is lost. Each read of a placement is one round trip (its parts sent as one
 * multi-statement query); the change set and the stories it publishes are written in two more. A
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
  integers,
  type KeyRow,
  keyRowChanges,
  lineOrRoot,
  POSTINGS,
  type PublishedPlacement,
  publicationOf,
  resolvePublication,
  THREADS,
  WAKE,
} from './cluster-rows.js';
import { withRetry } from './postgres-errors.js';
import { StoreError } from './store.js';

/** Advisory lock key held by the one placement in progress (shared with nothing else). */
export const PLACEMENT_LOCK = 7_241_190_115;

type Row = Record<string, unknown>;

/** `ARRAY[...]::type[]` of integers checked to be integers (nothing else is put into SQL text). */
const intArray = (list: readonly number[], type: 'bigint' | 'int' | 'smallint'): string =>
  `ARRAY[${integers(list).join(',')}]::${type}[]`;

/** A float as SQL text (finite numbers only). */
function float(x: number): string {
  if (!Number.isFinite(x)) throw new TypeError(`cluster state: ${x} is not a finite number`);
  return `${x}::float8`;
}

/** One statement of a batch and how to read its rows into the view. */
interface Part {
  readonly sql: string;
  readonly read: (rows: Row[]) => void;
}

/** Runs statements as one round trip; gives each one's rows in order. */
async function batch(client: pg.ClientBase, statements: readonly string[]): Promise<Row[][]> {
  if (statements.length === 0) return [];
  const result = (await client.query(statements.join(';\n'))) as unknown as pg.QueryResult | pg.QueryResult[];
  const results = Array.isArray(result) ? result : [result];
  return results.map((r) => r.rows as Row[]);
}

const toMember = (row: Row): MemberRecord => ({
  seq: Number(row.seq),
  doc: String(row.doc),
  story: Number(row.story),
  origin: String(row.origin),
  credits: JSON.parse(String(row.credits)) as string[],
});

const pairs = (rows: Row[], key: string, value: string): [number, number][] =>
  rows.map((row) => [Number(row[key]), Number(row[value])]);

/** The parts of a query, each one statement; `seen` collects the stories read. */
function queryParts(
  client: pg.ClientBase,
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
      sql: `SELECT json FROM cluster_stories WHERE ord > ${integers([after])[0]} AND status <> 'merged'
            ORDER BY ord LIMIT ${integers([Math.max(0, limit)])[0]}`,
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
            ORDER BY due, ord LIMIT ${integers([Math.max(0, limit)])[0]}`,
      read: (rows) => {
        view.due = rows.map((row) => Number(row.ord));
      },
    });
  }
  const placed = query.placed ?? [];
  if (placed.length)
    parts.push({
      sql: `SELECT doc FROM cluster_members
            WHERE doc = ANY(ARRAY[${placed.map((doc) => client.escapeLiteral(doc)).join(',')}]::text[])`,
      read: (rows) => {
        const found = new Set(rows.map((row) => String(row.doc)));
        view.placed = placed.map((doc) => found.has(doc));
      },
    });
  const members = asked(query.members);
  if (members.length)
    parts.push({
      sql: `SELECT seq, doc, story, origin, credits FROM cluster_members
            WHERE story = ANY(${intArray(members, 'int')}) ORDER BY story, seq`,
      read: (rows) => {
        const byStory = new Map<number, MemberRecord[]>();
        for (const row of rows) {
          const member = toMember(row);
          const list = byStory.get(member.story);
          if (list) list.push(member);
          else byStory.set(member.story, [member]);
        }
        view.members = members.map((order) => byStory.get(order) ?? []);
      },
    });
  return parts;
}

/** Answers a query in one round trip. */
async function readView(
  client: pg.ClientBase,
  query: StateQuery,
  seen?: Map<number, StoryRecord>,
): Promise<StateView> {
  const view = emptyView({ documents: 0, stories: 0, open: 0, clock: 0, sweptDay: 0 });
  const parts = queryParts(client, query, view, seen);
  const results = await batch(client, [
    'SELECT json FROM cluster_meta WHERE id = 1',
    ...parts.map((part) => part.sql),
  ]);
  const meta = results[0]?.[0];
  if (!meta) throw new StoreError('corrupt', 'the cluster state has no meta row');
  view.meta = JSON.parse(String(meta.json)) as StateMeta;
  parts.forEach((part, i) => part.read(results[i + 1]!));
  return view;
}

/** `INSERT ... VALUES` rows of literals. */
const values = (rows: readonly (readonly string[])[]): string =>
  rows.map((row) => `(${row.join(', ')})`).join(', ');

function keyRowsSql(rows: readonly KeyRow[]): string {
  const column = (i: 0 | 1 | 2, type: 'smallint' | 'bigint' | 'int') =>
    intArray(
      rows.map((row) => row[i]),
      type,
    );
  return `unnest(${column(0, 'smallint')}, ${column(1, 'bigint')}, ${column(2, 'int')})`;
}

/** The statements that write a change set (the old story records for their key rows are in `seen`). */
function changeStatements(
  client: pg.ClientBase,
  changes: ClusterChanges,
  seen: ReadonlyMap<number, StoryRecord>,
): string[] {
  const lit = (value: unknown) => client.escapeLiteral(JSON.stringify(value));
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
          String(integers([s.order])[0]),
          client.escapeLiteral(s.status),
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
        lines.map((line) => [String(integers([line.order])[0]), lit(line)]),
      )} ON CONFLICT (ord) DO UPDATE SET json = excluded.json`,
    );
  if (changes.expireCopies) {
    const below = integers([Math.ceil(changes.expireCopies.seq)])[0];
    const old = `at < ${float(changes.expireCopies.at)} OR seq < ${below}`;
    out.push(`DELETE FROM cluster_buckets WHERE seq IN (SELECT seq FROM cluster_copies WHERE ${old})`);
    out.push(`DELETE FROM cluster_copies WHERE ${old}`);
  }
  const copies = changes.copies ?? [];
  if (copies.length) {
    out.push(
      `INSERT INTO cluster_copies (seq, at, json) VALUES ${values(
        copies.map((c) => [String(integers([c.seq])[0]), float(c.at), lit(c)]),
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
    if (from !== into)
      out.push(
        `UPDATE cluster_members SET story = ${integers([into])[0]} WHERE story = ${integers([from])[0]}`,
      );
  const members = changes.members ?? [];
  if (members.length)
    out.push(
      `INSERT INTO cluster_members (seq, doc, story, origin, credits) VALUES ${values(
        members.map((m) => [
          String(integers([m.seq])[0]),
          client.escapeLiteral(m.doc),
          String(integers([m.story])[0]),
          client.escapeLiteral(m.origin),
          lit(m.credits),
        ]),
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
  /** Writes what a placement changed in the stories readers see, on its connection, before COMMIT. */
  readonly publish: (client: pg.PoolClient, placement: PublishedPlacement) => Promise<void>;
  /** Told after a placement that wrote something has committed (to move the store's change token). */
  readonly committed: () => Promise<void>;
}

export function createPostgresClusterState(
  pool: pg.Pool,
  options: PostgresClusterStateOptions,
): ClusterState {
  /** Writes a change set and what it publishes, inside the placement's transaction. */
  async function apply(
    client: pg.PoolClient,
    changes: ClusterChanges,
    seen: Map<number, StoryRecord>,
  ): Promise<void> {
    // Stories written without being read in this placement (none, from the stream clusterer): read them now.
    const unread = (changes.stories ?? []).map((s) => s.order).filter((order) => !seen.has(order));
    if (unread.length) await readView(client, { stories: unread }, seen);
    const publication = publicationOf(changes);
    const orders = publication.stories.map((story) => story.order);
    const starts = [...orders, ...publication.relinks.map((relink) => relink.parent)];
    const results = await batch(client, [
      ...changeStatements(client, changes, seen),
      `SELECT seq, doc, story, origin, credits FROM cluster_members
       WHERE story = ANY(${intArray(orders, 'int')}) ORDER BY story, seq`,
      rootsSql(starts),
    ]);
    const [memberRows, rootRows] = results.slice(-2) as [Row[], Row[]];
    const members = new Map<number, MemberRecord[]>();
    for (const row of memberRows) {
      const member = toMember(row);
      const list = members.get(member.story);
      if (list) list.push(member);
      else members.set(member.story, [member]);
    }
    const roots = new Map(
      rootRows.map((row) => [
        Number(row.start),
        { order: Number(row.ord), id: String(row.id), parent: null } satisfies LineRecord,
      ]),
    );
    const placement = resolvePublication(
      publication,
      (order) => members.get(order) ?? [],
      (order) => roots.get(order) ?? lineOrRoot(order, null),
    );
    await options.publish(client, placement);
  }

  async function attempt<T>(work: (tx: StateTransaction) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken = false;
    // The server going away between two queries (a restart) is an error event on the idle client: the
    // next query fails and the placement is run again; unheard, the event would end the process.
    const lost = (): void => {
      broken = true;
    };
    client.on('error', lost);
    try {
      // The lock is the transaction's: COMMIT, ROLLBACK or a dead connection releases it.
      await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${PLACEMENT_LOCK})`);
      const seen = new Map<number, StoryRecord>();
      let pending: ClusterChanges | null = null;
      const result = await work({
        read: (query) => readView(client, query, seen),
        commit: async (changes) => {
          if (pending !== null) throw new Error('a placement commits once');
          pending = changes;
        },
      });
      if (pending !== null) await apply(client, pending, seen);
      await client.query('COMMIT');
      if (pending !== null) await options.committed().catch(() => {});
      return result;
    } catch (error) {
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

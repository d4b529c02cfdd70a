/**
 * @module store/sqlite-cluster-state
 * The clusterer's state (`cluster/state.ts`) in the SQLite file, beside the stories it places: tables
 * keyed as the interface says, with the derived indexes as rows (`cluster-rows.ts`). Reads are plain
 * statements; a placement commits optimistically: its reads never hold a lock (better-sqlite3 is
 * synchronous, so a lock held across `await` would stall every other connection of the thread), and its
 * change set is applied in one write transaction that first checks the state's version. A placement
 * whose reads were overtaken by another process's commit runs again. The same transaction publishes the
 * stories the placement changed (`publish`), so readers never see a placement half applied.
 */

import type Database from 'better-sqlite3';
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
  keyRowChanges,
  lineOrRoot,
  POSTINGS,
  type PublishedPlacement,
  publicationOf,
  resolvePublication,
  THREADS,
  WAKE,
} from './cluster-rows.js';
import { StoreError } from './store.js';

/** Placements overtaken in a row before giving up (each one ran on a state another process moved on). */
const MAX_CONFLICTS = 200;

interface MemberRow {
  seq: number;
  doc: string;
  story: number;
  origin: string;
  credits: string;
}

const toMember = (row: MemberRow): MemberRecord => ({
  seq: row.seq,
  doc: row.doc,
  story: row.story,
  origin: row.origin,
  credits: JSON.parse(row.credits) as string[],
});

/**
 * The state over `db` (migrated to the cluster tables); `publish` writes what a placement changes in
 * the stories readers see, inside the placement's transaction.
 */
export function createSqliteClusterState(
  db: Database.Database,
  publish: (placement: PublishedPlacement) => void,
): ClusterState {
  const stmt = {
    meta: db.prepare<[], { version: number; json: string }>(
      'SELECT version, json FROM cluster_meta WHERE id = 1',
    ),
    setMeta: db.prepare<[string]>('UPDATE cluster_meta SET version = version + 1, json = ? WHERE id = 1'),
    frequency: db.prepare<[number], { n: number }>('SELECT n FROM cluster_frequencies WHERE key = ?'),
    count: db.prepare<[number]>(
      'INSERT INTO cluster_frequencies (key, n) VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1',
    ),
    keyed: db.prepare<[number, number, number], { story: number }>(
      'SELECT story FROM cluster_story_keys WHERE kind = ? AND key = ? LIMIT ?',
    ),
    addKey: db.prepare<[number, number, number]>(
      'INSERT OR IGNORE INTO cluster_story_keys (kind, key, story) VALUES (?, ?, ?)',
    ),
    dropKey: db.prepare<[number, number, number]>(
      'DELETE FROM cluster_story_keys WHERE kind = ? AND key = ? AND story = ?',
    ),
    story: db.prepare<[number], { json: string }>('SELECT json FROM cluster_stories WHERE ord = ?'),
    putStory: db.prepare<[number, string, number | null, string]>(
      `INSERT INTO cluster_stories (ord, status, due, json) VALUES (?, ?, ?, ?)
       ON CONFLICT(ord) DO UPDATE SET status = excluded.status, due = excluded.due, json = excluded.json`,
    ),
    storiesAfter: db.prepare<[number, number], { json: string }>(
      "SELECT json FROM cluster_stories WHERE ord > ? AND status <> 'merged' ORDER BY ord LIMIT ?",
    ),
    due: db.prepare<[string, number, number], { ord: number }>(
      'SELECT ord FROM cluster_stories WHERE status = ? AND due < ? ORDER BY due, ord LIMIT ?',
    ),
    line: db.prepare<[number], { json: string }>('SELECT json FROM cluster_lines WHERE ord = ?'),
    putLine: db.prepare<[number, string]>(
      'INSERT INTO cluster_lines (ord, json) VALUES (?, ?) ON CONFLICT(ord) DO UPDATE SET json = excluded.json',
    ),
    copy: db.prepare<[number], { json: string }>('SELECT json FROM cluster_copies WHERE seq = ?'),
    addCopy: db.prepare<[number, number, string]>(
      'INSERT INTO cluster_copies (seq, at, json) VALUES (?, ?, ?)',
    ),
    bucket: db.prepare<[number, number], { seq: number }>(
      'SELECT seq FROM cluster_buckets WHERE band = ? LIMIT ?',
    ),
    addBucket: db.prepare<[number, number]>(
      'INSERT OR IGNORE INTO cluster_buckets (band, seq) VALUES (?, ?)',
    ),
    expireBuckets: db.prepare<[number, number]>(
      'DELETE FROM cluster_buckets WHERE seq IN (SELECT seq FROM cluster_copies WHERE at < ? OR seq < ?)',
    ),
    expireCopies: db.prepare<[number, number]>('DELETE FROM cluster_copies WHERE at < ? OR seq < ?'),
    placed: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM cluster_members WHERE doc = ?'),
    members: db.prepare<[number], MemberRow>(
      'SELECT seq, doc, story, origin, credits FROM cluster_members WHERE story = ? ORDER BY seq',
    ),
    move: db.prepare<[number, number]>('UPDATE cluster_members SET story = ? WHERE story = ?'),
    addMember: db.prepare<[number, string, number, string, string]>(
      'INSERT INTO cluster_members (seq, doc, story, origin, credits) VALUES (?, ?, ?, ?, ?)',
    ),
  };

  const storyAt = (order: number): StoryRecord | null => {
    const row = stmt.story.get(order);
    return row ? (JSON.parse(row.json) as StoryRecord) : null;
  };
  const lineAt = (order: number): LineRecord | null => {
    const row = stmt.line.get(order);
    return row ? (JSON.parse(row.json) as LineRecord) : null;
  };
  const keyed = (kind: number, key: number, limit: number): number[] =>
    stmt.keyed.all(kind, key, limit).map((row) => row.story);
  const capped = (list: number[], cap: number): number[] | null => (list.length > cap ? null : list);

  function version(): { version: number; meta: StateMeta } {
    const row = stmt.meta.get();
    if (!row) throw new StoreError('corrupt', 'the cluster state has no meta row');
    return { version: row.version, meta: JSON.parse(row.json) as StateMeta };
  }

  /** Answers a query; remembers the stories read (`seen`), for the key rows their rewrite replaces. */
  function readView(
    query: StateQuery,
    seen?: Map<number, StoryRecord>,
  ): { view: StateView; version: number } {
    const current = version();
    const view = emptyView(current.meta);
    const caps = capsOf(query);
    const frequencies = asked(query.frequencies);
    if (frequencies.length) view.frequencies = frequencies.map((key) => stmt.frequency.get(key)?.n ?? 0);
    const postings = asked(query.postings);
    if (postings.length)
      view.postings = postings.map((key) =>
        capped(keyed(POSTINGS, key, Math.min(caps.postings + 1, Number.MAX_SAFE_INTEGER)), caps.postings),
      );
    const stories = asked(query.stories);
    if (stories.length)
      view.stories = stories.map((order) => {
        const story = storyAt(order);
        if (story && seen) seen.set(order, story);
        return story;
      });
    if (query.storiesAfter) {
      const { after, limit } = query.storiesAfter;
      view.storiesAfter = stmt.storiesAfter
        .all(after, Math.max(0, limit))
        .map((row) => JSON.parse(row.json) as StoryRecord);
    }
    const lines = asked(query.lines);
    if (lines.length) view.lines = lines.map(lineAt);
    const buckets = asked(query.buckets);
    if (buckets.length)
      view.buckets = buckets.map((band) =>
        capped(
          stmt.bucket.all(band, Math.min(caps.buckets + 1, Number.MAX_SAFE_INTEGER)).map((row) => row.seq),
          caps.buckets,
        ),
      );
    const copies = asked(query.copies);
    if (copies.length)
      view.copies = copies.map((seq) => {
        const row = stmt.copy.get(seq);
        return row ? (JSON.parse(row.json) as CopyRecord) : null;
      });
    const wake = asked(query.wake);
    if (wake.length) view.wake = wake.map((day) => keyed(WAKE, day, Number.MAX_SAFE_INTEGER));
    const threads = asked(query.threads);
    if (threads.length)
      view.threads = threads.map((key) =>
        capped(keyed(THREADS, key, Math.min(caps.threads + 1, Number.MAX_SAFE_INTEGER)), caps.threads),
      );
    if (query.due) {
      const { status, before, limit } = query.due;
      view.due = stmt.due.all(status, before, Math.max(0, limit)).map((row) => row.ord);
    }
    if (query.placed?.length) view.placed = query.placed.map((doc) => stmt.placed.get(doc) !== undefined);
    const members = asked(query.members);
    if (members.length) view.members = members.map((order) => stmt.members.all(order).map(toMember));
    return { view, version: current.version };
  }

  /** Applies a change set (inside the commit's transaction). */
  function apply(changes: ClusterChanges, seen: ReadonlyMap<number, StoryRecord>): void {
    stmt.setMeta.run(JSON.stringify(changes.meta));
    for (const key of changes.frequencies ?? []) stmt.count.run(key);
    for (const story of changes.stories ?? []) {
      const old = seen.get(story.order) ?? storyAt(story.order);
      const { drop, add } = keyRowChanges(old, story);
      for (const row of drop) stmt.dropKey.run(...row);
      for (const row of add) stmt.addKey.run(...row);
      stmt.putStory.run(
        story.order,
        story.status,
        story.status === 'open' || story.status === 'dormant' ? story.due : null,
        JSON.stringify(story),
      );
    }
    for (const line of changes.lines ?? []) stmt.putLine.run(line.order, JSON.stringify(line));
    if (changes.expireCopies) {
      const { at, seq } = changes.expireCopies;
      stmt.expireBuckets.run(at, seq);
      stmt.expireCopies.run(at, seq);
    }
    for (const copy of changes.copies ?? []) {
      stmt.addCopy.run(copy.seq, copy.at, JSON.stringify(copy));
      for (const band of copy.bands) stmt.addBucket.run(band, copy.seq);
    }
    for (const { from, into } of changes.moves ?? []) if (from !== into) stmt.move.run(into, from);
    for (const m of changes.members ?? [])
      stmt.addMember.run(m.seq, m.doc, m.story, m.origin, JSON.stringify(m.credits));
    const publication = publicationOf(changes);
    publish(
      resolvePublication(
        publication,
        (order) => stmt.members.all(order).map(toMember),
        (order) => {
          let node = lineOrRoot(order, lineAt(order));
          while (node.parent !== null) node = lineOrRoot(node.parent, lineAt(node.parent));
          return node;
        },
      ),
    );
  }

  /** Commits when the state is still at `base`; false (nothing written) when another commit came first. */
  const commitAt = db.transaction(
    (base: number, changes: ClusterChanges, seen: ReadonlyMap<number, StoryRecord>): boolean => {
      if (version().version !== base) return false;
      apply(changes, seen);
      return true;
    },
  );

  let queue: Promise<unknown> = Promise.resolve();

  async function attempt<T>(
    work: (tx: StateTransaction) => Promise<T>,
  ): Promise<{ done: true; result: T } | { done: false }> {
    const seen = new Map<number, StoryRecord>();
    let base: number | null = null;
    let pending: ClusterChanges | null = null;
    const tx: StateTransaction = {
      read: async (query) => {
        const { view, version: at } = readView(query, seen);
        base ??= at;
        return view;
      },
      commit: async (changes) => {
        if (pending !== null) throw new Error('a placement commits once');
        pending = changes;
      },
    };
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      // Reads overtaken by another commit can disagree with each other: run again on the new state.
      if (base !== null && version().version !== base) return { done: false };
      throw error;
    }
    if (pending === null) return { done: true, result };
    base ??= version().version;
    return commitAt.immediate(base, pending, seen) ? { done: true, result } : { done: false };
  }

  async function run<T>(work: (tx: StateTransaction) => Promise<T>): Promise<T> {
    for (let conflicts = 0; conflicts < MAX_CONFLICTS; conflicts++) {
      const outcome = await attempt(work);
      if (outcome.done) return outcome.result;
      // Another process placed first: let it finish its run of placements before trying again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 ** conflicts)));
    }
    throw new StoreError('conflict', `a placement was overtaken ${MAX_CONFLICTS} times by other writers`);
  }

  return {
    place(work) {
      // One placement at a time in this connection; other processes are caught by the version check.
      const running = queue.then(() => run(work));
      queue = running.catch(() => undefined);
      return running;
    },
    async read(query) {
      return readView(query).view;
    },
  };
}

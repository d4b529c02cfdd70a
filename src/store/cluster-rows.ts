/**
 * @module store/cluster-rows
 * What the SQLite and PostgreSQL clusterer states (`cluster/state.ts` in the store) share: the derived
 * key indexes of a story (one table of `(kind, key, story)` rows), the difference between a story's old
 * and new index rows, and what a placement publishes to the stories readers see (the `stories` table
 * and each article's story and origin), read off its change set.
 */

import {
  type ClusterChanges,
  type LineRecord,
  type MemberRecord,
  type StateMeta,
  type StateQuery,
  type StateView,
  type StoryRecord,
  storyOf,
} from '../cluster/index.js';
import type { Story } from '../types.js';

/**
 * The key indexes of a story, each a `kind` of row in one table: open stories are posted under their
 * `postingKeys`, dormant ones under their `wakeDays` and their `lineKeys` (see `state.ts`).
 */
export const STORY_INDEXES: readonly {
  readonly kind: number;
  readonly keys: (story: StoryRecord) => readonly number[];
}[] = [
  { kind: 0, keys: (story) => (story.status === 'open' ? story.postingKeys : []) },
  { kind: 1, keys: (story) => (story.status === 'dormant' ? story.wakeDays : []) },
  { kind: 2, keys: (story) => (story.status === 'dormant' ? story.lineKeys : []) },
];

export const POSTINGS = 0;
export const WAKE = 1;
export const THREADS = 2;

/** One row of the story key index. */
export type KeyRow = readonly [kind: number, key: number, story: number];

/** The index rows a story written over `old` (null: a new story) drops and adds. */
export function keyRowChanges(
  old: StoryRecord | null,
  story: StoryRecord,
): { readonly drop: KeyRow[]; readonly add: KeyRow[] } {
  const drop: KeyRow[] = [];
  const add: KeyRow[] = [];
  for (const { kind, keys } of STORY_INDEXES) {
    const was = old === null ? [] : keys(old);
    const is = keys(story);
    if (was === is) continue;
    // A story that joined a report keeps its keys and appends new ones: compare the common prefix first.
    let same = 0;
    while (same < was.length && same < is.length && was[same] === is[same]) same++;
    if (same === was.length) {
      for (let i = same; i < is.length; i++) add.push([kind, is[i]!, story.order]);
      continue;
    }
    const [before, after] = [new Set(was), new Set(is)];
    for (const key of before) if (!after.has(key)) drop.push([kind, key, story.order]);
    for (const key of after) if (!before.has(key)) add.push([kind, key, story.order]);
  }
  return { drop, add };
}

/** What a placement changes in the stories readers see. */
export interface Publication {
  /** Stories that gained members (joined, merged into, opened), as written: republished whole. */
  readonly stories: readonly StoryRecord[];
  /** Public ids of stories merged away (their rows and briefs go). */
  readonly removed: readonly string[];
  /** Storylines joined under another: every story on the line `from` (a root's id) moves to the root above `parent`. */
  readonly relinks: readonly { readonly from: string; readonly parent: number }[];
  /** Documents placed by this change set, with their placement sequence number. */
  readonly placed: readonly MemberRecord[];
}

/** What a placement publishes, resolved into the stories readers see (written by the store). */
export interface PublishedPlacement {
  readonly stories: readonly Story[];
  readonly removed: readonly string[];
  /** Every story on storyline `from` is now on storyline `to`. */
  readonly relinks: readonly { readonly from: string; readonly to: string }[];
  /** Articles placed, with their placement sequence number. */
  readonly placed: readonly { readonly doc: string; readonly seq: number }[];
}

/**
 * Resolves a publication against the state as committed with it: each story's members (in `seq` order)
 * and the root of its storyline, as the backend reads them.
 */
export function resolvePublication(
  publication: Publication,
  members: (order: number) => readonly MemberRecord[],
  root: (order: number) => LineRecord,
): PublishedPlacement {
  return {
    stories: publication.stories.map((story) => storyOf(story, members(story.order), root(story.order).id)),
    removed: publication.removed,
    relinks: publication.relinks.map(({ from, parent }) => ({ from, to: root(parent).id })),
    placed: publication.placed.map((member) => ({ doc: member.doc, seq: member.seq })),
  };
}

/** A storyline node missing from the state: a root of its own (as the clusterer reads it). */
export function lineOrRoot(order: number, line: LineRecord | null): LineRecord {
  return line ?? { order, id: `l:${order}`, parent: null };
}

/** Reads off a change set what it publishes. */
export function publicationOf(changes: ClusterChanges): Publication {
  const written = new Map((changes.stories ?? []).map((story) => [story.order, story]));
  const touched = new Set<number>();
  for (const member of changes.members ?? []) touched.add(member.story);
  for (const move of changes.moves ?? []) touched.add(move.into);
  const stories: StoryRecord[] = [];
  for (const order of touched) {
    const story = written.get(order);
    if (story && story.status !== 'merged') stories.push(story);
  }
  const removed: string[] = [];
  for (const move of changes.moves ?? []) {
    const from = written.get(move.from);
    if (from) removed.push(from.id);
  }
  const relinks = (changes.lines ?? [])
    .filter((line): line is LineRecord & { parent: number } => line.parent !== null)
    .map((line) => ({ from: line.id, parent: line.parent }));
  return { stories, removed, relinks, placed: changes.members ?? [] };
}

const NONE: readonly never[] = Object.freeze([]);

/** An answer with nothing in it but `meta`, to fill part by part. */
export function emptyView(meta: StateMeta): {
  -readonly [K in keyof StateView]: StateView[K];
} {
  return {
    meta,
    frequencies: NONE,
    postings: NONE,
    stories: NONE,
    storiesAfter: NONE,
    lines: NONE,
    buckets: NONE,
    copies: NONE,
    wake: NONE,
    threads: NONE,
    due: NONE,
    placed: NONE,
    members: NONE,
  };
}

/** The distinct keys of a query part (an empty part is not asked). */
export function asked(list: readonly number[] | undefined): readonly number[] {
  return list && list.length > 0 ? list : NONE;
}

/** Checks that every number a query or change set puts into SQL text is a safe integer. */
export function integers(list: readonly number[]): readonly number[] {
  for (const n of list)
    if (!Number.isSafeInteger(n)) throw new TypeError(`cluster state: ${n} is not an integer key`);
  return list;
}

/** Lists rows `[key, value]` under each asked key; a key with more than `cap` values answers null. */
export function groupCapped(
  keys: readonly number[],
  rows: Iterable<readonly [number, number]>,
  cap: number,
): (number[] | null)[] {
  const byKey = new Map<number, number[]>();
  for (const [key, value] of rows) {
    const list = byKey.get(key);
    if (list) list.push(value);
    else byKey.set(key, [value]);
  }
  return keys.map((key) => {
    const list = byKey.get(key) ?? [];
    return list.length > cap ? null : list;
  });
}

/** The caps a query asks for (none: unbounded). */
export function capsOf(query: StateQuery): { postings: number; buckets: number; threads: number } {
  return {
    postings: query.postingCap ?? Number.MAX_SAFE_INTEGER,
    buckets: query.bucketCap ?? Number.MAX_SAFE_INTEGER,
    threads: query.threadCap ?? Number.MAX_SAFE_INTEGER,
  };
}

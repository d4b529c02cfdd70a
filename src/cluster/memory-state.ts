/**
 * @module cluster/memory-state
 * The clusterer state in one process's memory: maps keyed as `state.ts` describes, with the derived
 * indexes (postings, wake days, threads, due times, band buckets) kept beside them. Placements are queued, so they
 * run one after another; a placement's commit is applied when its work returns, and dropped if it throws.
 */

import { KeyCounts } from './key-counts.js';
import {
  type ClusterChanges,
  type ClusterState,
  type CopyRecord,
  EMPTY_META,
  type LineRecord,
  type MemberRecord,
  type StateMeta,
  type StateQuery,
  type StateTransaction,
  type StateView,
  type StoryRecord,
} from './state.js';
import { TextLog, TextSet } from './text-log.js';

/** Stories by due time, grouped by whole day so a sweep visits only the days it passes. */
class DueIndex {
  readonly #byDay = new Map<number, Set<number>>();

  add(story: StoryRecord): void {
    const day = Math.floor(story.due!);
    const set = this.#byDay.get(day);
    if (set) set.add(story.order);
    else this.#byDay.set(day, new Set([story.order]));
  }

  delete(story: StoryRecord): void {
    const day = Math.floor(story.due!);
    const set = this.#byDay.get(day);
    set?.delete(story.order);
    if (set?.size === 0) this.#byDay.delete(day);
  }

  /** Up to `limit` orders with due below `before`, by due then order. */
  below(before: number, limit: number, stories: ReadonlyMap<number, StoryRecord>): number[] {
    const days = [...this.#byDay.keys()].filter((day) => day < before).sort((a, b) => a - b);
    const out: StoryRecord[] = [];
    for (const day of days) {
      const found = [...this.#byDay.get(day)!]
        .map((order) => stories.get(order)!)
        .filter((story) => story.due! < before)
        .sort((a, b) => a.due! - b.due! || a.order - b.order);
      for (const story of found) {
        if (out.length === limit) return out.map((s) => s.order);
        out.push(story);
      }
    }
    return out.map((s) => s.order);
  }
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function deleteFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/** Adds to a list kept in insertion order without repeats (a set as a plain array, lighter to hold). */
function addToList(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function deleteFromList(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  const at = list ? list.indexOf(value) : -1;
  if (at < 0) return;
  if (list!.length === 1) map.delete(key);
  else list!.splice(at, 1);
}

const NOTHING: readonly never[] = Object.freeze([]);

/** A list as it is (answers are read before the next commit changes them), or null when past `cap`. */
function handedOut(list: readonly number[] | undefined, cap: number): readonly number[] | null {
  if (!list) return NOTHING;
  return list.length > cap ? null : list;
}

/** Entries of a set, or null when it holds more than `cap`. */
function capped(set: ReadonlySet<number> | undefined, cap: number): readonly number[] | null {
  if (!set) return NOTHING;
  return set.size > cap ? null : [...set];
}

/** Members of one story as JSON text: `[seq, doc, origin, credits]` each. */
function packMembers(members: readonly MemberRecord[]): string {
  return JSON.stringify(members.map((m) => [m.seq, m.doc, m.origin, m.credits]));
}

function unpackMembers(text: string, story: number): MemberRecord[] {
  const rows = JSON.parse(text) as [number, string, string, string[]][];
  return rows.map(([seq, doc, origin, credits]) => ({ seq, doc, story, origin, credits }));
}

/** A fresh, empty state in memory. */
export function createMemoryState(): ClusterState {
  return new MemoryState();
}

class MemoryState implements ClusterState {
  #meta: StateMeta = EMPTY_META;
  readonly #frequencies = new KeyCounts();
  readonly #stories = new Map<number, StoryRecord>();
  /** Every story order ever written, ascending (stories are written first when opened, in order). */
  readonly #orders: number[] = [];
  /** Key -> the open stories posted under it, as a list handed out as it is (no copy per read). */
  readonly #postings = new Map<number, number[]>();
  /**
   * Day -> dormant stories naming it, and key -> dormant stories found by it, as lists handed out as they
   * are: a year of dormant stories holds some hundred thousand of them, and an array weighs a tenth of a set.
   */
  readonly #wake = new Map<number, number[]>();
  readonly #threads = new Map<number, number[]>();
  readonly #due = { open: new DueIndex(), dormant: new DueIndex() };
  readonly #lines = new Map<number, LineRecord>();
  /** In insertion order, which is `seq` order and `at` order (the clock never goes back). */
  readonly #copies = new Map<number, CopyRecord>();
  /** The same copies as a queue, oldest first, from `#copiesHead`. */
  readonly #copyQueue: CopyRecord[] = [];
  #copiesHead = 0;
  readonly #buckets = new Map<number, Set<number>>();
  readonly #members = new Map<number, MemberRecord[]>();
  /**
   * Closed and merged stories, which only the listing reads again: the number of each one's text in the
   * log (its record and its members as JSON, on two lines). Kept outside the heap, the archive of a long
   * stream costs each garbage collection nothing, where records and members as objects made every
   * collection slower as the stream grew.
   */
  readonly #archive = new Map<number, number>();
  readonly #archiveLog = new TextLog();
  readonly #placed = new TextSet();
  #queue: Promise<unknown> = Promise.resolve();

  place<T>(work: (tx: StateTransaction) => Promise<T>): Promise<T> {
    const run = this.#queue.then(() => this.#run(work));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #run<T>(work: (tx: StateTransaction) => Promise<T>): Promise<T> {
    let pending: ClusterChanges | null = null;
    const tx: StateTransaction = {
      read: (query) => this.read(query),
      commit: async (changes) => {
        if (pending !== null) throw new Error('a placement commits once');
        pending = changes;
      },
    };
    const result = await work(tx);
    if (pending !== null) this.#apply(pending);
    return result;
  }

  async read(query: StateQuery): Promise<StateView> {
    const postingCap = query.postingCap ?? Number.MAX_SAFE_INTEGER;
    const bucketCap = query.bucketCap ?? Number.MAX_SAFE_INTEGER;
    const threadCap = query.threadCap ?? Number.MAX_SAFE_INTEGER;
    return {
      meta: this.#meta,
      frequencies: query.frequencies?.length
        ? query.frequencies.map((key) => this.#frequencies.get(key))
        : NOTHING,
      postings: query.postings?.length
        ? query.postings.map((key) => handedOut(this.#postings.get(key), postingCap))
        : NOTHING,
      stories: query.stories?.length ? query.stories.map((order) => this.#story(order)) : NOTHING,
      storiesAfter: query.storiesAfter ? this.#storiesAfter(query.storiesAfter) : NOTHING,
      lines: query.lines?.length ? query.lines.map((order) => this.#lines.get(order) ?? null) : NOTHING,
      buckets: query.buckets?.length
        ? query.buckets.map((key) => capped(this.#buckets.get(key), bucketCap))
        : NOTHING,
      copies: query.copies?.length ? query.copies.map((seq) => this.#copies.get(seq) ?? null) : NOTHING,
      wake: query.wake?.length ? query.wake.map((day) => this.#wake.get(day) ?? NOTHING) : NOTHING,
      threads: query.threads?.length
        ? query.threads.map((key) => handedOut(this.#threads.get(key), threadCap))
        : NOTHING,
      due: query.due
        ? this.#due[query.due.status].below(query.due.before, query.due.limit, this.#stories)
        : NOTHING,
      placed: query.placed?.length ? query.placed.map((doc) => this.#placed.has(doc)) : NOTHING,
      members: query.members?.length ? query.members.map((order) => this.#membersOf(order)) : NOTHING,
    };
  }

  #story(order: number): StoryRecord | null {
    const live = this.#stories.get(order);
    if (live) return live;
    const archived = this.#archived(order);
    return archived ? archived.story : null;
  }

  #membersOf(order: number): MemberRecord[] {
    const live = this.#members.get(order);
    if (live) return [...live];
    return this.#archived(order)?.members ?? [];
  }

  #archived(order: number): { story: StoryRecord; members: MemberRecord[] } | null {
    const at = this.#archive.get(order);
    if (at === undefined) return null;
    const text = this.#archiveLog.get(at);
    const line = text.indexOf('\n');
    return {
      story: JSON.parse(text.slice(0, line)) as StoryRecord,
      members: unpackMembers(text.slice(line + 1), order),
    };
  }

  #post(key: number, order: number): void {
    const list = this.#postings.get(key);
    if (!list) this.#postings.set(key, [order]);
    else list.push(order);
  }

  #unpost(key: number, order: number): void {
    const list = this.#postings.get(key);
    if (!list) return;
    const at = list.indexOf(order);
    if (at < 0) return;
    list[at] = list[list.length - 1]!;
    list.pop();
    if (list.length === 0) this.#postings.delete(key);
  }

  #storiesAfter({ after, limit }: { after: number; limit: number }): StoryRecord[] {
    let lo = 0;
    let hi = this.#orders.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#orders[mid]! <= after) lo = mid + 1;
      else hi = mid;
    }
    const out: StoryRecord[] = [];
    for (let i = lo; i < this.#orders.length && out.length < limit; i++) {
      const story = this.#story(this.#orders[i]!)!;
      if (story.status !== 'merged') out.push(story);
    }
    return out;
  }

  #apply(changes: ClusterChanges): void {
    this.#meta = changes.meta;
    for (const story of changes.stories ?? []) this.#unarchive(story.order);
    for (const key of changes.frequencies ?? []) this.#frequencies.increment(key);
    for (const story of changes.stories ?? []) this.#putStory(story);
    for (const line of changes.lines ?? []) this.#lines.set(line.order, line);
    if (changes.expireCopies) this.#expire(changes.expireCopies.at, changes.expireCopies.seq);
    for (const copy of changes.copies ?? []) {
      this.#copies.set(copy.seq, copy);
      this.#copyQueue.push(copy);
      for (const band of copy.bands) addTo(this.#buckets, band, copy.seq);
    }
    for (const { from, into } of changes.moves ?? []) this.#move(from, into);
    for (const member of changes.members ?? []) {
      const list = this.#members.get(member.story);
      if (list) list.push(member);
      else this.#members.set(member.story, [member]);
      this.#placed.add(member.doc);
    }
    for (const story of changes.stories ?? [])
      if (story.status === 'closed' || story.status === 'merged') this.#toArchive(story.order);
  }

  /** Moves a closed or merged story, with its members, into the archive. */
  #toArchive(order: number): void {
    const story = this.#stories.get(order);
    if (!story) return;
    // JSON text has no raw line break: the first one ends the record.
    const text = `${JSON.stringify(story)}\n${packMembers(this.#members.get(order) ?? [])}`;
    this.#archive.set(order, this.#archiveLog.append(text));
    this.#stories.delete(order);
    this.#members.delete(order);
  }

  /** Takes a story about to be written back out of the archive, with its members. */
  #unarchive(order: number): void {
    const archived = this.#archived(order);
    if (!archived) return;
    this.#archive.delete(order);
    this.#stories.set(order, archived.story);
    if (archived.members.length > 0) this.#members.set(order, archived.members);
  }

  #putStory(story: StoryRecord): void {
    const old = this.#stories.get(story.order);
    if (!old) this.#orders.push(story.order);
    const oldPostings = old?.status === 'open' ? old.postingKeys : [];
    const newPostings = story.status === 'open' ? story.postingKeys : [];
    if (oldPostings !== newPostings) {
      // A story that joined a report keeps its keys and appends new ones: only those are added.
      let same = 0;
      while (same < oldPostings.length && oldPostings[same] === newPostings[same]) same++;
      if (same < oldPostings.length) {
        const [was, is] = [new Set(oldPostings), new Set(newPostings)];
        for (const key of was) if (!is.has(key)) this.#unpost(key, story.order);
        for (const key of is) if (!was.has(key)) this.#post(key, story.order);
      } else {
        for (let i = same; i < newPostings.length; i++) this.#post(newPostings[i]!, story.order);
      }
    }
    if (old?.status === 'dormant') {
      for (const day of old.wakeDays) deleteFromList(this.#wake, day, old.order);
      for (const key of old.lineKeys) deleteFromList(this.#threads, key, old.order);
    }
    if (story.status === 'dormant') {
      for (const day of story.wakeDays) addToList(this.#wake, day, story.order);
      for (const key of story.lineKeys) addToList(this.#threads, key, story.order);
    }
    if (old && old.due !== null && (old.status === 'open' || old.status === 'dormant'))
      this.#due[old.status].delete(old);
    if (story.due !== null && (story.status === 'open' || story.status === 'dormant'))
      this.#due[story.status].add(story);
    this.#stories.set(story.order, story);
  }

  #expire(at: number, seq: number): void {
    const queue = this.#copyQueue;
    while (this.#copiesHead < queue.length) {
      const copy = queue[this.#copiesHead]!;
      if (copy.at >= at && copy.seq >= seq) break;
      for (const band of copy.bands) deleteFrom(this.#buckets, band, copy.seq);
      this.#copies.delete(copy.seq);
      this.#copiesHead++;
    }
    if (this.#copiesHead > 1_024 && this.#copiesHead * 2 > queue.length) {
      queue.splice(0, this.#copiesHead);
      this.#copiesHead = 0;
    }
  }

  /** Moves members of `from` to `into`, keeping `seq` order. */
  #move(from: number, into: number): void {
    this.#unarchive(from);
    this.#unarchive(into);
    const moving = this.#members.get(from);
    if (!moving || from === into) return;
    this.#members.delete(from);
    const staying = this.#members.get(into) ?? [];
    const merged: MemberRecord[] = [];
    let i = 0;
    let j = 0;
    while (i < staying.length || j < moving.length) {
      const take =
        j >= moving.length || (i < staying.length && staying[i]!.seq < moving[j]!.seq)
          ? staying[i++]!
          : moving[j++]!;
      merged.push({ ...take, story: into });
    }
    this.#members.set(into, merged);
  }
}

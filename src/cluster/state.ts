/**
 * @module cluster/state
 * The clusterer's state, read by key: what placing one article needs (document frequencies of its keys,
 * the open stories its keys are posted under, those stories' summaries, the copy-detection entries of its
 * MinHash bands, dormant stories by the day they name) lives behind this narrow async interface, so it can
 * sit in one process's memory (`memory-state.ts`) or in a database shared by many workers.
 *
 * Placing an article is: read what it needs by key (`read`, a few batched rounds) -> decide (pure and
 * deterministic given what was read) -> write one change set (`commit`). `place` runs those steps as one
 * atomic unit: placements on one state behave as if run one after another, so two workers never open the
 * same story twice and no placement is lost.
 *
 * For a backend author, everything is plain JSON-able data (numbers, strings, arrays, objects; no
 * `Infinity`, `NaN` or class instances), and only these fields are ever looked up; every other field is
 * opaque, stored as given and returned unchanged (a JSON column is enough):
 *
 * | table | key | looked up by | derived index |
 * |---|---|---|---|
 * | meta | (one row) | - | - |
 * | frequencies | term key (uint32) | key | - |
 * | stories | `order` (int) | `order`; `order > n` | postings: `postingKeys` of stories whose `status` is `open`; wake: `wakeDays` of `dormant` ones; threads: `lineKeys` of `dormant` ones; due: `(status, due, order)` |
 * | lines | `order` (int) | `order` | - |
 * | copies | `seq` (int) | `seq` | buckets: `bands` of every stored copy; expiry: `at`, `seq` |
 * | members | `seq` (int) | story `order` (in `seq` order); `doc` (unique) | - |
 *
 * Keys (`postingKeys`, `lineKeys`, `bands`, frequency keys) are unsigned 32-bit integers: store them in a 64-bit
 * integer column (or as signed 32-bit with `key | 0` and back with `>>> 0`). Times are fractional days
 * since 1970-01-01 UTC; days are whole ones. Lists in answers may come in any order unless said otherwise:
 * the clusterer sorts what it reads, so results never depend on a backend's order.
 *
 * The conformance suite every backend must pass is `test/cluster/state.case.ts` (`clusterStateCases`).
 */

/** Keys with weights, sorted by key ascending (no duplicates), and the sum of the weights' squares. */
export interface WeightedKeys {
  readonly keys: readonly number[];
  readonly weights: readonly number[];
  readonly norm2: number;
}

/** The counters and clock of a state: one row, read by every placement. */
export interface StateMeta {
  /** Documents placed so far: the N of document frequencies, and the `seq` the next one gets. */
  readonly documents: number;
  /** Stories opened so far: the `order` the next one gets. */
  readonly stories: number;
  /** Stories open now. */
  readonly open: number;
  /** The latest publication time placed (fractional days); 0 until a dated document arrives. */
  readonly clock: number;
  /** The last whole day the state was swept (stale stories closed, old copies expired); 0 at first. */
  readonly sweptDay: number;
}

export const EMPTY_META: StateMeta = { documents: 0, stories: 0, open: 0, clock: 0, sweptDay: 0 };

/**
 * `open`: takes new reports, posted under its `postingKeys`. `dormant`: closed, but a late report naming
 * one of its `wakeDays` may reopen it, and a later story sharing its `lineKeys` may join its storyline.
 * `closed`: final. `merged`: found to be one event with story `into`.
 */
export type StoryStatus = 'open' | 'dormant' | 'closed' | 'merged';

/** What the clusterer keeps of a story to place reports (opaque to backends). */
export interface StorySummary {
  /** Its reports' key terms, name phrases and headline terms, summed (see `weighted-keys.ts`). */
  readonly terms: WeightedKeys;
  readonly entities: WeightedKeys;
  readonly headlines: WeightedKeys;
  /** Its reports' anchors: names by their skeleton across scripts, and numbers (see `languages.ts`). */
  readonly anchors: WeightedKeys;
  /** The days its reports name as their event's, ascending, and how many reports name each. */
  readonly days: readonly number[];
  readonly dayCounts: readonly number[];
  /** Earliest and latest publication time of its reports (fractional days), null when all are undated. */
  readonly first: number | null;
  readonly last: number | null;
  /** The clock when a report last joined. */
  readonly touched: number;
  /** Its reports, counted. */
  readonly size: number;
  /** Its reports' languages (BCP 47 primary subtags), with how many reports are in each, most first. */
  readonly languages: readonly (readonly [string, number])[];
  /** `seq`s of its latest members, checked for copies the bands missed. */
  readonly recent: readonly number[];
  /** Its title: the headline of its most central report so far, with that report's key terms. */
  readonly title: string;
  readonly titleTerms: WeightedKeys;
}

/** A story. */
export interface StoryRecord {
  /** The key: stories are numbered in the order they were opened (earlier stories win ties). */
  readonly order: number;
  /** Its public id (`s:` + its first report's id). */
  readonly id: string;
  readonly status: StoryStatus;
  /**
   * When the sweep must look at it again (fractional days): an open story is closed once the clock passes
   * it, a dormant one forgotten. Null for closed and merged stories.
   */
  readonly due: number | null;
  /** The term keys it is posted under while open. */
  readonly postingKeys: readonly number[];
  /** The days a report may name to reopen it while dormant. */
  readonly wakeDays: readonly number[];
  /** The keys (its heaviest names and headline words) a later story finds it by while dormant. */
  readonly lineKeys: readonly number[];
  /** The story it was merged into (status `merged`), else null. */
  readonly into: number | null;
  readonly summary: StorySummary;
}

/** A storyline node (union-find over stories): stories of one ongoing affair share a root. */
export interface LineRecord {
  /** The key: the order of the story that opened it. */
  readonly order: number;
  /** The storyline's public id while this node is its root (`l:` + the first report's id). */
  readonly id: string;
  /** The node it was linked under, or null for a root. */
  readonly parent: number | null;
}

/** A recent document kept for copy detection (opaque to backends but `seq`, `at` and `bands`). */
export interface CopyRecord {
  /** The key: the document's `seq`. */
  readonly seq: number;
  /** The clock when it was placed: copies expire by it. */
  readonly at: number;
  /** Its MinHash band keys: it is listed in the bucket of each. */
  readonly bands: readonly number[];
  readonly doc: string;
  /** The story it joined (follow `merged` stories' `into`) and its origin (a document id). */
  readonly story: number;
  readonly origin: string;
  /** Its hashed 5-word shingles, ascending. */
  readonly shingles: readonly number[];
}

/** One placed document: which story and origin it is in. */
export interface MemberRecord {
  /** The key: placement sequence number (`StateMeta.documents` when it was placed). */
  readonly seq: number;
  /** The document's id (unique). */
  readonly doc: string;
  /** The story it is in now (moves when its story is merged into another). */
  readonly story: number;
  /** Its origin: the id of the first document of the copies it belongs to. */
  readonly origin: string;
  /** Wire agencies it credits. */
  readonly credits: readonly string[];
}

/** What one `read` asks for; every part is optional and the answer has the same parts. */
export interface StateQuery {
  /** Document frequencies of these keys. */
  readonly frequencies?: readonly number[];
  /** The open stories posted under each of these keys: `null` for a key with more than `postingCap`. */
  readonly postings?: readonly number[];
  readonly postingCap?: number;
  /** Stories by order. */
  readonly stories?: readonly number[];
  /** Up to `limit` stories (merged ones left out) with order above `after`, ascending: for listing. */
  readonly storiesAfter?: { readonly after: number; readonly limit: number };
  /** Line nodes by order. */
  readonly lines?: readonly number[];
  /** The copies listed in each of these band buckets: `null` for a bucket with more than `bucketCap`. */
  readonly buckets?: readonly number[];
  readonly bucketCap?: number;
  /** Copies by seq. */
  readonly copies?: readonly number[];
  /** Dormant stories (orders) whose `wakeDays` hold any of these days. */
  readonly wake?: readonly number[];
  /** The dormant stories whose `lineKeys` hold each of these keys: `null` for a key with more than `threadCap`. */
  readonly threads?: readonly number[];
  readonly threadCap?: number;
  /**
   * Up to `limit` stories of this status whose `due` is below `before`, by `due` then `order` ascending
   * (stale open stories to close; the least recently touched first when too many are open).
   */
  readonly due?: { readonly status: 'open' | 'dormant'; readonly before: number; readonly limit: number };
  /** Which of these document ids are placed already. */
  readonly placed?: readonly string[];
  /** The members of these stories (by story order), each list in `seq` order. */
  readonly members?: readonly number[];
}

/**
 * The answer to a `StateQuery`: each part lines up with the query's list (empty when not asked). A state
 * may hand out its own lists (postings, wake days, threads) without copying them: read a view before the
 * next commit, and never change it.
 */
export interface StateView {
  /** Always there. */
  readonly meta: StateMeta;
  /** 0 for a key never counted. */
  readonly frequencies: readonly number[];
  readonly postings: readonly (readonly number[] | null)[];
  readonly stories: readonly (StoryRecord | null)[];
  readonly storiesAfter: readonly StoryRecord[];
  readonly lines: readonly (LineRecord | null)[];
  readonly buckets: readonly (readonly number[] | null)[];
  readonly copies: readonly (CopyRecord | null)[];
  /** One list of story orders per asked day. */
  readonly wake: readonly (readonly number[])[];
  /** One list of story orders per asked key. */
  readonly threads: readonly (readonly number[] | null)[];
  /** Story orders. */
  readonly due: readonly number[];
  readonly placed: readonly boolean[];
  readonly members: readonly (readonly MemberRecord[])[];
}

/** One placement's writes, applied atomically by `commit`. */
export interface ClusterChanges {
  /** The new meta row (replaces the old). */
  readonly meta: StateMeta;
  /** Keys whose document frequency goes up by one (distinct). */
  readonly frequencies?: readonly number[];
  /** Stories written whole (inserted or replaced); postings, wake days and due follow their fields. */
  readonly stories?: readonly StoryRecord[];
  /** Line nodes written whole. */
  readonly lines?: readonly LineRecord[];
  /** Copies inserted (listed in their bands' buckets). */
  readonly copies?: readonly CopyRecord[];
  /** Copies deleted (and taken out of their buckets): those with `at` below `at` or `seq` below `seq`. */
  readonly expireCopies?: { readonly at: number; readonly seq: number };
  /** Members appended. */
  readonly members?: readonly MemberRecord[];
  /** Every member of story `from` now belongs to story `into` (applied before `members`). */
  readonly moves?: readonly { readonly from: number; readonly into: number }[];
}

/** Reads and one commit within a placement. */
export interface StateTransaction {
  /** Reads the state as committed before this placement (a placement never reads its own writes). */
  read(query: StateQuery): Promise<StateView>;
  /** Writes the placement's changes; at most once per placement. */
  commit(changes: ClusterChanges): Promise<void>;
}

/** A clusterer state backend. */
export interface ClusterState {
  /**
   * Runs `work` as one placement: its reads see every placement committed before it, its commit applies
   * whole or not at all (nothing when `work` throws), and placements on one state run as if one after
   * another (the in-memory state queues them; a database takes a lock for the placement). A backend may
   * run `work` again after a conflict, so `work` does nothing but read, compute and commit.
   */
  place<T>(work: (tx: StateTransaction) => Promise<T>): Promise<T>;
  /** Reads outside a placement (listing stories): the committed state. */
  read(query: StateQuery): Promise<StateView>;
}

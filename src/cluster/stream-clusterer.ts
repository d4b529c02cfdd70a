/**
 * @module cluster/stream-clusterer
 * The single-pass clusterer: documents arrive in time order; each joins the most similar open story or
 * starts one. Similarity mixes key terms (TF-IDF, document frequencies kept as documents arrive) and
 * name phrases, each as a cosine with the story's centroid; a page whose body is not its article is
 * compared by its headline. Time weighs by what the text says, not only when it was published (see
 * `event-dates.ts`): a report naming a day the story's reports name joins without decay (a follow-up
 * weeks later, even after the story closed); one naming a new day decays fast (a second launch a week
 * later is a second story); one naming no day decays slowly (long-running coverage). A report close
 * enough to two stories that are close to each other merges them. Stories a report matches once time is
 * weighed softly, whatever days they name, are linked into its story's storyline (the launches of one
 * country, a breach and its disclosures), unless it is much closer to another storyline (a passing name
 * does not join two affairs). Candidates come from an inverted index of terms -> open
 * stories; copies of an earlier document (MinHash bands, checked exactly) join that document's story and
 * origin. Stories nobody joined for the window are closed and leave every index, so the work per
 * document stays flat; those with named days keep a small summary for late follow-ups.
 *
 * All state lives behind `ClusterState` (see `state.ts`): placing a document reads what it needs by key,
 * decides, and commits one change set, as one atomic placement. The steps of a placement, in order: read
 * the document's frequencies, copy buckets and dormant days (sweeping first when it starts a new day),
 * weigh its terms, read the open stories its keys are posted under, find the copy it may be, choose its
 * story (or wake a dormant one, or open one), link storylines, merge the stories it bridges, join it.
 */

import type { Story } from '../types.js';
import type { ClusterAssignment, ClusterInput } from './cluster-input.js';
import { dayOf, type EventDates, eventDates, PAST_LIMIT_DAYS } from './event-dates.js';
import { extractFeatures, type Features } from './features.js';
import { HitTally } from './hit-tally.js';
import { createMemoryState } from './memory-state.js';
import { bandKeys } from './minhash.js';
import { creditOf, isCopy } from './near-duplicates.js';
import { type ClusterOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { isoOfDays, readPublished } from './published-time.js';
import { overlap } from './shingles.js';
import type {
  ClusterState,
  CopyRecord,
  LineRecord,
  MemberRecord,
  StateMeta,
  StateTransaction,
  StoryRecord,
  StorySummary,
  WeightedKeys,
} from './state.js';
import {
  addKeys,
  addVector,
  cosineBetween,
  cosineTo,
  keysOf,
  NO_KEYS,
  shrinkKeys,
  topKeys,
} from './weighted-keys.js';
import { idf, type SparseVector, tfidfVector } from './weighted-vector.js';

/** A streaming clusterer: add documents in time order, read the stories at any point. */
export interface Clusterer {
  add(doc: ClusterInput): Promise<ClusterAssignment>;
  stories(): Promise<Story[]>;
}

/** A document keeps its 60 heaviest terms and 30 heaviest names: enough to tell events apart. */
const TERM_LIMIT = 60;
const ENTITY_LIMIT = 30;
/** A story's centroid keeps its 200 heaviest keys. */
const CENTROID_LIMIT = 200;
/**
 * A document's heaviest keys looked up in the inverted index, and the (more) keys it adds to it when it
 * joins a story: a report whose top words are not the story's first report's top words still meets the
 * story through the words further down the story's lists.
 */
const QUERY_TERMS = 15;
const QUERY_ENTITIES = 10;
const INDEX_TERMS = 30;
const INDEX_ENTITIES = 20;
/** Anchors (names across scripts, numbers) looked up and indexed: how a report meets a story in another language. */
const QUERY_ANCHORS = 6;
const INDEX_ANCHORS = 12;
const ANCHOR_LIMIT = 30;
/**
 * Document frequencies start as if this many documents holding none of the keys had been read, so the
 * words of the first reports of a stream are not taken for common words merely because those reports
 * share them.
 */
const DF_PRIOR = 30;
/** A key held by more open stories than this says little about which one a document is on. */
const POSTING_CAP = 1_000;
/** Stories scored in full per document, the ones sharing most index keys with it. */
const CANDIDATE_LIMIT = 24;
/**
 * A document naming fewer distinct names than this (a headline over a page of boilerplate, a brief) is
 * compared by its terms alone: two or three names say too little to veto a match.
 */
const MIN_NAMES = 3;
/** Members of the chosen story checked exactly for a copy that the bands missed. */
const RECENT_MEMBERS_CHECKED = 32;
/** A copy-detection bucket that grows past this is boilerplate, not a copy signal. */
const BUCKET_CAP = 200;
/**
 * Days a document stays in the copy-detection buckets: wire copies run within days of the original, and
 * a later copy still meets its story's recent members. Keeps the work per document flat as streams grow.
 */
const COPY_WINDOW_DAYS = 7;
/** And documents: an undated stream never moves the clock. */
const COPY_WINDOW_DOCUMENTS = 200_000;
/** A dormant story keeps this many term and name keys. */
const DORMANT_TERMS = 60;
const DORMANT_ENTITIES = 30;
/**
 * A dormant story is found for storylines by its heaviest names and headline words; a report looks up its
 * own, and scores the stories sharing most of them.
 */
const LINE_NAMES = 8;
const LINE_WORDS = 8;
const QUERY_LINE_NAMES = 6;
const QUERY_LINE_WORDS = 6;
const LINE_CANDIDATES = 12;
/**
 * Stories of the same days link into one storyline only at this many times the storyline threshold:
 * their shared words and time say nothing, and a report that joined neither is more likely a rival event.
 */
const RIVAL_BAR = 2;
/** A report links storylines only as close as this share of its closest one (see `#linkLines`). */
export const LINE_RATIO = 0.4;
/**
 * A report that opens a story, and reads as on no storyline at the storyline threshold, joins the one
 * storyline it reads closest to at this share of the threshold (see `#linkLines`): one new story put on
 * one storyline never joins two affairs, which is what the full threshold guards against. A topic's
 * reports that share few of its names (a match report of a league, a profile in a long affair) find it.
 */
export const ATTACH_RATIO = 0.7;
/**
 * A key naming more dormant stories than this says little about which storyline a report is on (as a
 * bucket past `BUCKET_CAP` says nothing of copies). At 1,000 the work per report grew with the dormant
 * stories, 1.4x from 10k to 150k reports of the synthetic stream; at 200 it stays flat, same storylines.
 */
const THREAD_CAP = 200;
/** Stories closed per sweep placement (a sweep runs as several placements when more are due). */
const SWEEP_BATCH = 500;
/** `before` for "whatever the due time". */
const ANY_TIME = Number.MAX_VALUE;

const NO_DATES: EventDates = { main: null, days: [] };

/**
 * A story's core days: the days named by at least half as many of its reports as the most named one
 * (one report's aside about another day is not the story's day).
 */
function coreDays(summary: StorySummary): number[] {
  let most = 0;
  for (const count of summary.dayCounts) most = Math.max(most, count);
  return summary.days.filter((_, i) => summary.dayCounts[i]! * 2 >= most);
}

/** Day counts summed: two sorted day lists merged. */
function addDays(
  a: { days: readonly number[]; dayCounts: readonly number[] },
  b: { days: readonly number[]; dayCounts: readonly number[] },
): { days: number[]; dayCounts: number[] } {
  const days: number[] = [];
  const dayCounts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.days.length || j < b.days.length) {
    const x = i < a.days.length ? a.days[i]! : Number.POSITIVE_INFINITY;
    const y = j < b.days.length ? b.days[j]! : Number.POSITIVE_INFINITY;
    days.push(Math.min(x, y));
    dayCounts.push((x <= y ? a.dayCounts[i++]! : 0) + (y <= x ? b.dayCounts[j++]! : 0));
  }
  return { days, dayCounts };
}

/** Language counts summed, most first (ties: alphabetical). */
function addLanguages(
  a: readonly (readonly [string, number])[],
  b: readonly (readonly [string, number])[],
): (readonly [string, number])[] {
  if (b.length === 1 && a.length === 1 && a[0]![0] === b[0]![0]) return [[a[0]![0], a[0]![1] + b[0]![1]]];
  const counts = new Map<string, number>(a.map(([language, n]) => [language, n]));
  for (const [language, n] of b) counts.set(language, (counts.get(language) ?? 0) + n);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

/** The latest `limit` of two ascending seq lists. */
function latest(a: readonly number[], b: readonly number[], limit: number): number[] {
  if (b.length === 1 && (a.length === 0 || b[0]! > a.at(-1)!)) return [...a.slice(1 - limit), b[0]!];
  return [...new Set([...a, ...b])].sort((x, y) => x - y).slice(-limit);
}

/** Keys of `a`, then those of `b` it lacks, in their order. */
function union(a: readonly number[], b: ArrayLike<number>): number[] {
  const have = new Set(a);
  const out = [...a];
  for (let i = 0; i < b.length; i++) {
    const key = b[i]!;
    if (!have.has(key)) {
      have.add(key);
      out.push(key);
    }
  }
  return out;
}

/** Whether a day lies within `tolerance` of one of `among`. */
function near(day: number, among: readonly number[], tolerance: number): boolean {
  for (const d of among) if (Math.abs(d - day) <= tolerance) return true;
  return false;
}

/**
 * How close a report (or story) is to a story's storyline, from the cosines of their names, headline
 * words and key terms: an affair keeps its names while its wording moves on (a breach, then its
 * disclosures, then the company's earnings call). Headline words and key terms count only with names
 * shared (their geometric mean with the names' cosine): two fires, two storms or two launches of
 * different countries share every word but their names.
 */
function lineSimilarity(names: number, headlines: number, terms: number): number {
  const shared = Math.max(0, names);
  return Math.max(shared, Math.sqrt(Math.max(0, headlines) * shared), Math.sqrt(Math.max(0, terms) * shared));
}

/**
 * The storylines (roots) a report's story joins, given each one's closest score at its bar (`linked`,
 * the story's own storyline `own` among them when it has reports) and below it down to `ATTACH_RATIO`
 * of it (`near`): those at `LINE_RATIO` of the closest; else, for a story the report opens, the one
 * nearest (the smaller root on a tie), so a new story never joins two storylines below the bar.
 */
export function storylinesToJoin(
  linked: ReadonlyMap<number, number>,
  near: ReadonlyMap<number, number>,
  own: number,
  opened: boolean,
): number[] {
  const top = Math.max(0, ...linked.values());
  const roots = [...linked]
    .filter(([root, score]) => root !== own && score >= top * LINE_RATIO)
    .map(([root]) => root);
  if (roots.length > 0 || !opened) return roots;
  let closest: [number, number] | null = null;
  for (const entry of near)
    if (
      entry[0] !== own &&
      (closest === null || entry[1] > closest[1] || (entry[1] === closest[1] && entry[0] < closest[0]))
    )
      closest = entry;
  return closest === null ? [] : [closest[0]];
}

/** A report's publication time (fractional days) and the day it names as its event's. */
interface When {
  readonly time: number | null;
  readonly named: number | null;
  readonly days: readonly number[];
}

/** A document's weighted keys, heaviest first, and the same sorted by key (`keysOf`) for cosines. */
interface Vectors {
  readonly terms: SparseVector;
  readonly entities: SparseVector;
  readonly headline: SparseVector;
  readonly anchors: SparseVector;
  readonly sorted: {
    readonly terms: WeightedKeys;
    readonly entities: WeightedKeys;
    readonly headline: WeightedKeys;
    readonly anchors: WeightedKeys;
  };
  /** Its body is not its article: `terms` are its headline's (see `Features.headlineOnly`). */
  readonly headlineOnly: boolean;
}

/** What is read of a document once, outside any placement. */
interface Prepared {
  readonly doc: ClusterInput;
  readonly features: Features;
  readonly when: When;
  /** Its copy-detection band keys (none for a page read by its headline). */
  readonly bands: readonly number[];
  /** Its term and name keys, distinct: their document frequencies go up by one. */
  readonly keys: readonly number[];
  readonly heading: string;
  readonly language: string;
}

/** What a placement decided: an assignment, or that the state must first be swept up to `clock`. */
type Outcome = { readonly assignment: ClusterAssignment } | { readonly sweep: number };

/** Creates the default streaming clusterer, over `options.state` (a fresh in-memory state by default). */
export function createClusterer(options: ClusterOptions = {}): Clusterer {
  return new StreamClusterer(resolveOptions(options), options.state ?? createMemoryState());
}

class StreamClusterer implements Clusterer {
  readonly #options: ResolvedOptions;
  readonly #state: ClusterState;
  readonly #tally = new HitTally();

  constructor(options: ResolvedOptions, state: ClusterState) {
    this.#options = options;
    this.#state = state;
  }

  async add(doc: ClusterInput): Promise<ClusterAssignment> {
    const problem = this.#checkInput(doc);
    if (problem !== null)
      return { ok: false, id: typeof doc?.id === 'string' ? doc.id : '', reason: problem };
    const features = extractFeatures(doc.title, doc.text, this.#options.maxChars, doc.language);
    const { languages } = this.#options;
    if (languages !== null && !languages.includes(features.language))
      return { ok: false, id: doc.id, reason: `unsupported-language: ${features.language}` };
    if (features.terms.size === 0)
      return { ok: false, id: doc.id, reason: 'no-terms: the text has no content words' };
    const prepared = this.#prepare(doc, features);
    for (;;) {
      const outcome = await this.#state.place((tx) =>
        new Placement(this.#options, tx, prepared, this.#tally).run(),
      );
      if ('assignment' in outcome) return outcome.assignment;
      await this.#sweep(outcome.sweep);
    }
  }

  async stories(): Promise<Story[]> {
    const out: Story[] = [];
    const lines = new LineCache((orders) => this.#state.read({ lines: orders }).then((view) => view.lines));
    for (let after = -1; ; ) {
      const page = (await this.#state.read({ storiesAfter: { after, limit: 500 } })).storiesAfter;
      if (page.length === 0) break;
      const orders = page.map((story) => story.order);
      const { members } = await this.#state.read({ members: orders });
      const roots = await Promise.all(orders.map((order) => lines.root(order)));
      page.forEach((story, i) => out.push(storyOf(story, members[i]!, roots[i]!.id)));
      after = orders.at(-1)!;
    }
    return out;
  }

  #checkInput(doc: ClusterInput): string | null {
    if (typeof doc !== 'object' || doc === null) return 'invalid-input: not a document';
    if (typeof doc.id !== 'string' || doc.id === '') return 'missing-id';
    if (typeof doc.text !== 'string' || doc.text.trim() === '') return 'empty-text';
    return null;
  }

  #prepare(doc: ClusterInput, features: Features): Prepared {
    const read = readPublished(doc.published, this.#options.minYear, this.#options.now());
    const time = read.ok ? read.days : null;
    const dates = this.#options.namedDates ? eventDates(doc.title, doc.text, time) : NO_DATES;
    return {
      doc,
      features,
      when: { time, named: dates.main, days: dates.days },
      bands: features.headlineOnly ? [] : bandKeys(features.signature),
      keys: [...new Set([...features.terms.keys(), ...features.entities.keys(), ...features.anchors.keys()])],
      heading: doc.title?.trim() || doc.text.trim().split('\n')[0]!.slice(0, 120),
      language: features.language,
    };
  }

  /**
   * Moves the clock to `clock` and closes what it leaves behind: open stories nobody joined within the
   * window, dormant stories whose days are too far back, copies past the copy window. Runs as placements
   * of at most `SWEEP_BATCH` stories each; the last one records the day as swept.
   */
  async #sweep(clock: number): Promise<void> {
    for (let done = false; !done; ) {
      done = await this.#state.place(async (tx) => {
        const { meta } = await tx.read({});
        const now = Math.max(meta.clock, clock);
        const day = Math.floor(now);
        if (day <= meta.sweptDay) return true;
        const view = await tx.read({
          due: { status: 'open', before: now, limit: SWEEP_BATCH },
        });
        const forget = await tx.read({ due: { status: 'dormant', before: day, limit: SWEEP_BATCH } });
        const orders = [...view.due, ...forget.due];
        const records = (await tx.read({ stories: orders })).stories.filter((s): s is StoryRecord => !!s);
        const closing = records.filter((s) => s.status === 'open');
        const stories = [
          ...closing.map((s) => closeStory(s, this.#options)),
          ...records.filter((s) => s.status === 'dormant').map(forgetStory),
        ];
        const last = view.due.length < SWEEP_BATCH && forget.due.length < SWEEP_BATCH;
        const next: StateMeta = {
          ...meta,
          clock: now,
          open: meta.open - closing.length,
          sweptDay: last ? day : meta.sweptDay,
        };
        await tx.commit({
          meta: next,
          stories,
          ...(last
            ? {
                expireCopies: {
                  at: now - COPY_WINDOW_DAYS,
                  seq: meta.documents - COPY_WINDOW_DOCUMENTS,
                },
              }
            : {}),
        });
        return last;
      });
    }
  }
}

/**
 * A closed story: dormant with a small summary, found by its names and headline words for storylines
 * while a later report could still link to it, and by the event days it names (a report months later
 * about "the release of October 13" may still reopen it until those days are `PAST_LIMIT_DAYS` behind the
 * clock). Then it is forgotten but for what its listing needs.
 */
function closeStory(story: StoryRecord, options: ResolvedOptions): StoryRecord {
  const days = options.namedDates ? coreDays(story.summary) : [];
  const summary = story.summary;
  const lineUntil = (summary.last ?? summary.touched) + options.lineWindowDays;
  const due = days.length === 0 ? lineUntil : Math.max(lineUntil, Math.max(...days) + PAST_LIMIT_DAYS);
  return {
    ...story,
    status: 'dormant',
    due,
    postingKeys: [],
    wakeDays: days,
    lineKeys: [
      ...new Set([...topKeys(summary.entities, LINE_NAMES), ...topKeys(summary.headlines, LINE_WORDS)]),
    ],
    summary: {
      ...summary,
      terms: shrinkKeys(summary.terms, DORMANT_TERMS),
      entities: shrinkKeys(summary.entities, DORMANT_ENTITIES),
      headlines: shrinkKeys(summary.headlines, DORMANT_TERMS),
      anchors: shrinkKeys(summary.anchors, DORMANT_ENTITIES),
      recent: [],
    },
  };
}

/** A story closed for good: it keeps its title, dates, size and languages. */
function forgetStory(story: StoryRecord): StoryRecord {
  return {
    ...story,
    status: 'closed',
    due: null,
    postingKeys: [],
    wakeDays: [],
    lineKeys: [],
    summary: {
      ...story.summary,
      terms: NO_KEYS,
      entities: NO_KEYS,
      headlines: NO_KEYS,
      anchors: NO_KEYS,
      titleTerms: NO_KEYS,
      recent: [],
    },
  };
}

/**
 * A stored story as the `Story` the library answers with: its members in `seq` order, grouped into origins,
 * on the storyline whose root is `storyline` (a store publishing the stories it keeps reads them so).
 */
export function storyOf(record: StoryRecord, members: readonly MemberRecord[], storyline: string): Story {
  const origins = new Map<string, { members: string[]; credits: (readonly string[])[] }>();
  for (const member of members) {
    const origin = origins.get(member.origin) ?? { members: [], credits: [] };
    origin.members.push(member.doc);
    origin.credits.push(member.credits);
    origins.set(member.origin, origin);
  }
  const { summary } = record;
  return {
    id: record.id,
    title: summary.title,
    members: members.map((m) => m.doc),
    origins: [...origins].map(([root, o]) => ({
      id: `o:${root}`,
      members: o.members,
      credit: creditOf(o.credits),
    })),
    first: summary.first === null ? null : isoOfDays(summary.first),
    last: summary.last === null ? null : isoOfDays(summary.last),
    storyline,
  };
}

/** Storyline nodes read through a cache, with writes kept until commit (union-find over story orders). */
class LineCache {
  readonly #nodes = new Map<number, LineRecord>();
  readonly #written = new Map<number, LineRecord>();
  readonly #fetch: (orders: readonly number[]) => Promise<readonly (LineRecord | null)[]>;

  constructor(fetch: (orders: readonly number[]) => Promise<readonly (LineRecord | null)[]>) {
    this.#fetch = fetch;
  }

  /** Makes a node known without reading it (a story opened in this placement). */
  put(node: LineRecord): void {
    this.#nodes.set(node.order, node);
    this.#written.set(node.order, node);
  }

  async #get(order: number): Promise<LineRecord> {
    let node = this.#nodes.get(order);
    if (!node) {
      node = (await this.#fetch([order]))[0] ?? { order, id: `l:${order}`, parent: null };
      this.#nodes.set(order, node);
    }
    return node;
  }

  async root(order: number): Promise<LineRecord> {
    let node = await this.#get(order);
    while (node.parent !== null) node = await this.#get(node.parent);
    return node;
  }

  /** Joins two storylines under the earlier one's root. */
  async link(a: number, b: number): Promise<void> {
    const [ra, rb] = [await this.root(a), await this.root(b)];
    if (ra.order === rb.order) return;
    const [keep, under] = ra.order < rb.order ? [ra, rb] : [rb, ra];
    this.put({ ...under, parent: keep.order });
  }

  written(): LineRecord[] {
    return [...this.#written.values()];
  }
}

/** The open stories a document may join (best first), and those on its storyline. */
interface Matches {
  readonly events: readonly Scored[];
  readonly lines: readonly Scored[];
}

/** A story with how close a report (or story) is to it. */
interface Scored {
  readonly story: StoryRecord;
  readonly score: number;
  /** The score that links the story's storyline, when lower ones were kept to attach a new story by. */
  readonly bar?: number;
}

const NO_MATCHES: Matches = { events: [], lines: [] };

/** One document's placement: reads, decides, and commits one change set. */
class Placement {
  readonly #options: ResolvedOptions;
  readonly #tx: StateTransaction;
  readonly #p: Prepared;
  /** Stories read or written in this placement, by order (writes replace reads). */
  readonly #stories = new Map<number, StoryRecord>();
  readonly #written = new Set<number>();
  readonly #moves: { from: number; into: number }[] = [];
  readonly #lines: LineCache;
  /** The clusterer's, filled and emptied within one synchronous step, so placements may share it. */
  readonly #tally: HitTally;
  #meta: StateMeta | null = null;
  #clock = 0;

  constructor(options: ResolvedOptions, tx: StateTransaction, prepared: Prepared, tally: HitTally) {
    this.#options = options;
    this.#tx = tx;
    this.#p = prepared;
    this.#tally = tally;
    this.#lines = new LineCache((orders) => tx.read({ lines: orders }).then((view) => view.lines));
  }

  async run(): Promise<Outcome> {
    const { doc, when, bands, keys, features } = this.#p;
    const wakeDays = this.#wakeDays();
    const first = await this.#tx.read({
      placed: [doc.id],
      frequencies: keys,
      buckets: bands,
      bucketCap: BUCKET_CAP,
      wake: wakeDays,
    });
    const meta = first.meta;
    if (first.placed[0]) return this.#skip('duplicate-id: a document with this id was already added');
    const clock = when.time === null ? meta.clock : Math.max(meta.clock, when.time);
    if (Math.floor(clock) > meta.sweptDay) return { sweep: clock };
    this.#meta = meta;
    this.#clock = clock;
    const vectors = this.#weigh(meta, first.frequencies);
    const copySeqs = [...new Set(first.buckets.flatMap((bucket) => bucket ?? []))].sort((a, b) => a - b);
    // Days further back than `PAST_LIMIT_DAYS` are history: dormant stories are forgotten by them.
    const horizon = Math.floor(clock) - PAST_LIMIT_DAYS;
    const woken = [
      ...new Set(first.wake.flatMap((orders, i) => (wakeDays[i]! >= horizon ? orders : []))),
    ].sort((a, b) => a - b);
    const postingKeys = [
      ...vectors.terms.keys.subarray(0, QUERY_TERMS),
      ...vectors.entities.keys.subarray(0, QUERY_ENTITIES),
      ...this.#nameAnchors(vectors, QUERY_ANCHORS),
    ];
    const threadKeys = [
      ...vectors.entities.keys.subarray(0, QUERY_LINE_NAMES),
      ...vectors.headline.keys.subarray(0, QUERY_LINE_WORDS),
    ];
    const second = await this.#tx.read({
      postings: postingKeys,
      postingCap: POSTING_CAP,
      copies: copySeqs,
      threads: threadKeys,
      threadCap: THREAD_CAP,
    });
    const hits = this.#tally;
    const queriedTerms = Math.min(QUERY_TERMS, vectors.terms.keys.length);
    const queriedNames = queriedTerms + Math.min(QUERY_ENTITIES, vectors.entities.keys.length);
    const queriedAnchors = this.#nameAnchorWeights(vectors, QUERY_ANCHORS);
    // Each story's weight sums in key order, and ties go to the earlier story: the order a backend lists
    // a posting in changes nothing.
    for (let i = 0; i < second.postings.length; i++) {
      const posting = second.postings[i];
      if (!posting) continue;
      const weight =
        i < queriedTerms
          ? vectors.terms.weights[i]!
          : i < queriedNames
            ? vectors.entities.weights[i - queriedTerms]!
            : queriedAnchors[i - queriedNames]!;
      for (const order of posting) hits.add(order, weight);
    }
    const candidates = hits.top(CANDIDATE_LIMIT);
    second.threads.forEach((orders, i) => {
      const weight =
        i < Math.min(QUERY_LINE_NAMES, vectors.entities.keys.length)
          ? vectors.entities.weights[i]!
          : vectors.headline.weights[i - Math.min(QUERY_LINE_NAMES, vectors.entities.keys.length)]!;
      for (const order of orders ?? []) hits.add(order, weight);
    });
    const threads = hits.top(LINE_CANDIDATES);
    const copies = second.copies.filter((c): c is CopyRecord => c !== null);
    await this.#load([...candidates, ...woken, ...threads, ...copies.map((c) => c.story)]);
    // A copy counts only while its story is open (a closed story's documents leave the buckets).
    const openCopies: CopyRecord[] = [];
    for (const copy of copies) {
      const story = await this.#resolve(copy.story);
      if (story.status === 'open') openCopies.push({ ...copy, story: story.order });
    }
    const copy = features.headlineOnly ? null : this.#findCopy(openCopies);
    const { events, lines } = copy
      ? NO_MATCHES
      : this.#match(
          candidates.map((order) => this.#stories.get(order)!).filter((s) => s.status === 'open'),
          vectors,
        );
    let story =
      (copy ? this.#stories.get(copy.story)! : null) ??
      events[0]?.story ??
      this.#wake(
        woken.map((order) => this.#stories.get(order)!),
        vectors,
      ) ??
      (await this.#open());
    await this.#linkLines(story, vectors, [
      ...lines,
      ...this.#threadLines(threads, vectors),
      ...this.#kindredStories(story, [...candidates, ...threads]),
    ]);
    for (const { story: other, score } of events.slice(1)) {
      if (score < this.#options.mergeThreshold) continue;
      const current = this.#stories.get(other.order)!;
      if (current.status !== 'open' || current.order === story.order) continue;
      if (this.#storySimilarity(story, current) < this.#options.mergeThreshold) continue;
      story =
        current.order < story.order ? await this.#merge(current, story) : await this.#merge(story, current);
    }
    let recentCopy = copy;
    if (recentCopy === null && !features.headlineOnly && story.summary.recent.length > 0) {
      const recent = (await this.#tx.read({ copies: story.summary.recent })).copies.filter(
        (c): c is CopyRecord => c !== null,
      );
      recentCopy = this.#findCopy(recent.map((c) => ({ ...c, story: story.order })));
    }
    return { assignment: await this.#join(story, vectors, recentCopy) };
  }

  /** The heaviest `n` anchors that are names (numbers are too common to look stories up by). */
  #nameAnchors(vectors: Vectors, n: number): number[] {
    const { numbers } = this.#p.features;
    const out: number[] = [];
    for (let i = 0; i < vectors.anchors.keys.length && out.length < n; i++)
      if (!numbers.has(vectors.anchors.keys[i]!)) out.push(vectors.anchors.keys[i]!);
    return out;
  }

  #nameAnchorWeights(vectors: Vectors, n: number): number[] {
    const { numbers } = this.#p.features;
    const out: number[] = [];
    for (let i = 0; i < vectors.anchors.keys.length && out.length < n; i++)
      if (!numbers.has(vectors.anchors.keys[i]!)) out.push(vectors.anchors.weights[i]!);
    return out;
  }

  #skip(reason: string): Outcome {
    return { assignment: { ok: false, id: this.#p.doc.id, reason } };
  }

  /** The days a dormant story may be woken by: the named day and its neighbours within the horizon. */
  #wakeDays(): number[] {
    const { named } = this.#p.when;
    if (named === null || !this.#options.namedDates) return [];
    const tolerance = this.#options.dateToleranceDays;
    const days: number[] = [];
    for (let day = named - tolerance; day <= named + tolerance; day++) days.push(day);
    return days;
  }

  /** Reads the stories not read yet. */
  async #load(orders: readonly number[]): Promise<void> {
    const missing = [...new Set(orders)].filter((order) => !this.#stories.has(order));
    if (missing.length === 0) return;
    const { stories } = await this.#tx.read({ stories: missing });
    for (const story of stories) if (story) this.#stories.set(story.order, story);
  }

  /** The story a story order stands for now, following merges. */
  async #resolve(order: number): Promise<StoryRecord> {
    await this.#load([order]);
    let story = this.#stories.get(order)!;
    while (story.status === 'merged' && story.into !== null) {
      await this.#load([story.into]);
      story = this.#stories.get(story.into)!;
    }
    return story;
  }

  #write(story: StoryRecord): StoryRecord {
    this.#stories.set(story.order, story);
    this.#written.add(story.order);
    return story;
  }

  #weigh(meta: StateMeta, frequencies: readonly number[]): Vectors {
    const { features } = this.#p;
    const df = new Map<number, number>();
    this.#p.keys.forEach((key, i) => df.set(key, frequencies[i]! + 1));
    const documents = meta.documents + 1;
    const idfOf = (key: number) => idf(documents, DF_PRIOR, df.get(key) ?? 1);
    const terms = tfidfVector(features.terms, idfOf, TERM_LIMIT);
    const entities = tfidfVector(features.entities, idfOf, ENTITY_LIMIT);
    const headline = tfidfVector(features.headline, idfOf, TERM_LIMIT);
    const anchors = tfidfVector(features.anchors, idfOf, ANCHOR_LIMIT);
    return {
      terms,
      entities,
      headline,
      anchors,
      sorted: {
        terms: keysOf(terms),
        entities: keysOf(entities),
        headline: keysOf(headline),
        anchors: keysOf(anchors),
      },
      headlineOnly: features.headlineOnly,
    };
  }

  /** The candidate this document copies most closely, if it copies one (the earliest on a tie). */
  #findCopy(candidates: readonly CopyRecord[]): CopyRecord | null {
    const shingles = this.#p.features.shingles;
    let best: CopyRecord | null = null;
    let bestScore = 0;
    for (const candidate of [...candidates].sort((a, b) => a.seq - b.seq)) {
      const o = overlap(shingles, candidate.shingles);
      if (!isCopy(o, this.#options.duplicates)) continue;
      const score = o.containment + o.jaccard;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The open stories similar enough for the document to join, most similar first, and those on its
   * storyline (similar enough once time is weighed as for long-running coverage, whatever days they
   * name). Candidates are the stories sharing most of its heaviest keys in the inverted index.
   */
  #match(candidates: readonly StoryRecord[], vectors: Vectors): Matches {
    const { threshold, storylineThreshold } = this.#options;
    const when = this.#p.when;
    const events: Scored[] = [];
    const lines: Scored[] = [];
    for (const story of candidates) {
      if (this.#otherLanguage(story.summary)) {
        const score = this.#crossSimilarity(story.summary, vectors);
        if (score !== null) events.push({ story, score });
        continue;
      }
      const decay = this.#decay(story.summary, when);
      const similarity = decay < threshold ? 0 : this.#similarity(story.summary, vectors);
      if (similarity * decay >= threshold) events.push({ story, score: similarity * decay });
      // A story of the same days that the report did not join is a rival event unless their names say
      // otherwise: two fires on one day share every word, and a generic name (`council`) too.
      const bar = decay >= 1 && when.time !== null ? storylineThreshold * RIVAL_BAR : storylineThreshold;
      const line = this.#lineScore(story.summary, vectors);
      if (line >= bar * ATTACH_RATIO) lines.push({ story, score: line, bar });
    }
    events.sort((a, b) => b.score - a.score || a.story.order - b.story.order);
    return { events, lines };
  }

  /**
   * The stories, open or dormant, whose own reports read as the storyline of the report's story before
   * it joins (story against story, as `lineSimilarity` weighs a report): a story grows into the
   * storyline its first report was too short to show.
   */
  #kindredStories(story: StoryRecord, orders: readonly number[]): Scored[] {
    const a = story.summary;
    if (a.size === 0) return [];
    const out: Scored[] = [];
    for (const order of orders) {
      const other = this.#stories.get(order);
      if (!other || other.order === story.order) continue;
      if (other.status !== 'open' && other.status !== 'dormant') continue;
      const b = other.summary;
      if (this.#otherLanguage(b)) continue;
      const score = lineSimilarity(
        cosineBetween(a.entities, b.entities),
        cosineBetween(a.headlines, b.headlines),
        cosineBetween(a.terms, b.terms),
      );
      const dated = a.first !== null && b.last !== null;
      const apart = dated ? a.first! - b.last! - this.#options.graceDays : 0;
      const decay = apart <= 0 ? 1 : Math.exp(-apart / this.#options.storylineDecayDays);
      const bar = dated && apart <= 0 ? RIVAL_BAR : 1;
      if (score * decay >= this.#options.storylineThreshold * bar)
        out.push({ story: other, score: score * decay });
    }
    return out;
  }

  /** The dormant stories a report's story joins the storyline of. */
  #threadLines(orders: readonly number[], vectors: Vectors): Scored[] {
    const out: Scored[] = [];
    for (const order of orders) {
      const story = this.#stories.get(order);
      if (story?.status !== 'dormant' || this.#otherLanguage(story.summary)) continue;
      const score = this.#lineScore(story.summary, vectors);
      const bar = this.#options.storylineThreshold;
      if (score >= bar * ATTACH_RATIO) out.push({ story, score, bar });
    }
    return out;
  }

  /**
   * Links the report's story into the storylines of the stories it reads as on: each storyline by its
   * closest story, and only those at `LINE_RATIO` of the closest storyline's (the report's own story's
   * included). A report on one affair that shares a passing name with another (`Earth`, `NASA`) does not
   * join the two affairs into one. A report that opens a story and is on no storyline by these is put on
   * the one it reads closest to, if that reaches `ATTACH_RATIO` of its bar.
   */
  async #linkLines(story: StoryRecord, vectors: Vectors, linked: readonly Scored[]): Promise<void> {
    const best = new Map<number, number>();
    const near = new Map<number, number>();
    const own = (await this.#lines.root(story.order)).order;
    if (story.summary.size > 0) best.set(own, this.#lineScore(story.summary, vectors));
    for (const { story: other, score, bar } of linked) {
      if (other.order === story.order) continue;
      const root = (await this.#lines.root(other.order)).order;
      const scores = bar === undefined || score >= bar ? best : near;
      scores.set(root, Math.max(scores.get(root) ?? 0, score));
    }
    for (const root of storylinesToJoin(best, near, own, story.summary.size === 0))
      await this.#lines.link(story.order, root);
  }

  /**
   * How close a report is to a story's storyline (see `lineSimilarity`), weighed by time over
   * `storylineDecayDays`, or not at all when the report names one of the story's days as an earlier one.
   */
  #lineScore(summary: StorySummary, vectors: Vectors): number {
    const { entities, headline } = vectors.sorted;
    const score = lineSimilarity(
      cosineTo(summary.entities, entities),
      cosineTo(summary.headlines, headline),
      cosineTo(summary.terms, vectors.sorted.terms),
    );
    if (this.#refersBack(summary, this.#p.when)) return score;
    return score * this.#timeDecay(summary, this.#p.when.time, this.#options.storylineDecayDays);
  }

  /** Whether a story has no report in the document's language (it is then compared by anchors). */
  #otherLanguage(summary: StorySummary): boolean {
    const { language } = this.#p;
    return summary.languages.length > 0 && !summary.languages.some(([l]) => l === language);
  }

  /**
   * A report joins a story in another language only when names, numbers and dates anchor it: it names
   * the story's day, and its anchors (names across scripts, numbers) are close enough to the story's.
   * The score is then that closeness, or null.
   */
  #crossSimilarity(summary: StorySummary, vectors: Vectors): number | null {
    const { named } = this.#p.when;
    if (named === null || !near(named, summary.days, this.#options.dateToleranceDays)) return null;
    const score = cosineTo(summary.anchors, vectors.sorted.anchors);
    return score >= this.#options.crossLanguageThreshold ? score : null;
  }

  /**
   * Terms and names, each a cosine with the story's centroid, combined as a weighted geometric mean (a
   * report must share both the story's words and its names: two storms share every word but no street,
   * mayor or storm name). A document read by its headline alone is compared with the story's headlines
   * as well as its words.
   */
  #similarity(summary: StorySummary, vectors: Vectors): number {
    const { terms, entities } = vectors.sorted;
    if (vectors.headlineOnly)
      return Math.max(cosineTo(summary.terms, terms), cosineTo(summary.headlines, terms));
    const names =
      entities.keys.length < MIN_NAMES || summary.entities.norm2 <= 0
        ? null
        : cosineTo(summary.entities, entities);
    return this.#blend(cosineTo(summary.terms, terms), names);
  }

  /** Term and name scores as a weighted geometric mean; terms alone when names are not to be weighed. */
  #blend(terms: number, names: number | null): number {
    const w = this.#options.entityWeight;
    return names === null ? terms : Math.max(0, terms) ** (1 - w) * Math.max(0, names) ** w;
  }

  /** Two stories' similarity, as `#similarity` weighs a document's. */
  #storySimilarity(a: StoryRecord, b: StoryRecord): number {
    const [x, y] = [a.summary, b.summary];
    const names =
      x.entities.norm2 <= 0 || y.entities.norm2 <= 0 ? null : cosineBetween(x.entities, y.entities);
    return this.#blend(cosineBetween(x.terms, y.terms), names);
  }

  /**
   * How much time lowers similarity: not at all when the report names a day the story's reports name
   * as their event's (a follow-up weeks later about that launch), else by the days between publication
   * and the story's reports.
   */
  #decay(summary: StorySummary, when: When): number {
    const { time, named } = when;
    let conflict = false;
    if (named !== null && summary.days.length > 0) {
      if (near(named, summary.days, this.#options.dateToleranceDays)) return 1;
      conflict = true;
    }
    const { decayDays, longDecayDays, namedDates } = this.#options;
    return this.#timeDecay(summary, time, conflict || !namedDates ? decayDays : longDecayDays);
  }

  /**
   * Whether a report naming a day of its own also names one of the story's core days: a later happening
   * that refers back to the story's (`the second launch in two weeks, after the one of August 29`), which
   * puts the two on one storyline whatever time lies between them.
   */
  #refersBack(summary: StorySummary, when: When): boolean {
    const { named, days } = when;
    if (named === null || summary.days.length === 0) return false;
    const core = coreDays(summary);
    const tolerance = this.#options.dateToleranceDays;
    for (const day of days) if (day !== named && near(day, core, tolerance)) return true;
    return false;
  }

  /** exp(-days / decayDays) for the days a publication time lies beyond the story's span and the grace. */
  #timeDecay(summary: StorySummary, time: number | null, decayDays: number): number {
    const { first, last } = summary;
    if (time === null || first === null || last === null) return 1;
    const apart = time < first ? first - time : time > last ? time - last : 0;
    const beyond = apart - this.#options.graceDays;
    return beyond <= 0 ? 1 : Math.exp(-beyond / decayDays);
  }

  /**
   * The dormant story a report naming one of its days joins, reopened, or null: the most similar one at
   * or above the threshold.
   */
  #wake(dormant: readonly StoryRecord[], vectors: Vectors): StoryRecord | null {
    let best: StoryRecord | null = null;
    let bestScore = this.#options.threshold;
    for (const story of dormant) {
      if (story.status !== 'dormant') continue;
      const score = this.#otherLanguage(story.summary)
        ? (this.#crossSimilarity(story.summary, vectors) ?? 0)
        : this.#similarity(story.summary, vectors);
      if (score > bestScore || (score === bestScore && (best === null || story.order < best.order))) {
        best = story;
        bestScore = score;
      }
    }
    if (best === null) return null;
    const { summary } = best;
    this.#meta = { ...this.#meta!, open: this.#meta!.open + 1 };
    return this.#write({
      ...best,
      status: 'open',
      wakeDays: [],
      lineKeys: [],
      postingKeys: [
        ...topKeys(summary.terms, INDEX_TERMS),
        ...topKeys(summary.entities, INDEX_ENTITIES),
        ...topKeys(summary.anchors, INDEX_ANCHORS),
      ],
      summary: { ...summary, touched: this.#clock },
    });
  }

  /** Opens a story for the document; closes the least recently touched tenth when too many are open. */
  async #open(): Promise<StoryRecord> {
    const meta = this.#meta!;
    const { doc, heading } = this.#p;
    const order = meta.stories;
    this.#lines.put({ order, id: `l:${doc.id}`, parent: null });
    const story = this.#write({
      order,
      id: `s:${doc.id}`,
      status: 'open',
      due: null,
      postingKeys: [],
      wakeDays: [],
      lineKeys: [],
      into: null,
      summary: {
        terms: NO_KEYS,
        entities: NO_KEYS,
        headlines: NO_KEYS,
        anchors: NO_KEYS,
        days: [],
        dayCounts: [],
        first: null,
        last: null,
        touched: this.#clock,
        size: 0,
        languages: [],
        recent: [],
        title: heading,
        titleTerms: NO_KEYS,
      },
    });
    this.#meta = { ...meta, stories: order + 1, open: meta.open + 1 };
    const cap = this.#options.maxOpenStories;
    if (this.#meta.open > cap) {
      const { due } = await this.#tx.read({
        due: { status: 'open', before: ANY_TIME, limit: Math.ceil(cap / 10) },
      });
      await this.#load(due);
      for (const old of due) {
        const record = this.#stories.get(old)!;
        if (record.status !== 'open') continue;
        this.#write(closeStory(record, this.#options));
        this.#meta = { ...this.#meta, open: this.#meta.open - 1 };
      }
    }
    return story;
  }

  /**
   * Merges `from` into `into` (a report close enough to join either shows they are one event): members,
   * centroids, days and index keys move over, and `from` points to `into`. Returns `into`.
   */
  async #merge(into: StoryRecord, from: StoryRecord): Promise<StoryRecord> {
    const [a, b] = [into.summary, from.summary];
    const terms = addKeys(a.terms, b.terms, CENTROID_LIMIT);
    const titleOf = (s: StorySummary) => cosineBetween(s.titleTerms, terms);
    const title = titleOf(b) > titleOf(a) ? b : a;
    const summary: StorySummary = {
      ...a,
      terms,
      entities: addKeys(a.entities, b.entities, CENTROID_LIMIT),
      headlines: addKeys(a.headlines, b.headlines, CENTROID_LIMIT),
      anchors: addKeys(a.anchors, b.anchors, CENTROID_LIMIT),
      ...addDays(a, b),
      first: a.first === null ? b.first : b.first === null ? a.first : Math.min(a.first, b.first),
      last: a.last === null ? b.last : b.last === null ? a.last : Math.max(a.last, b.last),
      touched: Math.max(a.touched, b.touched),
      size: a.size + b.size,
      languages: addLanguages(a.languages, b.languages),
      recent: latest(a.recent, b.recent, RECENT_MEMBERS_CHECKED),
      title: title.title,
      titleTerms: title.titleTerms,
    };
    this.#write({
      ...from,
      status: 'merged',
      into: into.order,
      due: null,
      postingKeys: [],
      summary: {
        ...b,
        terms: NO_KEYS,
        entities: NO_KEYS,
        headlines: NO_KEYS,
        anchors: NO_KEYS,
        titleTerms: NO_KEYS,
        recent: [],
      },
    });
    this.#moves.push({ from: from.order, into: into.order });
    this.#meta = { ...this.#meta!, open: this.#meta!.open - 1 };
    await this.#lines.link(into.order, from.order);
    return this.#write({ ...into, postingKeys: union(into.postingKeys, from.postingKeys), summary });
  }

  /** The document joins the story: the change set of the whole placement is committed here. */
  async #join(story: StoryRecord, vectors: Vectors, copy: CopyRecord | null): Promise<ClusterAssignment> {
    const { doc, when, bands, heading, language, keys } = this.#p;
    const meta = this.#meta!;
    const seq = meta.documents;
    const { terms, entities } = vectors;
    const time = when.time;
    const eventDay = when.named ?? (time === null ? null : dayOf(time));
    const sameStoryCopy = copy !== null && copy.story === story.order ? copy : null;
    const origin = sameStoryCopy?.origin ?? doc.id;
    const s = story.summary;
    const docTitle = vectors.sorted.terms;
    const centroid = addVector(s.terms, docTitle, CENTROID_LIMIT);
    const keepTitle =
      s.size > 0 && cosineBetween(s.titleTerms, centroid) >= cosineBetween(docTitle, centroid);
    const summary: StorySummary = {
      ...s,
      terms: centroid,
      entities: addVector(s.entities, vectors.sorted.entities, CENTROID_LIMIT),
      headlines: addVector(s.headlines, vectors.sorted.headline, CENTROID_LIMIT),
      anchors: addVector(s.anchors, vectors.sorted.anchors, CENTROID_LIMIT),
      ...(eventDay === null ? null : addDays(s, { days: [eventDay], dayCounts: [1] })),
      first: time === null ? s.first : s.first === null ? time : Math.min(s.first, time),
      last: time === null ? s.last : s.last === null ? time : Math.max(s.last, time),
      touched: Math.max(s.touched, this.#clock),
      size: s.size + 1,
      languages: addLanguages(s.languages, [[language, 1]]),
      recent: bands.length > 0 ? latest(s.recent, [seq], RECENT_MEMBERS_CHECKED) : s.recent,
      title: keepTitle ? s.title : heading,
      titleTerms: keepTitle ? s.titleTerms : docTitle,
    };
    const { namedDates, windowDays, eventWindowDays } = this.#options;
    const window = namedDates ? Math.max(windowDays, eventWindowDays) : windowDays;
    const postingKeys = union(story.postingKeys, [
      ...terms.keys.subarray(0, INDEX_TERMS),
      ...entities.keys.subarray(0, INDEX_ENTITIES),
      ...this.#nameAnchors(vectors, INDEX_ANCHORS),
    ]);
    this.#write({ ...story, postingKeys, due: summary.touched + window, summary });
    const copyRecord: CopyRecord[] =
      bands.length === 0
        ? []
        : [
            {
              seq,
              at: this.#clock,
              bands,
              doc: doc.id,
              story: story.order,
              origin,
              shingles: Array.from(this.#p.features.shingles),
            },
          ];
    const changes = {
      meta: { ...meta, documents: seq + 1, clock: this.#clock },
      frequencies: keys,
      stories: [...this.#written].map((order) => this.#stories.get(order)!),
      lines: this.#lines.written(),
      copies: copyRecord,
      moves: this.#moves,
      members: [{ seq, doc: doc.id, story: story.order, origin, credits: doc.credits ?? [] }],
    };
    await this.#tx.commit(changes);
    return { ok: true, story: story.id, origin: `o:${origin}`, duplicateOf: sameStoryCopy?.doc ?? null };
  }
}

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
 * country, a breach and its disclosures). Candidates come from an inverted index of terms -> open
 * stories; copies of an earlier document (MinHash bands, checked exactly) join that document's story and
 * origin. Stories nobody joined for the window are closed and dropped from every index, so memory stays
 * bounded; those with named days keep a small summary for late follow-ups.
 *
 * Steps of `add`, in order: check the input, read its features, advance the clock (closing stale
 * stories), read the days it names, weigh its terms, find the copy it may be, choose its story (or wake a
 * dormant one), link storylines, merge the stories it bridges, join it.
 */

import type { Story } from '../types.js';
import type { ClusterAssignment, ClusterInput } from './cluster-input.js';
import { dayOf, type EventDates, eventDates, PAST_LIMIT_DAYS } from './event-dates.js';
import { extractFeatures, type Features } from './features.js';
import { bandKeys } from './minhash.js';
import { creditOf, isCopy } from './near-duplicates.js';
import { type ClusterOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { isoOfDays, readPublished } from './published-time.js';
import { overlap } from './shingles.js';
import { Centroid, DocumentFrequencies, type SparseVector, tfidfVector } from './weighted-vector.js';

/** A streaming clusterer: add documents in time order, read the stories at any point. */
export interface Clusterer {
  add(doc: ClusterInput): ClusterAssignment;
  stories(): Story[];
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

interface DocState {
  readonly id: string;
  readonly time: number | null;
  /** The day the report names as its event's, or its publication day; null when it has neither. */
  readonly eventDay: number | null;
  readonly heading: string;
  readonly terms: SparseVector;
  readonly entities: SparseVector;
  readonly shingles: Uint32Array;
  /** Its copy-detection band keys; emptied once it leaves the buckets. */
  bands: number[];
  readonly origin: string;
  /** The story it is in (changes when its story is merged into another). */
  story: StoryState;
}

const NO_DATES: EventDates = { main: null, days: [] };

/** A dormant story keeps this many term and name keys. */
const DORMANT_TERMS = 60;
const DORMANT_ENTITIES = 30;

/**
 * A story's core days: the days named by at least half as many of its reports as the most named one
 * (one report's aside about another day is not the story's day).
 */
function coreDays(eventDays: ReadonlyMap<number, number>): number[] {
  let most = 0;
  for (const count of eventDays.values()) most = Math.max(most, count);
  return [...eventDays].filter(([, count]) => count * 2 >= most).map(([day]) => day);
}

/** The stories a document may join (best first) and the stories on its storyline. */
interface Matches {
  readonly events: readonly { readonly story: StoryState; readonly score: number }[];
  readonly lines: readonly StoryState[];
}

const NO_MATCHES: Matches = { events: [], lines: [] };

/**
 * The `limit` stories with the most index weight, most first (earlier stories first on a tie): one pass
 * with a small sorted buffer, as a story can share a common key with thousands of open stories.
 */
function topHits(hits: Map<StoryState, number>, limit: number): [StoryState, number][] {
  const top: [StoryState, number][] = [];
  const before = (a: [StoryState, number], b: [StoryState, number]) =>
    a[1] > b[1] || (a[1] === b[1] && a[0].order < b[0].order);
  for (const entry of hits) {
    if (top.length === limit && !before(entry, top[limit - 1]!)) continue;
    let i = top.length === limit ? limit - 1 : top.length;
    if (top.length < limit) top.push(entry);
    while (i > 0 && before(entry, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = entry;
  }
  return top;
}

/** A report's publication time (fractional days) and the day it names as its event's. */
interface When {
  readonly time: number | null;
  readonly named: number | null;
  readonly days: readonly number[];
}

/** A document's weighted keys. */
interface Vectors {
  readonly terms: SparseVector;
  readonly entities: SparseVector;
  readonly headline: SparseVector;
  /** Its body is not its article: `terms` are its headline's (see `Features.headlineOnly`). */
  readonly headlineOnly: boolean;
}

interface OriginState {
  readonly members: string[];
  readonly credits: (readonly string[] | undefined)[];
}

/**
 * A storyline: a union-find node over stories. Stories whose reports share the same names and words over
 * weeks (a breach and its later disclosures, a country's missile tests) are linked into one storyline, which
 * keeps the id of its earliest story.
 */
interface LineNode {
  parent: LineNode | null;
  readonly id: string;
  readonly order: number;
}

function rootOf(node: LineNode): LineNode {
  let root = node;
  while (root.parent !== null) root = root.parent;
  let at = node;
  while (at.parent !== null && at.parent !== root) {
    const next: LineNode = at.parent;
    at.parent = root;
    at = next;
  }
  return root;
}

/** Joins two storylines under the earlier one's root. */
function link(a: LineNode, b: LineNode): void {
  const ra = rootOf(a);
  const rb = rootOf(b);
  if (ra === rb) return;
  if (ra.order < rb.order) rb.parent = ra;
  else ra.parent = rb;
}

interface StoryState {
  readonly id: string;
  readonly line: LineNode;
  readonly order: number;
  readonly members: string[];
  readonly docs: DocState[];
  readonly origins: Map<string, OriginState>;
  readonly terms: Centroid;
  readonly entities: Centroid;
  /** Members' headline terms: a document whose body is not its article is placed by these. */
  readonly headlines: Centroid;
  readonly keys: Set<number>;
  /** Members' event days (see `DocState.eventDay`) and how many members name each. */
  readonly eventDays: Map<number, number>;
  /** Its title, fixed when it is closed. */
  title: string | null;
  first: number | null;
  last: number | null;
  /** The clock when a document last joined. */
  touched: number;
}

/** Creates the default streaming clusterer. */
export function createClusterer(options: ClusterOptions = {}): Clusterer {
  return new StreamClusterer(resolveOptions(options));
}

class StreamClusterer implements Clusterer {
  readonly #options: ResolvedOptions;
  readonly #seen = new Set<string>();
  readonly #df = new DocumentFrequencies(DF_PRIOR);
  readonly #active = new Set<StoryState>();
  readonly #closed = new Map<number, { order: number; story: Story; line: LineNode }>();
  /** Closed stories that late follow-ups may still join, by the days their reports name (see `#sleep`). */
  readonly #dormant = new Map<number, Set<StoryState>>();
  readonly #postings = new Map<number, Set<StoryState>>();
  readonly #buckets = new Map<number, DocState[]>();
  /** Documents in the buckets, in arrival order, with the clock when they arrived. */
  readonly #bucketed: { readonly doc: DocState; readonly at: number }[] = [];
  #bucketedHead = 0;
  #clock = Number.NEGATIVE_INFINITY;
  #sweptDay = Number.NEGATIVE_INFINITY;
  #stories = 0;

  constructor(options: ResolvedOptions) {
    this.#options = options;
  }

  add(doc: ClusterInput): ClusterAssignment {
    const problem = this.#checkInput(doc);
    if (problem !== null)
      return { ok: false, id: typeof doc?.id === 'string' ? doc.id : '', reason: problem };
    const features = extractFeatures(doc.title, doc.text, this.#options.maxChars);
    if (!features.english) return { ok: false, id: doc.id, reason: 'unsupported-language: not English' };
    if (features.terms.size === 0)
      return { ok: false, id: doc.id, reason: 'no-terms: the text has no content words' };
    this.#seen.add(doc.id);
    const time = this.#advanceClock(doc.published);
    const dates = this.#options.namedDates ? eventDates(doc.title, doc.text, time) : NO_DATES;
    const named = dates.main;
    const { terms, entities, headline } = this.#weigh(features);
    // A page whose body is not its article (boilerplate) copies nothing by its body.
    const copy = features.headlineOnly ? null : this.#findCopy(features, this.#bandCandidates(features));
    const when: When = { time, named, days: dates.days };
    const vectors: Vectors = { terms, entities, headline, headlineOnly: features.headlineOnly };
    const { events, lines } = copy ? NO_MATCHES : this.#matchStories(vectors, when);
    let story = copy?.story ?? events[0]?.story ?? this.#wake(vectors, when) ?? this.#openStory(doc.id);
    for (const other of lines) if (other !== story) link(story.line, other.line);
    for (const { story: other, score } of events.slice(1)) {
      if (score < this.#options.mergeThreshold) continue;
      if (this.#storySimilarity(story, other) < this.#options.mergeThreshold) continue;
      story = other.order < story.order ? this.#merge(other, story) : this.#merge(story, other);
    }
    const recentCopy =
      copy ??
      (features.headlineOnly ? null : this.#findCopy(features, story.docs.slice(-RECENT_MEMBERS_CHECKED)));
    return this.#join(story, doc, { when, vectors, features, copy: recentCopy });
  }

  stories(): Story[] {
    const open = [...this.#active].map((story) => ({
      order: story.order,
      story: this.#snapshot(story),
      line: story.line,
    }));
    return [...this.#closed.values(), ...open]
      .sort((a, b) => a.order - b.order)
      .map(({ story, line }) => ({ ...story, storyline: rootOf(line).id }));
  }

  #checkInput(doc: ClusterInput): string | null {
    if (typeof doc !== 'object' || doc === null) return 'invalid-input: not a document';
    if (typeof doc.id !== 'string' || doc.id === '') return 'missing-id';
    if (this.#seen.has(doc.id)) return 'duplicate-id: a document with this id was already added';
    if (typeof doc.text !== 'string' || doc.text.trim() === '') return 'empty-text';
    const language = doc.language?.toLowerCase().split('-')[0];
    if (language && !this.#options.languages.includes(language)) return `unsupported-language: ${language}`;
    return null;
  }

  /** The document's time in days (null when undated); moves the clock on and closes stale stories. */
  #advanceClock(published: string | null): number | null {
    const read = readPublished(published, this.#options.minYear, this.#options.now());
    if (!read.ok) return null;
    if (read.days > this.#clock) this.#clock = read.days;
    const day = Math.floor(this.#clock);
    if (day > this.#sweptDay) {
      this.#sweptDay = day;
      this.#closeStale();
      this.#forgetDormant();
      this.#expireCopies();
    }
    return read.days;
  }

  #weigh(features: Features): { terms: SparseVector; entities: SparseVector; headline: SparseVector } {
    this.#df.add([...features.terms.keys(), ...features.entities.keys()]);
    return {
      terms: tfidfVector(features.terms, this.#df, TERM_LIMIT),
      entities: tfidfVector(features.entities, this.#df, ENTITY_LIMIT),
      headline: tfidfVector(features.headline, this.#df, TERM_LIMIT),
    };
  }

  #bandCandidates(features: Features): DocState[] {
    const found = new Set<DocState>();
    for (const key of bandKeys(features.signature)) {
      const bucket = this.#buckets.get(key);
      if (bucket && bucket.length <= BUCKET_CAP) for (const doc of bucket) found.add(doc);
    }
    return [...found];
  }

  /** The candidate this document copies most closely, if it copies one. */
  #findCopy(features: Features, candidates: readonly DocState[]): DocState | null {
    let best: DocState | null = null;
    let bestScore = 0;
    for (const candidate of candidates) {
      const o = overlap(features.shingles, candidate.shingles);
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
  #matchStories(vectors: Vectors, when: When): Matches {
    const { terms, entities } = vectors;
    const hits = new Map<StoryState, number>();
    const look = (vector: SparseVector, limit: number) => {
      for (let i = 0; i < Math.min(limit, vector.keys.length); i++) {
        const posting = this.#postings.get(vector.keys[i]!);
        if (!posting || posting.size > POSTING_CAP) continue;
        for (const story of posting) hits.set(story, (hits.get(story) ?? 0) + vector.weights[i]!);
      }
    };
    look(terms, QUERY_TERMS);
    look(entities, QUERY_ENTITIES);
    const candidates = topHits(hits, CANDIDATE_LIMIT);
    const { threshold, storylineThreshold } = this.#options;
    const scored: [StoryState, number][] = [];
    const lines: StoryState[] = [];
    for (const [story] of candidates) {
      const decay = this.#decay(story, when);
      const lineDecay = Math.max(decay, this.#timeDecay(story, when.time, this.#options.storylineDecayDays));
      if (decay < threshold && lineDecay < storylineThreshold) continue;
      const similarity = this.#similarity(story, vectors);
      if (similarity * decay >= threshold) scored.push([story, similarity * decay]);
      // A story close in time that the report did not join is a rival event, not its storyline's past.
      if (decay < 1 && similarity * lineDecay >= storylineThreshold) lines.push(story);
    }
    scored.sort((a, b) => b[1] - a[1] || a[0].order - b[0].order);
    return { events: scored.map(([story, score]) => ({ story, score })), lines };
  }

  /**
   * Terms and names, each a cosine with the story's centroid, combined as a weighted geometric mean (a
   * report must share both the story's words and its names: two storms share every word but no street,
   * mayor or storm name), and decayed by the days between them. A document read by its headline alone
   * is compared with the story's headlines as well as its words.
   */
  #similarity(story: StoryState, vectors: Vectors): number {
    const { terms, entities } = vectors;
    if (vectors.headlineOnly) return Math.max(story.terms.cosine(terms), story.headlines.cosine(terms));
    const names =
      entities.keys.length < MIN_NAMES || story.entities.empty ? null : story.entities.cosine(entities);
    return this.#blend(story.terms.cosine(terms), names);
  }

  /** Term and name scores as a weighted geometric mean; terms alone when names are not to be weighed. */
  #blend(terms: number, names: number | null): number {
    const w = this.#options.entityWeight;
    return names === null ? terms : Math.max(0, terms) ** (1 - w) * Math.max(0, names) ** w;
  }

  /**
   * How much time lowers similarity: not at all when the report names a day the story's reports name
   * as their event's (a follow-up weeks later about that launch), else by the days between publication
   * and the story's reports.
   */
  #decay(story: StoryState, when: When): number {
    const { time, named, days } = when;
    let conflict = false;
    if (named !== null && story.eventDays.size > 0) {
      const tolerance = this.#options.dateToleranceDays;
      const near = (day: number, among: Iterable<number>) => {
        for (const d of among) if (Math.abs(d - day) <= tolerance) return true;
        return false;
      };
      if (near(named, story.eventDays.keys())) return 1;
      const core = coreDays(story.eventDays);
      if (days.some((day) => day !== named && near(day, core))) return 1;
      conflict = true;
    }
    const { decayDays, longDecayDays, namedDates } = this.#options;
    return this.#timeDecay(story, time, conflict || !namedDates ? decayDays : longDecayDays);
  }

  /** exp(-days / decayDays) for the days a publication time lies beyond the story's span and the grace. */
  #timeDecay(story: StoryState, time: number | null, decayDays: number): number {
    if (time === null || story.first === null || story.last === null) return 1;
    const apart = time < story.first ? story.first - time : time > story.last ? time - story.last : 0;
    const beyond = apart - this.#options.graceDays;
    return beyond <= 0 ? 1 : Math.exp(-beyond / decayDays);
  }

  /** Two stories' similarity, as `#similarity` weighs a document's. */
  #storySimilarity(a: StoryState, b: StoryState): number {
    const names = a.entities.empty || b.entities.empty ? null : a.entities.cosineWith(b.entities);
    return this.#blend(a.terms.cosineWith(b.terms), names);
  }

  /**
   * Merges `from` into `into` (a report close enough to join either shows they are one event): members,
   * origins, centroids, days and index keys move over, and `from` is dropped. Returns `into`.
   */
  #merge(into: StoryState, from: StoryState): StoryState {
    for (const doc of from.docs) doc.story = into;
    into.members.push(...from.members);
    into.docs.push(...from.docs);
    for (const [root, origin] of from.origins) into.origins.set(root, origin);
    into.terms.merge(from.terms);
    into.entities.merge(from.entities);
    into.headlines.merge(from.headlines);
    for (const [day, n] of from.eventDays) into.eventDays.set(day, (into.eventDays.get(day) ?? 0) + n);
    if (from.first !== null) into.first = into.first === null ? from.first : Math.min(into.first, from.first);
    if (from.last !== null) into.last = into.last === null ? from.last : Math.max(into.last, from.last);
    into.touched = Math.max(into.touched, from.touched);
    for (const key of from.keys) {
      const posting = this.#postings.get(key);
      posting?.delete(from);
      if (!into.keys.has(key)) {
        into.keys.add(key);
        posting?.add(into);
      }
    }
    link(into.line, from.line);
    this.#active.delete(from);
    return into;
  }

  #openStory(firstId: string): StoryState {
    const order = this.#stories++;
    const story: StoryState = {
      id: `s:${firstId}`,
      line: { parent: null, id: `l:${firstId}`, order },
      order,
      members: [],
      docs: [],
      origins: new Map(),
      terms: new Centroid(CENTROID_LIMIT),
      entities: new Centroid(CENTROID_LIMIT),
      headlines: new Centroid(CENTROID_LIMIT),
      keys: new Set(),
      eventDays: new Map(),
      title: null,
      first: null,
      last: null,
      touched: this.#clock,
    };
    this.#active.add(story);
    this.#closeOverflow();
    return story;
  }

  #join(
    story: StoryState,
    doc: ClusterInput,
    found: {
      when: When;
      vectors: Vectors;
      features: Features;
      copy: DocState | null;
    },
  ): ClusterAssignment {
    const { when, vectors, features, copy } = found;
    const { terms, entities } = vectors;
    const time = when.time;
    const eventDay = when.named ?? (time === null ? null : dayOf(time));
    const sameStoryCopy = copy !== null && copy.story === story ? copy : null;
    const origin = sameStoryCopy?.origin ?? doc.id;
    const bands = features.headlineOnly ? [] : bandKeys(features.signature);
    const heading = doc.title?.trim() || doc.text.trim().split('\n')[0]!.slice(0, 120);
    const state: DocState = {
      id: doc.id,
      time,
      eventDay,
      heading,
      terms,
      entities,
      shingles: features.shingles,
      bands,
      origin,
      story,
    };
    story.members.push(doc.id);
    story.docs.push(state);
    const originState = story.origins.get(origin) ?? { members: [], credits: [] };
    originState.members.push(doc.id);
    originState.credits.push(doc.credits);
    story.origins.set(origin, originState);
    story.terms.add(terms);
    story.entities.add(entities);
    story.headlines.add(vectors.headline);
    if (eventDay !== null) story.eventDays.set(eventDay, (story.eventDays.get(eventDay) ?? 0) + 1);
    if (time !== null) {
      story.first = story.first === null ? time : Math.min(story.first, time);
      story.last = story.last === null ? time : Math.max(story.last, time);
    }
    story.touched = Math.max(story.touched, this.#clock);
    this.#index(story, terms.keys.subarray(0, INDEX_TERMS));
    this.#index(story, entities.keys.subarray(0, INDEX_ENTITIES));
    for (const key of bands) {
      const bucket = this.#buckets.get(key);
      if (!bucket) this.#buckets.set(key, [state]);
      else if (bucket.length <= BUCKET_CAP) bucket.push(state);
    }
    if (bands.length > 0) this.#bucketed.push({ doc: state, at: this.#clock });
    return { ok: true, story: story.id, origin: `o:${origin}`, duplicateOf: sameStoryCopy?.id ?? null };
  }

  /** Adds keys to the story's inverted-index entries. */
  #index(story: StoryState, keys: Iterable<number>): void {
    for (const key of keys) {
      if (story.keys.has(key)) continue;
      story.keys.add(key);
      const posting = this.#postings.get(key);
      if (posting) posting.add(story);
      else this.#postings.set(key, new Set([story]));
    }
  }

  /** Takes a document out of the copy-detection buckets. */
  #unbucket(doc: DocState): void {
    for (const key of doc.bands) {
      const bucket = this.#buckets.get(key);
      if (!bucket) continue;
      const kept = bucket.filter((other) => other !== doc);
      if (kept.length === 0) this.#buckets.delete(key);
      else this.#buckets.set(key, kept);
    }
    doc.bands = [];
  }

  /** Takes documents that arrived `COPY_WINDOW_DAYS` ago out of the copy-detection buckets. */
  #expireCopies(): void {
    const horizon = this.#clock - COPY_WINDOW_DAYS;
    const queue = this.#bucketed;
    while (this.#bucketedHead < queue.length && queue[this.#bucketedHead]!.at < horizon) {
      this.#unbucket(queue[this.#bucketedHead]!.doc);
      this.#bucketedHead++;
    }
    if (this.#bucketedHead > 1_024 && this.#bucketedHead * 2 > queue.length) {
      queue.splice(0, this.#bucketedHead);
      this.#bucketedHead = 0;
    }
  }

  /** Closes every open story nobody joined within the window: frozen, and dropped from the indexes. */
  #closeStale(): void {
    const { windowDays, eventWindowDays, namedDates } = this.#options;
    const horizon = this.#clock - (namedDates ? Math.max(windowDays, eventWindowDays) : windowDays);
    for (const story of this.#active) {
      if (Math.max(story.last ?? Number.NEGATIVE_INFINITY, story.touched) < horizon) this.#close(story);
    }
  }

  /**
   * Closes the tenth of open stories touched least recently when there are more than `maxOpenStories`
   * (a stream of undated documents never moves the clock, so the window alone would not bound it).
   */
  #closeOverflow(): void {
    const cap = this.#options.maxOpenStories;
    if (this.#active.size <= cap) return;
    const oldest = [...this.#active].sort((a, b) => a.touched - b.touched || a.order - b.order);
    for (const story of oldest.slice(0, Math.ceil(cap / 10))) this.#close(story);
  }

  #close(story: StoryState): void {
    const snapshot = this.#snapshot(story);
    story.title = snapshot.title;
    this.#closed.set(story.order, { order: story.order, story: snapshot, line: story.line });
    this.#sleep(story);
    this.#active.delete(story);
    for (const key of story.keys) {
      const posting = this.#postings.get(key);
      posting?.delete(story);
      if (posting?.size === 0) this.#postings.delete(key);
    }
    for (const doc of story.docs) this.#unbucket(doc);
    story.docs.length = 0;
    story.keys.clear();
  }

  /**
   * Keeps a closed story that names event days for late follow-ups (a report months later about "the
   * release of October 13"): only its heaviest keys, indexed by its core days, until those days are
   * `PAST_LIMIT_DAYS` behind the clock (further back, a named day is history, not the event).
   */
  #sleep(story: StoryState): void {
    if (!this.#options.namedDates) return;
    const days = coreDays(story.eventDays);
    if (days.length === 0) return;
    story.terms.shrink(DORMANT_TERMS);
    story.entities.shrink(DORMANT_ENTITIES);
    story.headlines.shrink(DORMANT_TERMS);
    for (const day of days) {
      const sleeping = this.#dormant.get(day);
      if (sleeping) sleeping.add(story);
      else this.#dormant.set(day, new Set([story]));
    }
  }

  /**
   * The dormant story a report naming one of its days joins, reopened, or null: the most similar one at
   * or above the threshold.
   */
  #wake(vectors: Vectors, when: When): StoryState | null {
    const { named } = when;
    if (named === null || this.#dormant.size === 0) return null;
    const tolerance = this.#options.dateToleranceDays;
    let best: StoryState | null = null;
    let bestScore = this.#options.threshold;
    for (let day = named - tolerance; day <= named + tolerance; day++) {
      for (const story of this.#dormant.get(day) ?? []) {
        const score = this.#similarity(story, vectors);
        if (score > bestScore || (score === bestScore && (best === null || story.order < best.order))) {
          best = story;
          bestScore = score;
        }
      }
    }
    if (best === null) return null;
    for (const day of coreDays(best.eventDays)) {
      this.#dormant.get(day)?.delete(best);
      if (this.#dormant.get(day)?.size === 0) this.#dormant.delete(day);
    }
    this.#closed.delete(best.order);
    this.#active.add(best);
    best.touched = this.#clock;
    this.#index(best, best.terms.top(INDEX_TERMS));
    this.#index(best, best.entities.top(INDEX_ENTITIES));
    return best;
  }

  /** Forgets dormant stories' days that are `PAST_LIMIT_DAYS` behind the clock. */
  #forgetDormant(): void {
    const horizon = Math.floor(this.#clock) - PAST_LIMIT_DAYS;
    for (const day of this.#dormant.keys()) if (day < horizon) this.#dormant.delete(day);
  }

  /** The story as plain data; its title is the headline of its most central member. */
  #snapshot(story: StoryState): Story {
    let title = story.title ?? story.docs[0]?.heading ?? '';
    let best = Number.NEGATIVE_INFINITY;
    for (const doc of story.title === null ? story.docs : []) {
      const centrality = story.terms.cosine(doc.terms);
      if (centrality > best) {
        best = centrality;
        title = doc.heading;
      }
    }
    return {
      id: story.id,
      title,
      members: [...story.members],
      origins: [...story.origins].map(([root, o]) => ({
        id: `o:${root}`,
        members: [...o.members],
        credit: creditOf(o.credits),
      })),
      first: story.first === null ? null : isoOfDays(story.first),
      last: story.last === null ? null : isoOfDays(story.last),
    };
  }
}

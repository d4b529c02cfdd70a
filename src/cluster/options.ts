/**
 * @module cluster/options
 * The clusterer's and the duplicate finder's settings, each with its default and why it has that value.
 */

import type { ClusterState } from './state.js';

/** When two texts are copies of one origin (see `near-duplicates.ts`). */
export interface DuplicateOptions {
  /** Jaccard of the 5-word shingle sets at or above which two texts are copies. Default 0.5. */
  readonly jaccard?: number;
  /**
   * Share of the smaller text's shingles found in the larger at or above which it is a (trimmed, lightly
   * edited) copy. Default 0.6: a copy with a word changed in every twenty keeps ~77% of its shingles; two
   * independent reports sharing a quote or two keep well under 20%, and a rewrite quoting long passages of
   * another outlet's story around 50%.
   */
  readonly containment?: number;
  /** The fewest shingles the smaller text must have for containment to count (a headline is no copy). Default 12. */
  readonly minShingles?: number;
}

export interface ClusterOptions {
  /**
   * Combined similarity (terms, entities, time) at or above which a document joins a story. Default 0.15,
   * tuned on giveme5w1h and the synthetic stream together (see docs/benchmarks.md).
   */
  readonly threshold?: number;
  /**
   * Weight of name phrases against key terms in the similarity, a weighted geometric mean (the two weights
   * sum to 1). Default 0.6, tuned with the threshold.
   */
  readonly entityWeight?: number;
  /** Days apart within which time does not lower similarity (one news cycle). Default 1. */
  readonly graceDays?: number;
  /**
   * Beyond the grace, similarity decays as exp(-days / decayDays). Default 2: a week after a story's last
   * report the same words weigh 0.05 of what they did, so a second launch is a second story.
   */
  readonly decayDays?: number;
  /**
   * A story no document has joined for this many days is closed and its indexes dropped (with named dates
   * on, the larger of this and `eventWindowDays`). Default: the distance beyond which even an identical
   * report naming a new day falls under the threshold, `graceDays + decayDays * ln(1 / threshold)` (4.8
   * days with the other defaults).
   */
  readonly windowDays?: number;
  /**
   * A report that names a day the story's reports name as their event's (within `dateToleranceDays`)
   * joins it without time decay for this many days after the story's last report. Default 60.
   */
  readonly eventWindowDays?: number;
  /**
   * Read the days a report names (see `event-dates.ts`). Default true; false leaves publication time
   * alone to separate events (every report decays by `decayDays`), the clusterer before event dates.
   */
  readonly namedDates?: boolean;
  /**
   * Decay for a report that names no day of its own (or none the story has not): much softer than
   * `decayDays`, so long-running coverage of one event stays together. Default 30.
   */
  readonly longDecayDays?: number;
  /**
   * Two open stories merge when a document scores at or above this with both (time weighed as for
   * joining) and the two stories are this similar to each other: the report shows they are one event (a
   * profile of a suspect that joined neither, then a report naming both the suspect and the scene). Default
   * 0.2: at the joining threshold two same-day fires merge through a report of either.
   */
  readonly mergeThreshold?: number;
  /**
   * Storyline similarity (names, headline words and key terms: see `lineSimilarity` in
   * `stream-clusterer.ts`) at or above which a document links its story to another story's storyline,
   * open or closed, with time weighed by `storylineDecayDays` whatever days the reports name. Default
   * 0.18, inside the plateau (0.15 to 0.2) of storylines F1 on giveme5w1h's events; the benchmark's
   * cross-validation chooses it per fold on the other folds (see docs/benchmarks.md).
   */
  readonly storylineThreshold?: number;
  /**
   * Storyline decay: similarity falls as exp(-days / storylineDecayDays) beyond the grace, so the
   * happenings of one affair link across months (a country's missile launches, a breach and its later
   * disclosures). Default 365, the value the benchmark's cross-validation chooses on every fold (over
   * 180); a closed story stays findable for storylines until an identical report could no longer link
   * to it (about twenty months with the defaults).
   */
  readonly storylineDecayDays?: number;
  /** Days two named event days may differ and still be one. Default 1 (time zones, late-night events). */
  readonly dateToleranceDays?: number;
  /** Open stories kept at most, whatever the clock says (bounds memory on undated streams). Default 20,000. */
  readonly maxOpenStories?: number;
  /** Publication years before this one are absurd and read as undated. Default 1990. */
  readonly minYear?: number;
  /** The clock (ms since 1970), to reject dates in the future. Default `Date.now`. */
  readonly now?: () => number;
  /**
   * Languages (BCP 47 primary subtags) to cluster; documents in others are skipped as
   * `unsupported-language`. Default: every language (each read with its own stopwords, or by character
   * pairs where words are not spaced).
   */
  readonly languages?: readonly string[] | null;
  /**
   * Similarity of names and numbers (anchors: see `languages.ts`) at or above which a report joins a
   * story in another language, when it also names the story's day. Default 0.3.
   */
  readonly crossLanguageThreshold?: number;
  /** Characters of a document's text read for its features (a 5 MB page is read up to here). Default 100,000. */
  readonly maxChars?: number;
  /** When documents are copies of one origin. */
  readonly duplicates?: DuplicateOptions;
  /**
   * Where the clusterer's state lives (see `state.ts`): a store shared by several workers, or a state
   * that outlives one process. Default: a fresh in-memory state.
   */
  readonly state?: ClusterState;
}

export interface ResolvedOptions {
  readonly threshold: number;
  readonly entityWeight: number;
  readonly graceDays: number;
  readonly decayDays: number;
  readonly windowDays: number;
  readonly eventWindowDays: number;
  readonly namedDates: boolean;
  readonly longDecayDays: number;
  readonly dateToleranceDays: number;
  readonly mergeThreshold: number;
  readonly storylineThreshold: number;
  readonly storylineDecayDays: number;
  /** Days a closed story stays findable for storylines: until even an identical report links no more. */
  readonly lineWindowDays: number;
  readonly maxOpenStories: number;
  readonly minYear: number;
  readonly now: () => number;
  readonly languages: readonly string[] | null;
  readonly crossLanguageThreshold: number;
  readonly maxChars: number;
  readonly duplicates: Required<DuplicateOptions>;
}

export const DEFAULT_DUPLICATES: Required<DuplicateOptions> = {
  jaccard: 0.5,
  containment: 0.5,
  minShingles: 12,
};

/** Fills in every default. */
export function resolveOptions(options: ClusterOptions = {}): ResolvedOptions {
  const threshold = options.threshold ?? 0.15;
  const graceDays = options.graceDays ?? 1;
  const decayDays = options.decayDays ?? 2;
  const storylineThreshold = options.storylineThreshold ?? 0.18;
  const storylineDecayDays = options.storylineDecayDays ?? 365;
  return {
    threshold,
    entityWeight: options.entityWeight ?? 0.6,
    graceDays,
    decayDays,
    windowDays: options.windowDays ?? graceDays + decayDays * Math.log(1 / Math.max(threshold, 1e-6)),
    eventWindowDays: options.eventWindowDays ?? 60,
    namedDates: options.namedDates ?? true,
    longDecayDays: options.longDecayDays ?? 30,
    mergeThreshold: options.mergeThreshold ?? 0.2,
    storylineThreshold,
    storylineDecayDays,
    lineWindowDays: graceDays + storylineDecayDays * Math.log(1 / Math.max(storylineThreshold, 1e-6)),
    dateToleranceDays: Math.max(0, Math.floor(options.dateToleranceDays ?? 1)),
    maxOpenStories: Math.max(1, options.maxOpenStories ?? 20_000),
    minYear: options.minYear ?? 1990,
    now: options.now ?? Date.now,
    languages: options.languages ?? null,
    crossLanguageThreshold: options.crossLanguageThreshold ?? 0.3,
    maxChars: options.maxChars ?? 100_000,
    duplicates: { ...DEFAULT_DUPLICATES, ...options.duplicates },
  };
}

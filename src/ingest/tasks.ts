/**
 * @module ingest/tasks
 * Ingest as small named steps, each one kind of work a job can be: read an input given on the command
 * line, poll a feed, fetch a page, extract and store an article, place it into a story, place whatever
 * was left unplaced, write a story's brief. `TASKS` declares them once, in the order work flows through
 * them. A step hands on what follows with `next`: a local run (`ingest`) does it at once, a job queue
 * (`worker`, `serve`) enqueues it (placing an article just stored runs in the same job), so the same
 * code runs in both.
 */

import type { Store } from '../store/store.js';
import type { DocumentPayload } from './document-payload.js';
import { extractArticle } from './extract-article.js';
import type { ArticleHints } from './feed-document.js';
import { fetchPage } from './fetch-page.js';
import type { Fetcher } from './fetcher.js';
import type { Clusterer, Pipeline } from './pipeline.js';
import { placeArticle, placeArticles } from './place-article.js';
import { pollFeed } from './poll-feed.js';
import { readInput } from './read-input.js';
import { writeBrief } from './write-brief.js';

export type ItemStatus = 'new' | 'duplicate' | 'not-modified' | 'failed';

export interface ItemReport {
  /** The input, feed item URL or `path#N` it concerns. */
  readonly input: string;
  readonly status: ItemStatus;
  /** The stored article's id (new or duplicate). */
  readonly id?: string;
  /** The stored article's normalised URL, where it has one. */
  readonly url?: string | null;
  readonly reason?: string;
}

/** An article the clusterer left out of every story, and why (a language it does not read, no text). */
export interface SkippedArticle {
  readonly id: string;
  readonly reason: string;
}

/** What each task is given. */
export interface TaskPayloads {
  'read-input': { readonly input: string };
  'poll-feed': { readonly url: string };
  'fetch-page': {
    readonly url: string;
    readonly input: string;
    readonly hints: ArticleHints | null;
    readonly feed: string | null;
  };
  'extract-article': {
    readonly document: DocumentPayload;
    readonly hints: ArticleHints | null;
    readonly feed: string | null;
  };
  'place-article': { readonly id: string };
  'place-articles': Record<string, never>;
  'write-brief': { readonly story: string };
}

export type TaskName = keyof TaskPayloads;

/** What a step works with: the store and stages, and where its outcomes and follow-ups go. */
export interface TaskContext {
  readonly store: Store;
  readonly pipeline: Pipeline;
  readonly fetcher: Fetcher;
  /** This process's clusterer, over the store's state (`Store.clusterState`). */
  readonly clusterer: Clusterer;
  /**
   * The job this step runs as (stable across its retries), or null in a local run: the idempotency key
   * of what it stores.
   */
  readonly key: string | null;
  readonly now: () => number;
  /** The polling interval asked for, used to set each feed's next poll. */
  readonly everyMs: number;
  /** Feed items handed on at once (the fetcher still keeps its per-host limits). */
  readonly concurrency: number;
  readonly signal?: AbortSignal;
  /** Hands on follow-up work: done now in a local run, queued for a worker otherwise. */
  next<T extends TaskName>(task: T, payload: TaskPayloads[T]): Promise<void>;
  /**
   * A step threw on an item (an extractor bug, a page that always crashes it): a local run reports the
   * item failed and goes on; a job rethrows, so the queue retries it a bounded number of times and then
   * parks it with the reason.
   */
  crashed(input: string, error: unknown): void;
  /** Records one item's outcome for whoever asked (the run's summary, the job's result). */
  report(item: ItemReport): ItemReport;
  /** Says how many more items are coming (for progress). */
  expect(count: number): void;
  /** Records articles the clusterer left out of every story. */
  skipped(items: readonly SkippedArticle[]): void;
  /** Records a story's brief written (or failing). */
  briefed(story: string, outcome: BriefOutcome): void;
}

export type BriefOutcome = 'written' | 'fresh' | 'failed' | 'gone';

export type Task<T extends TaskName> = (payload: TaskPayloads[T], context: TaskContext) => Promise<void>;

/** The steps of ingest, in the order work flows through them. */
export const TASKS: { readonly [T in TaskName]: Task<T> } = {
  'read-input': readInput,
  'poll-feed': pollFeed,
  'fetch-page': fetchPage,
  'extract-article': extractArticle,
  'place-article': placeArticle,
  'place-articles': placeArticles,
  'write-brief': writeBrief,
};

/** Runs one task by name. */
export function runTask<T extends TaskName>(
  task: T,
  payload: TaskPayloads[T],
  context: TaskContext,
): Promise<void> {
  return (TASKS[task] as Task<T>)(payload, context);
}

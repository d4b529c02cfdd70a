/**
 * @module ingest/queue/job-queue
 * The job queue the steps of ingest run on when they run as jobs (`worker`, `serve`, `watch` on
 * PostgreSQL): one interface, two backends (pg-boss on PostgreSQL; a table in the SQLite file), one
 * conformance suite (`test/ingest/queue.case.ts`). A job is taken with a lease; a holder that dies
 * loses it when the lease runs out and the job is taken again; a job that keeps failing is retried a
 * bounded number of times, then parked as failed with its reason.
 */

import type { ItemReport, SkippedArticle, TaskName, TaskPayloads } from '../tasks.js';

/** Where a job is: waiting, taken, waiting to be retried after a failure, finished, or parked. */
export type JobState = 'queued' | 'running' | 'retrying' | 'done' | 'failed';

/** What a job leaves behind when it finishes. */
export interface JobOutput {
  /** The items it reported (an article stored, a page that failed...). */
  readonly items: readonly ItemReport[];
  /** The jobs it handed its work on to (a fetched page's extraction). */
  readonly next: readonly string[];
  readonly skipped: readonly SkippedArticle[];
  readonly briefs: readonly { readonly story: string; readonly outcome: string }[];
}

export interface JobInfo {
  /** `<task>.<id>`: the task is part of the id, so any backend finds the job from it alone. */
  readonly id: string;
  readonly task: TaskName;
  readonly state: JobState;
  /** Attempts started so far. */
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly created: string;
  readonly finished: string | null;
  readonly output: JobOutput | null;
  /** Why the last attempt failed (the reason a parked job was parked). */
  readonly error: string | null;
}

/** A job taken by a worker. */
export interface TakenJob<T extends TaskName = TaskName> {
  readonly id: string;
  readonly task: T;
  readonly payload: TaskPayloads[T];
  /** 1 on the first attempt. */
  readonly attempt: number;
}

export interface ParkedJob {
  readonly id: string;
  readonly task: TaskName;
  readonly error: string;
  readonly at: string;
}

export interface QueueHealth {
  readonly queued: number;
  readonly running: number;
  readonly failed: number;
  /** The latest jobs parked after their last attempt, newest first. */
  readonly parked: readonly ParkedJob[];
}

export interface JobQueue {
  /** Queues a job and gives its id; a coalesced task (see `TASK_POLICY`) joins the job already waiting. */
  enqueue<T extends TaskName>(task: T, payload: TaskPayloads[T]): Promise<string>;
  /** Takes the first ready job of the first task in `order` that has one, with a lease; null when none. */
  take(order: readonly TaskName[], worker: string): Promise<TakenJob | null>;
  complete(job: TakenJob, output: JobOutput): Promise<void>;
  /** Records a failed attempt: retried later while attempts remain, parked otherwise. */
  fail(job: TakenJob, error: string): Promise<void>;
  findJob(id: string): Promise<JobInfo | null>;
  health(): Promise<QueueHealth>;
  close(): Promise<void>;
}

/** `<task>.<id>` split; null when it is not one of ours. */
export function parseJobId(id: string): { task: TaskName; local: string } | null {
  const dot = id.indexOf('.');
  if (dot < 0) return null;
  const task = id.slice(0, dot) as TaskName;
  if (!(task in TASK_POLICY)) return null;
  return { task, local: id.slice(dot + 1) };
}

export interface TaskPolicy {
  /** Attempts before the job is parked as failed. */
  readonly attempts: number;
  /** Seconds a taken job may run before it is presumed lost and taken again. */
  readonly leaseSeconds: number;
  /** Jobs with the same key wait as one (a story touched by 50 articles gets one brief). */
  readonly coalesce: ((payload: never) => string) | null;
  /** At most one job of this task runs at a time across every worker. */
  readonly serial: boolean;
}

/**
 * How each task is queued. Why these numbers: a page's extraction takes well under a second (bounded
 * work per MB), so two minutes means a lost worker; placement and briefs of a large burst take longer.
 */
export const TASK_POLICY: { readonly [T in TaskName]: TaskPolicy } = {
  'read-input': { attempts: 3, leaseSeconds: 300, coalesce: null, serial: false },
  'poll-feed': {
    attempts: 3,
    leaseSeconds: 300,
    coalesce: ((p: TaskPayloads['poll-feed']) => p.url) as (payload: never) => string,
    serial: false,
  },
  'fetch-page': { attempts: 3, leaseSeconds: 120, coalesce: null, serial: false },
  'extract-article': { attempts: 3, leaseSeconds: 120, coalesce: null, serial: false },
  'place-article': { attempts: 3, leaseSeconds: 120, coalesce: null, serial: false },
  'place-articles': { attempts: 5, leaseSeconds: 600, coalesce: () => 'all', serial: true },
  'write-brief': {
    attempts: 3,
    leaseSeconds: 300,
    coalesce: ((p: TaskPayloads['write-brief']) => p.story) as (payload: never) => string,
    serial: false,
  },
};

/**
 * The order a worker looks for work in: first what brings articles in (each placed by the job that
 * stored it), then sweeps of articles left unplaced, then briefs. During a burst, briefs wait
 * (coalesced) until the articles are in: one brief per story for the whole burst.
 */
export const TAKE_ORDER: readonly TaskName[] = [
  'extract-article',
  'fetch-page',
  'poll-feed',
  'read-input',
  'place-article',
  'place-articles',
  'write-brief',
];

/** The coalescing key of a job, or null. */
export function coalesceKey<T extends TaskName>(task: T, payload: TaskPayloads[T]): string | null {
  const key = TASK_POLICY[task].coalesce;
  return key === null ? null : (key as (payload: TaskPayloads[T]) => string)(payload);
}

/** Overrides of the leases (tests and benchmarks shorten them to see a lost worker's jobs come back). */
export interface QueueOptions {
  readonly leaseSeconds?: number;
  /** Seconds before a failed attempt is retried (doubling each time). Default 2. */
  readonly retryDelaySeconds?: number;
}

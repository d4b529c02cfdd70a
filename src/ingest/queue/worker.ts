/**
 * @module ingest/queue/worker
 * A worker: takes jobs from the queue and runs them with the steps of `tasks.ts`, `concurrency` at a
 * time. What a step hands on is queued (coalesced where the task says so), except the placement of an
 * article just stored, which runs in the same job; what it reports becomes the job's output; a step
 * that throws fails the attempt (retried, then parked by the queue). It places through the store's
 * clusterer state, so it starts in the same time whatever the archive holds; on start it queues a sweep
 * of articles left unplaced. A database that goes away (a restart) pauses the worker with backoff
 * instead of stopping it.
 */

import type { Store } from '../../store/store.js';
import type { Fetcher } from '../fetcher.js';
import type { Clusterer, Pipeline } from '../pipeline.js';
import { type ItemReport, runTask, type SkippedArticle, type TaskContext } from '../tasks.js';
import { type JobOutput, type JobQueue, TAKE_ORDER, type TakenJob } from './job-queue.js';

export interface WorkerOptions {
  readonly queue: JobQueue;
  readonly store: Store;
  readonly pipeline: Pipeline;
  readonly fetcher: Fetcher;
  /** Jobs run at once. Default 4. */
  readonly concurrency?: number;
  readonly signal: AbortSignal;
  /** How long to wait before looking again when there is no job, in ms. Default 200. */
  readonly idleMs?: number;
  readonly now?: () => number;
  readonly everyMs?: number;
  /** The clusterer to place with; default one over `store.clusterState()`. */
  readonly clusterer?: Clusterer;
  /** Told about each finished attempt (for logs and tests). */
  readonly onJob?: (job: TakenJob, outcome: { ok: true } | { ok: false; error: string }) => void;
  /**
   * Queue a sweep of articles left unplaced before starting (default true); threads started together
   * leave it to the thread that starts them (`job-runner.ts`).
   */
  readonly sweep?: boolean;
  /** Told about a failure to reach the queue (the worker keeps trying). */
  readonly onTrouble?: (error: Error) => void;
}

export interface WorkerResult {
  readonly done: number;
  readonly failed: number;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Queues one sweep (`place-articles`) when the store holds articles left unplaced: by a run that died
 * between storing and placing, or a database from before the clusterer's state was stored.
 */
export async function queueSweep(store: Store, queue: JobQueue): Promise<void> {
  if ((await store.listUnplaced(1)).length > 0) await queue.enqueue('place-articles', {});
}

/** Runs jobs until `signal` aborts; gives how many attempts finished and failed. */
export async function runWorker(options: WorkerOptions): Promise<WorkerResult> {
  const { queue, signal } = options;
  const clusterer = options.clusterer ?? options.pipeline.createClusterer(options.store.clusterState());
  const idleMs = options.idleMs ?? 200;
  const name = `${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  let done = 0;
  let failed = 0;

  async function runJob(job: TakenJob): Promise<void> {
    const items: ItemReport[] = [];
    const next: string[] = [];
    const skipped: SkippedArticle[] = [];
    const briefs: { story: string; outcome: string }[] = [];
    const context: TaskContext = {
      store: options.store,
      pipeline: options.pipeline,
      fetcher: options.fetcher,
      clusterer,
      key: job.id,
      now: options.now ?? Date.now,
      everyMs: options.everyMs ?? 15 * 60 * 1000,
      concurrency: 8,
      signal,
      async next(task, payload) {
        // The article this job stored is placed by this job: a retry (same key) finds it and places it.
        if (task === 'place-article') await runTask(task, payload, context);
        else next.push(await queue.enqueue(task, payload));
      },
      report(item) {
        items.push(item);
        return item;
      },
      crashed(_input, error) {
        throw error;
      },
      expect() {},
      skipped(list) {
        skipped.push(...list);
      },
      briefed(story, outcome) {
        briefs.push({ story, outcome });
      },
    };
    try {
      await runTask(job.task, job.payload as never, context);
    } catch (error) {
      const message = `${job.task === 'extract-article' ? 'extract-error: ' : ''}${(error as Error).message ?? String(error)}`;
      failed++;
      options.onJob?.(job, { ok: false, error: message });
      await queue.fail(job, message);
      return;
    }
    const output: JobOutput = { items, next, skipped, briefs };
    await queue.complete(job, output);
    done++;
    options.onJob?.(job, { ok: true });
  }

  async function slot(): Promise<void> {
    let trouble = 0;
    while (!signal.aborted) {
      try {
        const job = await queue.take(TAKE_ORDER, name);
        trouble = 0;
        if (job === null) await sleep(idleMs, signal);
        else await runJob(job);
      } catch (error) {
        // The database went away (restart, network): wait and try again; the lease brings the job back.
        options.onTrouble?.(error as Error);
        await sleep(Math.min(5000, 100 * 2 ** trouble++), signal);
      }
    }
  }

  if (options.sweep ?? true)
    await queueSweep(options.store, queue).catch((error: Error) => options.onTrouble?.(error));
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, slot));
  return { done, failed };
}

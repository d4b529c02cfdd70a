/**
 * @module ingest/queue/job-runner
 * Where a command's jobs run: in worker threads (the real pipeline, or a pipeline module), or on the
 * calling thread when the database is `:memory:` (threads cannot share it) or the pipeline was handed
 * over as a function (tests). `stop` finishes the jobs in hand.
 */

import type { Store } from '../../store/store.js';
import type { Fetcher } from '../fetcher.js';
import type { Pipeline } from '../pipeline.js';
import type { JobQueue } from './job-queue.js';
import { queueSweep, runWorker } from './worker.js';
import { startWorkerThreads } from './worker-threads.js';

export interface JobRunnerSetting {
  readonly db: string;
  readonly store: Store;
  readonly queue: JobQueue;
  /** Worker threads (0: none, the jobs run elsewhere). */
  readonly threads: number;
  readonly concurrency: number;
  readonly allowPrivate: boolean;
  readonly pipelineModule: string | null;
  /** Set when the pipeline is a function of this thread (tests): the jobs run here. */
  readonly pipeline: (() => Promise<Pipeline>) | null;
  readonly fetcher: () => Fetcher;
  readonly onError?: (error: Error) => void;
}

export interface JobRunner {
  stop(): Promise<void>;
}

export async function startJobRunner(setting: JobRunnerSetting): Promise<JobRunner> {
  if (setting.threads <= 0) return { async stop() {} };
  const here = setting.db === ':memory:' || (setting.pipeline !== null && setting.pipelineModule === null);
  if (!here) {
    // Once, before the threads start (each would race the others' articles stored but not yet placed).
    await queueSweep(setting.store, setting.queue).catch((error: Error) => setting.onError?.(error));
    const threads = startWorkerThreads(
      {
        db: setting.db,
        concurrency: setting.concurrency,
        pipelineModule: setting.pipelineModule,
        allowPrivate: setting.allowPrivate,
      },
      setting.threads,
      setting.onError,
    );
    return threads;
  }
  const stop = new AbortController();
  const pipeline = await (setting.pipeline ?? (await import('../pipeline.js')).defaultPipeline)();
  const running = runWorker({
    queue: setting.queue,
    store: setting.store,
    pipeline,
    fetcher: setting.fetcher(),
    concurrency: setting.concurrency,
    signal: stop.signal,
    idleMs: 20,
    ...(setting.onError ? { onTrouble: setting.onError } : {}),
  });
  return {
    async stop() {
      stop.abort();
      await running;
    },
  };
}

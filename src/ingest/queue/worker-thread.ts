/**
 * @module ingest/queue/worker-thread
 * The entry of a worker thread: opens its own store and queue connections, loads the pipeline, and runs
 * `runWorker` until the parent says stop. Extraction, placement and briefs run here, so the thread that
 * answers HTTP never blocks on them.
 */

import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../../store/open-store.js';
import { createFetcher } from '../fetcher.js';
import { defaultPipeline, type Pipeline } from '../pipeline.js';
import { openJobQueue } from './open-job-queue.js';
import { runWorker } from './worker.js';
import type { WorkerThreadSetting } from './worker-threads.js';

/** How much lower than the HTTP thread a worker thread runs (nice steps): answers first, work after. */
const BACKGROUND_NICENESS = 10;

/**
 * Lowers this thread's scheduling priority where the system allows it (Linux, where a thread has its
 * own id): on a busy machine the thread that answers HTTP gets the cores first, the pipeline the rest.
 * Elsewhere, or without permission, the thread keeps its priority.
 */
function runInBackground(): void {
  try {
    const tid = Number(/\/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, BACKGROUND_NICENESS);
  } catch {
    // not Linux, or not allowed: the default priority is correct, only less polite
  }
}

runInBackground();
const setting = workerData as WorkerThreadSetting;
const stop = new AbortController();
parentPort?.on('message', (message) => {
  if (message === 'stop') stop.abort();
});

const loadPipeline = async (): Promise<Pipeline> =>
  setting.pipelineModule === null
    ? defaultPipeline()
    : ((await import(setting.pipelineModule)) as { default: () => Pipeline | Promise<Pipeline> }).default();

const store = await openStore(setting.db);
const queue = await openJobQueue(setting.db, {
  ...(setting.leaseSeconds === undefined ? {} : { leaseSeconds: setting.leaseSeconds }),
});
try {
  await runWorker({
    queue,
    store,
    pipeline: await loadPipeline(),
    fetcher: createFetcher({ allowPrivate: setting.allowPrivate }),
    concurrency: setting.concurrency,
    signal: stop.signal,
    sweep: false,
    ...(setting.idleMs === undefined ? {} : { idleMs: setting.idleMs }),
  });
} finally {
  await queue.close();
  await store.close();
}
// In a worker thread this ends the thread only; a loader or a kept-alive socket must not hold it open.
process.exit(0);

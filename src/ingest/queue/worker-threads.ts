/**
 * @module ingest/queue/worker-threads
 * Runs workers in threads of this process (what `serve` and `watch` do on SQLite, and on PostgreSQL
 * unless told `--workers 0`): each thread has its own connections and pipeline. A thread that dies is
 * started again after a pause; `stop` lets each finish its current job.
 */

import { Worker } from 'node:worker_threads';

export interface WorkerThreadSetting {
  /** The database (SQLite file or postgres:// URL) the store and queue live in. */
  readonly db: string;
  readonly concurrency: number;
  /** A module whose default export makes the pipeline (tests); null for the real one. */
  readonly pipelineModule: string | null;
  readonly allowPrivate: boolean;
  readonly leaseSeconds?: number;
  readonly idleMs?: number;
}

export interface WorkerThreads {
  stop(): Promise<void>;
}

/** Run from source (tests, benchmarks): the thread compiles TypeScript with tsx, as this thread does. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const ENTRY = new URL(`./worker-thread.${FROM_SOURCE ? 'ts' : 'js'}`, import.meta.url);

function newWorker(setting: WorkerThreadSetting): Worker {
  if (!FROM_SOURCE) return new Worker(ENTRY, { workerData: setting });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); })`;
  return new Worker(boot, { eval: true, workerData: setting });
}

export function startWorkerThreads(
  setting: WorkerThreadSetting,
  threads: number,
  onError: (error: Error) => void = () => {},
): WorkerThreads {
  let stopping = false;
  const running = new Set<Worker>();
  const exited = new Map<Worker, Promise<void>>();

  function launch(): void {
    const worker = newWorker(setting);
    running.add(worker);
    exited.set(
      worker,
      new Promise<void>((resolve) => {
        worker.on('error', (error) => onError(error));
        worker.on('exit', () => {
          running.delete(worker);
          exited.delete(worker);
          resolve();
          if (!stopping) setTimeout(() => !stopping && launch(), 1000).unref();
        });
      }),
    );
  }

  for (let i = 0; i < threads; i++) launch();
  return {
    async stop() {
      stopping = true;
      const waiting = [...exited.values()];
      for (const worker of running) worker.postMessage('stop');
      await Promise.all(waiting);
    },
  };
}

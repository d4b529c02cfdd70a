/**
 * @module cli/commands/worker
 * `corroborate worker --db postgres://… [--concurrency N]`: takes queued jobs (feed polls, page fetches,
 * extraction, placement, briefs) and runs them until SIGINT/SIGTERM, finishing the jobs in hand. Run as
 * many as wanted, on as many machines: they share the work through the queue.
 */

import { defineCommand } from 'citty';
import { loadPipeline, makeFetcher, openStore, type PipelineContext } from '../../ingest/command-support.js';
import { openJobQueue } from '../../ingest/queue/open-job-queue.js';
import { runWorker } from '../../ingest/queue/worker.js';
import { parseInterval } from '../../ingest/watch.js';
import { redactUrl } from '../../store/postgres-errors.js';
import { countOf, DB_ARG, databaseOf } from '../database-arg.js';
import { usageError } from '../errors.js';
import type { CommandData } from '../io.js';

export default defineCommand({
  meta: { name: 'worker', description: 'Run queued jobs (polls, fetches, extraction, stories, briefs)' },
  args: {
    db: DB_ARG,
    concurrency: { type: 'string', description: 'Jobs run at once', default: '4' },
    lease: {
      type: 'string',
      description: 'How long a job may run before it is presumed lost and retried (default per task)',
    },
    'allow-private': {
      type: 'boolean',
      description: 'Allow loopback and private network addresses',
      default: false,
    },
  },
  async run({ args, data }) {
    const context = data as CommandData & PipelineContext & { signal?: AbortSignal };
    const { io } = context;
    const db = databaseOf(args);
    const concurrency = countOf(args.concurrency, '--concurrency', 1);
    const lease = args.lease === undefined ? undefined : parseInterval(String(args.lease));
    if (lease === null) throw usageError(`--lease ${args.lease} is not an interval like 30s or 2m`);
    const store = await openStore(db);
    const queue = await openJobQueue(
      db,
      lease === undefined ? {} : { leaseSeconds: Math.ceil(lease / 1000) },
    );
    const stop = new AbortController();
    const onSignal = (): void => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    context.signal?.addEventListener('abort', onSignal, { once: true });
    try {
      io.stderr(`worker ${process.pid} on ${redactUrl(db)}, ${concurrency} at once (Ctrl-C to stop)\n`);
      const result = await runWorker({
        queue,
        store,
        pipeline: await loadPipeline(context),
        fetcher: makeFetcher(Boolean(args['allow-private']), context),
        concurrency,
        signal: stop.signal,
        onJob: (job, outcome) => {
          if (!outcome.ok) io.stderr(`  failed  ${job.id} (attempt ${job.attempt}): ${outcome.error}\n`);
        },
        onTrouble: (error) => io.stderr(`  waiting for the database: ${error.message}\n`),
      });
      io.stderr(`stopped: ${result.done} jobs done, ${result.failed} attempts failed\n`);
      return result;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await queue.close();
      await store.close();
    }
  },
});

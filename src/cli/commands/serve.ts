/**
 * @module cli/commands/serve
 * `corroborate serve --db PATH|URL --port N --host H [--workers N]`: the HTTP API over a database, with
 * worker threads running the queued jobs (`POST /api/articles`), until SIGINT/SIGTERM.
 */

import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { defineCommand } from 'citty';
import { makeFetcher, openStore, type PipelineContext } from '../../ingest/command-support.js';
import { startJobRunner } from '../../ingest/queue/job-runner.js';
import { openJobQueue } from '../../ingest/queue/open-job-queue.js';
import { createApp } from '../../server/app.js';
import { createService } from '../../server/service.js';
import { redactUrl } from '../../store/postgres-errors.js';
import { countOf, DB_ARG, databaseOf } from '../database-arg.js';
import { usageError } from '../errors.js';
import type { CommandData } from '../io.js';

export default defineCommand({
  meta: { name: 'serve', description: 'Serve stories, articles and briefs over HTTP' },
  args: {
    db: DB_ARG,
    port: { type: 'string', description: 'Port to listen on (0 picks a free one)', default: '8080' },
    host: { type: 'string', description: 'Address to listen on', default: '127.0.0.1' },
    'allow-private': {
      type: 'boolean',
      description: 'Let POST /api/articles fetch private addresses',
      default: false,
    },
    workers: {
      type: 'string',
      description: 'Worker threads running queued jobs here (0 when separate `worker` processes run them)',
      default: '1',
    },
    concurrency: { type: 'string', description: 'Jobs each worker thread runs at once', default: '4' },
  },
  async run({ args, data }) {
    const context = data as CommandData &
      PipelineContext & { signal?: AbortSignal; onListening?: (port: number) => void };
    const { io } = context;
    const db = databaseOf(args);
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      throw usageError(`--port ${args.port} is not a port`);
    const threads = countOf(args.workers, '--workers', 0);
    const concurrency = countOf(args.concurrency, '--concurrency', 1);
    const store = await openStore(db);
    const queue = await openJobQueue(db);
    const runner = await startJobRunner({
      db,
      store,
      queue,
      threads,
      concurrency,
      allowPrivate: Boolean(args['allow-private']),
      pipelineModule: context.pipelineModule ?? null,
      pipeline: context.pipeline ?? null,
      fetcher: () => makeFetcher(Boolean(args['allow-private']), context),
      onError: (error) => io.stderr(`worker: ${error.message}\n`),
    });
    const app = createApp(createService({ store, queue }));
    const server = serve({ fetch: app.fetch, port, hostname: String(args.host) });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('listening', resolve);
        server.once('error', reject);
      });
    } catch (error) {
      await runner.stop();
      await queue.close();
      await store.close();
      throw usageError(`cannot listen on ${args.host}:${port}: ${(error as Error).message}`);
    }
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    io.stderr(`serving ${redactUrl(db)} on http://${args.host}:${bound}/api/stories\n`);
    context.onListening?.(bound);
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        server.close(() => resolve());
        (server as Server).closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      context.signal?.addEventListener('abort', stop, { once: true });
    });
    await runner.stop();
    await queue.close();
    await store.close();
  },
});

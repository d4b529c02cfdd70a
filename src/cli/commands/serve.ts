/**
 * @module cli/commands/serve
 * `corroborate serve --db PATH --port N --host H`: the web UI and the HTTP API over a database, until SIGINT/SIGTERM.
 */

import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { defineCommand } from 'citty';
import { loadPipeline, makeFetcher, openStore, type PipelineContext } from '../../ingest/command-support.js';
import { createIngestor } from '../../ingest/ingest.js';
import { createApp } from '../../server/app.js';
import { createService } from '../../server/service.js';
import { redactUrl } from '../../store/postgres-errors.js';
import { DB_ARG, databaseOf } from '../database-arg.js';
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
  },
  async run({ args, data }) {
    const context = data as CommandData &
      PipelineContext & { signal?: AbortSignal; onListening?: (port: number) => void };
    const { io } = context;
    const db = databaseOf(args);
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      throw usageError(`--port ${args.port} is not a port`);
    const store = await openStore(db);
    const ingestor = createIngestor({
      store,
      pipeline: await loadPipeline(context),
      fetcher: makeFetcher(Boolean(args['allow-private']), context),
    });
    const app = createApp(createService({ store, ingestor }));
    const server = serve({ fetch: app.fetch, port, hostname: String(args.host) });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('listening', resolve);
        server.once('error', reject);
      });
    } catch (error) {
      await store.close();
      throw usageError(`cannot listen on ${args.host}:${port}: ${(error as Error).message}`);
    }
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    io.stderr(`serving ${redactUrl(db)}: web UI at http://${args.host}:${bound}/ (JSON API under /api)\n`);
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
    await store.close();
  },
});

/**
 * @module cli/commands/serve
 * `corroborate serve --db PATH --port N --host H`: the HTTP API over a database, until SIGINT/SIGTERM.
 */

import { serve } from '@hono/node-server';
import { defineCommand } from 'citty';
import {
  commandContext,
  loadPipeline,
  makeFetcher,
  openStore,
  requireDb,
  UsageError,
} from '../../ingest/command-support.js';
import { createIngestor } from '../../ingest/ingest.js';
import { createApp } from '../../server/app.js';
import { createService } from '../../server/service.js';

export default defineCommand({
  meta: { name: 'serve', description: 'Serve stories, articles and briefs over HTTP' },
  args: {
    db: { type: 'string', description: 'SQLite database file', required: true },
    port: { type: 'string', description: 'Port to listen on', default: '8080' },
    host: { type: 'string', description: 'Address to listen on', default: '127.0.0.1' },
    'allow-private': {
      type: 'boolean',
      description: 'Let POST /api/articles fetch private addresses',
      default: false,
    },
  },
  async run({ args }) {
    const out = commandContext().stdout ?? process.stdout;
    const db = requireDb(args.db);
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      throw new UsageError(`--port ${args.port} is not a port`);
    const store = openStore(db);
    const ingestor = createIngestor({
      store,
      pipeline: await loadPipeline(),
      fetcher: makeFetcher(Boolean(args['allow-private'])),
    });
    const app = createApp(createService({ store, ingestor }));
    const server = serve({ fetch: app.fetch, port, hostname: String(args.host) });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    out.write(`serving ${db} on http://${args.host}:${bound}/api/stories\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        server.close(() => resolve());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await store.close();
  },
});

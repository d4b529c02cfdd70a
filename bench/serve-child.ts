/**
 * @module bench/serve-child
 * The API server the serve benchmark loads, in its own process so the load generator does not share
 * its event loop: `node --import tsx bench/serve-child.ts DB` (a SQLite file or a postgres:// URL) prints
 * `port N` once listening.
 */

import { serve } from '@hono/node-server';
import { createApp } from '../src/server/app.js';
import { createService } from '../src/server/service.js';
import { openStore } from '../src/store/open-store.js';

const store = await openStore(process.argv[2] ?? ':memory:');
const app = createApp(createService({ store }));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`port ${info.port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

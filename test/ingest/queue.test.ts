import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { openPgJobQueue } from '../../src/ingest/queue/pg-job-queue.js';
import { openSqliteJobQueue } from '../../src/ingest/queue/sqlite-job-queue.js';
import { type LocalPostgres, startLocalPostgres } from '../store/fixtures/embedded-postgres.js';
import { queueConformance } from './queue.case.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-queue-'));
let server: LocalPostgres;
before(async () => {
  server = await startLocalPostgres();
});
after(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
queueConformance('sqlite', async (leaseSeconds) =>
  openSqliteJobQueue(join(dir, `q${n++}.db`), { leaseSeconds, retryDelaySeconds: 0.05 }),
);
queueConformance('postgres (pg-boss)', async (leaseSeconds) =>
  openPgJobQueue(await server.createDatabase(), { leaseSeconds, retryDelaySeconds: 1, superviseSeconds: 1 }),
);

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
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

test('sqlite: a job queued while another connection holds the write lock waits without blocking this thread', async () => {
  const path = join(dir, 'locked.db');
  const queue = openSqliteJobQueue(path);
  const other = new Database(path);
  other.exec('BEGIN IMMEDIATE'); // another writer holds the lock
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 5);
  const queued = queue.enqueue('fetch-page', {
    url: 'https://dam.example/a',
    input: 'https://dam.example/a',
    hints: null,
    feed: null,
  });
  await new Promise((resolve) => setTimeout(resolve, 60));
  const ticked = ticks;
  other.exec('COMMIT');
  const id = await queued;
  clearInterval(ticker);
  assert.ok(ticked >= 5, `the event loop ran while the job waited for the lock (${ticked} ticks)`);
  assert.equal((await queue.findJob(id))?.state, 'queued');
  other.close();
  await queue.close();
});

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { createClusterer } from '../../src/cluster/index.js';
import { openSqliteJobQueue } from '../../src/ingest/queue/sqlite-job-queue.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { ftsQuery, openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store, StoreError } from '../../src/store/store.js';
import { clustererCases } from '../cluster/clusterer.case.js';
import { clusterStateCases } from '../cluster/state.case.js';
import { makeArticle } from './article-fixture.js';
import { storeConformance } from './store.case.js';

storeConformance('sqlite (memory)', async () => openSqliteStore(':memory:'));

// The clusterer itself, placing through the state a SQLite store keeps (a fresh database per case).
clustererCases('stream over the sqlite store', (options) =>
  createClusterer({ ...options, state: openSqliteStore(':memory:').clusterState() }),
);

const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
storeConformance('sqlite (file, WAL)', async () => openSqliteStore(join(dir, `t${n++}.db`)));

// The clusterer's state in a file; `reopen` is another connection, as another process would have.
clusterStateCases('sqlite store', async () => {
  const path = join(dir, `state${n++}.db`);
  const stores: Store[] = [openSqliteStore(path)];
  return {
    state: stores[0]!.clusterState(),
    reopen: async () => {
      const other = openSqliteStore(path);
      stores.push(other);
      return other.clusterState();
    },
    close: async () => {
      for (const store of stores) await store.close();
    },
  };
});

test('a file database is in WAL mode, migrated, and keeps data across reopen', async () => {
  const path = join(dir, 'reopen.db');
  const store = openSqliteStore(path);
  await store.addArticle({ article: makeArticle({ url: 'https://r.example/1', text: 'Kept.' }) });
  await store.close();
  const raw = new Database(path);
  assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(raw.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  raw.close();
  const again = openSqliteStore(path);
  assert.equal((await again.stats()).articles, 1);
  await again.close();
});

/**
 * Holds a read of the file at `path` in a worker thread for `holdMs`, as another process opening it
 * would; resolves once the read holds its lock, with a promise of the worker's end (in an object, as
 * an async function would otherwise wait for it).
 */
async function holdRead(path: string, holdMs: number): Promise<{ ended: Promise<void> }> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.sqlite);
    const db = new Database(workerData.path);
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    parentPort.postMessage('holding');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, workerData.holdMs);`;
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(code, { eval: true, workerData: { path, holdMs, sqlite } });
  const ended = new Promise<void>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('exit', () => resolve());
  });
  await new Promise((resolve) => worker.once('message', resolve));
  return { ended };
}

test('opening a file another process is reading waits for it, and turns it to WAL', async () => {
  for (const open of [(path: string) => openSqliteStore(path), (path: string) => openSqliteJobQueue(path)]) {
    const path = join(dir, `held${n++}.db`);
    const raw = new Database(path);
    raw.exec('CREATE TABLE other (x)');
    raw.close();
    const { ended } = await holdRead(path, 150);
    const opened = open(path);
    await ended;
    await opened.close();
    const check = new Database(path);
    assert.equal(check.pragma('journal_mode', { simple: true }), 'wal');
    check.close();
  }
});

test('a file another process holds for longer than the wait is a clear error', async () => {
  const path = join(dir, `held${n++}.db`);
  const raw = new Database(path);
  raw.exec('CREATE TABLE other (x)');
  raw.close();
  const { ended } = await holdRead(path, 400);
  assert.throws(
    () => openSqliteStore(path, { busyTimeoutMs: 50 }),
    (error: Error) => {
      assert.equal((error as StoreError).code, 'open-failed');
      assert.match(error.message, /cannot open database .*held\d+\.db: database is locked/);
      return true;
    },
  );
  await ended;
});

test('refuses a database from a newer version', () => {
  const path = join(dir, 'newer.db');
  const raw = new Database(path);
  raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  raw.close();
  assert.throws(() => openSqliteStore(path), /newer/);
});

test('ftsQuery quotes words and drops syntax', () => {
  assert.equal(ftsQuery('ferry AND "strike'), '"ferry" "AND" "strike"');
  assert.equal(ftsQuery('*** ()'), null);
});

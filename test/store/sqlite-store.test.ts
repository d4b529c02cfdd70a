import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { createClusterer } from '../../src/cluster/index.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { ftsQuery, openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
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

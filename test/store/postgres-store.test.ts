import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { type ClusterState, createClusterer } from '../../src/cluster/index.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { createPostgresClusterState } from '../../src/store/postgres-cluster-state.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres-migrations.js';
import { openPostgresStore, POSTGRES_SCHEMA_VERSION } from '../../src/store/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { clustererCases } from '../cluster/clusterer.case.js';
import { clusterStateCases } from '../cluster/state.case.js';
import { makeArticle } from './article-fixture.js';
import { type LocalPostgres, startLocalPostgres } from './fixtures/embedded-postgres.js';
import { storeConformance } from './store.case.js';

let server: LocalPostgres;
before(async () => {
  server = await startLocalPostgres();
});
/** Stores the clusterer cases opened (their factory is synchronous): closed before the server stops. */
const opened: Promise<Store>[] = [];
after(async () => {
  for (const store of opened) await (await store).close();
  await server?.stop();
});

storeConformance('postgres', async () => openPostgresStore(await server.createDatabase()));

/** The state of a new database's store, opened on first use. */
function newDatabaseState(): ClusterState {
  const store = server.createDatabase().then((url) => openPostgresStore(url));
  opened.push(store);
  return {
    place: async (work) => (await store).clusterState().place(work),
    read: async (query) => (await store).clusterState().read(query),
  };
}

// The clusterer itself, placing through the state a PostgreSQL store keeps (a fresh database per case).
clustererCases('stream over the postgres store', (options) =>
  createClusterer({ ...options, state: newDatabaseState() }),
);

// The clusterer's state in PostgreSQL; `reopen` is another pool, as another process would have.
clusterStateCases('postgres store', async () => {
  const url = await server.createDatabase();
  const stores: Store[] = [await openPostgresStore(url)];
  return {
    state: stores[0]!.clusterState(),
    reopen: async () => {
      const other = await openPostgresStore(url);
      stores.push(other);
      return other.clusterState();
    },
    close: async () => {
      for (const store of stores) await store.close();
    },
  };
});

test('PostgreSQL and SQLite migrations describe the same versions', () => {
  assert.deepEqual(
    POSTGRES_MIGRATIONS.map((m) => [m.version, m.name]),
    MIGRATIONS.map((m) => [m.version, m.name]),
    'a SQLite migration was added without its PostgreSQL twin',
  );
});

test('refuses a database from a newer version, and changes nothing in it', async () => {
  const url = await server.createDatabase();
  const store = await openPostgresStore(url);
  await store.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('UPDATE corroborate_schema SET version = $1', [POSTGRES_SCHEMA_VERSION + 1]);
  await assert.rejects(openPostgresStore(url), /schema version \d+ is newer than this program's/);
  assert.equal(
    (await client.query('SELECT version FROM corroborate_schema')).rows[0].version,
    POSTGRES_SCHEMA_VERSION + 1,
  );
  await client.end();
});

test('a wrong connection string, a closed port, a missing database: clear errors, no hang', async () => {
  const started = Date.now();
  await assert.rejects(
    openPostgresStore('postgres://corroborate:secret@127.0.0.1:1/none', { connectTimeoutMs: 2000 }),
    (error: Error) =>
      /cannot connect to PostgreSQL at .*127\.0\.0\.1:1.*connection refused/.test(error.message) &&
      !error.message.includes('secret'),
  );
  await assert.rejects(openPostgresStore(server.url('no_such_database')), /database does not exist/);
  await assert.rejects(
    openPostgresStore(server.url().replace('corroborate:corroborate', 'corroborate:wrong')),
    /password authentication failed/,
  );
  assert.ok(Date.now() - started < 15_000);
});

test('writers racing to store one article store it once', async () => {
  const url = await server.createDatabase();
  const stores = await Promise.all([0, 1, 2, 3].map(() => openPostgresStore(url)));
  const results = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      stores[i % 4]!.addArticle({
        article: makeArticle({ url: `https://race.example/${i % 5}`, text: `Race report number ${i % 5}.` }),
      }),
    ),
  );
  assert.equal(results.filter((r) => r.status === 'new').length, 5);
  assert.equal(new Set(results.map((r) => r.id)).size, 5);
  assert.equal((await stores[0]!.stats()).articles, 5);
  await Promise.all(stores.map((s) => s.close()));
});

test('a placement holds the lock for one round trip per read, one for its change set and one for its COMMIT', async () => {
  const url = await server.createDatabase();
  await (await openPostgresStore(url)).close();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const sent: string[] = [];
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (text: string) => Promise<unknown>;
    (client as unknown as { query: (text: string) => Promise<unknown> }).query = (text) => {
      sent.push(text);
      return query(text);
    };
  });
  const state = createPostgresClusterState(pool, {
    retryMs: 1000,
    publishReads: () => ['SELECT 1 AS one'],
    publish: (_placement, rows) => {
      assert.deepEqual(rows, [[{ one: 1 }]], 'publishing is given what its reads read');
      return ['SELECT 2'];
    },
    committed: async () => {},
  });
  try {
    await state.place(async (tx) => {
      const { meta } = await tx.read({});
      await tx.read({ frequencies: [1, 2] });
      await tx.commit({ meta: { ...meta, clock: 1 } });
    });
    assert.equal(sent.length, 4, sent.join('\n---\n'));
    assert.match(
      sent[0]!,
      /^BEGIN;[\s\S]*pg_advisory_xact_lock[\s\S]*cluster_meta/,
      'the lock is taken with the first read',
    );
    assert.match(
      sent[2]!,
      /UPDATE cluster_meta[\s\S]*SELECT 1 AS one/,
      'the change set is written with the reads',
    );
    assert.match(sent[3]!, /SELECT 2;\s*COMMIT$/, 'published with the COMMIT');
    assert.equal((await state.read({})).meta.clock, 1);
  } finally {
    await pool.end();
  }
});

test('a store opened on tables another process just filled gathers their planner statistics', async () => {
  const url = await server.createDatabase();
  const writer = await openPostgresStore(url);
  for (let i = 0; i < 20; i++)
    await writer.addArticle({
      article: makeArticle({ url: `https://stats.example/${i}`, text: `Report number ${i} on the tram.` }),
    });
  await writer.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const articles = async () =>
    (
      await client.query<{ analysed: boolean; changed: string }>(
        `SELECT last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL AS analysed,
                n_mod_since_analyze AS changed
         FROM pg_stat_user_tables WHERE relname = 'articles'`,
      )
    ).rows[0]!;
  try {
    // A backend's counts reach the statistics views as it ends: wait for the writer's to arrive.
    for (let tries = 0; Number((await articles()).changed) === 0 && tries < 50; tries++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    // Too few rows for autovacuum to analyse (it waits for 50 changes).
    assert.equal((await articles()).analysed, false);
    const reader = await openPostgresStore(url);
    await reader.close();
    assert.equal((await articles()).analysed, true);
  } finally {
    await client.end();
  }
});

describe('the same data gives the same answers on SQLite and PostgreSQL', () => {
  let sqlite: Store;
  let postgres: Store;
  before(async () => {
    sqlite = openSqliteStore(':memory:', { now: () => new Date('2031-05-01T10:00:00.000Z') });
    postgres = await openPostgresStore(await server.createDatabase(), {
      now: () => new Date('2031-05-01T10:00:00.000Z'),
    });
    for (const store of [sqlite, postgres]) {
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) {
        const added = await store.addArticle({
          article: makeArticle({
            url: `https://same.example/${i}`,
            title: `Report ${i}`,
            outlet: i % 2 ? 'Bay Courier' : 'Harbour Times',
            text: `The ferry crews of Port Lenning met on day ${i}. Café owners said “ça va” and Zürich agreed.`,
          }),
        });
        ids.push(added.id);
      }
      await store.writeStories([
        {
          id: 'b',
          title: 'B',
          members: ids.slice(0, 3),
          origins: [{ id: 'o', members: ids.slice(0, 2), credit: 'Wire' }],
          first: '2031-04-30',
          last: '2031-05-01',
          storyline: 'l',
        },
        {
          id: 'a',
          title: 'A',
          members: ids.slice(3),
          origins: [],
          first: '2031-04-29',
          last: null,
          storyline: 'l',
        },
      ]);
      await store.saveBrief('a', { ...(await import('./article-fixture.js')).emptyBrief('Ä “quoted”') });
    }
  });
  after(async () => {
    await sqlite.close();
    await postgres.close();
  });

  test('stories, storylines, articles, briefs and feeds', async () => {
    const ask = async (store: Store) =>
      JSON.stringify([
        await store.listStories({ limit: 10, offset: 0 }),
        await store.listStories({ limit: 10, offset: 0, q: 'ferry' }),
        await store.findStory('b'),
        await store.listStoryline('l'),
        await store.listArticles({ limit: 10, offset: 0 }),
        await store.findArticleRefs(['a_missing', ...(await store.findStory('a'))!.members]),
        await store.findBriefJson('a'),
        await store.listStaleBriefs(10),
        await store.stats(),
      ]);
    assert.equal(await ask(postgres), await ask(sqlite));
  });

  test('search finds the same articles, each snippet marking the words', async () => {
    const ids = async (store: Store) =>
      (await store.searchArticles('ferry lenning', { limit: 10, offset: 0 })).map((h) => h.id).sort();
    assert.deepEqual(await ids(postgres), await ids(sqlite));
    const hits = await postgres.searchArticles('ferry', { limit: 2, offset: 1 });
    assert.equal(hits.length, 2);
    assert.ok(
      hits.every((h) => h.snippet.includes('[ferry]')),
      JSON.stringify(hits),
    );
  });
});

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatSummary } from '../../src/ingest/command-support.js';
import { createFetcher } from '../../src/ingest/fetcher.js';
import { createIngestor } from '../../src/ingest/ingest.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { type LocalPostgres, startLocalPostgres } from '../store/fixtures/embedded-postgres.js';
import { fakePipeline } from './fixtures/fake-pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-runs-'));
let server: LocalPostgres;
before(async () => {
  server = await startLocalPostgres();
});
after(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Files of `topics` events, `per` reports each, named so the fake clusterer groups them by topic. */
function writeReports(prefix: string, topics: number, per: number): string[] {
  const files: string[] = [];
  for (let t = 0; t < topics; t++)
    for (let i = 0; i < per; i++) {
      const path = join(dir, `${prefix}-${t}-${i}.txt`);
      writeFileSync(
        path,
        `Topic ${t}: report ${i}\nThe council of Mirrow said item ${prefix} ${t}-${i} happened today.`,
      );
      files.push(path);
    }
  return files;
}

const ingestorOf = (store: Store) =>
  createIngestor({ store, pipeline: fakePipeline(), fetcher: createFetcher() });

/** Every story with its members as a sorted list, and every article's story. */
async function picture(store: Store) {
  const stories = await store.listStories({ limit: 1000, offset: 0 });
  const articles = await store.listArticles({ limit: 10_000, offset: 0 });
  return {
    stories: stories.map((s) => `${s.id}: ${[...s.members].sort().join(' ')}`).sort(),
    dangling: articles
      .filter((a) => a.story === null || !stories.some((s) => s.id === a.story))
      .map((a) => a.id),
    briefs: (await store.stats()).briefs,
    articles: articles.length,
  };
}

test('overlapping runs of one ingestor each answer with their own items', async () => {
  const store = openSqliteStore(':memory:');
  const ingestor = ingestorOf(store);
  const a = writeReports('own-a', 1, 5);
  const b = writeReports('own-b', 1, 3);
  const [first, second] = await Promise.all([ingestor.ingest(a), ingestor.ingest(b)]);
  assert.deepEqual(
    first.items.map((i) => i.input),
    a,
  );
  assert.deepEqual(
    second.items.map((i) => i.input),
    b,
  );
  assert.equal(first.new + second.new, 8);
  await store.close();
});

test('an article the clusterer leaves out is reported with the reason, not dropped silently', async () => {
  const store = openSqliteStore(':memory:');
  const base = fakePipeline();
  const clusterer = base.createClusterer;
  const ingestor = createIngestor({
    store,
    fetcher: createFetcher(),
    pipeline: {
      ...base,
      createClusterer: (state) => {
        const inner = clusterer(state);
        return {
          add: async (doc) =>
            doc.text.includes('Hafen')
              ? { ok: false, id: doc.id, reason: 'unsupported-language: de' }
              : inner.add(doc),
          stories: () => inner.stories(),
        };
      },
    },
  });
  const path = join(dir, 'german.txt');
  writeFileSync(path, 'Topic 9: Streik\nDer Hafen von Mirrow wurde heute geschlossen.');
  const summary = await ingestor.ingest([...writeReports('en', 1, 2), path]);
  assert.equal(summary.new, 3);
  assert.deepEqual(
    summary.skipped.map((s) => [s.input, s.reason]),
    [[path, 'unsupported-language: de']],
  );
  assert.match(formatSummary(summary), /skipped .*german\.txt: unsupported-language: de/);
  await store.close();
});

describe('two writers on one database agree: no story, brief or article lost or dangling', () => {
  const backends: [string, () => Promise<() => Promise<Store>>][] = [
    [
      'sqlite',
      async () => {
        const path = join(dir, `writers-${Math.random().toString(36).slice(2)}.db`);
        return async () => openSqliteStore(path);
      },
    ],
    [
      'postgres',
      async () => {
        const url = await server.createDatabase();
        return () => openPostgresStore(url);
      },
    ],
  ];
  for (const [name, database] of backends) {
    test(name, async () => {
      const files = writeReports(`w-${name}`, 12, 10);
      const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)];
      const open = await database();
      const writers = await Promise.all([open(), open()]);
      // Each writer in slices, so their placements interleave.
      await Promise.all(
        writers.map(async (store, w) => {
          const ingestor = ingestorOf(store);
          const mine = halves[w]!;
          for (let i = 0; i < mine.length; i += 10) await ingestor.ingest(mine.slice(i, i + 10));
        }),
      );
      const two = await picture(writers[0]!);
      assert.equal(two.articles, 120);
      assert.deepEqual(two.dangling, []);
      assert.equal(two.stories.length, 12);
      assert.equal(two.briefs, 12);
      assert.deepEqual(await picture(writers[1]!), two, 'both writers read the same stories');
      const alone = openSqliteStore(':memory:');
      await ingestorOf(alone).ingest(files);
      assert.deepEqual((await picture(alone)).stories, two.stories, 'the same stories as one writer');
      await Promise.all([...writers, alone].map((s) => s.close()));
    });
  }
});

test("two writer processes on one SQLite file: neither fails on the other's locks, nothing lost", async () => {
  const files = writeReports('procs', 10, 40);
  const db = join(dir, 'procs.db');
  const child = fileURLToPath(new URL('./fixtures/ingest-child.ts', import.meta.url));
  let said = '';
  const codes = await Promise.all(
    [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)].map(
      (half) =>
        new Promise<number | null>((resolve) => {
          const writer = spawn(process.execPath, ['--import', 'tsx', child, db, ...half], {
            stdio: ['ignore', 'inherit', 'pipe'],
          });
          writer.stderr.on('data', (chunk: Buffer) => {
            said += chunk.toString();
          });
          writer.on('close', resolve);
        }),
    ),
  );
  // What a failing writer said goes into the failure, however little of the log a runner keeps.
  assert.deepEqual(codes, [0, 0], `a writer failed:\n${said.slice(-4000)}`);
  const store = openSqliteStore(db);
  const seen = await picture(store);
  assert.equal(seen.articles, 400);
  assert.deepEqual(seen.dangling, []);
  assert.equal(seen.stories.length, 10);
  await store.close();
});

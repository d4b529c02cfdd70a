import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createFetcher } from '../../src/ingest/fetcher.js';
import { createIngestor } from '../../src/ingest/ingest.js';
import type { JobQueue } from '../../src/ingest/queue/job-queue.js';
import { openJobQueue } from '../../src/ingest/queue/open-job-queue.js';
import { openStore } from '../../src/store/open-store.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { type LocalPostgres, startLocalPostgres } from '../store/fixtures/embedded-postgres.js';
import { fakePipeline } from './fixtures/fake-pipeline.js';

const CHILD = fileURLToPath(new URL('./fixtures/worker-child.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'corroborate-faults-'));
let server: LocalPostgres;
/** Every worker started, so a failing test leaves none running. */
const children = new Set<ChildProcess>();
before(async () => {
  server = await startLocalPostgres();
});
after(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function startWorker(
  db: string,
  lease = 2,
  slow = 20,
  dieAfterStoring = 0,
): { child: ChildProcess; lines: string[] } {
  const args = [CHILD, db, String(lease), String(slow), String(dieAfterStoring)];
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  const lines: string[] = [];
  let rest = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split('\n');
    rest = parts.pop() ?? '';
    lines.push(...parts);
  });
  return { child, lines };
}

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

function record(i: number, extra = '') {
  return {
    document: {
      input: `api-${i}`,
      id: `https://k.example/${i}`,
      kind: 'record' as const,
      text: '',
      record: {
        url: `https://k.example/${i}`,
        title: `Topic ${i % 5}: report ${i}`,
        text: `Report ${i} on the Mirrow council vote, in full. ${extra}`,
      },
      url: `https://k.example/${i}`,
    },
    hints: null,
    feed: null,
  };
}

async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('faults', () => {
  const backends: [string, () => Promise<string>][] = [
    ['postgres', () => server.createDatabase()],
    ['sqlite', async () => join(dir, `kill-${Math.random().toString(36).slice(2)}.db`)],
  ];
  for (const [name, database] of backends) {
    test(`${name}: a worker killed with SIGKILL mid-job loses nothing and stores each article once`, async () => {
      const db = await database();
      const store: Store = await openStore(db);
      const queue: JobQueue = await openJobQueue(db, { leaseSeconds: 2 });
      const total = 60;
      for (let i = 0; i < total; i++) await queue.enqueue('extract-article', record(i));
      const first = startWorker(db, 2, 40);
      await until(async () => first.lines.length >= 10, 60_000, 'ten jobs done');
      first.child.kill('SIGKILL');
      await stopped(first.child);
      const second = startWorker(db, 2, 5);
      await until(
        async () => {
          const h = await queue.health();
          return h.queued === 0 && h.running === 0;
        },
        90_000,
        'the queue to drain',
      );
      second.child.kill('SIGTERM');
      await stopped(second.child);
      const articles = await store.listArticles({ limit: 1000, offset: 0 });
      assert.equal(articles.length, total, 'every article stored');
      assert.equal(new Set(articles.map((a) => a.url)).size, total, 'each once');
      assert.deepEqual(await store.listUnplaced(10), [], 'and placed');
      const stats = await store.stats();
      assert.equal(stats.stories, 5);
      assert.equal(stats.briefs, 5);
      await queue.close();
      await store.close();
    });
  }

  for (const [name, database] of backends) {
    test(`${name}: a job retried after its worker died having stored its article says "new", not "duplicate"`, async () => {
      const db = await database();
      const store: Store = await openStore(db);
      const queue: JobQueue = await openJobQueue(db, { leaseSeconds: 2 });
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push(await queue.enqueue('extract-article', record(100 + i)));
      // It stores its third article and dies before its job is done (or the article placed).
      const first = startWorker(db, 2, 1, 3);
      await stopped(first.child);
      assert.equal(first.child.signalCode, 'SIGKILL');
      const second = startWorker(db, 2, 1);
      await until(
        async () => (await Promise.all(ids.map((id) => queue.findJob(id)))).every((j) => j?.state === 'done'),
        60_000,
        'every job to be done',
      );
      second.child.kill('SIGTERM');
      await stopped(second.child);
      const jobs = await Promise.all(ids.map((id) => queue.findJob(id)));
      assert.deepEqual(
        jobs.map((job) => job?.output?.items.map((item) => item.status)),
        [['new'], ['new'], ['new'], ['new']],
      );
      assert.ok(
        jobs.some((job) => (job?.attempts ?? 0) > 1),
        'one job ran again after its lease',
      );
      assert.equal((await store.stats()).articles, 4);
      assert.deepEqual(
        await store.listUnplaced(10),
        [],
        'and the article its first attempt stored is placed',
      );
      await queue.close();
      await store.close();
    });
  }

  test('a poison job is retried a bounded number of times, then parked with its reason, visible in health', async () => {
    const db = await server.createDatabase();
    const queue = await openJobQueue(db, { leaseSeconds: 5 });
    const worker = startWorker(db, 5, 1);
    const id = await queue.enqueue('extract-article', record(1, 'POISON'));
    const ok = await queue.enqueue('extract-article', record(2));
    await until(
      async () => (await queue.findJob(id))?.state === 'failed',
      60_000,
      'the poison job to be parked',
    );
    assert.equal((await queue.findJob(ok))?.state, 'done', 'one bad item never stops the others');
    const failedAttempts = worker.lines.filter((l) => l === `failed ${id}`).length;
    assert.equal(failedAttempts, 3);
    const health = await queue.health();
    assert.match(health.parked[0]?.error ?? '', /this page always crashes the extractor/);
    worker.child.kill('SIGTERM');
    await stopped(worker.child);
    await queue.close();
  });

  test('a PostgreSQL restart during ingest is survived with retries and no duplicate', async () => {
    const own = await startLocalPostgres();
    try {
      const url = await own.createDatabase();
      const store = await openPostgresStore(url, { retryMs: 60_000 });
      const files: string[] = [];
      const { writeFileSync } = await import('node:fs');
      for (let i = 0; i < 150; i++) {
        const path = join(dir, `restart-${i}.txt`);
        writeFileSync(
          path,
          `Topic ${i % 6}: bulletin ${i}\nThe harbour office of Mirrow logged entry ${i} today.`,
        );
        files.push(path);
      }
      const ingest = createIngestor({ store, pipeline: fakePipeline(), fetcher: createFetcher() }).ingest(
        files,
      );
      await until(async () => (await store.stats()).articles >= 30, 60_000, 'some articles');
      await own.restart(500);
      const summary = await ingest;
      assert.equal(summary.failed, 0, JSON.stringify(summary.items.filter((i) => i.status === 'failed')));
      assert.equal(summary.new + summary.duplicate, 150);
      const stats = await store.stats();
      assert.equal(stats.articles, 150, 'every article once');
      assert.equal(stats.stories, 6);
      await store.close();
    } finally {
      await own.stop();
    }
  });
});

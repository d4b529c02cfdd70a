/**
 * @module bench/startup
 * `npm run bench:startup`: a worker's start-up time and peak memory as the archive grows. The clusterer's
 * state lives in the store, so a worker started on a database already holding N placed articles should
 * take the same time to place its first new article whatever N is. For each size (0 as the baseline, then
 * two archives ten times apart) a SQLite file is filled with the synthetic news stream's articles, stored
 * and placed into stories through the store's clusterer state, as `ingest` would place them; then a real
 * `corroborate worker` process (the real pipeline) is started on it, one `extract-article` job is queued,
 * and the time from spawning the process until that article is stored and placed is taken, with the
 * process's peak resident memory. Three starts per size; medians, and the ratio of the largest archive
 * to the smaller and to the empty one.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClusterer } from '../src/cluster/index.js';
import { clusterDocOf } from '../src/ingest/pipeline.js';
import { openJobQueue } from '../src/ingest/queue/open-job-queue.js';
import { openStore } from '../src/store/open-store.js';
import { makeArticle } from '../test/store/article-fixture.js';
import { syntheticStream } from './cluster/synthetic-news.js';
import { machineLine, markdownTable, median, writeSection } from './report.js';

const WORKER = fileURLToPath(new URL('./scale-worker.ts', import.meta.url));
/** Archive sizes (articles offered; copies of one text are stored once). 0 is the baseline. */
const SIZES = (process.env.STARTUP_SIZES ?? '0,2000,20000').split(',').map(Number);
const STARTS = 3;

/** Stores and places `n` articles of the synthetic stream, as ingest places them; gives the counts. */
async function fill(db: string, n: number): Promise<{ articles: number; stories: number; seconds: number }> {
  const store = await openStore(db);
  const clusterer = createClusterer({ state: store.clusterState() });
  const t = performance.now();
  for (const [i, doc] of syntheticStream({ documents: n, seed: 11 }).entries()) {
    if (i > 0 && i % 10_000 === 0)
      console.error(`filled ${i} of ${n} in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    const article = makeArticle({
      id: doc.id,
      title: doc.title,
      text: doc.text,
      published: doc.published,
      url: `https://fill.example/${doc.id}`,
    });
    const added = await store.addArticle({ article });
    if (added.status !== 'new') continue;
    const stored = await store.findArticle(added.id);
    if (!stored) throw new Error(`article ${added.id} was not stored`);
    const placed = await clusterer.add(clusterDocOf(stored.article));
    if (!placed.ok) await store.leaveOut(stored.id, placed.reason);
  }
  const seconds = (performance.now() - t) / 1000;
  const stats = await store.stats();
  if ((await store.listUnplaced(1)).length > 0) throw new Error('the fill left articles unplaced');
  await store.close();
  return { articles: stats.articles, stories: stats.stories, seconds };
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

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

/** Starts a worker on `db`, queues one new article, and times it until the article is placed. */
async function start(db: string, run: number): Promise<{ seconds: number; mb: number }> {
  const store = await openStore(db);
  const queue = await openJobQueue(db);
  const url = `https://startup.example/${run}`;
  const job = await queue.enqueue('extract-article', {
    document: {
      input: url,
      id: url,
      kind: 'record',
      text: '',
      record: {
        url,
        title: `Harbour cranes stopped at Veloria after a power cut, start ${run}`,
        text: `The port of Veloria stopped its cranes on Tuesday after a power cut hit the eastern quay, the harbour master said. Start ${run} of the benchmark reports it.`,
        date_publish: '2031-06-01T10:00:00Z',
        source_domain: 'startup.example',
      },
      url,
    },
    hints: null,
    feed: null,
  });
  const t = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, db, '2', 'real'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      const info = await queue.findJob(job);
      if (info?.state === 'done' && (await store.listUnplaced(1)).length === 0) break;
      if (info?.state === 'failed') throw new Error(`the job failed: ${JSON.stringify(info)}`);
      if (Date.now() > deadline) throw new Error('the article was not placed in time');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = (performance.now() - t) / 1000;
    return { seconds, mb: peakMb(child.pid ?? 0) };
  } finally {
    child.kill('SIGTERM');
    await exited(child);
    await queue.close();
    await store.close();
  }
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0] ?? 0;
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-startup-'));
  const rows: {
    size: number;
    articles: number;
    stories: number;
    fill: number;
    seconds: number;
    mb: number;
  }[] = [];
  try {
    for (const size of SIZES) {
      const db = join(dir, `archive-${size}.db`);
      const filled = await fill(db, size);
      const starts = [];
      for (let run = 0; run < STARTS; run++) starts.push(await start(db, run));
      const row = {
        size,
        articles: filled.articles,
        stories: filled.stories,
        fill: filled.seconds,
        seconds: median(starts.map((s) => s.seconds)),
        mb: median(starts.map((s) => s.mb)),
      };
      console.log(JSON.stringify({ ...row, starts }));
      rows.push(row);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const loadAfter = loadavg()[0] ?? 0;
  const base = rows[0]!;
  const large = rows.at(-1)!;
  const smaller = rows.at(-2)!;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  writeSection(
    'startup',
    [
      'Command: `npm run bench:startup` (SQLite file, WAL; the worker is a `corroborate worker --concurrency 2`',
      `process with the real pipeline). ${machineLine()} 1-minute load average ${loadBefore.toFixed(1)} at the`,
      `start, ${loadAfter.toFixed(1)} at the end (other sessions share the 2 cores).`,
      '',
      'A worker started on a database already holding N articles placed into stories (the synthetic news',
      "stream, stored and placed through the store's clusterer state), timed from spawning the process until",
      `one new article queued before it started is extracted, stored and placed; median of ${STARTS} starts each.`,
      '',
      markdownTable(
        ['articles stored and placed', 'stories', 'start-up to first placement, s', 'peak memory, MB'],
        rows.map((r) => [
          r.articles.toLocaleString('en'),
          r.stories.toLocaleString('en'),
          r.seconds.toFixed(2),
          r.mb.toFixed(0),
        ]),
      ),
      '',
      `Growth from ${smaller.articles.toLocaleString('en')} to ${large.articles.toLocaleString('en')} articles: ` +
        `${ratio(large.seconds, smaller.seconds)} the time, ${ratio(large.mb, smaller.mb)} the memory; from an ` +
        `empty database: ${ratio(large.seconds, base.seconds)} the time, ${ratio(large.mb, base.mb)} the memory ` +
        '(target ≤ 1.2×). Nothing is replayed at start: a placement reads only the rows its keys touch.',
    ].join('\n'),
  );
}

await main();

/**
 * @module bench/serve
 * API latency on a database of 10,000 stories at 100 concurrent clients (autocannon, on loopback, the
 * server in its own process), with /api/health as the baseline measured in the same run; plus the
 * ingest throughput of bench/ingest.ts. Writes the `serve` section of docs/benchmarks.md.
 * Run: `npm run bench:serve`.
 */

import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createApp } from '../src/server/app.js';
import { createService } from '../src/server/service.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { fakeBrief } from '../test/ingest/fixtures/fake-pipeline.js';
import { makeArticle } from '../test/store/article-fixture.js';
import { measureIngest } from './ingest.js';
import { addLargeStory, measurePages, pagesTable } from './serve-ui.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STORIES = 10_000;
const CONNECTIONS = 100;
const DURATION_S = 10;
const WORDS = [
  'harbour',
  'ferry',
  'glacier',
  'council',
  'quota',
  'tram',
  'budget',
  'storm',
  'election',
  'bridge',
];

async function buildDatabase(path: string): Promise<void> {
  const store = openSqliteStore(path);
  const inputs = [];
  for (let i = 0; i < STORIES; i++) {
    const ids: string[] = [];
    for (let j = 0; j < 2; j++) {
      const word = WORDS[(i + j) % WORDS.length];
      const added = await store.addArticle({
        article: makeArticle({
          url: `https://outlet${j}.example/${i}`,
          title: `Story ${i}: ${word} report`,
          outlet: `Outlet ${j}`,
          text: `Report ${i}-${j} about the ${word} in town ${i % 97}. Officials gave details of item ${i} to outlet ${j}.`,
        }),
      });
      ids.push(added.id);
    }
    inputs.push({ id: `s${i}`, title: `Story ${i}`, members: ids, origins: [], first: null, last: null });
  }
  const large = await addLargeStory(store);
  await store.writeStories([...inputs, large.story]);
  await store.saveBrief(large.story.id, large.brief);
  for (let i = 0; i < STORIES; i++) {
    const story = await store.findStory(`s${i}`);
    if (story)
      await store.saveBrief(
        story.id,
        fakeBrief((await store.findArticles(story.members)).map((a) => a.article)),
      );
  }
  await store.close();
}

async function startServer(db: string): Promise<{ port: number; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/serve-child.ts'), db], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = chunk.toString().match(/port (\d+)/);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { port, stop: () => child.kill('SIGTERM') };
}

interface Load {
  readonly name: string;
  readonly p50: number;
  readonly p99: number;
  readonly rps: number;
  readonly errors: number;
}

async function load(name: string, port: number, path: () => string): Promise<Load> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [{ setupRequest: (req) => ({ ...req, path: path() }) }],
  });
  return {
    name,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
  };
}

const rand = (n: number): number => Math.floor(Math.random() * n);

/** Median time of one request in-process (no network, no concurrency), in microseconds, cache off. */
async function serviceTimes(db: string, routes: [string, () => string][]): Promise<Map<string, number>> {
  const store = openSqliteStore(db);
  const app = createApp(createService({ store }), { cache: false });
  const times = new Map<string, number>();
  for (const [name, path] of routes) {
    const samples: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const t = performance.now();
      await (await app.request(path())).text();
      samples.push((performance.now() - t) * 1000);
    }
    samples.sort((a, b) => a - b);
    times.set(name, samples[Math.floor(samples.length / 2)] ?? 0);
  }
  await store.close();
  return times;
}

async function main(): Promise<void> {
  const dir = join(ROOT, '.bench-tmp');
  mkdirSync(dir, { recursive: true });
  const db = join(dir, 'serve.db');
  rmSync(db, { force: true });
  const loadBefore = loadavg()[0] ?? 0;
  const t = performance.now();
  await buildDatabase(db);
  const buildSeconds = (performance.now() - t) / 1000;
  const server = await startServer(db);
  const routes: [string, () => string][] = [
    ['GET /api/health (baseline)', () => '/api/health'],
    ['GET /api/stories?limit=20&offset=random', () => `/api/stories?limit=20&offset=${rand(STORIES)}`],
    ['GET /api/stories/:id (random, with brief)', () => `/api/stories/s${rand(STORIES)}`],
    [
      'GET /api/search?q=common-word (1 in 5 articles match)',
      () => `/api/search?q=${WORDS[rand(WORDS.length)]}&limit=20`,
    ],
    [
      'GET /api/stories?q=word+number',
      () => `/api/stories?q=${WORDS[rand(WORDS.length)]}%20${rand(97)}&limit=20`,
    ],
  ];
  const loads: Load[] = [];
  const service = await serviceTimes(db, routes);
  const pages = await measurePages(db, STORIES, WORDS);
  console.log(pagesTable(pages).join('\n'));
  try {
    for (const [name, path] of routes) loads.push(await load(name, server.port, path));
  } finally {
    server.stop();
  }
  const ingest = await measureIngest();
  const loadAfter = loadavg()[0] ?? 0;
  const baseline = loads[0];
  const rows = loads.map(
    (l) =>
      `| ${l.name} | ${Math.round(service.get(l.name) ?? 0)} | ${l.p50} | ${l.p99} | ${baseline ? (l.p99 / Math.max(1, baseline.p99)).toFixed(1) : '-'}x | ${Math.round(l.rps)} | ${l.errors} |`,
  );
  const section = [
    '',
    `Command: \`npm run bench:serve\` (API on a database of ${STORIES.toLocaleString('en')} stories / ${(STORIES * 2).toLocaleString('en')} articles with briefs, built in ${buildSeconds.toFixed(1)} s; autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per route, server in its own process on 127.0.0.1).`,
    '',
    `Machine load while measuring (1-minute load average, 2 cores): ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end; other work shares the cores, so absolute figures vary from run to run and the ratios to the baseline are the steadier figures.`,
    '',
    '| route | in-process median µs (1 client, no cache) | p50 ms | p99 ms | p99 vs baseline | req/s | errors |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Target p99 < 50 ms at ${CONNECTIONS} clients: ${loads.filter((l) => l.p99 < 50).length} of ${loads.length} routes met it in this run (${
      loads
        .filter((l) => l.p99 >= 50)
        .map((l) => l.name.split(' (')[0])
        .join(', ') || 'none missed'
    }${loads.some((l) => l.p99 >= 50) ? ' missed' : ''}).`,
    '',
    `Web UI pages on the same database plus one 200-article story briefed by the real synthesis (bench/serve-ui.ts): the median server-side time of each page (rendered every time: page cache off; brotli included), against /api/health measured the same way in the same run.`,
    '',
    ...pagesTable(pages),
    '',
    `Ingest (\`npm run bench:ingest\`): a local feed of ${ingest.pages} summary-only items, each page fetched (per-host concurrency ${ingest.concurrency}, no rate gap), extracted, stored, clustered and briefed by the real pipeline: **${Math.round(ingest.ingestMedianPagesPerSecond)} pages/s** (median of ${ingest.runs}); plain \`fetch\` of the same pages, storing nothing: ${Math.round(ingest.fetchOnlyMedianPagesPerSecond)} pages/s (ratio ${(ingest.ingestMedianPagesPerSecond / ingest.fetchOnlyMedianPagesPerSecond).toFixed(2)}).`,
    '',
  ].join('\n');
  const docPath = join(ROOT, 'docs/benchmarks.md');
  const doc = readFileSync(docPath, 'utf8');
  const start = '<!-- section:serve:start -->';
  const end = '<!-- section:serve:end -->';
  const updated = doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${section}\n${end}`);
  writeFileSync(docPath, updated);
  console.log(section);
  rmSync(dir, { recursive: true, force: true });
}

await main();

/**
 * @module bench/serve-postgres
 * The API on PostgreSQL next to SQLite, in the same run: the same 10,000 stories / 20,000 articles with
 * briefs built in both, each served by `bench/serve-child.ts` in its own process, loaded with autocannon
 * by 100 clients per route twice: at a set total rate (the latency 100 busy clients see) and flat out
 * (each client sends its next request the moment an answer arrives: the throughput; its latency is only
 * 100 / throughput, queueing). Also checks that both answer the same bytes for the same story pages.
 * Writes the `serve-postgres` section of docs/benchmarks.md. Run: `npm run bench:serve-postgres`.
 */

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
import { fakeBrief } from '../test/ingest/fixtures/fake-pipeline.js';
import { makeArticle } from '../test/store/article-fixture.js';
import { startLocalPostgres } from '../test/store/fixtures/embedded-postgres.js';
import { machineLine, markdownTable, writeSection } from './report.js';

const CHILD = fileURLToPath(new URL('./serve-child.ts', import.meta.url));
const STORIES = 10_000;
const CONNECTIONS = 100;
const DURATION_S = 10;
/** Seconds of the same offered load before each measured one, not counted. */
const WARMUP_S = 2;
/** Requests per second offered by the 100 clients together in the latency run (5 a second each). */
const OFFERED_RATE = Number(process.env.SERVE_PG_RATE ?? 500);
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
/** One clock for both stores, so their answers can be compared byte for byte. */
const NOW = () => new Date('2031-06-01T12:00:00.000Z');

async function build(store: Store): Promise<void> {
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
  await store.writeStories(inputs);
  for (let i = 0; i < STORIES; i++) {
    const story = await store.findStory(`s${i}`);
    if (story)
      await store.saveBrief(
        story.id,
        fakeBrief((await store.findArticles(story.members)).map((a) => a.article)),
      );
  }
}

async function startServer(db: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { port, stop: () => child.kill('SIGTERM') };
}

const rand = (n: number) => Math.floor(Math.random() * n);
const ROUTES: [string, () => string][] = [
  ['GET /api/health (baseline)', () => '/api/health'],
  ['GET /api/stories?limit=20&offset=random', () => `/api/stories?limit=20&offset=${rand(STORIES)}`],
  ['GET /api/stories/:id (random, with brief)', () => `/api/stories/s${rand(STORIES)}`],
  ['GET /api/search?q=common-word', () => `/api/search?q=${WORDS[rand(WORDS.length)]}&limit=20`],
  [
    'GET /api/stories?q=word+number',
    () => `/api/stories?q=${WORDS[rand(WORDS.length)]}%20${rand(97)}&limit=20`,
  ],
];

async function load(port: number, path: () => string) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [{ setupRequest: (req) => ({ ...req, path: path() }) }],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
  };
}

type Load = Awaited<ReturnType<typeof load>>;

/**
 * Open-loop load: `rate` requests a second, evenly spaced, over up to `CONNECTIONS` kept-alive sockets, each
 * timed from when it was due (so a server that falls behind is charged for the wait). autocannon's own rate
 * limit sends every client's requests for a second in one burst at its start, and fills in samples at a
 * 1 ms interval, which measures the burst more than the server.
 */
async function offered(port: number, path: () => string, rate: number, seconds = DURATION_S): Promise<Load> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let errors = 0;
  const total = rate * seconds;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      new Promise<void>((resolve) => {
        const req = request({ host: '127.0.0.1', port, path: path(), agent }, (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== 200) errors++;
            latencies.push(performance.now() - due);
            resolve();
          });
        });
        req.on('error', () => {
          errors++;
          resolve();
        });
        req.end();
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { p50: at(0.5), p99: at(0.99), rps: latencies.length / seconds, errors };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-pg-'));
  const server = await startLocalPostgres({ durable: true });
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const specs = { sqlite: join(dir, 'serve.db'), postgres: await server.createDatabase() };
    for (const spec of Object.values(specs)) {
      const store = await openStore(spec, { now: NOW });
      await build(store);
      await store.close();
    }
    const results = new Map<string, { offered: Load; flat: Load }[]>();
    const samePages: boolean[] = [];
    const servers = { sqlite: await startServer(specs.sqlite), postgres: await startServer(specs.postgres) };
    try {
      for (let i = 0; i < 50; i++) {
        const path = `/api/stories/s${rand(STORIES)}`;
        const [a, b] = await Promise.all(
          [servers.sqlite, servers.postgres].map(async (s) =>
            (await fetch(`http://127.0.0.1:${s.port}${path}`)).text(),
          ),
        );
        samePages.push(a === b);
      }
      for (const [name, s] of Object.entries(servers)) {
        const rows = [];
        for (const [, path] of ROUTES) {
          // Discarded: a fresh server's first requests open its pool's connections and compile its code.
          await offered(s.port, path, OFFERED_RATE, WARMUP_S);
          rows.push({ offered: await offered(s.port, path, OFFERED_RATE), flat: await load(s.port, path) });
        }
        results.set(name, rows);
      }
    } finally {
      servers.sqlite.stop();
      servers.postgres.stop();
    }
    const sqlite = results.get('sqlite') ?? [];
    const postgres = results.get('postgres') ?? [];
    const met = (rows: { offered: Load }[]) => rows.filter((r) => r.offered.p99 < 50).length;
    const section = [
      `Command: \`npm run bench:serve-postgres\` (${STORIES.toLocaleString('en')} stories / ${(STORIES * 2).toLocaleString('en')} articles with briefs, built the same way in`,
      `both stores; each served by its own process on 127.0.0.1; ${DURATION_S} s per route and run, the load made on the same 2 cores as the servers).`,
      `${machineLine()} 1-minute load average ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end.`,
      '',
      `**Latency:** ${OFFERED_RATE} requests a second, evenly spaced, over up to ${CONNECTIONS} kept-alive connections (open loop: each request is timed from when it was due, so waiting behind a slow answer counts), after ${WARMUP_S} s of the same load, not counted. The PostgreSQL store gathers planner statistics when it opens on tables never analysed (here: filled by the build's process a moment before); without them its first minute under load, until autovacuum analysed the tables, ran the listing at a p50 of 4.6 s.`,
      '',
      markdownTable(
        ['route', 'SQLite p50 / p99 ms', 'PostgreSQL p50 / p99 ms', 'PostgreSQL p99 / SQLite p99', 'errors'],
        ROUTES.map(([name], i) => {
          const a = sqlite[i]!.offered;
          const b = postgres[i]!.offered;
          return [
            name,
            `${a.p50} / ${a.p99}`,
            `${b.p50} / ${b.p99}`,
            `${(b.p99 / Math.max(1, a.p99)).toFixed(1)}×`,
            a.errors + b.errors,
          ];
        }),
      ),
      '',
      `Target p99 < 50 ms on PostgreSQL as on SQLite: ${met(postgres)} of ${postgres.length} routes on PostgreSQL, ${met(sqlite)} of ${sqlite.length} on SQLite, in this run.`,
      '',
      `**Throughput:** autocannon, ${CONNECTIONS} clients flat out, each sending its next request as soon as an answer arrives (the latency here is queueing: about ${CONNECTIONS} / throughput).`,
      '',
      markdownTable(
        [
          'route',
          'SQLite req/s',
          'PostgreSQL req/s',
          'SQLite p50 / p99 ms',
          'PostgreSQL p50 / p99 ms',
          'errors',
        ],
        ROUTES.map(([name], i) => {
          const a = sqlite[i]!.flat;
          const b = postgres[i]!.flat;
          return [
            name,
            Math.round(a.rps),
            Math.round(b.rps),
            `${a.p50} / ${a.p99}`,
            `${b.p50} / ${b.p99}`,
            a.errors + b.errors,
          ];
        }),
      ),
      '',
      `Same bytes: ${samePages.filter(Boolean).length} of ${samePages.length} random story pages (with articles and brief) were identical from both stores.`,
    ].join('\n');
    writeSection('serve-postgres', section);
    console.log(section);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

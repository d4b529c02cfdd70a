/**
 * @module bench/ingest
 * Ingest throughput from a local HTTP server started here: a feed of N summary-only items whose pages
 * are fetched, extracted, stored, clustered and briefed by the real pipeline. Baseline in the same run:
 * fetching the same pages with plain `fetch` at the same concurrency, storing nothing.
 * Run: `npm run bench:ingest` (prints; `npm run bench:serve` writes the figures into docs/benchmarks.md).
 */

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFetcher } from '../src/ingest/fetcher.js';
import { createIngestor } from '../src/ingest/ingest.js';
import { defaultPipeline } from '../src/ingest/pipeline.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';

export interface IngestFigures {
  readonly pages: number;
  readonly concurrency: number;
  readonly ingestMedianPagesPerSecond: number;
  readonly fetchOnlyMedianPagesPerSecond: number;
  readonly runs: number;
}

const PLACES = ['Mirrow', 'Vantor', 'Dell Bay', 'Port Lenning', 'Carrow', 'Osk'];

function page(i: number, run: number): string {
  const place = PLACES[i % PLACES.length];
  return `<!doctype html><html><head><title>Council vote ${i % 50}: report ${i} run ${run}</title></head><body><article>
<p>The council of ${place} voted on measure ${i} on Tuesday after a long debate about budgets, ferries and schools.</p>
<p>Officials said the result of measure ${i} (run ${run}) would be published within a week, and residents were invited to comment.</p>
</article></body></html>`;
}

async function startServer(pages: number) {
  let run = 0;
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/feed.xml')) {
      const items = Array.from(
        { length: pages },
        (_, i) =>
          `<item><title>Item ${i}</title><link>http://127.0.0.1:${port}/p/${run}/${i}</link><description>Summary.</description></item>`,
      ).join('');
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Gazette</title>${items}</channel></rss>`,
      );
      return;
    }
    const match = url.match(/^\/p\/(\d+)\/(\d+)$/);
    if (match) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(Number(match[2]), Number(match[1])));
      return;
    }
    res.writeHead(404);
    res.end();
  });
  // Idle keep-alive sockets outlive the pauses between runs: a socket the server closed while the client
  // reused it failed the plain-fetch baseline with ECONNRESET.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { port, nextRun: () => ++run, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

export async function measureIngest(pages = 1000, runs = 3, concurrency = 16): Promise<IngestFigures> {
  const server = await startServer(pages);
  const ingestRates: number[] = [];
  const fetchRates: number[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const run = server.nextRun();
      const urls = Array.from({ length: pages }, (_, i) => `http://127.0.0.1:${server.port}/p/${run}/${i}`);
      let t = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < urls.length) {
            const res = await fetch(urls[next++] as string);
            await res.arrayBuffer();
          }
        }),
      );
      fetchRates.push(pages / ((performance.now() - t) / 1000));

      const store = openSqliteStore(':memory:');
      const ingestor = createIngestor({
        store,
        pipeline: await defaultPipeline(),
        fetcher: createFetcher({ allowPrivate: true, perHostConcurrency: concurrency, perHostIntervalMs: 0 }),
        concurrency,
      });
      t = performance.now();
      const summary = await ingestor.ingest([`http://127.0.0.1:${server.port}/feed.xml?run=${run}`]);
      ingestRates.push(pages / ((performance.now() - t) / 1000));
      if (summary.new !== pages)
        throw new Error(`expected ${pages} new, got ${summary.new} (${summary.failed} failed)`);
      await store.close();
    }
  } finally {
    await server.close();
  }
  return {
    pages,
    concurrency,
    runs,
    ingestMedianPagesPerSecond: median(ingestRates),
    fetchOnlyMedianPagesPerSecond: median(fetchRates),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await measureIngest());
}

/**
 * @module bench/serve-ui
 * The web UI's part of `npm run bench:serve`: a 200-article story (bench/story-generator.ts, briefed
 * by the real synthesis) added to the 10,000-story database, then the median server-side time of each
 * page in-process with the page cache off (rendering, not caching, is measured; brotli included) and
 * its size as sent, against /api/health measured the same way in the same run.
 */
import { createApp } from '../src/server/app.js';
import { createService } from '../src/server/service.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import type { Store, StoryInput } from '../src/store/store.js';
import { briefStory } from '../src/synthesize/index.js';
import type { Brief } from '../src/types.js';
import { generateStory } from './story-generator.js';

export const LARGE_STORY = 'large-200';
const LARGE_ARTICLES = 200;

/** Stores the 200 articles of one generated story; gives the story and its brief to save after syncing. */
export async function addLargeStory(store: Store): Promise<{ story: StoryInput; brief: Brief }> {
  const articles = [];
  for (const article of generateStory(LARGE_ARTICLES)) {
    const added = await store.addArticle({ article });
    const stored = await store.findArticle(added.id);
    if (stored) articles.push(stored.article);
  }
  const dates = articles
    .map((a) => a.published)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    story: {
      id: LARGE_STORY,
      title: articles[0]?.title ?? 'Large story',
      members: articles.map((a) => a.id),
      origins: articles.map((a) => ({ id: `o:${a.id}`, members: [a.id], credit: null })),
      first: dates[0] ?? null,
      last: dates.at(-1) ?? null,
    },
    brief: briefStory(articles),
  };
}

export interface PageFigure {
  readonly name: string;
  readonly medianMs: number;
  /** CPU time this process spent on one request (user + system): what other work on the machine adds to
   *  the wall time, it does not add here. */
  readonly medianCpuMs: number;
  readonly sentBytes: number;
  readonly htmlBytes: number;
}

/** Median in-process time (ms) and sizes of each page, with `/api/health` first as the baseline. */
export async function measurePages(
  db: string,
  stories: number,
  words: readonly string[],
): Promise<PageFigure[]> {
  const store = openSqliteStore(db);
  const app = createApp(createService({ store }), { cache: false });
  const rand = (n: number): number => Math.floor(Math.random() * n);
  const pages: [string, () => string, number][] = [
    ['GET /api/health (baseline)', () => '/api/health', 300],
    ['GET / (front page)', () => '/', 300],
    ['GET /?page=random', () => `/?page=${1 + rand(Math.ceil(stories / 20))}`, 300],
    ['GET /search?q=common-word', () => `/search?q=${words[rand(words.length)]}`, 100],
    ['GET /stories/:id (random, 2 articles)', () => `/stories/s${rand(stories)}`, 300],
    [`GET /stories/:id (${LARGE_ARTICLES} articles)`, () => `/stories/${LARGE_STORY}`, 60],
  ];
  const figures: PageFigure[] = [];
  for (const [name, path, runs] of pages) {
    const samples: number[] = [];
    const cpu: number[] = [];
    let sentBytes = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      const res = await app.request(path(), { headers: { 'accept-encoding': 'br, gzip' } });
      const body = await res.arrayBuffer();
      const used = process.cpuUsage(c);
      samples.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
      if (res.status !== 200) throw new Error(`${name}: ${res.status}`);
      sentBytes = Math.max(sentBytes, body.byteLength);
    }
    const html = await (await app.request(path())).arrayBuffer();
    samples.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    figures.push({
      name,
      medianMs: samples[Math.floor(samples.length / 2)] ?? 0,
      medianCpuMs: cpu[Math.floor(cpu.length / 2)] ?? 0,
      sentBytes,
      htmlBytes: html.byteLength,
    });
  }
  await store.close();
  return figures;
}

export function pagesTable(figures: readonly PageFigure[]): string[] {
  const baseline = figures[0]?.medianMs ?? 1;
  const kb = (n: number): string => (n / 1024).toFixed(1);
  const pages = figures.slice(1);
  const slow = pages.filter((f) => f.medianMs >= 50 || f.sentBytes >= 150 * 1024);
  return [
    '| page | median ms (in-process, no cache) | vs /api/health | median CPU ms | sent KB (brotli, largest) | HTML KB |',
    '|---|---|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${f.name} | ${f.medianMs.toFixed(2)} | ${(f.medianMs / baseline).toFixed(1)}x | ${f.medianCpuMs.toFixed(2)} | ${kb(f.sentBytes)} | ${kb(f.htmlBytes)} |`,
    ),
    '',
    `Target: every page under 50 ms at the median and under 150 KB sent: ${pages.length - slow.length} of ${pages.length} pages met it in this run${
      slow.length > 0 ? ` (missed: ${slow.map((f) => f.name).join(', ')})` : ''
    }.`,
  ];
}

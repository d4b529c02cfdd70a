/**
 * @module bench/extract
 * Extraction benchmark: our HTML extractor against Mozilla Readability over jsdom (the baseline),
 * measured side by side in one run, on the development pages in ../shared/data/extraction:
 * body F1 and metadata on readability-pages, snippet accuracy on trafilatura-eval, speed (median
 * per page, pages/s, ratio) and memory over a long loop of extractions. Writes its table into
 * docs/benchmarks.md between the `extract` markers.
 *
 *   npm run bench:extract              # all 130 + 990 pages, 10,000-extraction memory loop
 *   npm run bench:extract -- --quick   # 30 + 150 pages, 1,000-extraction loop, nothing written
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../src/extract/charset/decode.js';
import { extractHtml } from '../src/extract/html/extract-html.js';
import { cleanText } from '../src/extract/text/clean-text.js';
import { isHeldOut, pageAsText } from './extract-dump.js';
import {
  f1Of,
  htmlToText,
  type PageScore,
  sameByline,
  sameDate,
  sameTitle,
  scorePage,
  snippetHits,
} from './extract-metric.js';
import { measureSiteTemplates } from './extract-site-template.js';

const root = new URL('..', import.meta.url).pathname;
const data = join(root, '../shared/data/extraction');
const quick = process.argv.includes('--quick');
const write = !quick && !process.argv.includes('--no-write');

interface Extracted {
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly ms: number;
}

const virtualConsole = new VirtualConsole();

function runOurs(html: string): Extracted {
  const start = performance.now();
  const fields = extractHtml(html);
  const ms = performance.now() - start;
  return { text: fields.text, title: fields.title, byline: fields.byline, published: fields.published, ms };
}

function runReadability(html: string): Extracted {
  const start = performance.now();
  let result: ReturnType<Readability['parse']> = null;
  let dom: JSDOM | null = null;
  try {
    dom = new JSDOM(html, { url: 'http://fakehost/test/page.html', virtualConsole });
    result = new Readability(dom.window.document).parse();
  } catch {
    result = null;
  }
  const ms = performance.now() - start;
  const text = result?.content ? htmlToText(result.content) : '';
  dom?.window.close();
  return {
    text,
    title: result?.title ?? null,
    byline: result?.byline ?? null,
    published: result?.publishedTime ?? null,
    ms,
  };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? 0
    : sorted.length % 2
      ? sorted[middle]!
      : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

interface Side {
  scores: PageScore[];
  /** The same scores, held-out pages only. */
  heldOut: PageScore[];
  ms: number[];
  meta: { title: number; titleReviewed: number; byline: number; bylineReviewed: number; date: number };
}
const newSide = (): Side => ({
  scores: [],
  heldOut: [],
  ms: [],
  meta: { title: 0, titleReviewed: 0, byline: 0, bylineReviewed: 0, date: 0 },
});

/** Titles where Readability's expected output is not the article's headline, checked by reading the page. */
const TITLE_CORRECTIONS = (
  JSON.parse(readFileSync(join(root, 'bench/data/readability-title-corrections.json'), 'utf8')) as {
    corrections: Record<string, { title: string }>;
  }
).corrections;

/** Bylines where Readability's expected output is not the article's, checked by reading the page. */
const BYLINE_CORRECTIONS = (
  JSON.parse(readFileSync(join(root, 'bench/data/readability-byline-corrections.json'), 'utf8')) as {
    corrections: Record<string, { byline: string | null }>;
  }
).corrections;

/** Text dumps made from the pages (`pageAsText`), cleaned by `cleanText`, and the dumps taken whole. */
interface DumpSide {
  cleaned: PageScore[];
  cleanedHeldOut: PageScore[];
  whole: PageScore[];
  wholeHeldOut: PageScore[];
  /** Pages whose gold has a body and whose cleaned dump has none. */
  empty: string[];
}
const dumps: DumpSide = { cleaned: [], cleanedHeldOut: [], whole: [], wholeHeldOut: [], empty: [] };

/** readability-pages: body F1 against expected.html, metadata against expected-metadata.json. */
function benchReadabilityPages() {
  const folder = join(data, 'readability-pages');
  let cases = readdirSync(folder).sort();
  if (quick) cases = cases.slice(0, 30);
  const ours = newSide();
  const theirs = newSide();
  const expectedCounts = { title: 0, byline: 0, date: 0 };
  const worst: { name: string; f1: number }[] = [];
  for (const name of cases) {
    const html = decodeHtml(readFileSync(join(folder, name, 'source.html'))).text;
    const gold = htmlToText(readFileSync(join(folder, name, 'expected.html'), 'utf8'));
    const meta = JSON.parse(readFileSync(join(folder, name, 'expected-metadata.json'), 'utf8')) as {
      title?: string | null;
      byline?: string | null;
      publishedTime?: string | null;
    };
    const pairs: [Side, Extracted][] = [
      [ours, runOurs(html)],
      [theirs, runReadability(html)],
    ];
    const reviewed = BYLINE_CORRECTIONS[name]?.byline ?? meta.byline;
    for (const [side, result] of pairs) {
      side.ms.push(result.ms);
      const score = scorePage(result.text, gold);
      side.scores.push(score);
      if (isHeldOut(name)) side.heldOut.push(score);
      if (meta.title) side.meta.title += Number(sameTitle(result.title, meta.title));
      if (meta.title)
        side.meta.titleReviewed += Number(
          sameTitle(result.title, TITLE_CORRECTIONS[name]?.title ?? meta.title),
        );
      if (meta.byline) side.meta.byline += Number(sameByline(result.byline, meta.byline));
      if (meta.byline) side.meta.bylineReviewed += Number(sameByline(result.byline, reviewed ?? null));
      if (meta.publishedTime) side.meta.date += Number(sameDate(result.published, meta.publishedTime));
    }
    const dump = pageAsText(html);
    const cleaned = scorePage(cleanText(dump).text, gold);
    const whole = scorePage(dump, gold);
    dumps.cleaned.push(cleaned);
    dumps.whole.push(whole);
    if (isHeldOut(name)) {
      dumps.cleanedHeldOut.push(cleaned);
      dumps.wholeHeldOut.push(whole);
    }
    if (gold.trim() !== '' && cleanText(dump).text.trim() === '') dumps.empty.push(name);
    const mine = ours.scores[ours.scores.length - 1]!;
    worst.push({ name, f1: (2 * mine.precision * mine.recall) / (mine.precision + mine.recall || 1) });
    if (meta.title) expectedCounts.title += 1;
    if (meta.byline) expectedCounts.byline += 1;
    if (meta.publishedTime) expectedCounts.date += 1;
  }
  worst.sort((a, b) => a.f1 - b.f1);
  return { pages: cases.length, ours, theirs, expectedCounts, worst: worst.slice(0, 12) };
}

/** trafilatura-eval: snippet accuracy. */
function benchTrafilatura() {
  const folder = join(data, 'trafilatura-eval');
  const entries = Object.entries(
    JSON.parse(readFileSync(join(folder, 'evaldata.json'), 'utf8')) as Record<
      string,
      { file: string; with?: string[]; without?: string[] }
    >,
  );
  const chosen = quick ? entries.filter((_, index) => index % 7 === 0).slice(0, 150) : entries;
  const ours = { right: 0, total: 0, ms: [] as number[], heldRight: 0, heldTotal: 0 };
  const theirs = { right: 0, total: 0, ms: [] as number[], heldRight: 0, heldTotal: 0 };
  const dumped = { right: 0, total: 0, ms: [] as number[], heldRight: 0, heldTotal: 0, empty: 0 };
  let pages = 0;
  for (const [url, item] of chosen) {
    const path = [join(folder, 'eval', item.file), join(folder, 'cache', item.file)].find(existsSync);
    if (!path) continue;
    pages += 1;
    const html = decodeHtml(readFileSync(path)).text;
    const mine = runOurs(html);
    const other = runReadability(html);
    const started = performance.now();
    const cleaned = cleanText(pageAsText(html)).text;
    const dump = { text: cleaned, ms: performance.now() - started };
    if (cleaned.trim() === '' && (item.with ?? []).length > 0) dumped.empty += 1;
    for (const [side, result] of [
      [ours, mine],
      [theirs, other],
      [dumped, dump],
    ] as const) {
      const hits = snippetHits(result.text, item.with ?? [], item.without ?? []);
      side.right += hits.right;
      side.total += hits.total;
      if (isHeldOut(item.file)) {
        side.heldRight += hits.right;
        side.heldTotal += hits.total;
      }
      side.ms.push(result.ms);
    }
    void url;
  }
  return { pages, ours, theirs, dumped };
}

/** Memory over many extractions in sequence, reusing the pages. */
function benchMemory(pages: readonly string[], rounds: number) {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const start = process.memoryUsage();
  const began = performance.now();
  for (let index = 0; index < rounds; index += 1) extractHtml(pages[index % pages.length]!);
  const seconds = (performance.now() - began) / 1000;
  gc?.();
  const end = process.memoryUsage();
  return { rounds, start, end, seconds, gc: gc !== undefined };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function main(): void {
  if (!existsSync(data)) {
    console.log(`skipped: needs ${data} (the shared development data)`);
    return;
  }
  const folder = join(data, 'readability-pages');
  const memoryPages = readdirSync(folder)
    .sort()
    .slice(0, quick ? 20 : 130)
    .map((name) => decodeHtml(readFileSync(join(folder, name, 'source.html'))).text);
  // First, before jsdom has filled the heap: the loop's own growth is what we want to see.
  const memory = benchMemory(memoryPages, quick ? 1000 : 10_000);
  const readabilityPages = benchReadabilityPages();
  const trafilatura = benchTrafilatura();
  const templates = measureSiteTemplates(folder);

  const { ours, theirs, expectedCounts } = readabilityPages;
  const oursF1 = f1Of(ours.scores);
  const theirsF1 = f1Of(theirs.scores);
  const allOurs = [...ours.ms, ...trafilatura.ours.ms];
  const allTheirs = [...theirs.ms, ...trafilatura.theirs.ms];
  const row = (label: string, a: string, b: string, ratio = '') => `| ${label} | ${a} | ${b} | ${ratio} |`;
  const lines = [
    `Command: \`npm run bench:extract\`${quick ? ' -- --quick' : ''} (${new Date().toISOString().slice(0, 10)}, Node ${process.version}).`,
    `Ours: \`extractHtml\` (htmlparser2, own scorer). Baseline: Mozilla Readability ${'0.6'} over jsdom 27, same decoded text, same run, pages interleaved.`,
    '',
    '| measure | ours | Readability + jsdom | ours / baseline |',
    '|---|---|---|---|',
    row(
      `body F1, readability-pages (${readabilityPages.pages} pages; gold = expected.html)`,
      oursF1.f1.toFixed(3),
      theirsF1.f1.toFixed(3),
    ),
    row(
      'body precision / recall',
      `${oursF1.precision.toFixed(3)} / ${oursF1.recall.toFixed(3)}`,
      `${theirsF1.precision.toFixed(3)} / ${theirsF1.recall.toFixed(3)}`,
    ),
    row(
      'body F1, readability-pages, held-out quarter only',
      f1Of(ours.heldOut).f1.toFixed(3),
      f1Of(theirs.heldOut).f1.toFixed(3),
    ),
    row(
      `snippet accuracy, trafilatura-eval, held-out quarter (${trafilatura.ours.heldTotal} snippets)`,
      pct(trafilatura.ours.heldRight / Math.max(1, trafilatura.ours.heldTotal)),
      pct(trafilatura.theirs.heldRight / Math.max(1, trafilatura.theirs.heldTotal)),
    ),
    row(
      `snippet accuracy, trafilatura-eval (${trafilatura.pages} pages, ${trafilatura.ours.total} snippets)`,
      pct(trafilatura.ours.right / Math.max(1, trafilatura.ours.total)),
      pct(trafilatura.theirs.right / Math.max(1, trafilatura.theirs.total)),
    ),
    row(
      `title right (${expectedCounts.title} pages with one)`,
      pct(ours.meta.title / Math.max(1, expectedCounts.title)),
      pct(theirs.meta.title / Math.max(1, expectedCounts.title)),
    ),
    row(
      `title right against reviewed gold (${Object.keys(TITLE_CORRECTIONS).length} of Readability's corrected: bench/data)`,
      pct(ours.meta.titleReviewed / Math.max(1, expectedCounts.title)),
      pct(theirs.meta.titleReviewed / Math.max(1, expectedCounts.title)),
    ),
    row(
      `byline right (${expectedCounts.byline} pages with one)`,
      pct(ours.meta.byline / Math.max(1, expectedCounts.byline)),
      pct(theirs.meta.byline / Math.max(1, expectedCounts.byline)),
    ),
    row(
      `byline right against reviewed gold (${Object.keys(BYLINE_CORRECTIONS).length} of Readability's corrected: bench/data)`,
      pct(ours.meta.bylineReviewed / Math.max(1, expectedCounts.byline)),
      pct(theirs.meta.bylineReviewed / Math.max(1, expectedCounts.byline)),
    ),
    row(
      `published date right (${expectedCounts.date} pages with one)`,
      pct(ours.meta.date / Math.max(1, expectedCounts.date)),
      pct(theirs.meta.date / Math.max(1, expectedCounts.date)),
    ),
    row(
      'median ms per page, readability-pages',
      median(ours.ms).toFixed(2),
      median(theirs.ms).toFixed(2),
      `${(median(theirs.ms) / median(ours.ms)).toFixed(1)}x faster`,
    ),
    row(
      'median ms per page, trafilatura-eval',
      median(trafilatura.ours.ms).toFixed(2),
      median(trafilatura.theirs.ms).toFixed(2),
      `${(median(trafilatura.theirs.ms) / median(trafilatura.ours.ms)).toFixed(1)}x faster`,
    ),
    row(
      `pages/s, all ${allOurs.length} pages (total time)`,
      (allOurs.length / (sum(allOurs) / 1000)).toFixed(0),
      (allTheirs.length / (sum(allTheirs) / 1000)).toFixed(0),
      `${(sum(allTheirs) / sum(allOurs)).toFixed(1)}x faster`,
    ),
    '',
    'Plain-text dumps made from the same pages (`pageAsText` in bench/extract-dump.ts: the visible text, one block a line, as a browser saves a page as text), cleaned by `cleanText`; the whole dump is the baseline. Held-out: the quarter of each set whose name hashes to 0 mod 4 (FNV-1a), never looked at while tuning.',
    '',
    '| text dumps | cleaned: all pages | cleaned: held-out | whole dump: all | whole dump: held-out |',
    '|---|---|---|---|---|',
    `| body F1, readability-pages (${dumps.cleaned.length} pages, ${dumps.cleanedHeldOut.length} held out) | ${f1Of(dumps.cleaned).f1.toFixed(3)} | ${f1Of(dumps.cleanedHeldOut).f1.toFixed(3)} | ${f1Of(dumps.whole).f1.toFixed(3)} | ${f1Of(dumps.wholeHeldOut).f1.toFixed(3)} |`,
    `| precision / recall | ${f1Of(dumps.cleaned).precision.toFixed(3)} / ${f1Of(dumps.cleaned).recall.toFixed(3)} | ${f1Of(dumps.cleanedHeldOut).precision.toFixed(3)} / ${f1Of(dumps.cleanedHeldOut).recall.toFixed(3)} | ${f1Of(dumps.whole).precision.toFixed(3)} / ${f1Of(dumps.whole).recall.toFixed(3)} | ${f1Of(dumps.wholeHeldOut).precision.toFixed(3)} / ${f1Of(dumps.wholeHeldOut).recall.toFixed(3)} |`,
    `| snippet accuracy, trafilatura-eval dumps | ${pct(trafilatura.dumped.right / Math.max(1, trafilatura.dumped.total))} | ${pct(trafilatura.dumped.heldRight / Math.max(1, trafilatura.dumped.heldTotal))} | | |`,
    `| pages with a body whose cleaned dump has none | ${dumps.empty.length + trafilatura.dumped.empty} of ${dumps.cleaned.length + trafilatura.pages} | | | |`,
    '',
    `Site templates (bench/extract-site-template.ts): readability-pages holds ${templates.sites.length} sites with three pages or more (${templates.sites.map((site) => `${site.site} ${site.pages}`).join(', ')}; no shared set has a site with the eleven pages the target speaks of). Each page's dump is cleaned with the template learnt from its site's other pages, and without one; chrome lines that also appear on another page of the site are what a template can learn.`,
    '',
    '| site template, leave one page out | with the template | without (general rules only) |',
    '|---|---|---|',
    `| recurring chrome lines removed (of ${templates.recurringChrome}) | ${pct(templates.removedWith / Math.max(1, templates.recurringChrome))} | ${pct(templates.removedWithout / Math.max(1, templates.recurringChrome))} |`,
    `| body lines lost that the general rules keep (of ${templates.bodyLines}) | ${templates.bodyLost.length}${templates.bodyLost.length > 0 ? ` (on ${[...new Set(templates.bodyLost.map((lost) => lost.page))].join(', ')})` : ''} | |`,
    '',
    `Memory over ${memory.rounds.toLocaleString('en')} extractions in sequence (the ${memoryPages.length} readability pages reused, ${(memory.rounds / memory.seconds).toFixed(0)} pages/s${memory.gc ? ', after gc' : ''}): heap ${mb(memory.start.heapUsed)} -> ${mb(memory.end.heapUsed)}, RSS ${mb(memory.start.rss)} -> ${mb(memory.end.rss)}.`,
    '',
    'F1: tokens are runs of letters, digits and `_`; per page the multisets of 4-token shingles give tp/fp/fn normalised to sum 1; precision and recall are averaged over pages. Title: equal modulo a site-name suffix; byline: equal or contained, ignoring "By"; date: same calendar day.',
  ];
  const table = lines.join('\n');
  console.log(table);
  for (const lost of templates.bodyLost)
    console.log(`site template lost a body line on ${lost.page}: ${lost.line}`);
  console.log(
    '\nlowest F1 pages (ours):',
    readabilityPages.worst.map((item) => `${item.name} ${item.f1.toFixed(2)}`).join(', '),
  );
  if (write) {
    const docs = join(root, 'docs/benchmarks.md');
    const text = readFileSync(docs, 'utf8');
    const start = '<!-- section:extract:start -->';
    const end = '<!-- section:extract:end -->';
    const before = text.slice(0, text.indexOf(start) + start.length);
    const after = text.slice(text.indexOf(end));
    writeFileSync(docs, `${before}\n${table}\n${after}`);
  }
}

main();

/**
 * @module bench/extract-text
 * Throughput of the plain-text dump cleaner on seed-sized dumps (our fixtures, plus ../shared/seeds
 * when present), against a baseline measured in the same run: a bare split-lines pass (split, trim,
 * drop blank lines, join). Writes its table between the `extract-text` markers of docs/benchmarks.md.
 *
 * Run: `npm run bench:extract-text`
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { cleanText } from '../src/extract/text/clean-text.js';

const ROOT = new URL('../', import.meta.url);
const FIXTURES = new URL('test/extract-text/fixtures/', ROOT);
const SEEDS = new URL('../shared/seeds/', ROOT);
const REPORT = new URL('docs/benchmarks.md', ROOT);
const START = '<!-- section:extract-text:start -->';
const END = '<!-- section:extract-text:end -->';
const AFTER = '<!-- section:extract:end -->';

/** Rounds per measurement; the median is quoted. */
const ROUNDS = 9;
/** Time each round runs for, in ms: long enough to swamp timer noise. */
const ROUND_MS = 400;

function readDir(dir: URL): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
}

function baseline(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n\n');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Documents per second of `run` over `docs` for `ROUND_MS`, per second of CPU time this process got
 * (the machine is shared: wall time counts other processes' work too).
 */
function rate(docs: readonly string[], run: (text: string) => unknown): number {
  let n = 0;
  let sink = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < ROUND_MS) {
    for (const doc of docs) {
      if (run(doc)) sink++;
      n++;
    }
  }
  const used = process.cpuUsage(cpu);
  if (sink < 0) console.log(sink);
  return n / ((used.user + used.system) / 1e6);
}

/** Rounds alternate baseline and cleaner, so a busy machine slows both alike; medians of each. */
function measure(docs: readonly string[]): { base: number; clean: number; ratio: number } {
  const bases: number[] = [];
  const cleans: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const b = rate(docs, baseline);
    const c = rate(docs, (t) => cleanText(t));
    bases.push(b);
    cleans.push(c);
    ratios.push(c / b);
  }
  return { base: median(bases), clean: median(cleans), ratio: median(ratios) };
}

const loadAtStart = loadavg()[0]!;
const fixtures = readDir(FIXTURES);
const seeds = readDir(SEEDS);
const docs = [...fixtures, ...seeds];
if (docs.length === 0) throw new Error('no inputs: test/extract-text/fixtures is empty');
const meanChars = Math.round(docs.reduce((s, d) => s + d.length, 0) / docs.length);

// warm-up
for (let i = 0; i < 50; i++) for (const d of docs) cleanText(d);

const { base, clean, ratio } = measure(docs);
const seedsOnly = seeds.length > 0 ? measure(seeds) : null;

const sentence = 'The committee met again on Tuesday.Members said the plan was sound and would pass. ';
const huge = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
const hugeTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  cleanText(huge);
  hugeTimes.push(performance.now() - started);
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const table = [
  `Plain-text dump cleaner (\`cleanText\`), one core, ${docs.length} dumps (${fixtures.length} of our fixtures` +
    `${seeds.length > 0 ? `, ${seeds.length} shared seeds` : '; shared seeds absent'}), mean ${fmt(meanChars)} chars; ` +
    `median of ${ROUNDS} alternating rounds of ${ROUND_MS} ms each, counted per second of CPU time the process got (the machine is shared; load average ${loadAtStart.toFixed(1)} at start). Reproduce: \`npm run bench:extract-text\`.`,
  '',
  '| pass | docs per CPU-second (median) | vs baseline |',
  '|---|---:|---:|',
  `| baseline: split lines, trim, join | ${fmt(base)} | 1.00 |`,
  `| \`cleanText\` (all steps) | ${fmt(clean)} | ${ratio.toFixed(4)} (median per round) |`,
  ...(seedsOnly
    ? [
        `| baseline, shared seeds only (mean ${fmt(seeds.reduce((s, d) => s + d.length, 0) / seeds.length)} chars) | ${fmt(seedsOnly.base)} | 1.00 |`,
        `| \`cleanText\`, shared seeds only | ${fmt(seedsOnly.clean)} | ${seedsOnly.ratio.toFixed(4)} (median per round) |`,
      ]
    : []),
  '',
  `Target: at least 2,000 docs/s on one core: ${Math.min(clean, seedsOnly?.clean ?? clean) >= 2000 ? 'met' : 'NOT met'}. ` +
    `A 5 MB single-line input (cut at 1,000,000 chars) takes ${fmt(median(hugeTimes))} ms (median of 3).`,
].join('\n');

console.log(table);

const report = readFileSync(REPORT, 'utf8');
const section = `${START}\n${table}\n${END}`;
let next: string;
if (report.includes(START) && report.includes(END)) {
  next = report.slice(0, report.indexOf(START)) + section + report.slice(report.indexOf(END) + END.length);
} else if (report.includes(AFTER)) {
  const at = report.indexOf(AFTER) + AFTER.length;
  next = `${report.slice(0, at)}\n\n${section}${report.slice(at)}`;
} else {
  next = `${report.trimEnd()}\n\n${section}\n`;
}
writeFileSync(REPORT, next);

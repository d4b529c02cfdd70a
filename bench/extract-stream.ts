/**
 * @module bench/extract-stream
 * `npm run bench:extract-stream`: memory while streaming a folder of pages through the CLI,
 * `corroborate extract --format jsonl DIR`. Writes 10,000 pages (copies of the bundled example's page
 * dumps and HTML page, each made distinct) to a temporary folder, runs the command on 1,000 of them
 * (the baseline) and on all 10,000 in the same run, samples the process's resident memory, and reports
 * the peaks and their ratio: flat memory means the 10x larger folder peaks about where the small one does.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine, markdownTable, writeSection } from './report.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const example = join(root, 'examples/harbour-accord');
const pages = readdirSync(example)
  .filter((f) => /\.(txt|html)$/.test(f))
  .map((f) => ({ ext: f.slice(f.lastIndexOf('.')), text: readFileSync(join(example, f), 'utf8') }));

function writePages(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const page = pages[i % pages.length]!;
    // A distinct line per copy, so no two files are the same document.
    const marker =
      page.ext === '.html'
        ? `<p>Copy number ${i} of this page, for the benchmark.</p></body>`
        : `\n\nCopy number ${i} of this page, for the benchmark.\n`;
    const text = page.ext === '.html' ? page.text.replace('</body>', marker) : page.text + marker;
    writeFileSync(join(dir, `page-${String(i).padStart(5, '0')}${page.ext}`), text);
  }
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

async function run(dir: string): Promise<{ ms: number; peak: number; lines: number; samples: number[] }> {
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [join(root, 'bin/corroborate.js'), 'extract', '--format', 'jsonl', dir],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  let lines = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) lines++;
  });
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(rssOf(child.pid!)), 100);
  await new Promise<void>((resolve) => child.on('close', () => resolve()));
  clearInterval(timer);
  const live = samples.filter((s) => s > 0);
  return { ms: performance.now() - start, peak: Math.max(...live), lines, samples: live };
}

const base = join(tmpdir(), 'corroborate-bench-stream');
writePages(join(base, 'small'), 1_000);
writePages(join(base, 'large'), 10_000);
const small = await run(join(base, 'small'));
const large = await run(join(base, 'large'));
rmSync(base, { recursive: true, force: true });
const mb = (b: number): string => (b / 1024 / 1024).toFixed(0);
const quarter = (s: number[], q: number): number => s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0;
const rows = (
  [
    ['1,000 pages (baseline)', small],
    ['10,000 pages', large],
  ] as const
).map(([label, run]) => [
  label,
  run.lines,
  (run.ms / 1000).toFixed(1),
  mb(run.peak),
  mb(quarter(run.samples, 0.25)),
  mb(quarter(run.samples, 0.95)),
]);
const table = markdownTable(
  ['run', 'records out', 'seconds', 'peak RSS MB', 'RSS at 25% MB', 'RSS at 95% MB'],
  rows,
);
const ratio = (large.peak / small.peak).toFixed(2);
writeSection(
  'extract-stream',
  `### Streaming a folder through the CLI\n\n${machineLine()} Reproduce: \`npm run bench:extract-stream\`. Pages are copies of the bundled example's dumps and HTML page (${pages.length} kinds), each made distinct.\n\n${table}\n\nPeak memory for 10x the pages: ${ratio}x the baseline's, at ${(large.lines / (large.ms / 1000)).toFixed(0)} pages/s end to end (process start-up included).`,
);
console.log(table, `\nratio ${ratio}`);

/**
 * @module bench/run
 * `npm run bench`: times the whole CLI process on the bundled example (and the seeds when ../shared is
 * present) against a bare `node` start-up measured in the same run, and each pipeline stage in-process,
 * then writes the table into docs/benchmarks.md (section `pipeline`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/index.js';
import { extract } from '../src/extract/index.js';
import { readInputs } from '../src/input/index.js';
import { synthesize } from '../src/synthesize/index.js';
import type { Article, RawDocument } from '../src/types.js';
import { machineLine, markdownTable, median, timeRuns, writeSection } from './report.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const corpora: { name: string; inputs: string[] }[] = [];
for (const entry of readdirSync(`${root}examples`, { withFileTypes: true }))
  if (entry.isDirectory())
    corpora.push({ name: `examples/${entry.name}`, inputs: [`${root}examples/${entry.name}`] });
if (existsSync(`${root}../shared/seeds`))
  corpora.push({ name: '../shared/seeds', inputs: [`${root}../shared/seeds`] });
else console.warn('bench: ../shared/seeds is absent on this machine; measuring the bundled examples only');

const rows: (string | number)[][] = [];
const nodeStart = await timeRuns(() => execFileSync(process.execPath, ['-e', '0']), RUNS);
rows.push(['process', 'baseline: `node -e 0`', median(nodeStart).toFixed(1), '1.00×']);
for (const corpus of corpora) {
  const cli = await timeRuns(
    () =>
      execFileSync(
        process.execPath,
        [`${root}bin/corroborate.js`, 'brief', '--format', 'json', ...corpus.inputs],
        { stdio: 'pipe' },
      ),
    RUNS,
  );
  rows.push([
    'process',
    `\`corroborate brief\` ${corpus.name}`,
    median(cli).toFixed(1),
    `${(median(cli) / median(nodeStart)).toFixed(2)}×`,
  ]);

  const raw: RawDocument[] = [];
  for await (const item of readInputs(corpus.inputs)) if (item.ok) raw.push(item.doc);
  let articles: Article[] = [];
  const tExtract = await timeRuns(() => {
    articles = raw.map((d) => extract(d)).flatMap((r) => (r.ok ? [r.article] : []));
  }, RUNS);
  let documents: { article: Article; analysis: ReturnType<typeof analyze> }[] = [];
  const tAnalyze = await timeRuns(() => {
    documents = articles.map((article) => ({ article, analysis: analyze(article) }));
  }, RUNS);
  const tSynth = await timeRuns(() => synthesize(documents), RUNS);
  const total = median(tExtract) + median(tAnalyze) + median(tSynth);
  for (const [stage, t] of [
    ['extract', tExtract],
    ['analyze', tAnalyze],
    ['synthesize', tSynth],
  ] as const) {
    rows.push([
      'stage',
      `${stage} (${corpus.name}, ${raw.length} docs)`,
      median(t).toFixed(2),
      `${((median(t) / total) * 100).toFixed(0)}% of in-process`,
    ]);
  }
}

const table = markdownTable(['kind', 'what', 'median ms', 'ratio'], rows);
writeSection(
  'pipeline',
  `## Whole pipeline\n\n${machineLine()} Reproduce: \`npm run bench\` (median of ${RUNS} runs; set BENCH_RUNS to change).\nProcess times include Node start-up; the baseline row is a bare Node start measured in the same run.\n\n${table}`,
);
console.log(table);

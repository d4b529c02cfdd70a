/**
 * @module bench/synthesize
 * `npm run bench:synthesize`: synthesis time for stories of 50 to 500 articles (analysis done first,
 * not timed), with the growth of time against the number of sentences, so that a quadratic step shows.
 */
import { analyze } from '../src/analyze/index.js';
import { synthesize } from '../src/synthesize/index.js';
import { machineLine, markdownTable, median, timeRuns, writeSection } from './report.js';
import { generateStory } from './story-generator.js';

const sizes = [50, 100, 200, 500];
const rows: (string | number)[][] = [];
let base: { sentences: number; ms: number } | null = null;
for (const size of sizes) {
  const documents = generateStory(size).map((article) => ({ article, analysis: analyze(article) }));
  const sentences = documents.reduce((n, d) => n + d.analysis.sentences.length, 0);
  const times = await timeRuns(() => synthesize(documents), size >= 500 ? 3 : 5);
  const ms = median(times);
  base ??= { sentences, ms };
  const growth = ms / base.ms / (sentences / base.sentences);
  rows.push([
    size,
    sentences,
    ms.toFixed(0),
    (ms / base.ms).toFixed(2),
    (sentences / base.sentences).toFixed(1),
    growth.toFixed(2),
  ]);
  console.log(`${size} articles, ${sentences} sentences: ${ms.toFixed(0)} ms`);
}
const table = markdownTable(
  ['articles', 'sentences', 'median ms', 'time ×', 'sentences ×', 'time × / sentences ×'],
  rows,
);
writeSection(
  'synthesize',
  `### Speed\n\n${machineLine()} Reproduce: \`npm run bench:synthesize\`. Synthetic stories (bench/story-generator.ts); analysis is done first and not timed.\nThe last column stays near 1 when time grows linearly with the number of sentences (it would grow with the size for a quadratic step).\n\n${table}`,
);

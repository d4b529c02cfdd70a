/**
 * @module scripts/update-golden
 * Regenerates `expected.json` of every golden case (or of the cases named) from the pipeline's output.
 * Run on purpose, after reading what changed: `npm run golden:update [-- CASE...]`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldenCases, runCase } from '../test/golden/run-case.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const only = process.argv.slice(2);
for (const golden of goldenCases(root)) {
  if (only.length > 0 && !only.some((name) => golden.name.endsWith(name))) continue;
  const { output } = await runCase(golden);
  writeFileSync(join(golden.dir, 'expected.json'), `${JSON.stringify(output, null, 2)}\n`);
  console.log(`updated ${golden.name}/expected.json (${output.brief.facts.length} facts)`);
}

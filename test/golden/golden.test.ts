import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { verifyBrief } from '../../src/synthesize/index.js';
import { repoRoot } from '../helpers.js';
import { goldenCases, runCase } from './run-case.js';

/** A line diff of two JSON texts, short enough to read when a case changes. */
function jsonDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while ((i < a.length || j < b.length) && out.length < 60) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    const nextInB = b.indexOf(a[i] ?? '\u0000', j);
    const nextInA = a.indexOf(b[j] ?? '\u0000', i);
    if (nextInB !== -1 && (nextInA === -1 || nextInB - j <= nextInA - i)) {
      while (j < nextInB) out.push(`+ ${b[j++]}   (line ${j})`);
    } else if (nextInA !== -1) {
      while (i < nextInA) out.push(`- ${a[i++]}   (line ${i})`);
    } else {
      if (i < a.length) out.push(`- ${a[i++]}   (line ${i})`);
      if (j < b.length) out.push(`+ ${b[j++]}   (line ${j})`);
    }
  }
  return out.join('\n');
}

for (const golden of goldenCases(repoRoot)) {
  test(`golden case ${golden.name}`, async () => {
    const { output, articles } = await runCase(golden);
    assert.deepEqual(verifyBrief(output.brief, articles), [], 'every citation is text its source carries');
    const expectedPath = join(golden.dir, 'expected.json');
    assert.ok(existsSync(expectedPath), `no expected.json in ${golden.name}: run npm run golden:update`);
    const expected = readFileSync(expectedPath, 'utf8');
    const actual = `${JSON.stringify(output, null, 2)}\n`;
    if (expected !== actual) {
      assert.fail(`${golden.name} changed (- expected, + actual); if the change is right, run npm run golden:update\n${jsonDiff(expected, actual)}`);
    }
  });
}

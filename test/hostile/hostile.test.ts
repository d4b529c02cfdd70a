/**
 * Hostile inputs (generated: see `inputs.ts`): each goes through extraction, analysis and a brief
 * without an exception, and its time grows linearly: a 1 MB input costs at most 15 times its 100 KB
 * version, measured in the same run (a quadratic step costs 100 times). Figures per MB are in
 * `npm run bench:hostile`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOSTILE_INPUTS } from './inputs.js';
import { medianRun, runStages } from './run.js';

const SMALL = 100_000;
const LARGE = 1_000_000;
/** Ten times the input: linear work costs ten times; 15 leaves room for a noisy shared machine. */
const MAX_GROWTH = 15;
/** Below this many CPU ms the small run is timer noise: growth is measured against this floor. */
const FLOOR_MS = 5;

// Compile every stage once before anything is timed.
runStages(HOSTILE_INPUTS[0]!.make(SMALL));

for (const input of HOSTILE_INPUTS) {
  test(`hostile input ${input.name} (${input.why}): completes, 1 MB costs at most ${MAX_GROWTH}x 100 KB`, () => {
    const growth = (): { ratio: number; detail: string } => {
      const small = medianRun(() => input.make(SMALL), 3);
      const large = runStages(input.make(LARGE));
      const ratio = large.total / Math.max(small.total, FLOOR_MS);
      const detail = `100 KB: ${small.total.toFixed(0)} ms (${small.outcome}); 1 MB: ${large.total.toFixed(0)} ms (extract ${large.extract.toFixed(0)}, analyse ${large.analyse.toFixed(0)}, brief ${large.brief.toFixed(0)}; ${large.outcome})`;
      return { ratio, detail };
    };
    let measured = growth();
    // One retry: a burst of load on the shared machine can land on one run.
    if (measured.ratio > MAX_GROWTH) measured = growth();
    assert.ok(measured.ratio <= MAX_GROWTH, `grew ${measured.ratio.toFixed(1)}x: ${measured.detail}`);
  });
}

/**
 * @module bench/truth/train-align
 * `npm run train:align`: learns the pair model (`src/synthesize/pair-model.ts`) from the real truth set's
 * dev events. Every candidate pair of statements of an event (different sources sharing informative
 * words) is labelled by the truth: positive when both sentences state one annotated claim. A logistic
 * regression is fitted; leave-one-event-out cross-validation over the dev events chooses the two
 * thresholds (link: pairs this likely found or join a group; keep: every pair inside a group) for
 * precision, and reports what it costs in recall. Test events are never read here.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { candidateEvidence } from '../../src/synthesize/align-statements.js';
import { FEATURES, featuresOf, type Weights } from '../../src/synthesize/pair-model.js';
import { corpusAvailable, loadEvents } from './corpus.js';
import { covers } from './offsets.js';
import { placedStatements } from './run.js';
import { loadTruth } from './tool.js';

interface Example {
  readonly x: number[];
  readonly y: number;
  readonly event: number;
}

/** Pair precision wanted of links (a wrong link puts a citation under a fact it does not state) and of keeps. */
const LINK_PRECISION = 0.97;
const KEEP_PRECISION = 0.9;

function examples(): Example[] {
  const events = new Map(loadEvents().map((e) => [e.id, e]));
  const out: Example[] = [];
  for (const truth of loadTruth().filter((t) => t.split === 'dev')) {
    const event = events.get(truth.event);
    if (!event) continue;
    const { context, placed } = placedStatements(event);
    const claimsOf = placed.map((p) =>
      p === null
        ? new Set<string>()
        : new Set(
            (truth.claims ?? [])
              .filter((c) => c.in.some((t) => t.a === p.alias && covers(p.span, t)))
              .map((c) => c.id),
          ),
    );
    for (const c of candidateEvidence(context.statements)) {
      const a = claimsOf[c.a]!;
      const b = claimsOf[c.b]!;
      out.push({ x: featuresOf(c.evidence), y: [...a].some((id) => b.has(id)) ? 1 : 0, event: truth.event });
    }
  }
  return out;
}

function predict(w: Weights, x: readonly number[]): number {
  let z = w.bias;
  for (let i = 0; i < x.length; i++) z += w.weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Logistic regression by batch gradient descent with a small L2 penalty. */
function fit(data: readonly Example[]): Weights {
  const d = FEATURES.length;
  const w = new Array<number>(d).fill(0);
  let bias = 0;
  const rate = 0.5;
  const l2 = 0.001;
  for (let step = 0; step < 3000; step++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    for (const e of data) {
      const err = predict({ bias, weights: w, link: 0, keep: 0 }, e.x) - e.y;
      gradBias += err;
      for (let i = 0; i < d; i++) grad[i]! += err * e.x[i]!;
    }
    bias -= (rate * gradBias) / data.length;
    for (let i = 0; i < d; i++) w[i]! -= rate * (grad[i]! / data.length + l2 * w[i]!);
  }
  return { bias, weights: w, link: 0.5, keep: 0.5 };
}

/** The lowest threshold whose pairs reach the precision, and the recall there. */
function threshold(scored: readonly { p: number; y: number }[], precision: number, positives: number) {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  let tp = 0;
  let best = { at: 1, precision: 1, recall: 0 };
  sorted.forEach((s, i) => {
    tp += s.y;
    const here = tp / (i + 1);
    if (here >= precision && (i === sorted.length - 1 || sorted[i + 1]!.p < s.p))
      best = { at: s.p, precision: here, recall: tp / positives };
  });
  return best;
}

function main(): number {
  if (!corpusAvailable()) {
    console.error('train-align: ../shared/data is not beside the repository; nothing to learn from');
    return 1;
  }
  const data = examples();
  const positives = data.filter((e) => e.y === 1).length;
  const eventIds = [...new Set(data.map((e) => e.event))];
  // Leave one event out: every pair is scored by a model that never saw its event.
  const scored: { p: number; y: number }[] = [];
  for (const held of eventIds) {
    const model = fit(data.filter((e) => e.event !== held));
    for (const e of data) if (e.event === held) scored.push({ p: predict(model, e.x), y: e.y });
  }
  const link = threshold(scored, LINK_PRECISION, positives);
  const keep = threshold(scored, KEEP_PRECISION, positives);
  const final = { ...fit(data), link: Number(link.at.toFixed(3)), keep: Number(keep.at.toFixed(3)) };
  console.log(
    `${data.length} candidate pairs of ${eventIds.length} dev events, ${positives} state one claim`,
  );
  console.log(
    `held-out events: link at p>=${final.link}: precision ${link.precision.toFixed(3)}, recall ${link.recall.toFixed(3)}; keep at p>=${final.keep}: precision ${keep.precision.toFixed(3)}, recall ${keep.recall.toFixed(3)}`,
  );
  for (let i = 0; i < FEATURES.length; i++) console.log(`  ${FEATURES[i]}: ${final.weights[i]!.toFixed(3)}`);
  const path = fileURLToPath(new URL('../../src/synthesize/pair-weights.ts', import.meta.url));
  const round = (v: number) => Number(v.toFixed(4));
  writeFileSync(
    path,
    `/**
 * @module synthesize/pair-weights
 * The pair model's weights, written by \`npm run train:align\` (bench/truth/train-align.ts) from the real
 * truth set's dev events (${eventIds.length} events, ${data.length} candidate pairs, ${positives} positive). Held-out
 * events: links at precision ${link.precision.toFixed(3)} and recall ${link.recall.toFixed(3)}. Do not edit by hand: retrain.
 */
import type { Weights } from './pair-model.js';

export const PAIR_WEIGHTS: Weights = {
  bias: ${round(final.bias)},
  weights: [${final.weights.map(round).join(', ')}],
  link: ${final.link},
  keep: ${final.keep},
};
`,
  );
  console.log(`wrote ${path}`);
  return 0;
}

process.exitCode = main();

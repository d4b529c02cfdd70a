/**
 * @module synthesize/pair-weights
 * The pair model's weights, written by `npm run train:align` (bench/truth/train-align.ts) from the real
 * truth set's dev events (18 events, 6465 candidate pairs, 1983 positive). Held-out
 * events: links at precision 0.972 and recall 0.292. Do not edit by hand: retrain.
 */
import type { Weights } from './pair-model.js';

export const PAIR_WEIGHTS: Weights = {
  bias: -3.4625,
  weights: [2.4636, 2.7421, 2.1198, -1.1912, 0.9003, 1.3035, -0.2837, -0.2318, 0.3414, 3.1108, -0.6088],
  link: 0.792,
  keep: 0.623,
};

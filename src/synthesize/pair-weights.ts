/**
 * @module synthesize/pair-weights
 * The pair model's weights, written by `npm run train:align` (bench/truth/train-align.ts) from the real
 * truth set's dev events (20 events, 13745 candidate pairs, 2695 positive). Held-out
 * events: links at precision 0.970 and recall 0.182. Do not edit by hand: retrain.
 */
import type { Weights } from './pair-model.js';

export const PAIR_WEIGHTS: Weights = {
  bias: -3.4073,
  weights: [2.3629, 2.4527, 2.0793, -1.9614, -0.0118, 1.8863, 0.0973, -0.616, 0.3958, 2.4949, -0.507, 1.2927],
  link: 0.889,
  keep: 0.731,
};

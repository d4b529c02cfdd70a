/**
 * @module synthesize/pair-weights
 * The pair model's weights, written by `npm run train:align` (bench/truth/train-align.ts) from the real
 * truth set's dev events (20 events, 13751 candidate pairs, 2697 positive). Held-out
 * events: links at precision 0.970 and recall 0.181. Do not edit by hand: retrain.
 */
import type { Weights } from './pair-model.js';

export const PAIR_WEIGHTS: Weights = {
  bias: -3.3753,
  weights: [2.5842, 2.8098, 2.2366, -1.9806, -0.0057, 1.8674, 0.074, -0.7229, 0.3249, 2.6863, -0.5173],
  link: 0.877,
  keep: 0.74,
};

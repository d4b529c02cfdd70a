/**
 * @module synthesize/pair-weights
 * The pair model's weights, written by `npm run train:align` (bench/truth/train-align.ts) from the real
 * truth set's dev events (21 events, 14005 candidate pairs, 2787 positive). Held-out
 * events: links at precision 0.970 and recall 0.175. Do not edit by hand: retrain.
 */
import type { Weights } from './pair-model.js';

export const PAIR_WEIGHTS: Weights = {
  bias: -3.427,
  weights: [
    2.3904, 2.4547, 2.1224, -1.7609, -0.0793, 1.8926, 0.0807, -0.6547, 0.4137, 2.5664, -0.4931, 1.2247,
  ],
  link: 0.899,
  keep: 0.747,
};

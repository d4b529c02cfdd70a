/**
 * @module synthesize/pair-model
 * Whether two statements of different sources state one claim: a logistic model over what the two
 * share (IDF-weighted word overlap both ways, the names and numbers they share or leave out, the
 * rarest word they share, their lengths). Its weights are learnt from the real truth set's `dev`
 * events (`npm run train:align`, which writes `pair-weights.ts` and reports the held-out events'
 * figures); alignment links statements whose probability passes a threshold chosen there for precision.
 */
import { PAIR_WEIGHTS } from './pair-weights.js';

/** What the model reads of a pair. Every value is cheap to compute while candidates are gathered. */
export interface PairEvidence {
  /** Total IDF weight of each statement's terms, and what they share. */
  readonly totalA: number;
  readonly totalB: number;
  readonly shared: number;
  readonly sharedCount: number;
  /** Largest weight of one shared term (the rarest word both use). */
  readonly maxShared: number;
  /** Names (story entities) each has, and how many they share. */
  readonly namesA: number;
  readonly namesB: number;
  readonly sharedNames: number;
  /** Numbers each has, and how many they share. */
  readonly numbersA: number;
  readonly numbersB: number;
  readonly sharedNumbers: number;
  /** Distinct terms of each. */
  readonly termsA: number;
  readonly termsB: number;
  /** Whether the two come from one origin (copies say the same in the same words). */
  readonly sameOrigin: boolean;
  /** Word pairs (two terms in a row) the two share, and how many each has: shared phrasing. */
  readonly sharedPhrases: number;
  readonly phrasesA: number;
  readonly phrasesB: number;
}

export const FEATURES = [
  'cosine',
  'containment',
  'coverage',
  'shared names',
  'names left out',
  'shared numbers',
  'numbers differ',
  'rarest shared',
  'length ratio',
  'shared count',
  'same origin',
  'shared phrases',
] as const;

/** The model's inputs for a pair, in `FEATURES` order. */
export function featuresOf(e: PairEvidence): number[] {
  const small = Math.min(e.totalA, e.totalB);
  const large = Math.max(e.totalA, e.totalB);
  const cosine = small === 0 ? 0 : e.shared / Math.sqrt(e.totalA * e.totalB);
  const containment = small === 0 ? 0 : e.shared / small;
  const coverage = large === 0 ? 0 : e.shared / large;
  const fewerNames = Math.min(e.namesA, e.namesB);
  const namesLeftOut = fewerNames - e.sharedNames;
  const numbersDiffer = e.numbersA > 0 && e.numbersB > 0 && e.sharedNumbers === 0 ? 1 : 0;
  const lengthRatio = Math.min(e.termsA, e.termsB) / Math.max(e.termsA, e.termsB, 1);
  return [
    cosine,
    containment,
    coverage,
    Math.min(e.sharedNames, 4) / 4,
    Math.min(namesLeftOut, 4) / 4,
    Math.min(e.sharedNumbers, 3) / 3,
    numbersDiffer,
    Math.min(e.maxShared / 20, 1),
    lengthRatio,
    Math.min(e.sharedCount, 12) / 12,
    e.sameOrigin ? 1 : 0,
    Math.min(e.phrasesA, e.phrasesB) === 0 ? 0 : e.sharedPhrases / Math.min(e.phrasesA, e.phrasesB),
  ];
}

export interface Weights {
  readonly bias: number;
  readonly weights: readonly number[];
  /** Thresholds chosen on the dev events for precision: found or join a group, and stay in one. */
  readonly link: number;
  readonly keep: number;
}

const MODEL: Weights = PAIR_WEIGHTS;

/** The probability that two statements state one claim. */
export function pairProbability(e: PairEvidence, model: Weights = MODEL): number {
  const x = featuresOf(e);
  let z = model.bias;
  const w = model.weights;
  for (let i = 0; i < x.length; i++) z += (w[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

export const LINK_PROBABILITY = MODEL.link;
export const KEEP_PROBABILITY = MODEL.keep;

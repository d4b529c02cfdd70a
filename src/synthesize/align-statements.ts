/**
 * @module synthesize/align-statements
 * Groups statements (sentences) from different sources that state the same claim. Candidates come from
 * an inverted index over each statement's terms, so the work grows with the number of statements, not
 * with its square; while candidates are gathered, what each pair shares (IDF-weighted words, names,
 * numbers, the rarest shared word) is counted, and the pair model (`pair-model.ts`, learnt on the real
 * truth set) turns that into the probability that the two state one claim. Pairs are merged best-first
 * into groups that hold at most one statement per source and stay likely throughout (a newcomer is
 * checked against the group's first members, which bounds the work on large stories). A caller may ask
 * less of some pairs (`linkFor`: two articles' ledes); the groups the full bar alone makes are kept
 * beside (`strictGroups`), for what must not rest on the lower one.
 */
import { KEEP_PROBABILITY, LINK_PROBABILITY, type PairEvidence, pairProbability } from './pair-model.js';

export interface Statement {
  /** Index of the source the statement comes from. */
  readonly source: number;
  /** Comparable terms (see `termsOf`); names are `@`-prefixed story entity ids. */
  readonly terms: readonly string[];
  /** The origin it leans on: statements of one origin are copies, not independent witnesses. */
  readonly origin?: string;
}

export interface ScoredPair {
  readonly a: number;
  readonly b: number;
  /** IDF-weighted cosine of their terms: how alike their words are. */
  readonly score: number;
  /** The pair model's probability that they state one claim. */
  readonly probability: number;
}

export interface AlignOptions {
  /** A pair at or above this probability may found or join a group. */
  readonly linkProbability?: number;
  /** Every pair inside a group must reach at least this. */
  readonly keepProbability?: number;
  /** Says whether two similar statements may be one fact (false when they differ in who, when or how much). */
  readonly compatible?: (a: number, b: number) => boolean;
  /**
   * The probability a pair needs to found or join a group, where it is not `linkProbability` (two
   * articles' ledes, which state the story's news far more often than any two sentences do).
   */
  readonly linkFor?: (a: number, b: number) => number | null | undefined;
}

export interface Alignment {
  /** Groups of statement indices, each of two or more statements from different sources. */
  readonly groups: readonly (readonly number[])[];
  /**
   * The groups the links at `linkProbability` alone make (no `linkFor`): what a disagreement may be
   * read within, where a pair the lower bar let in is support, never grounds for one.
   */
  readonly strictGroups: readonly (readonly number[])[];
  /** The likeliest candidate pairs of each statement (at least `PAIR_PROBABILITY`), for later stages. */
  readonly pairs: readonly ScoredPair[];
  /** Scores a pair of statements: the IDF-weighted cosine of their terms (0 when they share no informative term). */
  readonly score: (a: number, b: number) => number;
  /** The pair model's probability that two statements state one claim. */
  readonly probability: (a: number, b: number) => number;
  /** The cosine of two statements' words without their numbers: how alike they are apart from their figures. */
  readonly wordScore: (a: number, b: number) => number;
}

/** Pairs kept per statement, best first: a statement restates few others; the rest is noise. */
const NEIGHBOURS = 12;
/** Members of a group compared with a newcomer: enough to keep a group coherent, bounded for speed. */
const MERGE_CHECKS = 6;
/** A term shared by more statements than this says little about which statements match. */
const MAX_POSTINGS = 150;
/** Pairs kept for later stages (a claim gathering each origin's closest statement; contradictions). */
const PAIR_PROBABILITY = 0.3;
/** No pair below this links, whatever `linkFor` says (the pairs are looked at best first until then). */
const LOWEST_LINK = 0.5;
/** Candidates below this cosine are not scored: they share too little to state one claim. */
const CANDIDATE_COSINE = 0.1;

const isName = (t: string): boolean => t.startsWith('@');
const isNumber = (t: string): boolean => /^\d/.test(t);

/** A statement index: term weights, what pairs share, and the candidate pairs found through postings. */
interface StatementIndex {
  readonly compare: (a: number, b: number) => PairEvidence;
  readonly cosineOf: (a: number, b: number, shared: number) => number;
  /** Calls `visit` once for every pair of different sources sharing an informative term. */
  readonly forEachCandidate: (visit: (a: number, b: number, e: PairEvidence, cosine: number) => void) => void;
  readonly wordScore: (a: number, b: number) => number;
}

function indexStatements(statements: readonly Statement[]): StatementIndex {
  // Terms as ids; a term in more than MAX_POSTINGS statements is left out of scoring altogether (it
  // says little about which statements match, and its postings would make the work quadratic).
  const termIds = new Map<string, number>();
  const termKind: number[] = [];
  const postings: number[][] = [];
  const idsOf = statements.map((s, i) =>
    s.terms.map((t) => {
      let id = termIds.get(t);
      if (id === undefined) {
        id = postings.length;
        termIds.set(t, id);
        postings.push([]);
        termKind.push(isName(t) ? 1 : isNumber(t) ? 2 : 0);
      }
      postings[id]!.push(i);
      return id;
    }),
  );
  // Phrases: each statement's terms two by two in reading order, as numbers for a cheap shared count.
  const phrases = statements.map((s) => {
    const set = new Set<number>();
    for (let k = 1; k < s.terms.length; k++) {
      const a = termIds.get(s.terms[k - 1]!)!;
      const b = termIds.get(s.terms[k]!)!;
      if (termKind[a] !== 1 && termKind[b] !== 1) set.add(a * 1_048_576 + b);
    }
    return set;
  });
  const sharedPhrasesOf = (a: number, b: number): number => {
    const [small, large] =
      phrases[a]!.size <= phrases[b]!.size ? [phrases[a]!, phrases[b]!] : [phrases[b]!, phrases[a]!];
    let n = 0;
    for (const p of small) if (large.has(p)) n++;
    return n;
  };
  const n = Math.max(statements.length, 1);
  const weightOf = postings.map((list) =>
    list.length > MAX_POSTINGS ? 0 : Math.log(1 + n / list.length) ** 2,
  );
  const vectors = idsOf.map((ids) => {
    const sorted = Int32Array.from(new Set(ids.filter((id) => weightOf[id]! > 0))).sort();
    let total = 0;
    let names = 0;
    let numbers = 0;
    let numberWeight = 0;
    for (const id of sorted) {
      total += weightOf[id]!;
      if (termKind[id] === 1) names++;
      if (termKind[id] === 2) {
        numbers++;
        numberWeight += weightOf[id]!;
      }
    }
    return { ids: sorted, total, norm: Math.sqrt(total), names, numbers, numberWeight };
  });

  /** What two statements share, given the counts gathered for them. */
  const evidence = (
    a: number,
    b: number,
    shared: number,
    count: number,
    names: number,
    numbers: number,
    max: number,
  ): PairEvidence => ({
    totalA: vectors[a]!.total,
    totalB: vectors[b]!.total,
    shared,
    sharedCount: count,
    maxShared: max,
    namesA: vectors[a]!.names,
    namesB: vectors[b]!.names,
    sharedNames: names,
    numbersA: vectors[a]!.numbers,
    numbersB: vectors[b]!.numbers,
    sharedNumbers: numbers,
    termsA: vectors[a]!.ids.length,
    termsB: vectors[b]!.ids.length,
    sameOrigin: statements[a]!.origin !== undefined && statements[a]!.origin === statements[b]!.origin,
    sharedPhrases: sharedPhrasesOf(a, b),
    phrasesA: phrases[a]!.size,
    phrasesB: phrases[b]!.size,
  });
  const cosineOf = (a: number, b: number, shared: number): number => {
    const va = vectors[a]!;
    const vb = vectors[b]!;
    return va.total === 0 || vb.total === 0 ? 0 : shared / (va.norm * vb.norm);
  };

  /** Merges two sorted id lists, counting what they share. */
  const compare = (a: number, b: number): PairEvidence => {
    const x = vectors[a]!.ids;
    const y = vectors[b]!.ids;
    let i = 0;
    let j = 0;
    let shared = 0;
    let count = 0;
    let names = 0;
    let numbers = 0;
    let max = 0;
    while (i < x.length && j < y.length) {
      if (x[i]! < y[j]!) i++;
      else if (x[i]! > y[j]!) j++;
      else {
        const w = weightOf[x[i]!]!;
        shared += w;
        count++;
        if (termKind[x[i]!] === 1) names++;
        if (termKind[x[i]!] === 2) numbers++;
        if (w > max) max = w;
        i++;
        j++;
      }
    }
    return evidence(a, b, shared, count, names, numbers, max);
  };

  /** The cosine of two statements' words leaving their numbers out: alike apart from the figures. */
  const wordScore = (a: number, b: number): number => {
    const e = compare(a, b);
    let sharedNumberWeight = 0;
    const x = vectors[a]!.ids;
    const y = new Set(vectors[b]!.ids);
    for (const id of x) if (termKind[id] === 2 && y.has(id)) sharedNumberWeight += weightOf[id]!;
    const ta = vectors[a]!.total - vectors[a]!.numberWeight;
    const tb = vectors[b]!.total - vectors[b]!.numberWeight;
    return ta <= 0 || tb <= 0 ? 0 : (e.shared - sharedNumberWeight) / Math.sqrt(ta * tb);
  };

  // Candidates: accumulate every pair's shared weight through the postings, so each pair sharing an
  // informative term is counted exactly once without being looked up.
  const forEachCandidate = (visit: (a: number, b: number, e: PairEvidence, cosine: number) => void): void => {
    const sharedWeight = new Float64Array(statements.length);
    const sharedCount = new Int32Array(statements.length);
    const sharedNames = new Int32Array(statements.length);
    const sharedNumbers = new Int32Array(statements.length);
    const maxShared = new Float64Array(statements.length);
    const touched: number[] = [];
    statements.forEach((s, i) => {
      for (const id of vectors[i]!.ids) {
        const w = weightOf[id]!;
        const kind = termKind[id]!;
        for (const j of postings[id]!) {
          if (j <= i || statements[j]!.source === s.source) continue;
          if (sharedCount[j] === 0) touched.push(j);
          sharedWeight[j]! += w;
          sharedCount[j]! += 1;
          if (kind === 1) sharedNames[j]! += 1;
          if (kind === 2) sharedNumbers[j]! += 1;
          if (w > maxShared[j]!) maxShared[j] = w;
        }
      }
      for (const j of touched) {
        const cosine = cosineOf(i, j, sharedWeight[j]!);
        const e = evidence(
          i,
          j,
          sharedWeight[j]!,
          sharedCount[j]!,
          sharedNames[j]!,
          sharedNumbers[j]!,
          maxShared[j]!,
        );
        sharedWeight[j] = 0;
        sharedCount[j] = 0;
        sharedNames[j] = 0;
        sharedNumbers[j] = 0;
        maxShared[j] = 0;
        if (cosine >= CANDIDATE_COSINE) visit(i, j, e, cosine);
      }
      touched.length = 0;
    });
  };
  return { compare, cosineOf, forEachCandidate, wordScore };
}

/**
 * Every candidate pair with what it shares: what the pair model is trained on (`npm run train:align`).
 * @example candidateEvidence(statements).filter((c) => c.cosine > 0.5)
 */
export function candidateEvidence(
  statements: readonly Statement[],
): { a: number; b: number; evidence: PairEvidence; cosine: number }[] {
  const out: { a: number; b: number; evidence: PairEvidence; cosine: number }[] = [];
  indexStatements(statements).forEachCandidate((a, b, evidence, cosine) =>
    out.push({ a, b, evidence, cosine }),
  );
  return out;
}

export function alignStatements(statements: readonly Statement[], options: AlignOptions = {}): Alignment {
  const linkProbability = options.linkProbability ?? LINK_PROBABILITY;
  const keepProbability = options.keepProbability ?? KEEP_PROBABILITY;
  const compatible = options.compatible ?? (() => true);
  const index = indexStatements(statements);
  const score = (a: number, b: number): number => index.cosineOf(a, b, index.compare(a, b).shared);
  const probability = (a: number, b: number): number => pairProbability(index.compare(a, b));

  const best: ScoredPair[][] = statements.map(() => []);
  /** The probability a pair must beat to enter a statement's best few (rises as better pairs are found). */
  const floor = new Float64Array(statements.length);
  index.forEachCandidate((i, j, e, cosine) => {
    const p = pairProbability(e);
    if (p < PAIR_PROBABILITY || (p < floor[i]! && p < floor[j]!)) return;
    const pair = { a: i, b: j, score: cosine, probability: p };
    keep(best[i]!, pair, i);
    keep(best[j]!, pair, j);
  });
  function keep(list: ScoredPair[], pair: ScoredPair, owner: number): void {
    if (pair.probability < floor[owner]!) return;
    list.push(pair);
    // Trim now and then rather than on every push: amortised, and the lists stay short.
    if (list.length >= NEIGHBOURS * 4) {
      list.sort((x, y) => y.probability - x.probability);
      list.length = NEIGHBOURS;
      floor[owner] = list[NEIGHBOURS - 1]!.probability;
    }
  }
  const kept = new Set<ScoredPair>();
  for (const list of best) {
    list.sort((x, y) => y.probability - x.probability);
    for (const pair of list.slice(0, NEIGHBOURS)) kept.add(pair);
  }
  const pairs = [...kept];
  pairs.sort((x, y) => y.probability - x.probability || x.a - y.a || x.b - y.b);

  /** Pairs merged best first into groups, each pair at or above the probability `needed` asks of it. */
  function groupPairs(needed: (pair: ScoredPair) => number): number[][] {
    const groupOf = new Map<number, number[]>();
    for (const pair of pairs) {
      if (pair.probability < Math.min(linkProbability, LOWEST_LINK)) break;
      if (pair.probability < needed(pair)) continue;
      const ga = groupOf.get(pair.a) ?? [pair.a];
      const gb = groupOf.get(pair.b) ?? [pair.b];
      if (ga === gb) continue;
      if (!canMerge(ga, gb)) continue;
      const merged = [...ga, ...gb];
      for (const m of merged) groupOf.set(m, merged);
    }
    const groups = [...new Set(groupOf.values())].map((g) => [...g].sort((x, y) => x - y));
    return groups.sort((x, y) => x[0]! - y[0]!);
  }

  function canMerge(ga: readonly number[], gb: readonly number[]): boolean {
    const sources = new Set(ga.map((i) => statements[i]!.source));
    for (const j of gb) if (sources.has(statements[j]!.source)) return false;
    const [small, large] = ga.length <= gb.length ? [ga, gb] : [gb, ga];
    const sample = large.length <= MERGE_CHECKS ? large : large.slice(0, MERGE_CHECKS);
    for (const i of small)
      for (const j of sample) if (probability(i, j) < keepProbability || !compatible(i, j)) return false;
    return true;
  }

  const strictGroups = groupPairs(() => linkProbability);
  const linkFor = options.linkFor;
  const groups =
    linkFor === undefined ? strictGroups : groupPairs((pair) => linkFor(pair.a, pair.b) ?? linkProbability);
  return { groups, strictGroups, pairs, score, probability, wordScore: index.wordScore };
}

/**
 * @module synthesize/align-statements
 * Groups statements (sentences) from different sources that say the same thing. Candidates come from
 * an inverted index over each statement's rarest terms, so the work grows with the number of
 * statements, not with its square; each candidate pair is scored by IDF-weighted overlap, and pairs are
 * merged best-first into groups that hold at most one statement per source and stay similar throughout
 * (a newcomer is checked against the group's first members, which bounds the work on large stories).
 */

export interface Statement {
  /** Index of the source the statement comes from. */
  readonly source: number;
  /** Comparable terms (see `termsOf`). */
  readonly terms: readonly string[];
}

export interface ScoredPair {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

export interface AlignOptions {
  /** A pair at or above this score may found or join a group. */
  readonly linkScore?: number;
  /** Every pair inside a group must score at least this. */
  readonly keepScore?: number;
  /** Says whether two similar statements may be one fact (false when they differ in who, when or how much). */
  readonly compatible?: (a: number, b: number) => boolean;
}

export interface Alignment {
  /** Groups of statement indices, each of two or more statements from different sources. */
  readonly groups: readonly (readonly number[])[];
  /** Every scored candidate pair at or above `keepScore`, for later stages (contradictions). */
  readonly pairs: readonly ScoredPair[];
  /** Scores a pair of statements (0 when they share no informative term). */
  readonly score: (a: number, b: number) => number;
}

/** Why these scores: measured on the golden cases (docs/benchmarks.md); merging costs more than missing. */
const DEFAULT_LINK_SCORE = 0.28;
const DEFAULT_KEEP_SCORE = 0.18;
/** Pairs kept per statement, best first: a statement restates few others; the rest is noise. */
const NEIGHBOURS = 12;
/** Members of a group compared with a newcomer: enough to keep a group coherent, bounded for speed. */
const MERGE_CHECKS = 6;
/** A term shared by more statements than this says little about which statements match. */
const MAX_POSTINGS = 400;

export function alignStatements(statements: readonly Statement[], options: AlignOptions = {}): Alignment {
  const linkScore = options.linkScore ?? DEFAULT_LINK_SCORE;
  const keepScore = options.keepScore ?? DEFAULT_KEEP_SCORE;
  const compatible = options.compatible ?? (() => true);

  // Terms as ids; a term in more than MAX_POSTINGS statements is left out of scoring altogether (it
  // says little about which statements match, and its postings would make the work quadratic).
  const termIds = new Map<string, number>();
  const postings: number[][] = [];
  const idsOf = statements.map((s, i) =>
    s.terms.map((t) => {
      let id = termIds.get(t);
      if (id === undefined) {
        id = postings.length;
        termIds.set(t, id);
        postings.push([]);
      }
      postings[id]!.push(i);
      return id;
    }),
  );
  const n = Math.max(statements.length, 1);
  const weightOf = postings.map((list) =>
    list.length > MAX_POSTINGS ? 0 : Math.log(1 + n / list.length) ** 2,
  );
  const vectors = idsOf.map((ids) => {
    const sorted = Int32Array.from(new Set(ids.filter((id) => weightOf[id]! > 0))).sort();
    let total = 0;
    for (const id of sorted) total += weightOf[id]!;
    return { ids: sorted, total, norm: Math.sqrt(total) };
  });

  /** Cosine of the IDF-weighted term sets, or their containment when one restates part of the other. */
  const combine = (a: number, b: number, sharedWeight: number, sharedCount: number): number => {
    const va = vectors[a]!;
    const vb = vectors[b]!;
    if (va.total === 0 || vb.total === 0) return 0;
    const cosine = sharedWeight / (va.norm * vb.norm);
    // A partial quote or a trimmed sentence is contained in the fuller one: count that as agreement.
    const containment = sharedCount >= 4 ? (0.8 * sharedWeight) / Math.min(va.total, vb.total) : 0;
    return Math.max(cosine, containment);
  };

  const score = (a: number, b: number): number => {
    const x = vectors[a]!.ids;
    const y = vectors[b]!.ids;
    let i = 0;
    let j = 0;
    let weight = 0;
    let count = 0;
    while (i < x.length && j < y.length) {
      if (x[i]! < y[j]!) i++;
      else if (x[i]! > y[j]!) j++;
      else {
        weight += weightOf[x[i]!]!;
        count++;
        i++;
        j++;
      }
    }
    return combine(a, b, weight, count);
  };

  // Candidates: accumulate every pair's shared weight through the postings, so each pair sharing an
  // informative term is scored exactly once without being looked up; keep each statement's best few.
  const sharedWeight = new Float64Array(statements.length);
  const sharedCount = new Int32Array(statements.length);
  const touched: number[] = [];
  const best: ScoredPair[][] = statements.map(() => []);
  /** The score a pair must beat to enter a statement's best few (rises as better pairs are found). */
  const floor = new Float64Array(statements.length);
  statements.forEach((s, i) => {
    for (const id of vectors[i]!.ids) {
      const w = weightOf[id]!;
      for (const j of postings[id]!) {
        if (j <= i || statements[j]!.source === s.source) continue;
        if (sharedCount[j] === 0) touched.push(j);
        sharedWeight[j]! += w;
        sharedCount[j]! += 1;
      }
    }
    for (const j of touched) {
      const value = combine(i, j, sharedWeight[j]!, sharedCount[j]!);
      sharedWeight[j] = 0;
      sharedCount[j] = 0;
      if (value < keepScore || (value < floor[i]! && value < floor[j]!)) continue;
      const pair = { a: i, b: j, score: value };
      keep(best[i]!, pair, i);
      keep(best[j]!, pair, j);
    }
    touched.length = 0;
  });
  function keep(list: ScoredPair[], pair: ScoredPair, owner: number): void {
    if (pair.score < floor[owner]!) return;
    list.push(pair);
    // Trim now and then rather than on every push: amortised, and the lists stay short.
    if (list.length >= NEIGHBOURS * 4) {
      list.sort((x, y) => y.score - x.score);
      list.length = NEIGHBOURS;
      floor[owner] = list[NEIGHBOURS - 1]!.score;
    }
  }
  const kept = new Set<ScoredPair>();
  for (const list of best) {
    list.sort((x, y) => y.score - x.score);
    for (const pair of list.slice(0, NEIGHBOURS)) kept.add(pair);
  }
  const pairs = [...kept];
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const groupOf = new Map<number, number[]>();
  for (const pair of pairs) {
    if (pair.score < linkScore) break;
    const ga = groupOf.get(pair.a) ?? [pair.a];
    const gb = groupOf.get(pair.b) ?? [pair.b];
    if (ga === gb) continue;
    if (!canMerge(ga, gb)) continue;
    const merged = [...ga, ...gb];
    for (const m of merged) groupOf.set(m, merged);
  }

  function canMerge(ga: readonly number[], gb: readonly number[]): boolean {
    const sources = new Set(ga.map((i) => statements[i]!.source));
    for (const j of gb) if (sources.has(statements[j]!.source)) return false;
    const [small, large] = ga.length <= gb.length ? [ga, gb] : [gb, ga];
    const sample = large.length <= MERGE_CHECKS ? large : large.slice(0, MERGE_CHECKS);
    for (const i of small)
      for (const j of sample) if (score(i, j) < keepScore || !compatible(i, j)) return false;
    return true;
  }

  const groups = [...new Set(groupOf.values())].map((g) => [...g].sort((x, y) => x - y));
  groups.sort((x, y) => x[0]! - y[0]!);
  return { groups, pairs, score };
}

/**
 * @module synthesize/align-statements
 * Groups statements (sentences) from different sources that say the same thing. Candidates come from
 * an inverted index over each statement's rarest terms, so the work grows with the number of
 * statements, not with its square; each candidate pair is scored by IDF-weighted overlap, and pairs are
 * merged best-first into groups that hold at most one statement per source and stay similar throughout.
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
const DEFAULT_LINK_SCORE = 0.42;
const DEFAULT_KEEP_SCORE = 0.25;
/** Terms looked up per statement for candidates: its rarest ones carry what it is about. */
const CANDIDATE_TERMS = 8;
/** A term shared by more statements than this says little about which statements match. */
const MAX_POSTINGS = 400;

export function alignStatements(statements: readonly Statement[], options: AlignOptions = {}): Alignment {
  const linkScore = options.linkScore ?? DEFAULT_LINK_SCORE;
  const keepScore = options.keepScore ?? DEFAULT_KEEP_SCORE;
  const compatible = options.compatible ?? (() => true);

  const df = new Map<string, number>();
  for (const s of statements) for (const t of s.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(statements.length, 1);
  const idf = (t: string): number => Math.log(1 + n / (df.get(t) ?? 1));
  const vectors = statements.map((s) => {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const t of s.terms) {
      const w = idf(t);
      weights.set(t, w);
      norm += w * w;
    }
    return { weights, norm: Math.sqrt(norm), total: norm };
  });

  const score = (a: number, b: number): number => {
    const va = vectors[a]!;
    const vb = vectors[b]!;
    if (va.norm === 0 || vb.norm === 0) return 0;
    const [small, large] = va.weights.size <= vb.weights.size ? [va, vb] : [vb, va];
    let shared = 0;
    let sharedCount = 0;
    for (const [t, w] of small.weights) {
      if (large.weights.has(t)) {
        shared += w * w;
        sharedCount += 1;
      }
    }
    const cosine = shared / (va.norm * vb.norm);
    // A partial quote or a trimmed sentence is contained in the fuller one: count that as agreement.
    const containment = sharedCount >= 4 ? (0.8 * shared) / Math.min(va.total, vb.total) : 0;
    return Math.max(cosine, containment);
  };

  const postings = new Map<string, number[]>();
  statements.forEach((s, i) => {
    for (const t of s.terms) {
      let list = postings.get(t);
      if (list === undefined) postings.set(t, (list = []));
      list.push(i);
    }
  });

  const pairs: ScoredPair[] = [];
  const seen = new Set<number>();
  statements.forEach((s, i) => {
    const rare = [...s.terms].sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0)).slice(0, CANDIDATE_TERMS);
    for (const t of rare) {
      const list = postings.get(t)!;
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) {
        if (j <= i || statements[j]!.source === s.source) continue;
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const value = score(i, j);
        if (value >= keepScore) pairs.push({ a: i, b: j, score: value });
      }
    }
  });
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
    for (const i of ga) for (const j of gb) if (score(i, j) < keepScore || !compatible(i, j)) return false;
    return true;
  }

  const groups = [...new Set(groupOf.values())].map((g) => [...g].sort((x, y) => x - y));
  groups.sort((x, y) => x[0]! - y[0]!);
  return { groups, pairs, score };
}

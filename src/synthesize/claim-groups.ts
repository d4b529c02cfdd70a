/**
 * @module synthesize/claim-groups
 * From aligned sentences to claims. Alignment finds sentences that say the same thing in the same
 * way; a claim is usually stated inside longer sentences too ("the driver was arrested" within "Four
 * people were hurt when the ferry struck the pier …, and its driver was arrested on Friday"). Steps, in order:
 * `findCores` (the words every sentence of a group shares, past the story's topic words: the claim's
 * core), `gatherStatements` (every other sentence that holds the whole core, names and numbers
 * included, supports the claim too; one sentence may support several claims), `mergeRepeats` (two
 * groups that gathered mostly the same sentences are one claim said two ways).
 */
import { DisjointSets } from '../disjoint-sets.js';
import { addTo } from '../multimap.js';
import { KEEP_PROBABILITY } from './pair-model.js';
import type { StoryContext } from './story-context.js';

export interface ClaimGroup {
  /** Statement indices, sorted. */
  readonly statements: readonly number[];
  /** The terms every supporting sentence holds (empty for a single sentence). */
  readonly core: readonly string[];
}

/** A term in more than this share of the story's statements is a topic word: it says what the story is about, not what a claim says. */
const TOPIC_SHARE = 0.2;
/** A sentence holding this share of a core's weight (and all its names and numbers) states the claim. */
const CORE_COVERAGE = 0.85;
/** Fewer core terms than this (past topic words) is too little to recognise a claim elsewhere. */
const MIN_CORE_TERMS = 2;
/** An origin's closest statement to a claim's members joins it at this pair probability. */
const ATTACH_PROBABILITY = 0.9;
/** Cores sharing this share (and at least `MIN_SHARED_CORE` terms) are one claim's. */
const SAME_CORE = 0.6;
const MIN_SHARED_CORE = 3;
/** Groups sharing this share of their sentences are one claim. */
const SAME_CLAIM = 0.6;

const isName = (t: string): boolean => t.startsWith('@');
const isNumber = (t: string): boolean => /^\d/.test(t);

export function claimGroups(context: StoryContext, seeds: readonly (readonly number[])[]): ClaimGroup[] {
  const { statements } = context;
  const n = statements.length;
  const df = new Map<string, number>();
  const postings = new Map<string, number[]>();
  statements.forEach((s, i) => {
    for (const t of new Set(s.terms)) {
      df.set(t, (df.get(t) ?? 0) + 1);
      addTo(postings, t, i);
    }
  });
  const idf = (t: string): number => Math.log(1 + n / (df.get(t) ?? 1));
  const topic = (t: string): boolean => (df.get(t) ?? 0) > TOPIC_SHARE * n && n >= 10;
  const termSets = statements.map((s) => new Set(s.terms));

  // Step 1: the core of each group.
  const findCore = (group: readonly number[]): string[] => {
    const counts = new Map<string, number>();
    for (const i of group) for (const t of termSets[i]!) counts.set(t, (counts.get(t) ?? 0) + 1);
    const need = Math.max(2, Math.ceil(group.length * 0.6));
    return [...counts].filter(([t, c]) => c >= need && !topic(t)).map(([t]) => t);
  };

  // Step 2: every statement holding the whole core supports the claim.
  const gather = (group: readonly number[], core: readonly string[]): number[] => {
    const content = core.filter((t) => !isName(t) && !isNumber(t));
    if (core.length < MIN_CORE_TERMS || content.length === 0) return [...group];
    const required = core.filter((t) => isName(t) || isNumber(t));
    const total = core.reduce((sum, t) => sum + idf(t), 0);
    const rarest = [...core].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0))[0]!;
    const members = new Set(group);
    for (const i of postings.get(rarest) ?? []) {
      if (members.has(i)) continue;
      const terms = termSets[i]!;
      if (!required.every((t) => terms.has(t))) continue;
      let held = 0;
      for (const t of core) if (terms.has(t)) held += idf(t);
      if (held >= CORE_COVERAGE * total) members.add(i);
    }
    return [...members].sort((a, b) => a - b);
  };

  // Step 2b: each origin the claim has not met yet may still state it in other words: its statement
  // likeliest to be one claim with a member joins when the pair model is confident enough.
  const near = new Map<number, { j: number; p: number }[]>();
  for (const pair of context.alignment.pairs) {
    addTo(near, pair.a, { j: pair.b, p: pair.probability });
    addTo(near, pair.b, { j: pair.a, p: pair.probability });
  }
  const attach = (members: readonly number[]): number[] => {
    const origins = new Set(members.map((i) => statements[i]!.origin));
    const best = new Map<string, { j: number; p: number }>();
    for (const i of members)
      for (const c of near.get(i) ?? []) {
        const origin = statements[c.j]!.origin;
        if (origins.has(origin) || c.p < ATTACH_PROBABILITY) continue;
        const known = best.get(origin);
        if (!known || c.p > known.p) best.set(origin, c);
      }
    return [...new Set([...members, ...[...best.values()].map((c) => c.j)])].sort((a, b) => a - b);
  };

  let groups: ClaimGroup[] = seeds.map((seed) => {
    const core = findCore(seed);
    return { statements: attach(gather(seed, core)), core };
  });

  // Step 3: groups that gathered mostly the same sentences are one claim.
  groups.sort((a, b) => b.statements.length - a.statements.length);
  const merged: ClaimGroup[] = [];
  const owner = new Map<number, number[]>();
  for (const g of groups) {
    const counts = new Map<number, number>();
    for (const i of g.statements) for (const k of owner.get(i) ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
    let into = -1;
    for (const [k, shared] of counts) {
      const other = merged[k]!;
      if (shared >= SAME_CLAIM * Math.min(other.statements.length, g.statements.length)) {
        into = k;
        break;
      }
    }
    if (into === -1) {
      const k = merged.length;
      merged.push(g);
      for (const i of g.statements) addTo(owner, i, k);
    } else {
      const target = merged[into]!;
      const union = [...new Set([...target.statements, ...g.statements])].sort((a, b) => a - b);
      merged[into] = { statements: union, core: target.core };
      for (const i of g.statements) if (!(owner.get(i) ?? []).includes(into)) addTo(owner, i, into);
    }
  }
  groups = merged;

  // Step 4: two groups whose cores are mostly one core are one claim in two wordings ("the
  // port deal was a vital source of jobs" and "the harbour agreement between the two towns remains a vital
  // source of jobs"), when a pair across them is likely too.
  const cores = groups.map((g) => new Set(g.core));
  // A likely pair across two groups, read from the alignment's pairs (no new comparison).
  const likely = (a: ClaimGroup, b: ClaimGroup): boolean => {
    const other = new Set(b.statements);
    return a.statements.some((i) =>
      (near.get(i) ?? []).some((c) => c.p >= KEEP_PROBABILITY && other.has(c.j)),
    );
  };
  const sets = new DisjointSets(groups.length);
  const byTerm = new Map<string, number[]>();
  cores.forEach((core, k) => {
    for (const t of core) addTo(byTerm, t, k);
  });
  cores.forEach((core, k) => {
    if (core.size < MIN_SHARED_CORE) return;
    const counts = new Map<number, number>();
    for (const t of core)
      for (const m of byTerm.get(t) ?? []) if (m > k) counts.set(m, (counts.get(m) ?? 0) + 1);
    for (const [m, shared] of counts) {
      const other = cores[m]!;
      if (shared < MIN_SHARED_CORE || shared < SAME_CORE * Math.min(core.size, other.size)) continue;
      const sharedTerms = [...core].filter((t) => other.has(t));
      if (!sharedTerms.some((t) => !isName(t) && !isNumber(t))) continue;
      if (likely(groups[k]!, groups[m]!)) sets.union(k, m);
    }
  });
  const joined = new Map<number, ClaimGroup>();
  groups.forEach((g, k) => {
    const root = sets.find(k);
    const known = joined.get(root);
    joined.set(
      root,
      known
        ? {
            statements: [...new Set([...known.statements, ...g.statements])].sort((a, b) => a - b),
            core: known.core,
          }
        : g,
    );
  });
  return [...joined.values()];
}

/**
 * @module synthesize/facts
 * Facts: each group of aligned statements (and each statement no other source shares) becomes a fact
 * that cites every sentence it rests on, counts its independent origins, and is ranked by that
 * support, by how central it is to the story and by how specific it is.
 */

import { addTo } from '../multimap.js';
import type { BriefOrigin, Exclusive, Fact, FactTrail } from '../types.js';
import { type ClaimGroup, claimGroups } from './claim-groups.js';
import { dangles, trimLead } from './statement-shape.js';
import { citationOf, type StoryContext } from './story-context.js';

export interface RankedFact extends Fact {
  /** Statement indices the fact rests on. */
  readonly statements: readonly number[];
  readonly rank: number;
  /** How much of the story shares its words, 0..1 (what the other sources also talk about). */
  readonly central: number;
}

export function buildFacts(
  context: StoryContext,
  extraSeeds: readonly (readonly number[])[] = [],
): RankedFact[] {
  const { statements, alignment } = context;
  const grouped = new Set<number>();
  const groups: ClaimGroup[] = [];
  for (const group of claimGroups(context, [...alignment.groups, ...extraSeeds])) {
    groups.push(group);
    for (const i of group.statements) grouped.add(i);
  }
  statements.forEach((_, i) => {
    if (!grouped.has(i)) groups.push({ statements: [i], core: [] });
  });

  const sourceCount = context.sources.length;
  const termSources = new Map<string, Set<number>>();
  for (const s of statements) {
    for (const t of s.terms) {
      let set = termSources.get(t);
      if (set === undefined) termSources.set(t, (set = new Set()));
      set.add(s.source);
    }
  }
  /** How much of the story shares a statement's terms: its centrality, 0..1. */
  const centrality = (i: number): number => {
    const terms = statements[i]!.terms;
    let sum = 0;
    for (const t of terms) sum += (termSources.get(t)!.size - 1) / Math.max(sourceCount - 1, 1);
    return terms.length === 0 ? 0 : sum / terms.length;
  };

  const facts = groups.map((group) => {
    const members = [...group.statements].sort(
      (a, b) => statements[a]!.source - statements[b]!.source || a - b,
    );
    const representative = pickRepresentative(context, members, group.core);
    const sources = [...new Set(members.map((i) => context.sources[statements[i]!.source]!.id))];
    const origins = [...new Set(members.map((i) => statements[i]!.origin))].sort();
    const central = members.reduce((sum, i) => sum + centrality(i), 0) / members.length;
    const position = Math.min(...members.map((i) => statements[i]!.sentence.index));
    const rank =
      origins.length * 10 +
      sources.length * 2 +
      central * 12 +
      specificity(statements[representative]!.sentence.text) +
      // Earlier sentences carry the news in inverted-pyramid writing.
      Math.max(0, 3 - position * 0.3);
    const { first, trail } = trailOf(context, members);
    return {
      id: '',
      // (A dateline run into the sentence, `LISK Varland and Caspara signed …`, is no part of it.)
      text: trimLead(
        statements[representative]!.sentence.text,
        context.documents[statements[representative]!.source]!.article.text,
      ),
      sources,
      origins,
      independent: origins.length,
      citations: members.map((i) => citationOf(context, i)),
      first,
      trail,
      statements: members,
      rank,
      central,
    };
  });
  facts.sort((a, b) => b.rank - a.rank || a.statements[0]! - b.statements[0]!);
  return facts.map((f, i) => ({ ...f, id: `f${i + 1}` }));
}

/** What standing alone adds to a wording's claim to speak for a fact: less than holding its core, more than alignment. */
const STANDS_ALONE = 3;

/**
 * The statement that best speaks for a claim: of those holding its whole core, the one whose words are
 * most the core's (it says the claim and little else); else the one most similar to the others.
 */
function pickRepresentative(
  context: StoryContext,
  members: readonly number[],
  core: readonly string[],
): number {
  let best = members[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const i of members) {
    const terms = new Set(context.statements[i]!.terms);
    const holds = core.length > 0 && core.every((t) => terms.has(t));
    let sum = 0;
    for (const j of members.slice(0, 12)) if (i !== j) sum += context.alignment.score(i, j);
    const length = context.statements[i]!.sentence.text.length;
    const focus = core.length === 0 ? 0 : core.length / Math.max(terms.size, 1);
    // A wording a reader can take alone ("Xi added …", not "He added …") speaks for the claim better.
    const alone = dangles(context.statements[i]!.sentence.text) ? 0 : STANDS_ALONE;
    const value =
      (holds ? 10 : 0) + alone + focus * 2 + sum / Math.max(members.length - 1, 1) - length / 10_000;
    if (value > bestScore) {
      best = i;
      bestScore = value;
    }
  }
  return best;
}

/** What was decided or will happen: the outcome a reader of a story wants ("agreed", "will attend"). */
const OUTCOME =
  /\b(?:will|would|agreed|accepted|invited|announced|signed|approved|rejected|won|lost|sentenced|convicted|charged|arrested|released|freed|killed|died|resigned|retired|launched|raised|cut|fell|rose|plans? to|is set to|to visit|to attend)\b/i;

/** Numbers, names, dates and outcomes make a statement checkable and worth reading: up to 4 points. */
function specificity(text: string): number {
  const numbers = (text.match(/\d/g) ?? []).length > 0 ? 1 : 0;
  const names = Math.min((text.match(/(?<=\s)[A-Z][a-z]+/g) ?? []).length, 4) / 4;
  const quoted = /[“"]/.test(text) ? 0.5 : 0;
  const outcome = OUTCOME.test(text) ? 1 : 0;
  return numbers + names + quoted + outcome + 0.5;
}

/** Facts only one source carries, grouped by source in source order. */
/**
 * Facts only one outlet reports, per outlet. An exclusive is a claim no other origin states in any
 * wording, so a fact is listed only when nothing of another origin comes near it: no statement the pair
 * model gives even a fair chance of stating it, and none holding its rarest words together.
 */
export function exclusivesOf(context: StoryContext, facts: readonly RankedFact[]): Exclusive[] {
  const { statements } = context;
  const near = new Map<number, number[]>();
  const link = (a: number, b: number): void => addTo(near, a, b);
  for (const p of context.alignment.pairs) {
    if (p.probability < EXCLUSIVE_DOUBT && p.score < EXCLUSIVE_DOUBT) continue;
    link(p.a, p.b);
    link(p.b, p.a);
  }
  const postings = new Map<string, number[]>();
  const termSets = statements.map((s) => new Set(s.terms));
  termSets.forEach((terms, i) => {
    for (const t of terms) addTo(postings, t, i);
  });
  const df = (t: string): number => postings.get(t)?.length ?? 0;
  const alone = (i: number): boolean => {
    const origin = statements[i]!.origin;
    if ((near.get(i) ?? []).some((j) => statements[j]!.origin !== origin)) return false;
    // Its rarest words held together by another origin's statement: the same claim in other words.
    const rare = [...termSets[i]!].sort((a, b) => df(a) - df(b)).slice(0, RARE_WORDS);
    if (rare.length < RARE_WORDS) return true;
    const holders = postings.get(rare[0]!) ?? [];
    // Even its rarest word is everywhere: it says what the others say.
    if (holders.length > MAX_HOLDERS) return false;
    if (holders.some((j) => statements[j]!.origin !== origin && rare.every((t) => termSets[j]!.has(t))))
      return false;
    return !containedElsewhere(i) && !sharesRareWord(i);
  };
  /**
   * A common noun few statements use (`visa-free`, not a name) held, with two more of its words, by
   * another origin's statement: "Putin praised China's decision to allow visa-free entry" and "Putin
   * hailed the introduction of visa-free travel" may be one claim, so neither is one outlet's alone.
   */
  const sharesRareWord = (i: number): boolean => {
    const origin = statements[i]!.origin;
    const own = termSets[i]!;
    const text = statements[i]!.sentence.text;
    for (const t of own) {
      const holders = postings.get(t) ?? [];
      if (holders.length > RARE_WORD_HOLDERS || /^\d/.test(t) || !writtenLower(text, t)) continue;
      for (const j of holders) {
        if (statements[j]!.origin === origin) continue;
        let shared = 0;
        for (const u of termSets[j]!) if (own.has(u)) shared++;
        if (shared >= CONTAINED_MIN) return true;
      }
    }
    return false;
  };
  /** Most of its words in one statement of another origin: the same claim, a word or two changed. */
  const containedElsewhere = (i: number): boolean => {
    const origin = statements[i]!.origin;
    const own = termSets[i]!;
    const shared = new Map<number, number>();
    for (const t of own) {
      const holders = postings.get(t) ?? [];
      if (holders.length > MAX_HOLDERS) continue;
      for (const j of holders) if (statements[j]!.origin !== origin) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const needed = Math.max(CONTAINED_MIN, Math.ceil(own.size * CONTAINED_SHARE));
    for (const count of shared.values()) if (count >= needed) return true;
    return false;
  };
  return context.sources
    .map((source) => ({
      source: source.id,
      // (What a reader can take alone first: `He has stressed …` after what says who.)
      facts: facts
        .filter((f) => f.sources.length === 1 && f.sources[0] === source.id && f.statements.every(alone))
        .map((f) => ({ id: f.id, dangling: dangles(f.text) }))
        .sort((a, b) => Number(a.dangling) - Number(b.dangling))
        .map((f) => f.id),
    }))
    .filter((e) => e.facts.length > 0);
}

/** A word this few statements hold marks what they are about (`visa-free`). */
const RARE_WORD_HOLDERS = 3;

/** Whether a term's word stands in the sentence in lower case (a common noun or verb, not a name). */
function writtenLower(text: string, term: string): boolean {
  const at = text.toLowerCase().indexOf(term);
  return at !== -1 && !/\p{Lu}/u.test(text.charAt(at));
}

/** A word more statements than this hold is no sign of one claim (and looking through them all is not linear). */
const MAX_HOLDERS = 64;

/** A pair this likely (or this alike in words) may state one claim: neither side is an exclusive. */
const EXCLUSIVE_DOUBT = 0.3;
/** A statement this much of whose words (and at least `CONTAINED_MIN`) one statement of another origin holds says the same. */
const CONTAINED_SHARE = 0.5;
const CONTAINED_MIN = 3;
/** How many of a statement's rarest words another origin must hold together to say the same. */
const RARE_WORDS = 2;

/** Publication time in ms for ordering (undated sources last, in source order). */
function timeOf(context: StoryContext, source: number): number {
  const published = context.sources[source]!.published;
  const t =
    published === null
      ? Number.NaN
      : Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** Sources in order of publication, then of input. */
function byTime(context: StoryContext, sources: Iterable<number>): number[] {
  return [...new Set(sources)].sort((a, b) => timeOf(context, a) - timeOf(context, b) || a - b);
}

/**
 * How a fact travelled: the source that carried it first, and each origin with its sources in order of
 * first publication (the wire, then its copies, then outlets that cite it).
 */
function trailOf(
  context: StoryContext,
  members: readonly number[],
): { first: string | null; trail: FactTrail[] } {
  const byOrigin = new Map<string, number[]>();
  for (const i of members) {
    const s = context.statements[i]!;
    addTo(byOrigin, s.origin, s.source);
  }
  const trail = [...byOrigin]
    .map(([origin, sources]) => ({ origin, sources: byTime(context, sources) }))
    .sort(
      (a, b) =>
        timeOf(context, a.sources[0]!) - timeOf(context, b.sources[0]!) || a.sources[0]! - b.sources[0]!,
    );
  const earliest = byTime(
    context,
    members.map((i) => context.statements[i]!.source),
  )[0];
  const dated = earliest !== undefined && Number.isFinite(timeOf(context, earliest));
  return {
    first: dated ? context.sources[earliest]!.id : null,
    trail: trail.map((t) => ({ origin: t.origin, sources: t.sources.map((s) => context.sources[s]!.id) })),
  };
}

/** The story's origins with the name a reader knows, earliest first. */
export function originsOf(context: StoryContext): BriefOrigin[] {
  const bySource = new Map<string, number[]>();
  context.sources.forEach((s, i) => addTo(bySource, s.origin, i));
  return [...bySource]
    .map(([id, sources]) => ({ id, sources: byTime(context, sources) }))
    .sort(
      (a, b) =>
        timeOf(context, a.sources[0]!) - timeOf(context, b.sources[0]!) || a.sources[0]! - b.sources[0]!,
    )
    .map(({ id, sources }) => ({
      id,
      label: context.origins.label.get(id) ?? id,
      sources: sources.map((s) => context.sources[s]!.id),
    }));
}

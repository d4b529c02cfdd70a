/**
 * @module bench/truth/score
 * Scores one brief against the real truth of its event: contradictions (precision, recall), facts
 * (every citation states the fact, origin counts, repeats), quotes (found, speakers), names (whole and
 * typed, no furniture) and the summary (defects, must-know facts covered, length). Each measure keeps
 * the items it judged so a failure can be read (`--explain`).
 */
import type { Article, Brief, Citation } from '../../src/types.js';
import type { CorpusEvent } from './corpus.js';
import type { CompiledTruth, TruthSpan } from './format.js';
import { covers, offsetMapper, overlapOf, type RawSpan } from './offsets.js';

/** A count of hits out of trials, with the items behind the misses. */
export class Tally {
  hits = 0;
  trials = 0;
  readonly misses: string[] = [];
  add(hit: boolean, why: () => string): void {
    this.trials++;
    if (hit) this.hits++;
    else this.misses.push(why());
  }
  rate(): number {
    return this.trials === 0 ? Number.NaN : this.hits / this.trials;
  }
  merge(other: Tally): void {
    this.hits += other.hits;
    this.trials += other.trials;
    this.misses.push(...other.misses);
  }
}

export const MEASURES = [
  'contradiction precision',
  'contradiction recall',
  'facts: every citation states it',
  'facts: unjudged (no truth claim near)',
  'facts: origin count right (top 5)',
  'facts: origin count right (all judged)',
  'facts: support complete (top 5)',
  'facts: not repeated',
  'exclusives: truly exclusive',
  'quotes found',
  'speakers right (knowable)',
  'speakers not wrong (all found)',
  'names whole and typed right',
  'names not furniture',
  'furniture left out of the body',
  'summary bullets without defect',
  'must-know facts covered',
  'summary 3-6 bullets, 60-120 words',
  'off-topic sources named (precision)',
  'off-topic sources named (recall)',
] as const;
export type Measure = (typeof MEASURES)[number];
export type Scores = Record<Measure, Tally>;

export function emptyScores(): Scores {
  return Object.fromEntries(MEASURES.map((m) => [m, new Tally()])) as Scores;
}

/** A cited span placed in its article's raw text. */
interface Placed extends RawSpan {
  readonly a: string;
}

const norm = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** A truth entity as the matching below reads it. */
interface NamedTruth {
  readonly name: string;
  readonly type: string;
  readonly forms?: readonly string[];
}

/**
 * Whether the system's speaker is the truth's: the same name, or another spelling the articles use for
 * it (a transliteration; any listed form of an organisation, `Broadcom` for `Broadcom Ltd.`; a person
 * needs a whole name).
 */
export function sameSpeakerName(
  system: string | null,
  truthName: string,
  entities: readonly NamedTruth[],
): boolean {
  if (system === null) return false;
  if (norm(system) === norm(truthName)) return true;
  const e = entities.find((x) => norm(x.name) === norm(truthName));
  return (
    e !== undefined &&
    (e.forms ?? []).some(
      (f) => norm(f) === norm(system) && (e.type !== 'person' || f.split(/\s+/).length >= 2),
    )
  );
}

/**
 * The system's entity for a truth entity: its own name, or for a place or organisation a name it lists
 * for it (`United Kingdom` listing `Britain`: the whole name, in its canonical form); a person needs the
 * whole name.
 */
export function wholeEntity<
  T extends { readonly name: string; readonly type: string; readonly aliases: readonly string[] },
>(entities: readonly T[], e: NamedTruth): T | undefined {
  const spellings = new Set([e.name, ...(e.forms ?? []).filter((f) => f.split(/\s+/).length >= 2)].map(norm));
  return (
    entities.find((b) => spellings.has(norm(b.name))) ??
    (e.type === 'person'
      ? undefined
      : entities.find((b) => b.type === e.type && b.aliases.some((a) => spellings.has(norm(a)))))
  );
}

/** News agencies, as truth files name them in `via` (anything else is an outlet). */
const AGENCY_NAMES = new Set([
  'ap',
  'reuters',
  'afp',
  'bloomberg',
  'tass',
  'xinhua',
  'kyodo',
  'yonhap',
  'pa',
  'pa media',
  'dpa',
  'efe',
  'ansa',
  'ria novosti',
  'interfax',
  'upi',
  'aap',
  'ani',
  'pti',
]);

/** The registrable domain of an outlet host: `usa.chinadaily.com.cn` -> `chinadaily.com.cn`. */
export function registrable(host: string): string {
  const parts = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  const secondLevel =
    /^(?:co|com|org|net|gov|ac|edu)$/.test(parts.at(-2) ?? '') && (parts.at(-1) ?? '').length === 2;
  return parts.slice(secondLevel ? -3 : -2).join('.');
}

/**
 * Scores a brief of an event. `articles[i]` is the extracted article of `brief.sources[i]`, and
 * `aliasOf[i]` its alias in the truth.
 */
export function scoreBrief(
  truth: CompiledTruth,
  event: CorpusEvent,
  brief: Brief,
  articles: readonly Article[],
  aliasOf: readonly string[],
): Scores {
  const scores = emptyScores();
  const rawOf = new Map(event.articles.map((a) => [a.alias, a]));
  const mappers = articles.map((article, i) =>
    offsetMapper(article.text, article.paragraphs, rawOf.get(aliasOf[i]!)?.text ?? ''),
  );
  const sourceIndex = new Map(brief.sources.map((s, i) => [s.id, i]));
  const place = (c: Citation): Placed | null => {
    const i = sourceIndex.get(c.source);
    if (i === undefined) return null;
    const span = mappers[i]!(c.start, c.end);
    return span === null ? null : { a: aliasOf[i]!, ...span };
  };
  const within = (p: Placed | null, spans: readonly TruthSpan[]): boolean =>
    p !== null && spans.some((t) => t.a === p.a && covers(p, t));
  const show = (c: Citation): string => `${c.source}:"${c.text.slice(0, 90)}"`;
  const rawText = (t: TruthSpan): string => rawOf.get(t.a)?.text.slice(t.start, t.end).slice(0, 90) ?? '';

  // --- origins: copies, one outlet's articles, and statements leaning on another origin ---
  const originOf = new Map<string, string>();
  for (const a of event.articles)
    originOf.set(a.alias, a.outlet ? `outlet:${registrable(a.outlet)}` : `article:${a.alias}`);
  for (const group of truth.copies ?? []) {
    const id = group.wire ? `wire:${group.wire}` : `copy:${group.articles[0]}`;
    // Every article of the group, and every other article of the same outlets, share one origin.
    const outlets = new Set(group.articles.map((a) => originOf.get(a)));
    for (const a of event.articles) if (outlets.has(originOf.get(a.alias))) originOf.set(a.alias, id);
    for (const a of group.articles) originOf.set(a, id);
  }
  /** A name a sentence credits: an agency, an outlet of the event (its origin), or another outlet. */
  const viaOrigin = (via: string): string => {
    if (AGENCY_NAMES.has(via.toLowerCase())) return `wire:${via}`;
    const squashed = via
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^a-z0-9]/g, '');
    const outlet = event.articles.find((a) =>
      registrable(a.outlet)
        .replace(/[^a-z0-9]/g, '')
        .startsWith(squashed),
    );
    return outlet ? (originOf.get(outlet.alias) ?? outlet.alias) : `via:${squashed}`;
  };
  const originsOfClaim = (spans: readonly TruthSpan[]): Set<string> =>
    new Set(spans.map((t) => (t.via ? viaOrigin(t.via) : (originOf.get(t.a) ?? t.a))));

  // --- contradictions ---
  const disagreements = truth.disagreements ?? [];
  const found = new Set<number>();
  for (const c of brief.contradictions) {
    const placed = c.sides.map(place);
    const hit = disagreements.findIndex((d) => {
      const sidesHit = d.sides.filter((side) => placed.some((p) => within(p, side.in)));
      return sidesHit.length >= 2;
    });
    if (hit !== -1) found.add(hit);
    scores['contradiction precision'].add(
      hit !== -1,
      () => `${c.kind}: ${c.summary} | ${c.sides.map(show).join(' | ')}`,
    );
  }
  disagreements.forEach((d, k) =>
    scores['contradiction recall'].add(
      found.has(k),
      () =>
        `${d.kind}: ${d.about} — ${d.sides.map((s) => `${s.value} [${s.in.map((t) => `${t.a}: ${rawText(t)}`).join('; ')}]`).join(' vs ')}`,
    ),
  );

  // --- facts ---
  const claims = truth.claims ?? [];
  /** The truth claims that every placed citation states. */
  const claimsOfAll = (placed: readonly (Placed | null)[]) =>
    claims.filter((claim) => placed.every((p) => within(p, claim.in)));
  const claimOfFact = new Map<string, string>();
  brief.facts.forEach((fact, rank) => {
    const placed = fact.citations.map(place);
    if (fact.citations.length < 2) return;
    const all = claimsOfAll(placed);
    const near = claims.filter((claim) => placed.some((p) => within(p, claim.in)));
    if (all.length === 0 && near.length === 0) {
      scores['facts: unjudged (no truth claim near)'].add(
        false,
        () => `${fact.id} ${fact.citations.map(show).join(' | ')}`,
      );
      return;
    }
    scores['facts: unjudged (no truth claim near)'].add(true, () => '');
    scores['facts: every citation states it'].add(
      all.length > 0,
      () =>
        `${fact.id} [${near.map((c) => c.id).join(',')}] ${fact.citations
          .map(
            (c, i) =>
              `${
                within(
                  placed[i]!,
                  near.flatMap((n) => n.in),
                )
                  ? ''
                  : '✗'
              }${show(c)}`,
          )
          .join(' | ')}`,
    );
    if (all.length === 0) return;
    // The claim the fact is: of those all its citations state, the one most of its citations are in.
    const claim = all[0]!;
    claimOfFact.set(fact.id, claim.id);
    // The count is right when the cited sources are counted as the truth counts their origins: copies
    // of one wire story once, a digest as its agencies, a sentence crediting another outlet as that outlet.
    const cited = new Set(
      placed.map((p) => {
        const span = claim.in.find((t) => p !== null && t.a === p.a && covers(p, t));
        return span ? (span.via ? viaOrigin(span.via) : (originOf.get(span.a) ?? span.a)) : '?';
      }),
    );
    const right = fact.independent === cited.size;
    const why = () =>
      `${fact.id} (${claim.id}) says ${fact.independent} origins, its citations are ${cited.size}: ${[...cited].join(', ')}`;
    scores['facts: origin count right (all judged)'].add(right, why);
    if (rank < 5) scores['facts: origin count right (top 5)'].add(right, why);
    // Support is complete when every origin stating the claim is cited.
    const expected = originsOfClaim(claim.in);
    if (rank < 5)
      scores['facts: support complete (top 5)'].add(
        fact.independent >= expected.size,
        () =>
          `${fact.id} (${claim.id}) says ${fact.independent} origins, truth ${expected.size}: ${[...expected].join(', ')}`,
      );
  });
  const factsOfClaim = new Map<string, string[]>();
  for (const [fact, claim] of claimOfFact)
    factsOfClaim.set(claim, [...(factsOfClaim.get(claim) ?? []), fact]);
  for (const [claim, facts] of factsOfClaim)
    for (let i = 0; i < facts.length; i++)
      scores['facts: not repeated'].add(i === 0, () => `claim ${claim} is facts ${facts.join(', ')}`);
  // An exclusive fact is right unless a truth claim it states is stated by another origin.
  const factById = new Map(brief.facts.map((f) => [f.id, f]));
  for (const ex of brief.exclusives)
    for (const id of ex.facts) {
      const fact = factById.get(id);
      if (!fact) continue;
      const placed = fact.citations.map(place);
      const claim = claims.find((c) => placed.every((p) => within(p, c.in)));
      const others = claim ? originsOfClaim(claim.in).size : 1;
      scores['exclusives: truly exclusive'].add(
        others <= 1,
        () => `${id} is claim ${claim?.id} of ${others} origins: ${show(fact.citations[0]!)}`,
      );
    }

  // --- quotes and speakers ---
  const sameSpeaker = (system: string | null, truthName: string): boolean =>
    sameSpeakerName(system, truthName, truth.entities ?? []);
  const variants = brief.quotes.flatMap((q) =>
    q.variants.map((v) => ({ speaker: q.speaker, v, p: place(v) })),
  );
  for (const q of truth.quotes ?? []) {
    // Of the brief's quotations covering the annotated one, the one that fits it best: a quotation
    // inside another's (`… it just said, ‘You have great instincts.’`) is judged by itself when the brief
    // has it, not by the words around it.
    let match: (typeof variants)[number] | undefined;
    let fit = 0;
    for (const x of variants) {
      if (x.p === null || x.p.a !== q.in.a || !covers(x.p, q.in)) continue;
      const shared = overlapOf(x.p, q.in);
      const f = shared / (Math.max(x.p.end, q.in.end) - Math.min(x.p.start, q.in.start));
      if (f > fit) [match, fit] = [x, f];
    }
    scores['quotes found'].add(
      match !== undefined,
      () => `${q.in.a}: "${rawText(q.in)}" (${q.speaker ?? 'unnamed'})`,
    );
    if (!match) continue;
    if (q.speaker !== null)
      scores['speakers right (knowable)'].add(
        sameSpeaker(match.speaker, q.speaker),
        () => `"${rawText(q.in).slice(0, 60)}" is ${q.speaker}, brief says ${match.speaker ?? 'nobody'}`,
      );
    const wrong = match.speaker !== null && (q.speaker === null || !sameSpeaker(match.speaker, q.speaker));
    scores['speakers not wrong (all found)'].add(
      !wrong,
      () => `"${rawText(q.in).slice(0, 60)}" is ${q.speaker ?? 'unnamed'}, brief says ${match.speaker}`,
    );
  }

  // --- names ---
  const furniture = truth.furniture ?? [];
  /** Whether a spelling appears in some article outside the spans the truth marks as page furniture. */
  const inBody = (name: string): boolean =>
    event.articles.some((a) => {
      let at = a.text.indexOf(name);
      while (at !== -1) {
        const here = at;
        if (!furniture.some((t) => t.a === a.alias && t.start <= here && here < t.end)) return true;
        at = a.text.indexOf(name, at + 1);
      }
      return false;
    });
  for (const e of truth.entities ?? []) {
    // A name that appears only in page furniture (a gallery, a promo) is rightly dropped with it.
    if (furniture.length > 0 && ![e.name, ...(e.forms ?? [])].some(inBody)) continue;
    const whole = wholeEntity(brief.entities, e);
    scores['names whole and typed right'].add(whole !== undefined && whole.type === e.type, () =>
      whole
        ? `${e.name}: typed ${whole.type}, truth ${e.type}`
        : `${e.name} (${e.type}) missing; near: ${brief.entities
            .filter((b) => norm(e.name).includes(norm(b.name).split(' ').at(-1) ?? '~'))
            .map((b) => `${b.name}/${b.type}`)
            .slice(0, 3)
            .join(', ')}`,
    );
  }
  if (furniture.length > 0) {
    const known = new Set((truth.entities ?? []).flatMap((e) => [e.name, ...(e.forms ?? [])].map(norm)));
    for (const b of brief.entities) {
      if (known.has(norm(b.name))) continue;
      const inFurniture = furniture.some((t) => rawOf.get(t.a)?.text.slice(t.start, t.end).includes(b.name));
      scores['names not furniture'].add(!(inFurniture && !inBody(b.name)), () => `furniture name: ${b.name}`);
    }
  }

  // --- page furniture: every annotated span (a promo, a caption, a video module, a link box) is out of
  // the extracted body when no line of it is left there (a line: 12 characters or more, spaces folded)
  const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const bodies = new Map(articles.map((a, i) => [aliasOf[i]!, fold(a.text)]));
  for (const t of furniture) {
    const body = bodies.get(t.a);
    if (body === undefined) continue;
    const left = (rawOf.get(t.a)?.text.slice(t.start, t.end) ?? '')
      .split('\n')
      .map(fold)
      .filter((line) => line.length >= 12 && body.includes(line));
    scores['furniture left out of the body'].add(
      left.length === 0,
      () => `${t.a}: ${left.join(' | ').slice(0, 160)}`,
    );
  }

  // --- off-topic sources ---
  const offTopic = new Set(truth.offTopic ?? []);
  const named = new Set(brief.offTopic.map((id) => aliasOf[sourceIndex.get(id) ?? -1] ?? '?'));
  for (const a of named)
    scores['off-topic sources named (precision)'].add(offTopic.has(a), () => `${a} named off-topic`);
  for (const a of offTopic)
    if (aliasOf.includes(a))
      scores['off-topic sources named (recall)'].add(named.has(a), () => `${a} not named off-topic`);

  // --- summary ---
  const defects = truth.defects ?? [];
  const words = brief.summary.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
  const n = brief.summary.length;
  scores['summary 3-6 bullets, 60-120 words'].add(
    n >= 3 && n <= 6 && words >= 60 && words <= 120,
    () => `${n} bullets, ${words} words`,
  );
  for (const s of brief.summary) {
    const first = s.citations[0];
    const p = first ? place(first) : null;
    const defect =
      defects.find((d) => p !== null && d.in.a === p.a && covers(p, d.in))?.kind ??
      (within(p, furniture) ? 'furniture' : /\?["”’]?$/.test(s.text.trim()) ? 'question' : null);
    scores['summary bullets without defect'].add(defect === null, () => `${defect}: ${s.text.slice(0, 100)}`);
  }
  const cited = brief.summary.flatMap((s) => s.citations.map(place));
  for (const m of truth.mustKnow ?? []) {
    const spans = [
      ...(m.in ?? []),
      ...claims.filter((c) => (m.claims ?? []).includes(c.id)).flatMap((c) => c.in),
    ];
    scores['must-know facts covered'].add(
      cited.some((p) => within(p, spans)),
      () => m.about,
    );
  }
  return scores;
}

/**
 * @module synthesize/summary
 * The headline and the summary: extractive and faithful. The summary gives a reader who reads only it
 * the event: 3–6 bullets, 60–120 words (about 60 for a story three outlets tell, about 110 for one
 * more tell), each a claim the most origins carry, in its outlet's own words
 * and cited; then, when outlets disagree, what they disagree on. Steps, in order: `chooseWording` (of
 * a fact's sentences, one that stands alone: no caption, question, bare quotation, headline fragment,
 * or subject the reader has not met: a pronoun or description that points back to an earlier sentence), `chooseBullets` (best-supported first, no repeats, within the
 * word budget), `addDisagreement` ("Outlets differ on …", cited on every side) and `orderBullets`
 * (the order the story is told in). The headline is the title of the most central report, the most
 * recent among equals, with site names and shouting left out.
 */
import { lowerBound } from '../analyze/quotes/state.js';
import { addTo } from '../multimap.js';
import type { Contradiction, SummarySentence } from '../types.js';
import { bySentence, entityById, mentionsWithin, sentencesInsideQuotations } from './by-sentence.js';
import type { RankedFact } from './facts.js';
import { dangles, refusedAsBullet, trimLead } from './statement-shape.js';
import { citationOf, type StoryContext } from './story-context.js';
import { termsOf } from './terms.js';

/** Why 3–6 bullets and 60–120 words: a summary a reader takes in at a glance; the facts list holds the rest. */
const MIN_BULLETS = 3;
const MAX_BULLETS = 6;
const MIN_WORDS = 60;
const MAX_WORDS = 120;
/**
 * A story this many outlets report is told more fully: about 110 words (chosen on the dev events, where
 * it covers 68 of 95 must-know facts against 65 at 90 words, at about the same defect rate, 5%; 120
 * words adds defects and no fact; three-outlet stories keep about 60).
 */
const MANY_SOURCES = 4;
const MANY_SOURCES_WORDS = 110;
/** A bullet longer than this is a paragraph, not a claim (60: a news lede runs to 40-60 words; chosen on the dev NeuS stories). */
const MAX_BULLET_WORDS = 60;
const MIN_BULLET_WORDS = 6;
/** Rounds of choosing again when a bullet calls someone no other bullet names in full. */
const INTRODUCTION_ROUNDS = 3;
/** How much a lede counts for, against the share of its words the other sources use. */
const LEDE_BONUS = 0.15;
/**
 * How much being told high in its article counts for a single-outlet fact, and how many sentences down
 * it counts at all (chosen on the dev events and the NeuS dev stories: more must-know facts covered and
 * a higher ROUGE-2 at the same defect rate; `npm run bench:quality`).
 */
const EARLY_BONUS = 0.3;
const EARLY_SENTENCES = 5;
/** A candidate sharing more than this share of its terms with a chosen bullet repeats it. */
const REDUNDANCY = 0.5;
/**
 * Facts looked at for bullets, best first: a story's bullets come from its first few dozen facts; the
 * bound keeps a text of thousands of unusable sentences (captions, quotes, fragments) from being read
 * sentence by sentence to the end.
 */
const MAX_CANDIDATES = 400;

const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length;

interface Bullet {
  readonly fact: RankedFact | null;
  readonly statement: number | null;
  readonly text: string;
  readonly citations: SummarySentence['citations'];
  readonly terms: Set<string>;
  /** The figures its sentence gives (`5|billion`): a bullet giving one another gives tells that figure again. */
  readonly figures: Set<string>;
  /** Where the story tells it: the earliest sentence position among its sources. */
  readonly position: number;
  /** Whether it quotes someone at length (`quotesAtLength`). */
  readonly speech: boolean;
}

/**
 * Step 1: of a fact's sentences, one a reader can take alone, in the wording the other origins share
 * most (the earlier sentence among equals).
 */
function chooseWording(
  context: StoryContext,
  fact: RankedFact,
  shared: (i: number) => number,
): number | null {
  const ordered = [...fact.statements].sort(
    (a, b) =>
      shared(b) - shared(a) || context.statements[a]!.sentence.index - context.statements[b]!.sentence.index,
  );
  for (const i of ordered) {
    const text = context.statements[i]!.sentence.text;
    const words = wordsIn(text);
    if (words < MIN_BULLET_WORDS || words > MAX_BULLET_WORDS) continue;
    // A quotation leads no bullet unless one sentence of it is said by someone named; nor does a
    // sentence whose subject the reader has not met, or a fragment.
    if (/^["“‘']/.test(text.trim()) && !namedQuote(context, text.trim())) continue;
    if (refusedShape(context, i) || unmetSurname(context, i)) continue;
    return i;
  }
  return null;
}

/**
 * Whether a statement's own shape keeps it from being a bullet, whoever else the story names: a
 * caption, a sentence of a quotation that opened in an earlier one (its speaker is named there), or a
 * sentence `refusedAsBullet` refuses. (`bench/truth/shapes.ts` scores this against the truth.)
 */
export function refusedShape(context: StoryContext, statement: number): boolean {
  const { caption, source, sentence } = context.statements[statement]!;
  return (
    caption ||
    sentencesInsideQuotations(context.documents[source]!.analysis).has(sentence.index) ||
    refusedAsBullet(sentence.text)
  );
}

/** A text's pairs of adjacent words, lower-cased. */
function wordPairs(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const pairs: string[] = [];
  for (let k = 0; k + 1 < words.length; k++) pairs.push(`${words[k]} ${words[k + 1]}`);
  return pairs;
}

/**
 * How widely each statement's wording is shared: the mean, over its pairs of adjacent words, of the
 * share of the other origins whose text uses the pair. Outlets telling one fact in the same words tell
 * it the way a reader of all of them would (chosen on the NeuS dev stories: ROUGE-2 against the human
 * summaries +4.0% to +7.0% over the first sentences, the same must-know facts and defect rate on the dev
 * events). The counts are read once per story, in time linear in its text.
 */
function sharedWording(context: StoryContext): (statement: number) => number {
  let originsUsing: Map<string, number> | null = null;
  let others = 0;
  const scores = new Map<number, number>();
  return (statement) => {
    if (originsUsing === null) {
      const pairsOf = new Map<string, Set<string>>();
      context.documents.forEach((doc, source) => {
        const origin = context.sources[source]!.origin;
        const set = pairsOf.get(origin) ?? new Set<string>();
        for (const pair of wordPairs(doc.article.text)) set.add(pair);
        pairsOf.set(origin, set);
      });
      originsUsing = new Map();
      for (const set of pairsOf.values())
        for (const pair of set) originsUsing.set(pair, (originsUsing.get(pair) ?? 0) + 1);
      others = Math.max(1, pairsOf.size - 1);
    }
    let score = scores.get(statement);
    if (score === undefined) {
      const pairs = wordPairs(context.statements[statement]!.sentence.text);
      let shared = 0;
      // (Its own origin uses every pair of its sentence: the others are the count less one.)
      for (const pair of pairs) shared += Math.max(0, (originsUsing.get(pair) ?? 1) - 1);
      score = pairs.length === 0 ? 0 : shared / pairs.length / others;
      scores.set(statement, score);
    }
    return score;
  };
}

/** One sentence in quotation marks and what follows it: `“We will rebuild,” Mayor Ana Roe said.` */
const QUOTE_OPEN_RE = /^["“‘']([^"“”‘’]{20,})[,.!?]?["”’']\s*,?\s+/u;
/** A word of a name as the attribution writes it: a capital, then letters, stops, apostrophes, hyphens. */
const NAME_WORD_RE = /^\p{Lu}[\p{L}.'’-]*/u;
/** Words a name in the attribution runs to (`Deputy Mayor Ana Roe`). */
const MAX_NAME_WORDS = 5;
/** Verbs of the inverted attribution (`…,” said Mayor Ana Roe`) and of the plain one (`…,” Ana Roe wrote`). */
const INVERTED_SAYING = new Set(['said', 'says', 'added']);
const SAYING_RE = /^(?:said|says|added|told|wrote|stated|declared)\b/;
/** Words that open an attribution naming no one (`…,” The statement said`, `…,” He said`). */
const UNNAMED_OPENERS = new Set(['The', 'He', 'She', 'They', 'It', 'His', 'Her']);

/**
 * Who a quotation's attribution names (`said Mayor Ana Roe`, `Mayor Ana Roe said`), read word by word
 * over its first few words; null when it names no one.
 */
function attributedName(after: string): string | null {
  const words = after.slice(0, 200).split(/\s/, MAX_NAME_WORDS + 2);
  if (INVERTED_SAYING.has(words[0]!)) {
    const tail = after.slice(words[0]!.length).trimStart();
    const rest = tail.split(/\s/, MAX_NAME_WORDS);
    if (/^The\b/.test(rest[0] ?? '')) return null;
    // The name as written (its own spaces kept), to the end of its last word.
    let end = -1;
    let at = 0;
    for (const w of rest) {
      const m = NAME_WORD_RE.exec(w);
      if (!m) break;
      end = at + m[0].length;
      // (A word cut short, `Roe,`, ends the name.)
      if (m[0].length < w.length) break;
      at += w.length + 1;
    }
    return end === -1 ? null : tail.slice(0, end);
  }
  if (UNNAMED_OPENERS.has(words[0]!)) return null;
  for (let k = 1; k <= MAX_NAME_WORDS && k < words.length; k++) {
    if (!NAME_WORD_RE.test(words[k - 1]!) || NAME_WORD_RE.exec(words[k - 1]!)![0] !== words[k - 1])
      return null;
    // (The name as written: its words and the single spaces between them.)
    if (SAYING_RE.test(words[k]!)) return after.slice(0, words.slice(0, k).join(' ').length);
  }
  return null;
}

/**
 * Whether a sentence opening on a quotation is one sentence said by someone named in full, or by one of
 * the story's leading or widely named people (a bullet may quote them; `“…,” Freed said` of a
 * spokesman quotes someone the reader has not met).
 */
function namedQuote(context: StoryContext, text: string): boolean {
  const m = QUOTE_OPEN_RE.exec(text);
  // (A quotation of several sentences is several claims: `“… is. Never give …,” X said.`)
  if (m === null || /[.!?]\s+\p{Lu}/u.test(m[1]!)) return false;
  const speaker = attributedName(text.slice(m[0].length));
  if (speaker === null) return false;
  if (speaker.includes(' ')) return true;
  const { leading, wide } = storyPeople(context);
  return [...leading, ...wide].some((name) => name.endsWith(` ${speaker}`));
}

/** How many of the story's most-mentioned people a summary may call by their surname alone. */
const LEADING_PEOPLE = 2;

/** A spokesperson's title right before a name ("Airline spokesman ", "a spokeswoman for the club, "). */
const SPOKESPERSON_BEFORE = /\bspokes(?:man|woman|person)\b[^.;]{0,20}$/i;
const SPOKESPERSON_REACH = 40;

/** The story's people a summary may call by surname alone: its leading people, and those several sources name. */
interface StoryPeople {
  /** The `LEADING_PEOPLE` people the reports mention most. */
  readonly leading: ReadonlySet<string>;
  /** People named by `WIDELY_NAMED` sources or more. */
  readonly wide: ReadonlySet<string>;
}

/** How many sources must name someone for a quotation of theirs to lead a bullet by surname alone. */
const WIDELY_NAMED = 2;

const people = new WeakMap<StoryContext, StoryPeople>();

/** The story's leading and widely named people (spokespeople aside), read once per story. */
function storyPeople(context: StoryContext): StoryPeople {
  let found = people.get(context);
  if (found) return found;
  const counts = new Map<string, number>();
  const sources = new Map<string, number[]>();
  /** People who only speak for others ("airline spokesman Joshua Freed"): whom the story quotes, not whom it is about. */
  const spokespeople = new Set<string>();
  context.documents.forEach((d, source) => {
    const names = new Map(d.analysis.entities.filter((e) => e.type === 'person').map((e) => [e.id, e.name]));
    for (const m of d.analysis.mentions) {
      const name = names.get(m.entity);
      if (!name) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      addTo(sources, name, source);
      if (SPOKESPERSON_BEFORE.test(d.article.text.slice(Math.max(0, m.start - SPOKESPERSON_REACH), m.start)))
        spokespeople.add(name);
    }
  });
  const candidates = [...counts].filter(([name]) => !spokespeople.has(name));
  found = {
    leading: new Set(
      candidates
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, LEADING_PEOPLE)
        .map(([name]) => name),
    ),
    wide: new Set(
      candidates.filter(([name]) => new Set(sources.get(name)).size >= WIDELY_NAMED).map(([name]) => name),
    ),
  };
  people.set(context, found);
  return found;
}

/**
 * Whether a sentence calls someone by surname alone (`Freed said an airline manager apologized …`,
 * `…, Molins said`, `a poem dedicated to Jones`) who is not one of the story's leading people: the
 * reader of the summary has not met who that is; the article introduced them earlier.
 */
function unmetSurname(context: StoryContext, statement: number): boolean {
  const { leading, wide } = storyPeople(context);
  // (Whom several reports name, called so only in the attribution closing the sentence, `…, Ushakov
  // said, according to Tass.`: the claim stands alone, and the story says who that is.)
  const attributed = wide.size > 0 ? tailSpeakers(context, statement) : new Set<string>();
  return surnamesAlone(context, statement).some(
    (name) => !leading.has(name) && !(wide.has(name) && attributed.has(name)),
  );
}

/** An attribution closing a sentence after a name: ` said.`, ` said on Monday, according to Tass.` */
const TAIL_ATTRIBUTION_RE =
  /^\s(?:said|says|added|told reporters)(?:\s(?:on|late|early)\s\p{L}+)?(?:,\s(?:according to|citing)\s[^,.;]{1,60})?[.!]?["”’]?$/u;

/** The whole names of the people a sentence names, after a comma, in the attribution that closes it. */
function tailSpeakers(context: StoryContext, statement: number): Set<string> {
  const { source, sentence } = context.statements[statement]!;
  const { analysis, article } = context.documents[source]!;
  const entities = entityById(analysis);
  const out = new Set<string>();
  for (const m of mentionsWithin(analysis, sentence)) {
    const name = entities.get(m.entity)?.name;
    if (
      name !== undefined &&
      article.text.slice(Math.max(sentence.start, m.start - 2), m.start) === ', ' &&
      TAIL_ATTRIBUTION_RE.test(article.text.slice(m.end, sentence.end))
    )
      out.add(name);
  }
  return out;
}

/** How far into a sentence its subject's name may start. */
const SUBJECT_REACH = 12;

/** The whole name of the person a sentence opens with by surname alone (`Freed said …`), or null. */
function surnameOpener(context: StoryContext, statement: number): string | null {
  const { source, sentence } = context.statements[statement]!;
  const analysis = context.documents[source]!.analysis;
  const first = analysis.mentions[lowerBound(analysis.mentions, sentence.start, (m) => m.start)];
  if (!first || first.end > sentence.end || first.start - sentence.start > SUBJECT_REACH) return null;
  const entity = entityById(analysis).get(first.entity);
  if (entity?.type !== 'person' || !entity.name.includes(' ') || !calledBySurname(first.text)) return null;
  return entity.name;
}

/** `Freed`, `Mr Freed`: one word of a name, not the whole of it. */
const calledBySurname = (text: string): boolean => !text.includes(' ') || SURNAME_TITLE_RE.test(text);
const SURNAME_TITLE_RE = /^(?:Mr|Mrs|Ms|Dr)\.?\s\S+$/;

/**
 * The whole names of the people a sentence calls by one word of their name only (`Freed`, `Mr Freed`),
 * never giving the whole of it.
 */
function surnamesAlone(context: StoryContext, statement: number): string[] {
  const { source, sentence } = context.statements[statement]!;
  const analysis = context.documents[source]!.analysis;
  const entities = entityById(analysis);
  const alone = new Set<string>();
  const whole = new Set<string>();
  for (const m of mentionsWithin(analysis, sentence)) {
    const entity = entities.get(m.entity);
    if (entity?.type !== 'person' || !entity.name.includes(' ')) continue;
    (calledBySurname(m.text) ? alone : whole).add(entity.name);
  }
  return [...alone].filter((name) => !whole.has(name));
}

/**
 * The figures a statement's sentence gives, by value and what is counted (`5000000000|USD`, `50|people`),
 * leaving out ordinals and small numbers: two bullets that give "at least 50 people" or "$5 billion" tell
 * one happening, however differently worded.
 */
function figuresOf(context: StoryContext, statement: number): Set<string> {
  const { source, sentence } = context.statements[statement]!;
  const quantities = bySentence(context.documents[source]!.analysis).quantities.get(sentence.index) ?? [];
  return new Set(
    quantities
      .filter((q) => q.kind !== 'ordinal' && q.value >= MIN_TELLING_FIGURE)
      .map((q) => `${q.value}|${q.unit}`),
  );
}

/**
 * Bullets that quote someone at length, at most (chosen on the dev events: more must-know facts covered,
 * 69 -> 70 of 95, nothing else moved; one allowed cost judged bullets of the WikiRef and NeuS briefs).
 */
const MAX_SPEECH_BULLETS = 2;
/** A quotation of a sentence's worth of words (six or more): someone's words, not the news. */
const SPEECH_WORDS = 6;
const QUOTATION_RE = /["“]([^"“”]*)["”]/g;
const quotesAtLength = (text: string): boolean =>
  [...text.matchAll(QUOTATION_RE)].some((m) => wordsIn(m[1]!) >= SPEECH_WORDS);

/** Below this, a figure ("two players", "three years") is too common to tell two statements apart. */
const MIN_TELLING_FIGURE = 10;
/** Share of terms a bullet giving the same figure as another must also share with it to repeat it. */
const FIGURE_REDUNDANCY = 0.2;

/**
 * Whether a candidate tells what the chosen bullets already tell: most of one's words, or only figures
 * they already give and some of the words of one that gives them (one with a new figure, "143 injured"
 * beside the known toll, tells something new).
 */
function repeats(candidate: Pick<Bullet, 'terms' | 'figures'>, chosen: readonly Bullet[]): boolean {
  const shares = (c: Bullet, least: number): boolean =>
    overlap(candidate.terms, c.terms) > least || overlap(c.terms, candidate.terms) > least;
  if (chosen.some((c) => shares(c, REDUNDANCY))) return true;
  if (candidate.figures.size === 0) return false;
  const told = (f: string): boolean => chosen.some((c) => c.figures.has(f));
  return (
    [...candidate.figures].every(told) &&
    chosen.some((c) => [...candidate.figures].some((f) => c.figures.has(f)) && shares(c, FIGURE_REDUNDANCY))
  );
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / a.size;
}

/** Step 2: best-supported facts first, then what the other sources also talk about, no repeats, within the budget. */
function chooseBullets(
  context: StoryContext,
  facts: readonly RankedFact[],
  room: number,
  budget: number,
  wording: (fact: RankedFact) => number | null,
  disputed: (statement: number) => boolean,
  excluded: ReadonlySet<RankedFact> = new Set(),
): Bullet[] {
  const enough = Math.min(budget, context.sources.length >= MANY_SOURCES ? MANY_SOURCES_WORDS : MIN_WORDS);
  // Facts several origins carry first; then what one outlet says that the others also talk about most.
  const corroborated = facts.filter((f) => f.independent >= 2);
  // A lede (an article's first sentence) says what happened: news is written that way.
  const lede = (f: RankedFact): number =>
    f.statements.some((i) => context.bySource[context.statements[i]!.source]![0] === i) ? LEDE_BONUS : 0;
  // News is told in order of importance: a sentence high in its article weighs more (its first sentence
  // `EARLY_BONUS` more, less by each sentence down to none at `EARLY_SENTENCES`).
  const early = (f: RankedFact): number => {
    const at = Math.min(...f.statements.map((i) => context.statements[i]!.sentence.index));
    return EARLY_BONUS * Math.max(0, 1 - at / EARLY_SENTENCES);
  };
  const weights = new Map(
    facts.filter((f) => f.independent < 2).map((f) => [f, f.central + lede(f) + early(f)] as const),
  );
  const single = [...weights.keys()].sort((a, b) => weights.get(b)! - weights.get(a)! || b.rank - a.rank);
  const chosen: Bullet[] = [];
  let words = 0;
  for (const fact of [...corroborated, ...single].slice(0, MAX_CANDIDATES)) {
    if (chosen.length >= room || words >= budget) break;
    if (excluded.has(fact)) continue;
    const statement = wording(fact);
    if (statement === null || disputed(statement)) continue;
    const { source, sentence } = context.statements[statement]!;
    const text = trimLead(sentence.text, context.documents[source]!.article.text);
    const length = wordsIn(text);
    if (words + length > budget) continue;
    // (A summary tells what happened: a few bullets of someone's words at most, however many outlets
    // copy a quotation word for word.)
    const speech = quotesAtLength(text);
    if (speech && chosen.filter((b) => b.speech).length >= MAX_SPEECH_BULLETS) continue;
    const terms = new Set(termsOf(text));
    const figures = figuresOf(context, statement);
    if (repeats({ terms, figures }, chosen)) continue;
    // Cite the sentences of the fact whose wording this is, the chosen one first.
    const citations = [statement, ...fact.statements.filter((i) => i !== statement)].map((i) =>
      citationOf(context, i),
    );
    const position = Math.min(...fact.statements.map((i) => context.statements[i]!.sentence.index));
    chosen.push({ fact, statement, text, citations, terms, figures, position, speech });
    words += length;
    if (words >= enough && chosen.length >= MIN_BULLETS) break;
  }
  return chosen;
}

/** Whether a cited sentence stands in a photo caption. */
function inCaption(context: StoryContext, citation: SummarySentence['citations'][number]): boolean {
  const source = context.sources.findIndex((s) => s.id === citation.source);
  return (
    context.bySource[source]?.some((i) => {
      const statement = context.statements[i]!;
      return statement.caption && statement.sentence.start === citation.start;
    }) ?? false
  );
}

/** How late a disagreement's side is cited: 0 for a sentence that stands alone, 1 for one that dangles, 2 for a caption. */
function sideRank(context: StoryContext, side: SummarySentence['citations'][number]): number {
  return inCaption(context, side) ? 2 : dangles(side.text) ? 1 : 0;
}

/** The side values of a disagreement as a reader reads them: "5 (The Independent) vs 7 (NYT, USA Today)". */
function disagreementBullet(contradiction: Contradiction): string {
  const summary = contradiction.summary
    .replace(/^Outlets (?:give different (?:figures|years) for|disagree on) /, '')
    .replace(/^Outlets report the same thing with different (figures|years): /, 'the $1: ');
  return `Outlets differ on ${summary.replace(/^(?:Sources (?:give|name|disagree on) )/, '')}`.replace(
    /\.?$/,
    '.',
  );
}

/**
 * Kinds of disagreement whose sides state what is in dispute (a figure, whether, when, where), in the
 * order a reader most needs them.
 */
const DISPUTED_KINDS: readonly Contradiction['kind'][] = ['number', 'polarity', 'date', 'place'];

/** Step 3: the main disagreement, when there is one, cited on every side (standalone body text first, captions last). */
function addDisagreement(context: StoryContext, contradictions: readonly Contradiction[]): Bullet | null {
  // The one most outlets take part in (a story's central question, not a background figure two
  // reports round differently); among equals, figures and yes-or-no first: what a reader most needs.
  const outlets = (c: Contradiction): number => new Set(c.sides.map((side) => side.source)).size;
  const main = contradictions
    .filter((c) => DISPUTED_KINDS.includes(c.kind))
    .sort(
      (a, b) => outlets(b) - outlets(a) || DISPUTED_KINDS.indexOf(a.kind) - DISPUTED_KINDS.indexOf(b.kind),
    )[0];
  if (!main) return null;
  return {
    fact: null,
    statement: null,
    text: disagreementBullet(main),
    // Body text a reader can take alone first: captions last, sentences that read only through an earlier one next to last.
    citations: [...main.sides].sort((a, b) => sideRank(context, a) - sideRank(context, b)),
    terms: new Set(),
    figures: new Set(),
    position: Number.POSITIVE_INFINITY,
    speech: false,
  };
}

/** Whether a statement is a sentence some disagreement cites as one of its sides. */
function disputedSides(
  context: StoryContext,
  contradictions: readonly Contradiction[],
): (statement: number) => boolean {
  const sides = new Set(
    contradictions
      .filter((c) => DISPUTED_KINDS.includes(c.kind))
      .flatMap((c) => c.sides.map((side) => `${side.source}:${side.start}`)),
  );
  return (statement) => {
    const { source, start } = citationOf(context, statement);
    return sides.has(`${source}:${start}`);
  };
}

export function writeSummary(
  context: StoryContext,
  facts: readonly RankedFact[],
  contradictions: readonly Contradiction[] = [],
): SummarySentence[] {
  const disagreement = addDisagreement(context, contradictions);
  const room = disagreement ? MAX_BULLETS - 1 : MAX_BULLETS;
  // The disagreement's words count in the summary's length too.
  const budget = MAX_WORDS - (disagreement ? wordsIn(disagreement.text) : 0);
  const shared = sharedWording(context);
  // Each fact's wording, chosen once however many times the bullets are chosen again.
  const wordings = new Map<RankedFact, number | null>();
  const wording = (fact: RankedFact): number | null => {
    if (!wordings.has(fact)) wordings.set(fact, chooseWording(context, fact, shared));
    return wordings.get(fact)!;
  };
  // A side of a disagreement is no claim to state as fact (`Police say 27 people are injured` where
  // another outlet says 25): the disagreement's bullet tells it, cited on every side. (Unless the story
  // is told only in such sentences: `Five people were killed when a ferry capsized …` against `Seven
  // people …` is still what happened.)
  let disputed = disputedSides(context, contradictions);
  let bullets = chooseBullets(context, facts, room, budget, wording, disputed);
  if (bullets.length < MIN_BULLETS) {
    disputed = () => false;
    bullets = chooseBullets(context, facts, room, budget, wording, disputed);
  }
  // A leading person a bullet opens with by surname alone (`Freed said …`) needs another bullet naming
  // them in full.
  // (A brief of one article names its people nowhere else: anyone it calls by surname alone, wherever
  // in the sentence, needs a bullet naming them in full.)
  // (A few rounds: the bullets chosen instead are checked too.)
  const single = context.sources.length === 1;
  const unmet = new Set<RankedFact>();
  for (let round = 0; round < INTRODUCTION_ROUNDS; round++) {
    const before = unmet.size;
    for (const b of bullets) {
      if (b.statement === null) continue;
      const opener = surnameOpener(context, b.statement);
      const names = single ? surnamesAlone(context, b.statement) : opener === null ? [] : [opener];
      if (names.some((name) => !bullets.some((o) => o !== b && o.text.includes(name)))) unmet.add(b.fact!);
    }
    if (unmet.size === before) break;
    // (Never so many given way that the summary falls short: then the bullets as they were stand.)
    const again = chooseBullets(context, facts, room, budget, wording, disputed, unmet);
    if (again.length < Math.min(MIN_BULLETS, bullets.length)) break;
    bullets = again;
  }
  // Step 4: in the order the story is told; the disagreement last.
  bullets.sort((a, b) => a.position - b.position);
  if (disagreement) bullets.push(disagreement);
  return bullets.map((b) => ({
    kind: b.fact === null ? 'disagreement' : 'claim',
    text: b.text,
    citations: b.citations,
  }));
}

/** Kickers and shouting that a neutral headline leaves out. */
const KICKER =
  /^(?:BREAKING(?: NEWS)?|WATCH|LIVE|UPDATE|EXCLUSIVE|VIDEO|PHOTOS|OPINION|ANALYSIS)\s*[:|-]\s*/i;

/** A quotation in a title, opened after a space or at the start and closed before a space or a stop. */
const QUOTED_IN_TITLE = /(^|[\s(])['‘"“][^"”]*?['’"”](?=[\s.,:;!?)]|$)/g;

/**
 * A title as a headline, without kicker or site suffix: `neutral` unless it speaks in a column's voice
 * or opens with an unattributed quotation; null when it is no headline at all (a question, a list's
 * title, shouting).
 */
function headlineOf(title: string): { text: string; neutral: boolean } | null {
  let t = title.trim().replace(KICKER, '');
  t = t.replace(/\s[-|–—]\s[\w .&'-]{2,40}$/, '').trim();
  if (t.length < 15 || /^(?:[\w .&'-]{2,30}(?:News|Online|International))$/i.test(t)) return null;
  if (/[!?]$/.test(t) || /\.\.\.$|…$/.test(t)) return null;
  // More than two words in capitals is shouting.
  if ((t.match(/\b[A-Z]{3,}\b/g) ?? []).length > 2) return null;
  // A question anywhere, or a list's title.
  if (
    /\?|\.\.\s*$/.test(t) ||
    /^\d+\s+(?:things|takeaways|ways|reasons|questions|lessons|facts|key)\b/i.test(t)
  )
    return null;
  const attributed = /\b(?:says?|said|tells?|told|urges?|calls?|warns?|claims?|according to)\b/i.test(t);
  // (Words inside a quotation are the speaker's, not the headline's voice.)
  const own = t.replace(QUOTED_IN_TITLE, '$1');
  const voiced =
    /^(?:Why|How|We|Our)\b/.test(own) || /\b(?:we|our|us|should|must)\b/.test(own) || /^["“‘']/.test(t);
  return { text: t, neutral: attributed || !voiced };
}

/**
 * The headline: the title of the report most central to the top facts (the most recent of equally
 * central ones), neutral in wording; the top fact's words where no title will do.
 */
export function writeHeadline(context: StoryContext, facts: readonly RankedFact[]): string {
  const weight = new Map<string, number>();
  facts.slice(0, 8).forEach((f, rank) => {
    for (const t of termsOf(f.text)) weight.set(t, (weight.get(t) ?? 0) + f.independent / (rank + 1));
  });
  const all: { title: string; neutral: boolean; score: number; time: number }[] = [];
  for (const source of context.sources) {
    const title = source.title === null ? null : headlineOf(source.title);
    if (title === null) continue;
    const terms = termsOf(title.text);
    const score = terms.reduce((sum, t) => sum + (weight.get(t) ?? 0), 0) / Math.sqrt(terms.length || 1);
    all.push({
      title: title.text,
      neutral: title.neutral,
      score,
      time: source.published ? Date.parse(source.published) || 0 : 0,
    });
  }
  // Neutral titles first (`How …`, `We owe …`, `‘It is horror’: …` only when no other will do).
  const candidates = all.some((c) => c.neutral) ? all.filter((c) => c.neutral) : all;
  // The most central titles (within a tenth of the best), the most recent of them.
  const top = Math.max(...candidates.map((c) => c.score));
  const central = candidates
    .filter((c) => c.score >= top * 0.9)
    .sort((a, b) => b.time - a.time || b.score - a.score);
  if (central[0]) return central[0].title;
  const lead = facts[0] ? trimLead(facts[0].text) : null;
  return lead ?? 'Untitled story';
}

/**
 * @module synthesize/quantities
 * Figures across outlets. Two figures are compared only when they measure one thing (the analysis
 * stage's `measure`: the dead with the dead, one person's age with that person's age, an offer with
 * the same party's offer) about one happening (reports published within `SAME_HAPPENING_DAYS` of each
 * other, so a toll a week later or a second launch is not "a disagreement"), and only totals: a part
 * ("including 10 children"), an increment ("2.5 million more") or a previous value ("from 4.2%") is
 * never set against a total. Figures named only by a nearby word must also sit in statements that say
 * the same thing, or be one named body's measure at one named time (`Goldman's foreign earnings at the
 * end of 2016`). Values agree when their intervals meet after hedges ("at least 40" and 51) and after
 * rounding to the precision each is written with ("9 million" and "9.4 million"); otherwise they
 * conflict, and the conflict is a contradiction with every side cited.
 */

import { dimensionOf, SHARE_OF_TOTAL_RE } from '../analyze/index.js';
import { DisjointSets } from '../disjoint-sets.js';
import { addTo, groupBy } from '../multimap.js';
import type { Contradiction, Document, Quantity, QuantityComparison } from '../types.js';
import { bySentence, entityById } from './by-sentence.js';
import { MAX_DISPUTED_VALUES, OPEN_ABOVE, OPEN_BELOW, RISING, SAME_HAPPENING_DAYS } from './dispute-rules.js';
import { publishedDay, publishedTime } from './published.js';
import { SIMILAR_STATEMENTS, type StoryContext } from './story-context.js';
import { termOf, termsOf } from './terms.js';

interface Figure {
  readonly source: number;
  readonly quantity: Quantity;
  /** What is compared: the measure, and for ages, offers and named things, whom it is about. */
  readonly key: string;
  /** The story entity (or `noun:…`) it is about, or ''. */
  readonly about: string;
  /** The time the figure is about: a date its sentence names away from the report's day, or '' for now. */
  readonly when: string;
  readonly statement: number | undefined;
  /** Publication day of its source (days since the epoch), or null. */
  readonly day: number | null;
  /** The word that governs it ("posted" in "posted four photos"), lower-case, or ''. */
  readonly verb: string;
  /**
   * The stem of the verb a count is the object or subject of (`deployed 22 satellites`, `1,200 homes
   * were flooded`: `deploi`, `flood`), '' when none is read, `IRREALIS` when it is only threatened or
   * planned.
   */
  readonly predicate: string;
  /** Its interval after hedges and rounding. */
  readonly low: number;
  readonly high: number;
}

/** Words either side of a figure that say what it measures, and how many two figures must share to be compared. */
const WINDOW_CHARS = 60;
const SHARED_CONTEXT = 2;
/** Statements this alike say the same thing: their figures of one measure must agree. */
const SAME_WORDS = 0.5;
/**
 * Measures read from a predicate of the clause: reliable enough to compare across unaligned statements.
 * (Not those charged or attending: one story holds many cases and crowds.)
 */
const PREDICATE_MEASURES =
  /^(?:dead|injured|hospitalised|in-hospital|critical|missing|rescued|released|arrested|trapped|evacuated|affected|displaced|abducted|held):/;

/** A figure in a sentence that names another time ("in April 2014", "since 2002") is about that time. */
const NOW_BEFORE_DAYS = 8;

/** A figure over a period ("over the past five years", "so far this year", "since 2009") is background. */
const PERIOD =
  /\b(?:over|in|during|within) the (?:past|last|previous) (?:\w+ )?(?:days?|weeks?|months?|years?|decades?)\b|\bso far this (?:year|month)\b|\bsince (?:\d{4}|its|the start|the beginning)\b|\bin (?:the )?(?:past|recent) (?:years|decades)\b|\bevery (?:year|month)\b|\bannually\b/i;

function referredTime(doc: Document, q: Quantity, day: number | null): string {
  const sentence = doc.analysis.sentences[q.sentence];
  if (sentence && PERIOD.test(sentence.text)) return 'period';
  for (const d of bySentence(doc.analysis).dates.get(q.sentence) ?? []) {
    if (!d.resolved || d.date === null) continue;
    const at = publishedDay(
      d.date.length === 4 ? `${d.date}-07-01` : d.date.length === 7 ? `${d.date}-15` : d.date,
    );
    if (at === null || day === null) continue;
    if (
      d.granularity === 'day'
        ? day - at > NOW_BEFORE_DAYS || at - day > 1
        : d.date.slice(0, 4) !== String(new Date(day * 86_400_000).getUTCFullYear())
    )
      return d.date.slice(0, 7);
  }
  return '';
}

/** An age changes once a year: a sentence naming another month of the report's year still gives today's age. */
function timeOfFigure(q: Quantity, when: string, day: number | null): string {
  if (q.measure !== 'age' || when === '' || when === 'period' || day === null) return when;
  return when.slice(0, 4) === String(new Date(day * 86_400_000).getUTCFullYear()) ? '' : when.slice(0, 4);
}

/** Words between a verb and its figure that say nothing of what is done ("posted just four photos"). */
const FILLER = new Set([
  'a',
  'an',
  'the',
  'just',
  'only',
  'about',
  'around',
  'nearly',
  'some',
  'almost',
  'roughly',
  'another',
  'at',
  'least',
  'more',
  'than',
  'over',
  'up',
  'to',
]);

/** Words a figure's verb may stand back from it (fillers between). */
const VERB_REACH_WORDS = 4;

/** The index of the nearest word that is no filler among the last few of `words` (before a figure), or -1. */
function nearestWordBefore(words: readonly string[]): number {
  for (let i = words.length - 1; i >= 0 && i >= words.length - VERB_REACH_WORDS; i--)
    if (!FILLER.has(words[i]!.toLowerCase())) return i;
  return -1;
}

/** The word that governs a figure: the nearest word before it that is no filler, if it ends in -ed or -s (a verb). */
function governingWord(text: string, start: number): string {
  const words =
    text
      .slice(Math.max(0, start - 40), start)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  const w = words[nearestWordBefore(words)];
  return w !== undefined && /(?:ed|s)$/.test(w) && w.length > 3 ? w : '';
}

/** Words between a verb and its object that say nothing of what is done: determiners, hedges, prepositions end the search. */
const NOT_A_PREDICATE = new Set([
  'in',
  'of',
  'to',
  'for',
  'by',
  'from',
  'on',
  'at',
  'as',
  'than',
  'and',
  'or',
  'with',
  'were',
  'was',
  'is',
  'are',
  'had',
  'has',
  'have',
  'been',
  'be',
  'that',
  'which',
  'who',
  'when',
  'where',
  'while',
  'after',
  'before',
  'but',
  'if',
  'because',
  'said',
  'says',
  'say',
]);
/** A count's own verb after it: `1,200 homes in Ebbsford were flooded`, `197 girls remain captives`. */
const PREDICATE_AFTER_RE =
  /^(?:\s+(?:in|of|at|on|near|across|from)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s+(?:(?:were|was|are|is|had been|have been|has been)\s+(\p{Ll}+)|(remain(?:ed|s)?|vanished|died|burned|collapsed|sank))\b/u;
/** What only threatens, plans or may happen: no count of what happened. */
const IRREALIS_BEFORE_RE =
  /\b(?:threaten\w*|plan\w*|aim\w*|hop\w*|expect\w*|want\w*|could|would|may|might|will|can)\s+(?:to\s+)?(?:\w+\s+)?$/i;

/** The predicate of a count that is only threatened or planned: it matches no other, not even no verb read. */
const IRREALIS = '(irrealis)';

/**
 * The stem of the verb a count is the object of (the nearest word before it past fillers, unless a
 * preposition or an auxiliary ends the search: `In addition to the 21 girls` has none) or the subject of
 * (after it, `were flooded`); '' when none is read, `IRREALIS` when the verb is only threatened or planned.
 */
function predicateOf(text: string, start: number, end: number): string {
  const after = PREDICATE_AFTER_RE.exec(text.slice(end, end + 60));
  const before = text.slice(Math.max(0, start - 50), start);
  const words = before.match(/[\p{L}-]+/gu) ?? [];
  const i = nearestWordBefore(words);
  const w = words[i];
  // (`A staggering 1,200 homes`: a word after an article qualifies the count; it does nothing to it.)
  const verb =
    w !== undefined &&
    /^\p{Ll}/u.test(w) &&
    !NOT_A_PREDICATE.has(w) &&
    !/^(?:a|an|the)$/i.test(words[i - 1] ?? '')
      ? w
      : null;
  const chosen = verb ?? after?.[1] ?? after?.[2] ?? null;
  if (chosen === null) return '';
  const at = verb !== null ? before.lastIndexOf(verb) : before.length;
  if (IRREALIS_BEFORE_RE.test(before.slice(0, at))) return IRREALIS;
  return termOf(chosen) ?? '';
}

/**
 * The half-width of rounding a written number implies: "9.4 million" is 9.35–9.45 million, "143 million"
 * 142.5–143.5 million, "seven" exactly seven. Small counts are exact. A figure to hundredths or finer
 * (`1.21%`, `$3.47`) may be truncated by one outlet and rounded by another, or read a moment apart: it
 * allows a whole unit of its last place either way, so `1.21%` and `1.22%` agree.
 */
function roundingOf(q: Quantity): number {
  if (q.kind === 'count' && q.value < 100) return 0;
  const digits = /(\d[\d,]*(?:\.(\d+))?)/.exec(q.text);
  if (!digits) return 0;
  const written = Number(digits[1]!.replace(/,/g, ''));
  if (!Number.isFinite(written) || written === 0) return 0;
  const scale = q.value / written;
  const decimals = digits[2]?.length ?? 0;
  return (decimals >= 2 ? 1 : 0.5) * 10 ** -decimals * scale;
}

/** What a figure's unit is worth in its dimension's base unit (metres, kilograms); 1 for all but lengths and weights. */
function baseFactor(q: Quantity): number {
  return q.kind === 'measure' ? (dimensionOf(q.unit)?.factor ?? 1) : 1;
}

/** The interval a figure allows, in its dimension's base unit (metres, kilograms) for a length or weight. */
function intervalOf(q: Quantity): { low: number; high: number } {
  const round = roundingOf(q);
  const hedge = q.hedge ?? '';
  const factor = baseFactor(q);
  const low = OPEN_BELOW.test(hedge) ? 0 : (q.low - round) * factor;
  const high = OPEN_ABOVE.test(hedge) ? Number.POSITIVE_INFINITY : (q.high + round) * factor;
  return { low, high };
}

/** How far apart two figures written in different units may be and still agree: a conversion rounds (`10,000 feet`, `3,000 metres`). */
const CONVERSION_TOLERANCE = 0.05;

/**
 * Whether two figures' intervals share a value. Two roundings that only touch (`156` and `157` seats, `12%`
 * and `13%`) could be one value only if it sat exactly on the boundary: they disagree; an exact figure
 * on the other's boundary agrees.
 */
function meets(a: Figure, b: Figure): boolean {
  const converted = a.quantity.kind === 'measure' && a.quantity.unit !== b.quantity.unit;
  const tolerance = converted ? CONVERSION_TOLERANCE : 0;
  const overlap =
    Math.min(a.high * (1 + tolerance), b.high * (1 + tolerance)) -
    Math.max(a.low * (1 - tolerance), b.low * (1 - tolerance));
  return overlap > 0 || (overlap === 0 && (a.low === a.high || b.low === b.high));
}

export function compareQuantities(context: StoryContext): {
  comparisons: QuantityComparison[];
  conflicts: Contradiction[];
} {
  const figures: Figure[] = [];
  const contexts = new Map<Figure, Set<string>>();
  /** Content words around a figure (its sentence, near it), read when a comparison first needs them. */
  const contextOf = (f: Figure): Set<string> => {
    let terms = contexts.get(f);
    if (terms !== undefined) return terms;
    const q = f.quantity;
    const doc = context.documents[f.source]!;
    const sentence = doc.analysis.sentences[q.sentence];
    const from = Math.max(sentence?.start ?? 0, q.start - WINDOW_CHARS);
    const to = Math.min(sentence?.end ?? doc.article.text.length, q.end + WINDOW_CHARS);
    const own = new Set(termsOf(q.text));
    terms = new Set(
      termsOf(`${doc.article.text.slice(from, q.start)} ${doc.article.text.slice(q.end, to)}`).filter(
        (t) => !own.has(t) && !/^\d/.test(t),
      ),
    );
    contexts.set(f, terms);
    return terms;
  };
  /** Content words two figures' surroundings share (besides the figures themselves). */
  const sharedContext = (a: Figure, b: Figure): number => {
    const x = contextOf(a);
    const y = contextOf(b);
    let n = 0;
    for (const t of x) if (y.has(t)) n++;
    return n;
  };
  context.documents.forEach((doc, source) => {
    const day = publishedDay(doc.article.published);
    for (const q of doc.analysis.quantities) {
      // Who is in hospital now goes up and down as patients arrive and leave: never a disagreement.
      // (A share is compared only with shares of the same total: `took 156 seats of the 338` against
      // `had won 157 of 338 seats`.)
      const ofTotal =
        q.role === 'part' ? SHARE_OF_TOTAL_RE.exec(doc.article.text.slice(q.end, q.end + 30)) : null;
      if (
        q.measure === null ||
        (q.role !== 'total' && ofTotal === null) ||
        q.kind === 'ordinal' ||
        q.measure.startsWith('in-hospital')
      )
        continue;
      const about =
        q.about === null ? '' : q.about.startsWith('noun:') ? q.about : context.storyEntity(source, q.about);
      // An age belongs to someone: compare only with the same one's.
      if (q.measure === 'age' && about === '') continue;
      let key =
        q.measure === 'age'
          ? `age|${about}`
          : `${measureKey(q.measure)}${ofTotal ? `|of ${ofTotal[1]!.replace(/,/g, '')}` : ''}`;
      // `Trams usually travel at 20km/h`, `can reach 300km/h`: what is usual or possible, not this speed.
      if (
        key === SPEED_KEY &&
        USUAL_BEFORE_RE.test(doc.article.text.slice(Math.max(0, q.start - 50), q.start))
      )
        key = `${SPEED_KEY}|usual`;
      // A figure in a caption, a heading or page furniture is no outlet's claim.
      const statement = context.statementAt(source, q.sentence);
      if (statement === undefined) continue;
      const when = timeOfFigure(q, referredTime(doc, q, day), day);
      const figure: Figure = {
        source,
        quantity: q,
        key,
        about,
        when,
        statement: context.statementAt(source, q.sentence),
        day,
        verb: governingWord(doc.article.text, q.start),
        predicate: q.kind === 'count' ? predicateOf(doc.article.text, q.start, q.end) : '',
        ...intervalOf(q),
      };
      figures.push(figure);
    }
  });

  /** How many values each source gives for each key: a thing counted once is what the story counts of it. */
  const valuesBySourceKey = new Map<string, number>();
  for (const [k, list] of groupBy(figures, (f) => `${f.source}|${f.key}`))
    valuesBySourceKey.set(k, valuesIn(list));
  const soleValue = (f: Figure): boolean => valuesBySourceKey.get(`${f.source}|${f.key}`) === 1;

  /** Figures by their sentence: `source:sentence` -> figures. */
  const inSentence = new Map<string, Figure[]>();
  for (const f of figures) addTo(inSentence, `${f.source}:${f.quantity.sentence}`, f);
  /**
   * Two sentences that give another figure alike (`eight fire engines and four rescue units` against
   * `eight fire engines, five fire rescue units`) describe one scene: their figures of one kind are of it.
   */
  const anchored = (a: Figure, b: Figure): boolean => {
    const others = inSentence.get(`${b.source}:${b.quantity.sentence}`) ?? [];
    return (inSentence.get(`${a.source}:${a.quantity.sentence}`) ?? []).some(
      (x) =>
        x.key !== a.key &&
        x.quantity.value >= 2 &&
        others.some((y) => y.key === x.key && y.quantity.value === x.quantity.value && y.about === x.about),
    );
  };
  /**
   * Two shares of one total, of one named body (`The Liberals took 156 seats of the 338` against `the
   * Liberal Party had won 157 of 338 seats`): the total and the body pin down what is counted.
   */
  const shareOfNamed = (a: Figure, b: Figure): boolean =>
    a.key.includes('|of ') && a.about !== '' && !a.about.startsWith('noun:') && a.about === b.about;
  const sameHappening = (a: Figure, b: Figure): boolean =>
    a.day === null || b.day === null || Math.abs(a.day - b.day) < SAME_HAPPENING_DAYS;
  /** Whether two figures of different sources measure one thing at one moment. */
  /**
   * Reliable measures, or figures in statements that say the same thing (one claim, or nearly the same
   * words): a difference is a disagreement.
   */
  const strong = (a: Figure, b: Figure): boolean =>
    PREDICATE_MEASURES.test(a.key) ||
    // One thing counted once in each report (`Thieves stole four paintings` against `made off with six
    // paintings`): what the story counts of it.
    (countedThing(a.key) &&
      soleValue(a) &&
      soleValue(b) &&
      // (Done the same, or one report's verb unread: `25 fire engines and more than a hundred
      // firefighters were at the scene` against `A dozen fire engines were sent`.)
      a.predicate !== IRREALIS &&
      b.predicate !== IRREALIS &&
      (a.predicate !== '' || b.predicate !== '') &&
      (a.predicate === b.predicate || a.predicate === '' || b.predicate === '')) ||
    shareOfNamed(a, b) ||
    anchored(a, b) ||
    a.quantity.measure === 'age' ||
    // One thing's dimension (`the well was 110 metres deep` against `a 107-metre-deep well`).
    (a.about.startsWith('noun:') && a.about === b.about && a.quantity.kind === 'measure') ||
    // One named person's or body's count of one thing, in words that share more than the figure
    // ("posted four photos with Alleyne" against "posted three photos of herself with … Alleyne").
    (a.about !== '' &&
      !a.about.startsWith('noun:') &&
      a.about === b.about &&
      sharedContext(a, b) >= SHARED_CONTEXT + 1 &&
      a.verb !== '' &&
      a.verb === b.verb) ||
    // One named body's measure at one named time (`Goldman had $32.6 billion in foreign earnings at the
    // end of 2016` against `$31.2 billion in earnings reinvested abroad as of the end of 2016`).
    (a.about !== '' &&
      !a.about.startsWith('noun:') &&
      a.about === b.about &&
      a.when !== '' &&
      a.when !== 'period' &&
      a.when === b.when &&
      a.key.split(':').length > 2 &&
      sharedContext(a, b) >= SHARED_CONTEXT) ||
    (a.statement !== undefined &&
      b.statement !== undefined &&
      (context.sameFact(a.statement, b.statement) ||
        // A bare count ("two outs", "four outs") needs nearly the same words; a figure with a unit
        // (billion cubic metres, dollars) is specific enough in alike statements.
        context.alignment.score(a.statement, b.statement) >=
          (a.quantity.kind === 'count' ? SAME_WORDS : SIMILAR_STATEMENTS)));
  /** Whether two figures of different sources measure one thing at one moment (strongly, or by shared words). */
  const comparable = (a: Figure, b: Figure): boolean =>
    a.source !== b.source &&
    a.key === b.key &&
    a.when === b.when &&
    // A rising count (the dead, the injured) is compared across days: later reports giving more are
    // updates, giving fewer a disagreement (see `risesWithTime`).
    (a.when !== '' || sameHappening(a, b) || RISING.test(a.key)) &&
    (a.about === b.about || a.about === '' || b.about === '') &&
    (strong(a, b) || sharedContext(a, b) >= SHARED_CONTEXT);

  // Groups: figures of one key, joined through comparable pairs (linear in the figures of each key).
  const byKey = new Map<string, Figure[]>();
  for (const f of figures) addTo(byKey, f.key, f);
  const comparisons: QuantityComparison[] = [];
  const conflicts: Contradiction[] = [];
  for (const [key, list] of byKey) {
    if (new Set(list.map((f) => f.source)).size < 2) continue;
    // A source that itself gives two numbers for one measure ("at least 89 killed" at the theatre, "at
    // least 129" in all) uses the measure for several things: its figures are set against another
    // source's only in statements that say the same thing.
    const ambiguous = new Set<number>();
    for (const [source, own] of groupBy(list, (f) => f.source)) if (valuesIn(own) > 1) ambiguous.add(source);
    // So are figures of a report whose day is unknown: nothing says they are of one moment.
    const said = (a: Figure, b: Figure): boolean =>
      (!ambiguous.has(a.source) &&
        !ambiguous.has(b.source) &&
        ((a.day !== null && b.day !== null) || shareOfNamed(a, b))) ||
      (a.statement !== undefined &&
        b.statement !== undefined &&
        (context.sameFact(a.statement, b.statement) ||
          context.alignment.score(a.statement, b.statement) >= SAME_WORDS));
    for (const group of connected(list, comparable)) {
      if (new Set(group.map((f) => f.source)).size < 2) continue;
      const conflicting: [Figure, Figure][] = [];
      let unsure = false;
      const bySource = new Map<number, Figure[]>();
      for (const f of group) addTo(bySource, f.source, f);
      /** Whether a source gives a value compatible with this figure (several values of one key in one sentence are several things). */
      const matched = (f: Figure, source: number): boolean =>
        (bySource.get(source) ?? []).some((g) => meets(f, g));
      for (let i = 0; i < group.length; i++)
        for (let j = i + 1; j < group.length; j++)
          if (
            group[i]!.source !== group[j]!.source &&
            !meets(group[i]!, group[j]!) &&
            comparable(group[i]!, group[j]!) &&
            !matched(group[i]!, group[j]!.source) &&
            !matched(group[j]!, group[i]!.source)
          ) {
            // Loosely tied figures that differ may measure different things: say nothing rather than something false.
            if (!strong(group[i]!, group[j]!) || !said(group[i]!, group[j]!)) unsure = true;
            else conflicting.push([group[i]!, group[j]!]);
          }
      if (unsure && conflicting.length === 0) continue;
      // A count that only grows as later reports come in ("143 injured" in the morning, "more than 260" by
      // evening) was updated, not disputed.
      if (conflicting.length > 0 && RISING.test(key) && risesWithTime(context, group)) conflicting.length = 0;
      // A disagreement shows the figures that disagree and those that side with one of them in the same
      // terms; the rest of the group was tied to them only loosely.
      const shown =
        conflicting.length === 0
          ? group
          : group.filter((g) =>
              conflicting.some((pair) =>
                pair.some((f) => f === g || (meets(f, g) && comparable(f, g) && strong(f, g) && said(f, g))),
              ),
            );
      // More values than outlets dispute in one claim, where some outlet itself gives two: the measure
      // names several things (each attack's toll, the toll of each day), and none of them is the
      // disagreement. (Outlets each giving one toll of their own disagree however many they are.)
      if (
        conflicting.length > 0 &&
        shown.some((f) => ambiguous.has(f.source)) &&
        valuesIn(shown) > MAX_DISPUTED_VALUES
      )
        continue;
      // Copies of one wire story repeating its figure word for word compare nothing.
      const origins = new Set(shown.map((f) => context.sources[f.source]!.origin));
      const texts = new Set(shown.map((f) => f.quantity.text.toLowerCase()));
      if (origins.size < 2 && texts.size < 2) continue;
      const subject = subjectOf(key, shown, context);
      comparisons.push({
        subject,
        status: conflicting.length > 0 ? 'conflict' : 'agree',
        values: shown.map((f) => ({
          text: f.quantity.text,
          value: f.quantity.value,
          low: f.quantity.low,
          high: f.quantity.high,
          unit: f.quantity.unit,
          citation: {
            source: context.sources[f.source]!.id,
            text: f.quantity.text,
            start: f.quantity.start,
            end: f.quantity.end,
          },
        })),
      });
      if (conflicting.length > 0) conflicts.push(contradictionOf(subject, shown, context));
    }
  }
  conflicts.push(...noneAgainstSome(context, figures, conflicts));
  return { comparisons, conflicts };
}

/**
 * `No one was hurt` against `Two firefighters were hurt`: none of the people against some of them, of
 * one happening, in statements that say the same thing (the figures' keys differ, so the groups above
 * never meet): one disagreement per predicate. A source that itself gives both says nothing.
 */
function noneAgainstSome(
  context: StoryContext,
  figures: readonly Figure[],
  found: readonly Contradiction[],
): Contradiction[] {
  const predicateOf = (f: Figure): string => f.key.split(':')[0]!;
  const none = new Map<string, Figure[]>();
  const some = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.when !== '' || !PREDICATE_MEASURES.test(f.key)) continue;
    if (f.quantity.value === 0 && f.key.endsWith(':people')) addTo(none, predicateOf(f), f);
    else if (f.low > 0) addTo(some, predicateOf(f), f);
  }
  const cited = new Set(found.flatMap((c) => c.sides.map((side) => side.source)));
  const out: Contradiction[] = [];
  for (const [predicate, zeros] of none) {
    const counts = some.get(predicate) ?? [];
    const both = new Set(zeros.map((f) => f.source).filter((x) => counts.some((f) => f.source === x)));
    const said = (zero: Figure, f: Figure): boolean =>
      f.source !== zero.source &&
      (zero.day === null || f.day === null || Math.abs(zero.day - f.day) < SAME_HAPPENING_DAYS) &&
      (context.sameFact(zero.statement!, f.statement!) ||
        context.alignment.score(zero.statement!, f.statement!) >= SIMILAR_STATEMENTS);
    const sides = zeros.filter(
      (z) => !both.has(z.source) && counts.some((f) => !both.has(f.source) && said(z, f)),
    );
    if (sides.length === 0) continue;
    const against = counts.filter((f) => !both.has(f.source) && sides.some((z) => said(z, f)));
    // (Already set against each other under one key: `no one` and `two people` hurt.)
    const shown = [...sides, ...against];
    if (shown.every((f) => cited.has(context.sources[f.source]!.id))) continue;
    out.push(contradictionOf(subjectOf(sides[0]!.key, shown, context), shown, context));
  }
  return out;
}

/**
 * How many different numbers the figures give, hedges aside ("at least 129" and "129" give one; "at
 * least 89" and "at least 129" two), each within the rounding it is written with.
 */
function valuesIn(figures: readonly Figure[]): number {
  const points = figures
    .map((f) => {
      const round = roundingOf(f.quantity);
      const factor = baseFactor(f.quantity);
      const { low, high, value, hedge } = f.quantity;
      // ("at least 180" allows more than 180: its number is 180.)
      const open = OPEN_ABOVE.test(hedge ?? '') || OPEN_BELOW.test(hedge ?? '');
      return { low: ((open ? value : low) - round) * factor, high: ((open ? value : high) + round) * factor };
    })
    .sort((a, b) => a.low - b.low);
  let values = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    if (p.low <= reach) continue;
    reach = p.high;
    values++;
  }
  return values;
}

/**
 * What a measure is compared by: its head word as a term, so that "a 17-minute delay" and "delayed for
 * half an hour", "earnings" and "earning" measure one thing.
 */
function measureKey(measure: string): string {
  const [kind, counted, head] = measure.split(':');
  if (head === undefined || head === '') return measure;
  const term = termOf(head) ?? head;
  // A speed read from how something moved (`travelling at 70km/h`, `going 50km/h`) is its speed; a
  // speed limit or a zone's is another.
  if (kind === 'measure' && counted === 'speed' && SPEED_HEADS.has(term)) return SPEED_KEY;
  return `${kind}:${counted}:${HEAD_FAMILY.get(term) ?? term}`;
}

/** Nouns that count no one thing: units of time, turns, scores, parts. */
const GENERIC_COUNTED = new Set([
  'time',
  'year',
  'day',
  'week',
  'month',
  'hour',
  'minute',
  'second',
  'point',
  'percent',
  'part',
  'thing',
  'way',
  'one',
  'other',
  'case',
  'vote',
  'goal',
  'game',
  'match',
  'member',
  'child',
  'person',
]);

/** A count of one kind of thing (`count:painting`), not of people or of a generic noun. */
function countedThing(key: string): boolean {
  const [kind, noun, more] = key.split(':');
  return kind === 'count' && noun !== undefined && more === undefined && !GENERIC_COUNTED.has(noun);
}

/** The key of the speed something moved at. */
const SPEED_KEY = 'measure:speed:speed';
/** Words before a speed that make it a usual or a possible one: `usually`, `can reach`, `a top speed of`. */
const USUAL_BEFORE_RE =
  /\b(?:usually|normally|typically|often|generally|can|could|capable|up to|top speed|limit|maximum|allowed)\b[^.;]{0,40}$/i;

/** Words of moving that a speed is read from (as terms). */
const SPEED_HEADS = new Set(
  [
    'speed',
    'travelling',
    'traveling',
    'going',
    'doing',
    'moving',
    'speeding',
    'driving',
    'hurtling',
    'racing',
  ].map((w) => termOf(w) ?? w),
);

/**
 * Heads that name one measure in different words (as terms): a call's length is the conversation's; a
 * missile that flew, travelled or covered 950 km went that far; its altitude is its height.
 */
const HEAD_FAMILIES: readonly (readonly string[])[] = [
  ['call', 'talk', 'conversation', 'phone'],
  ['flew', 'flown', 'fly', 'travel', 'travelled', 'traveled', 'cover', 'covered', 'flight', 'distance'],
  ['altitude', 'height', 'high', 'apogee'],
  ['deep', 'depth'],
  ['long', 'length'],
  ['wide', 'width'],
];
const HEAD_FAMILY = new Map(
  HEAD_FAMILIES.flatMap((family) =>
    family.map((w) => [termOf(w) ?? w, termOf(family[0]!) ?? family[0]!] as const),
  ),
);

/** Publication time of a figure's source in ms (the earliest of its origin's copies), or null when unknown. */
function timeOf(context: StoryContext, f: Figure): number | null {
  // Copies of one origin carry its text from its first publication: the earliest known time of the origin.
  const origin = context.sources[f.source]!.origin;
  let best: number | null = null;
  for (const s of context.sources) {
    if (s.origin !== origin || !s.published) continue;
    // (A report dated only by its day stands at that day's noon: see `publishedTime`.)
    const t = publishedTime(s.published);
    if (t !== null && (best === null || t < best)) best = t;
  }
  return best;
}

/** Whether, ordered by publication time, each figure is at least the one before (every time known, not all one). */
function risesWithTime(context: StoryContext, group: readonly Figure[]): boolean {
  const timed = group.map((f) => ({ f, t: timeOf(context, f) }));
  if (timed.some((x) => x.t === null) || new Set(timed.map((x) => x.t)).size < 2) return false;
  timed.sort((a, b) => a.t! - b.t!);
  for (let i = 1; i < timed.length; i++) {
    const before = timed[i - 1]!;
    const after = timed[i]!;
    if (before.t === after.t ? !meets(before.f, after.f) : after.f.high < before.f.low) return false;
  }
  return true;
}

/** The connected components of `items` under `linked`, each in input order. */
function connected<T>(items: readonly T[], linked: (a: T, b: T) => boolean): T[][] {
  // Figures of one key in one story are few (a handful per source): pairwise is fine and bounded.
  const limit = Math.min(items.length, 400);
  const sets = new DisjointSets(limit);
  for (let i = 0; i < limit; i++)
    for (let j = i + 1; j < limit; j++) if (linked(items[i]!, items[j]!)) sets.union(i, j);
  const groups = new Map<number, T[]>();
  items.slice(0, limit).forEach((item, i) => addTo(groups, sets.find(i), item));
  return [...groups.values()];
}

const MEASURE_WORDS: Readonly<Record<string, string>> = {
  dead: 'the number of dead',
  injured: 'the number of injured',
  hospitalised: 'the number taken to hospital',
  critical: 'the number seriously hurt',
  missing: 'the number missing',
  rescued: 'the number rescued',
  released: 'the number released',
  arrested: 'the number arrested',
  charged: 'the number charged',
  trapped: 'the number trapped',
  evacuated: 'the number evacuated',
  affected: 'the number affected',
  displaced: 'the number displaced',
  abducted: 'the number abducted',
  attended: 'the number attending',
  aboard: 'the number aboard',
};

/** A dimension's name by the word a figure's head gives it (`110 metres deep`, `a depth of 70 metres`). */
const DIMENSION_NAMES: Readonly<Record<string, string>> = {
  deep: 'depth',
  depth: 'depth',
  high: 'height',
  tall: 'height',
  height: 'height',
  long: 'length',
  length: 'length',
  wide: 'width',
  width: 'width',
  thick: 'thickness',
};

/** What the figures measure, in words a reader understands. */
function subjectOf(key: string, group: readonly Figure[], context: StoryContext): string {
  // The first figure's own measure, not the key: the head as written ("delay", not its stem).
  const measure = group[0]?.quantity.measure ?? key.split('|')[0] ?? '';
  const about = group.find((f) => f.about !== '')?.about ?? '';
  const [predicate = '', counted = '', head = ''] = measure.split(':');
  const whose = aboutName(about, group, context);
  if (predicate === 'age') return whose ? `the age of ${whose}` : 'an age';
  if (MEASURE_WORDS[predicate])
    return counted && counted !== 'people'
      ? `${MEASURE_WORDS[predicate]} (${plural(counted)})`
      : MEASURE_WORDS[predicate]!;
  // One thing's dimension: `the depth of the well` (not of whoever the sentence names: `the depth` the
  // institute gave is the quake's).
  const dimension = predicate === 'measure' ? DIMENSION_NAMES[head] : undefined;
  if (dimension && about.startsWith('noun:')) return `the ${dimension} of ${whose}`;
  if (key === SPEED_KEY) return 'the speed';
  const unit = predicate === 'duration' ? 'duration' : predicate === 'money' ? counted : counted || predicate;
  // A count with no word of its own ("count:photo"): the number of photos, and whose when known.
  if (head === '' && predicate === 'count' && counted !== '')
    return `the number of ${plural(counted)}${whose ? ` (${whose})` : ''}`;
  return head === '' ? `the figures (${unit})` : `“${head}” (${unit})`;
}

/** A counted noun in the plural as a reader writes it: fishermen, ferries, buses, photos. */
function plural(noun: string): string {
  if (/man$/.test(noun)) return noun.replace(/man$/, 'men');
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return noun.replace(/y$/, 'ies');
  return `${noun}s`;
}

function aboutName(about: string, group: readonly Figure[], context: StoryContext): string | null {
  if (about === '') return null;
  if (about.startsWith('noun:')) return `the ${about.slice(5)}`;
  for (const f of group) {
    const entity =
      f.quantity.about === null
        ? undefined
        : entityById(context.documents[f.source]!.analysis).get(f.quantity.about);
    if (entity) return entity.name;
  }
  return null;
}

/** One contradiction: each value with the outlets that give it, every side cited by its sentence. */
function contradictionOf(subject: string, group: readonly Figure[], context: StoryContext): Contradiction {
  const byValue = new Map<string, Figure[]>();
  for (const f of group) {
    const value = f.quantity.text.replace(/\s+/g, ' ');
    addTo(byValue, value, f);
  }
  const listed = [...byValue].map(([value, fs]) => {
    const names = [
      ...new Set(fs.map((f) => context.sources[f.source]!.outlet ?? context.sources[f.source]!.id)),
    ];
    return `${value} (${names.join(', ')})`;
  });
  const sides = [];
  const seen = new Set<string>();
  for (const f of group) {
    const s = context.documents[f.source]!.analysis.sentences[f.quantity.sentence]!;
    const id = context.sources[f.source]!.id;
    if (seen.has(`${id}:${s.start}`)) continue;
    seen.add(`${id}:${s.start}`);
    sides.push({ source: id, text: s.text, start: s.start, end: s.end });
  }
  const zero = group.some((f) => f.quantity.value === 0);
  return {
    kind: zero ? 'polarity' : 'number',
    summary: `Outlets give different figures for ${subject}: ${listed.join(' vs ')}.`,
    sides,
  };
}

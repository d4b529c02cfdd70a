/**
 * @module synthesize/slot-conflicts
 * One claim, another figure: two outlets' sentences that say the same thing in nearly the same words,
 * apart from a number or a year ("the singer posted four photos …" against "… posted three photos …",
 * "drafted first overall in 2002" against "… in 2003"). When the words around agree and one figure of
 * one sentence has no compatible counterpart in the other (after hedges and rounding), the outlets
 * disagree on it. Only pairs of different origins reporting one happening are read, and only figures
 * that are totals (not parts, increments or earlier values).
 */
import { DisjointSets } from '../disjoint-sets.js';
import type { Contradiction, DateRef, Quantity } from '../types.js';
import { bySentence, entityById, mentionsWithin } from './by-sentence.js';
import { MAX_DISPUTED_VALUES, OPEN_ABOVE, OPEN_BELOW, RISING, SAME_HAPPENING_DAYS } from './dispute-rules.js';
import { publishedDay, publishedTime } from './published.js';
import { citationOf, type StoryContext } from './story-context.js';
import { termsOf } from './terms.js';

/** Sentences this alike apart from their numbers say the same thing (measured on the dev events). */
const SAME_WORDS = 0.6;

function interval(q: Quantity): [number, number] {
  const hedge = q.hedge ?? '';
  return [OPEN_BELOW.test(hedge) ? 0 : q.low, OPEN_ABOVE.test(hedge) ? Number.POSITIVE_INFINITY : q.high];
}

function meets(a: Quantity, b: Quantity): boolean {
  const [al, ah] = interval(a);
  const [bl, bh] = interval(b);
  // Rounding: the less precise figure's last digit ("9 million" meets "9.4 million").
  const slack = Math.max(a.value, b.value) * 0.05;
  return al <= bh + slack && bl <= ah + slack;
}

/** Figures of one kind and unit measure alike; a count's noun must agree where both name one. */
function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  // What each measures, where known, must be one thing: an age is not a count of photos.
  if (a.measure !== null && b.measure !== null && a.measure !== b.measure) return false;
  if (a.kind === 'count' || a.kind === 'ordinal') return a.unit === b.unit || a.unit === '' || b.unit === '';
  return a.unit === b.unit;
}

const yearOf = (d: DateRef): string | null =>
  d.date !== null && /\b(?:1[89]|20)\d{2}\b/.test(d.text) ? d.date.slice(0, 4) : null;

/** Whether the later of two reports gives the larger of their rising counts (both times known and different). */
function rose(
  context: StoryContext,
  a: number,
  b: number,
  fa: readonly Quantity[],
  fb: readonly Quantity[],
): boolean {
  // (Only reports with a time of day: two of one day are not ordered.)
  const time = (i: number): number | null => {
    const published = context.sources[context.statements[i]!.source]!.published;
    return published && published.length > 10 ? publishedTime(published) : null;
  };
  const ta = time(a);
  const tb = time(b);
  if (ta === null || tb === null || ta === tb) return false;
  const [early, late] = ta < tb ? [fa, fb] : [fb, fa];
  const rising = (qs: readonly Quantity[]) => qs.filter((q) => q.measure !== null && RISING.test(q.measure));
  const e = rising(early);
  const l = rising(late);
  return e.length > 0 && e.every((x) => l.some((y) => y.measure === x.measure && y.value >= x.value));
}

/** A year a statement names, with the terms of its own clause. */
interface DatedYear {
  readonly year: string;
  readonly terms: ReadonlySet<string>;
}

/** Whether the clauses of two years tell one thing: they share a word besides the first's year. */
function sameHappening(a: DatedYear, b: DatedYear): boolean {
  for (const t of a.terms) if (t !== a.year && b.terms.has(t)) return true;
  return false;
}

/** Whether each of two statements names someone or something the other does not. */
function aboutOthers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].some((x) => !b.has(x)) && [...b].some((x) => !a.has(x));
}

/** How far either side of a year its clause is read. */
const CLAUSE_REACH = 60;

/** The words around text[start, end) up to the nearest comma, semicolon or sentence end either side (within `CLAUSE_REACH`). */
function commaClause(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - CLAUSE_REACH), start);
  const after = text.slice(end, end + CLAUSE_REACH);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const stop = after.search(/[,;]|[.!?](?:\s|$)/);
  return `${before.slice(from)} ${stop === -1 ? after : after.slice(0, stop)}`;
}

export function findSlotConflicts(context: StoryContext): Contradiction[] {
  const { statements } = context;
  const figuresOf = (i: number): Quantity[] => {
    const s = statements[i]!;
    const index = bySentence(context.documents[s.source]!.analysis);
    return (index.quantities.get(s.sentence.index) ?? []).filter((q) => q.role === 'total');
  };
  /** Each year a statement names, with the words of its own clause (what happened in it). */
  const datedYears = (i: number): DatedYear[] => {
    const s = statements[i]!;
    const index = bySentence(context.documents[s.source]!.analysis);
    return (index.dates.get(s.sentence.index) ?? []).flatMap((d) => {
      const y = yearOf(d);
      if (y === null) return [];
      const at = d.start - s.sentence.start;
      return [{ year: y, terms: new Set(termsOf(commaClause(s.sentence.text, at, at + d.text.length))) }];
    });
  };
  /** The story's people, bodies and things (not places, nor who says it) a statement names, read once per statement. */
  const namedSets = new Map<number, Set<string>>();
  const namedIn = (i: number): Set<string> => {
    let named = namedSets.get(i);
    if (named) return named;
    const { source, sentence } = statements[i]!;
    const { analysis } = context.documents[source]!;
    const byId = entityById(analysis);
    const speakers = new Set(
      (bySentence(analysis).quotes.get(sentence.index) ?? []).map((q) => q.speaker).filter((x) => x !== null),
    );
    named = new Set();
    for (const m of mentionsWithin(analysis, sentence))
      if (byId.get(m.entity)?.type !== 'place' && !speakers.has(m.entity))
        named.add(context.storyEntity(source, m.entity));
    namedSets.set(i, named);
    return named;
  };
  const found: SlotConflict[] = [];
  const seen = new Set<string>();
  for (const pair of context.alignment.pairs) {
    const a = statements[pair.a]!;
    const b = statements[pair.b]!;
    if (a.origin === b.origin) continue;
    const da = publishedDay(context.sources[a.source]!.published);
    const db = publishedDay(context.sources[b.source]!.published);
    if (da !== null && db !== null && Math.abs(da - db) >= SAME_HAPPENING_DAYS) continue;
    if (context.alignment.wordScore(pair.a, pair.b) < SAME_WORDS) continue;
    // `The Tarsis Heavy can carry 64 tonnes` against `The Tarsis 9 can carry 22 tonnes`: each names what
    // the other does not, so they are about two things.
    if (aboutOthers(namedIn(pair.a), namedIn(pair.b))) continue;
    const fa = figuresOf(pair.a);
    const fb = figuresOf(pair.b);
    let what: string | null = null;
    let values: [string, string] = ['', ''];
    let kind: Contradiction['kind'] = 'number';
    for (const x of fa) {
      if (what) break;
      if (fb.some((y) => sameKind(x, y) && meets(x, y))) continue;
      const other = fb.find((y) => sameKind(x, y) && !fa.some((z) => sameKind(z, y) && meets(z, y)));
      if (other) {
        what = `${x.text} against ${other.text}`;
        values = [String(x.value), String(other.value)];
      }
    }
    if (!what) {
      const ya = datedYears(pair.a);
      const yb = datedYears(pair.b);
      const onlyA = ya.filter((x) => !yb.some((y) => y.year === x.year));
      const onlyB = yb.filter((y) => !ya.some((x) => x.year === y.year));
      // (A year in one clause and another in a clause of something else are two happenings: `retired in
      // 2031` against `drafted … in 2016`.)
      if (onlyA.length === 1 && onlyB.length === 1 && sameHappening(onlyA[0]!, onlyB[0]!)) {
        what = `${onlyA[0]!.year} against ${onlyB[0]!.year}`;
        values = [onlyA[0]!.year, onlyB[0]!.year];
        kind = 'date';
      }
    }
    if (!what) continue;
    // A count that grows in later reports ("five dead" in the morning, "seven" by night) was updated.
    if (kind === 'number' && rose(context, pair.a, pair.b, fa, fb)) continue;
    const key = `${kind}:${what}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const name = (source: number) => context.sources[source]!.outlet ?? context.sources[source]!.id;
    found.push({
      contradiction: {
        kind,
        summary: `Outlets report the same thing with different ${kind === 'date' ? 'years' : 'figures'}: ${what} (${name(a.source)}; ${name(b.source)}).`,
        sides: [citationOf(context, pair.a), citationOf(context, pair.b)],
      },
      a: pair.a,
      b: pair.b,
      values,
    });
  }
  return withoutManyValues(found, statements.length);
}

/** A conflict found in one pair of statements, with the two values it sets against each other. */
interface SlotConflict {
  readonly contradiction: Contradiction;
  readonly a: number;
  readonly b: number;
  readonly values: readonly [string, string];
}

/** The conflicts, less those whose statements, joined through shared statements, give more than three values. */
function withoutManyValues(found: readonly SlotConflict[], statements: number): Contradiction[] {
  const sets = new DisjointSets(statements);
  for (const f of found) sets.union(f.a, f.b);
  const values = new Map<number, Set<string>>();
  for (const f of found) {
    const root = sets.find(f.a);
    const set = values.get(root) ?? new Set<string>();
    for (const v of f.values) set.add(v);
    values.set(root, set);
  }
  return found
    .filter((f) => (values.get(sets.find(f.a))?.size ?? 0) <= MAX_DISPUTED_VALUES)
    .map((f) => f.contradiction);
}

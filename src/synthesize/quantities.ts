/**
 * @module synthesize/quantities
 * Figures across outlets: quantities of one kind and unit that measure the same thing (their sentences
 * align, or the words around them agree) are compared by their hedged intervals. Overlapping
 * intervals ("85 minutes" and "nearly one and a half hours") agree; disjoint ones conflict.
 */
import type { Contradiction, Quantity, QuantityComparison } from '../types.js';
import type { StoryContext } from './story-context.js';
import { termOf, termsOf } from './terms.js';

interface Figure {
  readonly source: number;
  readonly quantity: Quantity;
  /** What a share or sum is of ("61 per cent of its drivers" -> the term of "drivers"), where the text says. */
  readonly of: string | null;
  readonly context: Set<string>;
  readonly statement: number | undefined;
}

/** Words either side of a figure that say what it measures. */
const WINDOW_CHARS = 60;
/** Context terms two figures must share, besides their unit, to measure the same thing. */
const SHARED_CONTEXT = 2;
/** A context word shared by more figure groups than this is too common to find a figure's group by. */
const MAX_GROUPS_PER_WORD = 64;
/** Hedges that bound a figure on one side only: "at least 40" is compatible with 212. */
const OPEN_ABOVE =
  /\b(?:more than|over|at least|upwards of|above|exceed\w*|topped|surpassed|in excess of|or more|plus)\b/i;
const OPEN_BELOW = /\b(?:less than|fewer than|under|up to|no more than|below|as many as|as much as)\b/i;
/** "of the nine members", "out of 12": a whole that a count is part of. */
const PARTITIVE_WHOLE = /\b(?:of the|out of|of all)\s+$/i;
/** "well past the two hours", "beyond three hours": the figure is a lower bound. */
const PAST = /\b(?:past|beyond|longer than|exceeding)\s+(?:the\s+)?$/i;
/** "of its drivers", "of the vote": the noun a share or a sum is of. */
const OF_WHAT = /^\s+of\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;

/** The last content word before the phrase's first function word: "its usual services in" -> servic. */
function headNoun(phrase: string | undefined): string | null {
  if (phrase === undefined) return null;
  let head: string | null = null;
  for (const word of phrase.split(/\s+/)) {
    const term = termOf(word);
    if (term === null) {
      if (head !== null) break;
      continue;
    }
    head = term;
  }
  return head;
}
/** How alike two sentences must be for figures in them to be compared when they are not one fact. */
const SIMILAR_STATEMENTS = 0.3;

export function compareQuantities(context: StoryContext): {
  comparisons: QuantityComparison[];
  conflicts: Contradiction[];
} {
  const figures: Figure[] = [];
  context.documents.forEach((doc, source) => {
    for (const q of doc.analysis.quantities) {
      // An ordinal ranks and a bare number has no unit to say what it measures: neither is compared.
      if (q.kind === 'ordinal' || q.unit === '') continue;
      const before = doc.article.text.slice(Math.max(0, q.start - 24), q.start);
      // "seven of the nine members": the nine is the whole, not a figure anyone disputes.
      if (PARTITIVE_WHOLE.test(before)) continue;
      const openAbove = PAST.test(before);
      const sentence = doc.analysis.sentences[q.sentence];
      const from = Math.max(sentence?.start ?? 0, q.start - WINDOW_CHARS);
      const to = Math.min(sentence?.end ?? doc.article.text.length, q.end + WINDOW_CHARS);
      const unitTerms = new Set(termsOf(`${q.text} ${q.unit}`));
      const around = termsOf(
        doc.article.text.slice(from, q.start) + ' ' + doc.article.text.slice(q.end, to),
      ).filter((t) => !unitTerms.has(t) && !/^\d/.test(t));
      const of = headNoun(OF_WHAT.exec(doc.article.text.slice(q.end, q.end + 50))?.[1]);
      figures.push({
        source,
        quantity: openAbove ? { ...q, hedge: `${q.hedge ?? ''} more than`.trim() } : q,
        of,
        context: new Set(around),
        statement: context.statementAt(source, q.sentence),
      });
    }
  });

  /** Statements that are one fact, or alike: a disagreement between their figures is real. */
  const stronglyLinked = (a: Figure, b: Figure): boolean => {
    if (context.sameFact(a.statement!, b.statement!)) return true;
    return context.alignment.score(a.statement!, b.statement!) >= SIMILAR_STATEMENTS;
  };
  /** Figures that measure the same thing: same kind, unit and object, and the same words around them. */
  const sameMeasure = (a: Figure, b: Figure): boolean => {
    if (a.source === b.source) return false;
    if (a.quantity.kind !== b.quantity.kind || a.quantity.unit !== b.quantity.unit) return false;
    if (a.statement === undefined || b.statement === undefined) return false;
    if ((a.of !== null || b.of !== null) && a.of !== b.of) return false;
    if (stronglyLinked(a, b)) return true;
    let shared = 0;
    for (const t of a.context) if (b.context.has(t)) shared++;
    return shared >= SHARED_CONTEXT;
  };

  // A figure's group is found among the groups that can measure the same thing (same kind, unit and
  // object) and share a context word or a linked statement with it, earliest first, as a scan of
  // every group would find it: the scan took time quadratic in the number of figures. A context word
  // found in more than MAX_GROUPS_PER_WORD groups tells no figure apart and is not used to look up.
  const groups: Figure[][] = [];
  const byWord = new Map<string, Set<number>>();
  const byStatement = new Map<string, Set<number>>();
  const add = (index: Map<string, Set<number>>, key: string, group: number, cap: number): void => {
    const found = index.get(key) ?? new Set<number>();
    index.set(key, found);
    if (found.size <= cap) found.add(group);
  };
  for (const f of figures) {
    const measure = `${f.quantity.kind}\u0000${f.quantity.unit}\u0000${f.of ?? ''}\u0000`;
    const candidates = new Set<number>();
    for (const word of f.context) {
      const found = byWord.get(measure + word);
      if (found && found.size <= MAX_GROUPS_PER_WORD) for (const g of found) candidates.add(g);
    }
    if (f.statement !== undefined)
      for (const s of [f.statement, ...context.neighbours(f.statement)])
        for (const g of byStatement.get(measure + s) ?? []) candidates.add(g);
    let home = -1;
    for (const g of [...candidates].sort((a, b) => a - b)) {
      const group = groups[g]!;
      if (!group.some((o) => o.source === f.source) && group.every((o) => sameMeasure(o, f))) {
        home = g;
        break;
      }
    }
    if (home >= 0) groups[home]!.push(f);
    else home = groups.push([f]) - 1;
    for (const word of f.context) add(byWord, measure + word, home, MAX_GROUPS_PER_WORD);
    if (f.statement !== undefined) add(byStatement, measure + f.statement, home, Infinity);
  }

  const comparisons: QuantityComparison[] = [];
  const conflicts: Contradiction[] = [];
  for (const group of groups) {
    if (group.length < 2) continue;
    // An open-ended hedge ("at least 40", "more than $4 billion") is compatible with anything past it.
    const high = (q: Quantity): number => (OPEN_ABOVE.test(q.hedge ?? '') ? Infinity : q.high);
    const low = (q: Quantity): number => (OPEN_BELOW.test(q.hedge ?? '') ? 0 : q.low);
    const overlaps = (a: Quantity, b: Quantity): boolean => low(a) <= high(b) && low(b) <= high(a);
    const conflicting: [Figure, Figure][] = [];
    let unsure = false;
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        if (overlaps(group[i]!.quantity, group[j]!.quantity)) continue;
        // Figures only loosely tied may measure different things: too unsure to call a conflict or agreement.
        if (stronglyLinked(group[i]!, group[j]!)) conflicting.push([group[i]!, group[j]!]);
        else unsure = true;
      }
    if (unsure && conflicting.length === 0) continue;
    // Copies of one wire story repeating its figure word for word compare nothing.
    const origins = new Set(group.map((f) => context.sources[f.source]!.origin));
    const texts = new Set(group.map((f) => f.quantity.text.toLowerCase()));
    if (origins.size < 2 && texts.size < 2) continue;
    const subject = subjectOf(group, context);
    const values = group.map((f) => ({
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
    }));
    comparisons.push({ subject, status: conflicting.length > 0 ? 'conflict' : 'agree', values });
    if (conflicting.length > 0) {
      const sides = group.map((f) => {
        const s = context.documents[f.source]!.analysis.sentences[f.quantity.sentence]!;
        return { source: context.sources[f.source]!.id, text: s.text, start: s.start, end: s.end };
      });
      const listed = group.map(
        (f) => `${f.quantity.text} (${context.sources[f.source]!.outlet ?? context.sources[f.source]!.id})`,
      );
      conflicts.push({
        kind: 'number',
        summary: `Figures for ${subject} differ beyond rounding: ${listed.join(' vs ')}.`,
        sides,
      });
    }
  }
  return { comparisons, conflicts };
}

/** The context words the figures share most, as the first source writes them: what they measure. */
function subjectOf(group: readonly Figure[], context: StoryContext): string {
  const counts = new Map<string, number>();
  for (const f of group) for (const t of f.context) counts.set(t, (counts.get(t) ?? 0) + 1);
  const shared = new Set(
    [...counts]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([t]) => t),
  );
  const first = group[0]!;
  const sentence = context.documents[first.source]!.analysis.sentences[first.quantity.sentence]?.text ?? '';
  const words: string[] = [];
  for (const w of sentence.match(/[\p{L}][\p{L}’'-]*/gu) ?? []) {
    const t = termsOf(w)[0];
    if (t !== undefined && shared.has(t)) {
      words.push(w);
      shared.delete(t);
    }
  }
  const unit = first.quantity.kind === 'duration' ? 'duration' : first.quantity.unit;
  return words.length > 0 ? `${words.join(' ')} (${unit})` : unit;
}

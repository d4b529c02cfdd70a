/**
 * @module synthesize/quantities
 * Figures across outlets: quantities of one kind and unit that measure the same thing (their sentences
 * align, or the words around them agree) are compared by their hedged intervals. Overlapping
 * intervals ("85 minutes" and "nearly one and a half hours") agree; disjoint ones conflict.
 */
import type { Contradiction, Quantity, QuantityComparison } from '../types.js';
import type { StoryContext } from './story-context.js';
import { termsOf } from './terms.js';

interface Figure {
  readonly source: number;
  readonly quantity: Quantity;
  readonly context: Set<string>;
  readonly statement: number | undefined;
}

/** Words either side of a figure that say what it measures. */
const WINDOW_CHARS = 60;
/** Context terms two figures must share, besides their unit, to measure the same thing. */
const SHARED_CONTEXT = 2;

export function compareQuantities(context: StoryContext): {
  comparisons: QuantityComparison[];
  conflicts: Contradiction[];
} {
  const statementAt = new Map<string, number>();
  context.statements.forEach((s, i) => statementAt.set(`${s.source}:${s.sentence.index}`, i));
  const groupOf = new Map<number, number>();
  context.alignment.groups.forEach((g, k) => {
    for (const i of g) groupOf.set(i, k);
  });

  const figures: Figure[] = [];
  context.documents.forEach((doc, source) => {
    for (const q of doc.analysis.quantities) {
      if (q.kind === 'ordinal') continue;
      const sentence = doc.analysis.sentences[q.sentence];
      const from = Math.max(sentence?.start ?? 0, q.start - WINDOW_CHARS);
      const to = Math.min(sentence?.end ?? doc.article.text.length, q.end + WINDOW_CHARS);
      const unitTerms = new Set(termsOf(`${q.text} ${q.unit}`));
      const around = termsOf(
        doc.article.text.slice(from, q.start) + ' ' + doc.article.text.slice(q.end, to),
      ).filter((t) => !unitTerms.has(t) && !/^\d/.test(t));
      figures.push({
        source,
        quantity: q,
        context: new Set(around),
        statement: statementAt.get(`${source}:${q.sentence}`),
      });
    }
  });

  const sameMeasure = (a: Figure, b: Figure): boolean => {
    if (a.source === b.source) return false;
    if (a.quantity.kind !== b.quantity.kind || a.quantity.unit !== b.quantity.unit) return false;
    const aligned =
      a.statement !== undefined &&
      b.statement !== undefined &&
      groupOf.get(a.statement) !== undefined &&
      groupOf.get(a.statement) === groupOf.get(b.statement);
    let shared = 0;
    for (const t of a.context) if (b.context.has(t)) shared++;
    return aligned || shared >= SHARED_CONTEXT;
  };

  const groups: Figure[][] = [];
  for (const f of figures) {
    const home = groups.find(
      (g) => !g.some((o) => o.source === f.source) && g.every((o) => sameMeasure(o, f)),
    );
    if (home) home.push(f);
    else groups.push([f]);
  }

  const comparisons: QuantityComparison[] = [];
  const conflicts: Contradiction[] = [];
  for (const group of groups) {
    if (group.length < 2) continue;
    const overlaps = (a: Quantity, b: Quantity): boolean => a.low <= b.high && b.low <= a.high;
    const conflicting: [Figure, Figure][] = [];
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        if (!overlaps(group[i]!.quantity, group[j]!.quantity)) conflicting.push([group[i]!, group[j]!]);
    const subject = subjectOf(group);
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

/** The context words the figures share most: a short name for what they measure. */
function subjectOf(group: readonly Figure[]): string {
  const counts = new Map<string, number>();
  for (const f of group) for (const t of f.context) counts.set(t, (counts.get(t) ?? 0) + 1);
  const shared = [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([t]) => t);
  const unit = group[0]!.quantity.unit;
  return shared.length > 0 ? `${shared.join(' ')} (${unit})` : unit;
}

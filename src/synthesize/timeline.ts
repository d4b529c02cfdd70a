/**
 * @module synthesize/timeline
 * The dated events the story mentions, past and planned: every resolved date in a source sentence
 * becomes an entry at the granularity the text gives; entries on one date whose sentences align are one
 * entry with all their sources. Conflicting dates for one aligned statement are contradictions.
 */
import type { Citation, Contradiction, DateRef, TimelineEntry } from '../types.js';
import { citationOf, type StoryContext } from './story-context.js';

interface Dated {
  readonly statement: number;
  readonly date: DateRef;
}

export function buildTimeline(context: StoryContext): {
  timeline: TimelineEntry[];
  conflicts: Contradiction[];
} {
  const statementAt = new Map<string, number>();
  context.statements.forEach((s, i) => statementAt.set(`${s.source}:${s.sentence.index}`, i));
  const groupOf = new Map<number, number>();
  context.alignment.groups.forEach((g, k) => {
    for (const i of g) groupOf.set(i, k);
  });

  const dated: Dated[] = [];
  context.documents.forEach((doc, source) => {
    for (const date of doc.analysis.dates) {
      if (!date.resolved || date.date === null) continue;
      const statement = statementAt.get(`${source}:${date.sentence}`);
      if (statement !== undefined) dated.push({ statement, date });
    }
  });

  const entries = new Map<string, { date: string; statements: number[] }>();
  for (const d of dated) {
    const group = groupOf.get(d.statement);
    const key = `${d.date.date}|${group === undefined ? `s${d.statement}` : `g${group}`}`;
    let entry = entries.get(key);
    if (entry === undefined) entries.set(key, (entry = { date: d.date.date!, statements: [] }));
    if (!entry.statements.includes(d.statement)) entry.statements.push(d.statement);
  }
  const timeline: TimelineEntry[] = [...entries.values()]
    .map((e) => {
      const citations: Citation[] = e.statements.map((i) => citationOf(context, i));
      return {
        date: e.date,
        text: citations[0]!.text,
        sources: [...new Set(citations.map((c) => c.source))],
        citations,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || b.sources.length - a.sources.length);

  const conflicts: Contradiction[] = [];
  const byGroup = new Map<number, Dated[]>();
  for (const d of dated) {
    const g = groupOf.get(d.statement);
    if (g === undefined || d.date.granularity !== 'day') continue;
    let list = byGroup.get(g);
    if (list === undefined) byGroup.set(g, (list = []));
    list.push(d);
  }
  for (const list of byGroup.values()) {
    const days = new Set(list.map((d) => d.date.date));
    const sources = new Set(list.map((d) => context.statements[d.statement]!.source));
    if (days.size < 2 || sources.size < 2) continue;
    conflicts.push({
      kind: 'date',
      summary: `Sources give different dates for the same event: ${[...days].sort().join(' vs ')}.`,
      sides: [...new Set(list.map((d) => d.statement))].map((i) => citationOf(context, i)),
    });
  }
  return { timeline, conflicts };
}

/**
 * @module bench/quality
 * `npm run bench:quality`: scores the pipeline on every golden case against its hand-written
 * `truth.json`: extraction (titles, dates, credits, datelines, kept and dropped text), fact alignment,
 * quote alignment and speakers, figures, contradictions, timeline, entity aliases and framing, as
 * precision and recall. Writes the table into docs/benchmarks.md (section `quality`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Brief, Citation } from '../src/types.js';
import { goldenCases, runCase } from '../test/golden/run-case.js';
import { qualityReal } from './quality-real.js';
import { machineLine, markdownTable, writeSection } from './report.js';

interface Mention {
  readonly doc: string;
  readonly text: string;
}
interface Truth {
  documents?: Record<
    string,
    {
      title?: string | null;
      published?: string | null;
      credits?: string[];
      dateline?: string | null;
      byline?: string | null;
      keep?: string[];
      drop?: string[];
    }
  >;
  facts?: { id: string; in: Mention[] }[];
  quotes?: { speaker: string; variants: Mention[] }[];
  quantities?: { status: string; values: Mention[] }[];
  contradictions?: { kind: string; sides: Mention[] }[];
  timeline?: { date: string; in: Mention[] }[];
  entities?: { name: string; aliases: string[] }[];
  framing?: { concept: string; terms: { term: string; docs: string[] }[] }[];
}

/** Running totals of one measure: hits over what could be hit, for precision and for recall. */
class Score {
  tp = 0;
  predicted = 0;
  found = 0;
  expected = 0;
  precision(): number {
    return this.predicted === 0 ? Number.NaN : this.tp / this.predicted;
  }
  recall(): number {
    return this.expected === 0 ? Number.NaN : this.found / this.expected;
  }
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const overlaps = (a: string, b: string): boolean => {
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};

const scores = new Map<string, Score>();
const score = (name: string): Score => {
  let s = scores.get(name);
  if (s === undefined) scores.set(name, (s = new Score()));
  return s;
};

function docOf(brief: Brief, c: Citation): string {
  return brief.sources.find((s) => s.id === c.source)?.input ?? '';
}
const matches = (brief: Brief, c: Citation, m: Mention): boolean =>
  docOf(brief, c) === m.doc && overlaps(c.text, m.text);

/** Pairwise precision and recall of a grouping: truth groups of mentions against predicted groups of citations. */
function scorePairs(
  name: string,
  brief: Brief,
  truth: readonly Mention[][],
  predicted: readonly (readonly Citation[])[],
): void {
  const s = score(name);
  const groupOfMention = (m: Mention): number =>
    predicted.findIndex((g) => g.some((c) => matches(brief, c, m)));
  for (const group of truth) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        if (group[i]!.doc === group[j]!.doc) continue;
        s.expected += 1;
        const a = groupOfMention(group[i]!);
        if (a !== -1 && a === groupOfMention(group[j]!)) s.found += 1;
      }
  }
  const truthOf = (c: Citation): number => truth.findIndex((g) => g.some((m) => matches(brief, c, m)));
  for (const group of predicted) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = truthOf(group[i]!);
        const b = truthOf(group[j]!);
        if (a === -1 || b === -1) continue;
        s.predicted += 1;
        if (a === b) s.tp += 1;
      }
  }
}

function scoreCase(truth: Truth, brief: Brief, articles: readonly Article[]): void {
  for (const [doc, expected] of Object.entries(truth.documents ?? {})) {
    const article = articles.find((a) => a.input === doc);
    const check = (name: string, ok: boolean): void => {
      const s = score(name);
      s.expected += 1;
      s.predicted += 1;
      if (ok) {
        s.found += 1;
        s.tp += 1;
      }
    };
    if (article === undefined) {
      check('extract: document read', false);
      continue;
    }
    check('extract: document read', true);
    if ('title' in expected)
      check('extract: title', norm(article.title ?? '') === norm(expected.title ?? ''));
    if ('published' in expected)
      check('extract: date', (article.published ?? '').slice(0, 10) === (expected.published ?? ''));
    if ('credits' in expected)
      check(
        'extract: wire credits',
        [...article.credits].sort().join() === [...(expected.credits ?? [])].sort().join(),
      );
    if ('dateline' in expected)
      check('extract: dateline', norm(article.dateline ?? '') === norm(expected.dateline ?? ''));
    if ('byline' in expected)
      check('extract: byline', norm(article.byline ?? '') === norm(expected.byline ?? ''));
    const text = norm(article.text);
    for (const k of expected.keep ?? []) check('extract: body text kept', text.includes(norm(k)));
    for (const d of expected.drop ?? []) check('extract: chrome dropped', !text.includes(norm(d)));
  }

  scorePairs(
    'facts: alignment',
    brief,
    (truth.facts ?? []).map((f) => f.in),
    brief.facts.map((f) => f.citations),
  );
  scorePairs(
    'quotes: alignment',
    brief,
    (truth.quotes ?? []).map((q) => q.variants),
    brief.quotes.map((q) => q.variants),
  );

  const speakers = score('quotes: speaker');
  for (const q of truth.quotes ?? []) {
    for (const v of q.variants) {
      const found = brief.quotes.find((p) => p.variants.some((c) => matches(brief, c, v)));
      if (found === undefined) continue;
      speakers.expected += 1;
      speakers.predicted += 1;
      const surname = q.speaker.split(/\s+/).at(-1)!.toLowerCase();
      if ((found.speaker ?? '').toLowerCase().includes(surname)) {
        speakers.found += 1;
        speakers.tp += 1;
      }
    }
  }

  const figures = score('figures: compared with the right status');
  for (const q of truth.quantities ?? []) {
    figures.expected += 1;
    const found = brief.quantities.find(
      (p) => q.values.filter((v) => p.values.some((x) => matches(brief, x.citation, v))).length >= 2,
    );
    if (found !== undefined && found.status === q.status) figures.found += 1;
  }
  for (const p of brief.quantities) {
    const t = (truth.quantities ?? []).find(
      (q) => q.values.filter((v) => p.values.some((x) => matches(brief, x.citation, v))).length >= 2,
    );
    if (t === undefined) continue;
    figures.predicted += 1;
    if (t.status === p.status) figures.tp += 1;
  }

  const contradictions = score('contradictions');
  const sideMatches = (sides: readonly Citation[], t: { sides: Mention[] }): boolean => {
    const docs = new Set(t.sides.filter((m) => sides.some((c) => matches(brief, c, m))).map((m) => m.doc));
    return docs.size >= 2;
  };
  for (const t of truth.contradictions ?? []) {
    contradictions.expected += 1;
    if (brief.contradictions.some((c) => sideMatches(c.sides, t))) contradictions.found += 1;
  }
  for (const c of brief.contradictions) {
    contradictions.predicted += 1;
    if ((truth.contradictions ?? []).some((t) => sideMatches(c.sides, t))) contradictions.tp += 1;
  }

  const timeline = score('timeline: dated events');
  for (const t of truth.timeline ?? []) {
    timeline.expected += 1;
    if (
      brief.timeline.some(
        (e) => e.date === t.date && e.citations.some((c) => t.in.some((m) => matches(brief, c, m))),
      )
    )
      timeline.found += 1;
  }
  for (const e of brief.timeline) {
    const t = (truth.timeline ?? []).find((x) =>
      e.citations.some((c) => x.in.some((m) => matches(brief, c, m))),
    );
    if (t === undefined) continue;
    timeline.predicted += 1;
    if (t.date === e.date) timeline.tp += 1;
  }

  const aliases = score('entities: aliases merged');
  for (const e of truth.entities ?? []) {
    const names = [e.name, ...e.aliases];
    const homes = names.map((n) =>
      brief.entities.findIndex((p) => [p.name, ...p.aliases].some((a) => norm(a) === norm(n))),
    );
    for (const h of homes.slice(1)) {
      aliases.expected += 1;
      if (h !== -1 && h === homes[0]) aliases.found += 1;
    }
  }

  const framing = score('framing: terms found');
  for (const f of truth.framing ?? []) {
    for (const t of f.terms) {
      framing.expected += 1;
      if (brief.framing.some((p) => p.terms.some((x) => norm(x.term) === norm(t.term)))) framing.found += 1;
    }
  }
}

const root = fileURLToPath(new URL('../', import.meta.url));
const cases = goldenCases(root).filter((c) => existsSync(join(c.dir, 'truth.json')));
for (const golden of cases) {
  const truth = JSON.parse(readFileSync(join(golden.dir, 'truth.json'), 'utf8')) as Truth;
  const { output, articles } = await runCase(golden);
  scoreCase(truth, output.brief, articles);
}
const pct = (x: number): string => (Number.isNaN(x) ? '–' : x.toFixed(3));
const rows = [...scores].map(([name, s]) => {
  const p = s.precision();
  const r = s.recall();
  const f = Number.isNaN(p) || Number.isNaN(r) || p + r === 0 ? Number.NaN : (2 * p * r) / (p + r);
  return [name, pct(p), pct(r), pct(f), `${s.found}/${s.expected}`];
});
const table = markdownTable(['measure', 'precision', 'recall', 'F1', 'found / expected'], rows);
writeSection(
  'quality',
  `### Quality on the golden cases\n\n${machineLine()} Reproduce: \`npm run bench:quality\`. ${cases.length} invented events (${cases.map((c) => c.name).join(', ')}), each scored against its hand-written \`truth.json\`. Pairwise precision/recall for alignments; a contradiction counts when its sides cite two of the truth's documents.\n\n${table}`,
);
console.log(table);

const real = qualityReal();
if (real === '')
  console.error(
    'bench:quality: ../shared/data is not beside the repository; the real-news section is left as it was',
  );
else {
  writeSection('quality-real', real);
  console.log(real);
}

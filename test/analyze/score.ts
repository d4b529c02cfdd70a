/**
 * @module test/analyze/score
 * Scores an analysis against a hand-annotated fixture (test/analyze/fixtures/*.json): precision and
 * recall of sentences, entities, alias resolution, quotes with speakers, quantities and dates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Analysis, Article, BlockKind } from '../../src/types.js';
import { makeArticle } from './article.js';

export interface Fixture {
  readonly name: string;
  readonly published: string | null;
  readonly blocks: readonly (string | { kind: BlockKind; text: string })[];
  readonly gold: {
    readonly sentences: readonly string[];
    readonly entities: readonly { name: string; type: string; forms: readonly string[] }[];
    readonly quotes: readonly {
      text: string;
      kind: string;
      speaker: string | null;
      via?: readonly string[];
    }[];
    readonly quantities: readonly {
      text: string;
      value: number;
      unit: string;
      low?: number;
      high?: number;
    }[];
    readonly dates: readonly { text: string; date: string | null; until?: string }[];
  };
}

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export type Scores = Record<'sentences' | 'entities' | 'aliases' | 'quotes' | 'quantities' | 'dates', Counts>;

const FIXTURES = new URL('./fixtures/', import.meta.url);

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      ...JSON.parse(readFileSync(new URL(f, FIXTURES), 'utf8')),
    }));
}

export function fixtureArticle(f: Fixture): Article {
  return makeArticle(f.blocks, f.published, f.name);
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 0.01);
const empty = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

/** Scores one analysis against its fixture's annotations. */
export function score(f: Fixture, a: Analysis): Scores {
  const s = emptyScores();
  const g = f.gold;
  const name = (id: string | null): string | null => a.entities.find((e) => e.id === id)?.name ?? null;
  // Sentences: exact text.
  const predSentences = new Set(a.sentences.map((x) => x.text));
  s.sentences = {
    tp: g.sentences.filter((x) => predSentences.has(x)).length,
    predicted: a.sentences.length,
    gold: g.sentences.length,
  };
  // Entities: people, organisations and places by name (and type); aliases: every form resolves to it.
  const relevant = a.entities.filter((e) => e.type !== 'other');
  s.entities = {
    tp: g.entities.filter((ge) => relevant.some((e) => e.name === ge.name && e.type === ge.type)).length,
    predicted: relevant.length,
    gold: g.entities.length,
  };
  let formsOk = 0;
  let forms = 0;
  for (const ge of g.entities) {
    for (const form of ge.forms) {
      forms++;
      if (a.mentions.some((x) => x.text === form && name(x.entity) === ge.name)) formsOk++;
    }
  }
  s.aliases = { tp: formsOk, predicted: forms, gold: forms };
  // Quotes: same words (one contains the other) and the right speaker.
  const quotes = a.quotes;
  let qtp = 0;
  for (const gq of g.quotes) {
    const hit = quotes.find(
      (q) =>
        (q.text.includes(gq.text) || gq.text.includes(q.text)) &&
        q.text.length * 2 > gq.text.length &&
        name(q.speaker) === gq.speaker,
    );
    if (hit) qtp++;
  }
  s.quotes = { tp: qtp, predicted: quotes.length, gold: g.quotes.length };
  // Quantities: overlapping text with the same value and unit (and interval when annotated).
  let ntp = 0;
  for (const gq of g.quantities) {
    const hit = a.quantities.find(
      (q) =>
        (q.text.includes(gq.text) || gq.text.includes(q.text)) &&
        near(q.value, gq.value) &&
        q.unit === gq.unit &&
        (gq.low === undefined || near(q.low, gq.low)) &&
        (gq.high === undefined || near(q.high, gq.high)),
    );
    if (hit) ntp++;
  }
  s.quantities = { tp: ntp, predicted: a.quantities.length, gold: g.quantities.length };
  // Dates: same text and resolution.
  let dtp = 0;
  for (const gd of g.dates) {
    const hit = a.dates.find(
      (d) => d.text === gd.text && d.date === gd.date && (gd.until === undefined || d.until === gd.until),
    );
    if (hit) dtp++;
  }
  s.dates = { tp: dtp, predicted: a.dates.length, gold: g.dates.length };
  return s;
}

/** Adds `b` into `a`. */
export function addScores(a: Scores, b: Scores): void {
  for (const k of Object.keys(a) as (keyof Scores)[]) {
    a[k].tp += b[k].tp;
    a[k].predicted += b[k].predicted;
    a[k].gold += b[k].gold;
  }
}

export function emptyScores(): Scores {
  return {
    sentences: empty(),
    entities: empty(),
    aliases: empty(),
    quotes: empty(),
    quantities: empty(),
    dates: empty(),
  };
}

export const precision = (c: Counts): number => (c.predicted === 0 ? 1 : Math.min(1, c.tp / c.predicted));
export const recall = (c: Counts): number => (c.gold === 0 ? 1 : c.tp / c.gold);

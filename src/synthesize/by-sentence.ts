/**
 * @module synthesize/by-sentence
 * An analysis's quantities, dates and quotes grouped by the sentence they are in, and its entities by
 * id, built once per analysis, and the mentions of a span by a binary search: steps that look up "the
 * figures of this sentence" or "the entity of this mention" stay linear however many there are.
 */

import { lowerBound } from '../analyze/quotes/state.js';
import { groupBy } from '../multimap.js';
import type { Analysis, DateRef, Entity, Mention, Quantity, Quote } from '../types.js';

export interface BySentence {
  readonly quantities: ReadonlyMap<number, readonly Quantity[]>;
  readonly dates: ReadonlyMap<number, readonly DateRef[]>;
  readonly quotes: ReadonlyMap<number, readonly Quote[]>;
}

const cache = new WeakMap<Analysis, BySentence>();

function group<T extends { readonly sentence: number }>(items: readonly T[]): Map<number, T[]> {
  return groupBy(items, (item) => item.sentence);
}

/** The analysis's annotations by sentence index (computed once per analysis). */
export function bySentence(analysis: Analysis): BySentence {
  let index = cache.get(analysis);
  if (index === undefined) {
    index = {
      quantities: group(analysis.quantities),
      dates: group(analysis.dates),
      quotes: group(analysis.quotes),
    };
    cache.set(analysis, index);
  }
  return index;
}

const entities = new WeakMap<Analysis, ReadonlyMap<string, Entity>>();

/** An analysis's entities by id (built once per analysis). */
export function entityById(analysis: Analysis): ReadonlyMap<string, Entity> {
  let map = entities.get(analysis);
  if (map === undefined) {
    map = new Map(analysis.entities.map((e) => [e.id, e]));
    entities.set(analysis, map);
  }
  return map;
}

const quoted = new WeakMap<Analysis, ReadonlySet<number>>();

/**
 * The sentences an analysis's direct quotations hold whole after their first: words of a quotation
 * that opened in an earlier sentence (`… “No organisation is immune. …”`), whose speaker is named
 * only there. Built once per analysis, each quotation's sentences read once.
 */
export function sentencesInsideQuotations(analysis: Analysis): ReadonlySet<number> {
  let set = quoted.get(analysis);
  if (set === undefined) {
    const inside = new Set<number>();
    const { sentences } = analysis;
    for (const q of analysis.quotes) {
      if (q.kind !== 'direct') continue;
      for (let i = q.sentence + 1; i < sentences.length; i++) {
        const s = sentences[i]!;
        if (s.start <= q.start) continue;
        // (Its closing mark and stop may stand just past the quoted words.)
        if (s.end > q.end + QUOTE_CLOSE_SLACK) break;
        inside.add(i);
      }
    }
    set = inside;
    quoted.set(analysis, set);
  }
  return set;
}
/** Characters a sentence may run past its quotation's words: the closing mark, a stop. */
const QUOTE_CLOSE_SLACK = 3;

/** The mentions inside a span of the analysis's text (mentions are in text order: a binary search finds the first). */
export function mentionsWithin(
  analysis: Analysis,
  span: { readonly start: number; readonly end: number },
): Mention[] {
  const out: Mention[] = [];
  for (let k = lowerBound(analysis.mentions, span.start, (m) => m.start); k < analysis.mentions.length; k++) {
    const m = analysis.mentions[k]!;
    if (m.start >= span.end) break;
    out.push(m);
  }
  return out;
}

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

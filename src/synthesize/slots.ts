/**
 * @module synthesize/slots
 * What a statement says besides its words, compared before two statements may be one claim: its
 * figures (seven dead is not five dead, even in the same words), whether it denies ("did not", "no
 * one"), and who it reports as saying it (the president's words are not the spokesman's).
 */
import type { Document, Quantity, Sentence } from '../types.js';
import { bySentence } from './by-sentence.js';

export interface Slots {
  /** Totals the sentence states, by kind and unit. */
  readonly figures: readonly Quantity[];
  /** The sentence denies its main claim. */
  readonly negated: boolean;
  /** Story entity ids of those it quotes or reports speaking. */
  readonly speakers: readonly string[];
}

const NEGATION = /\b(?:not|never|no one|nobody|none|neither|nor|denied|denies|deny)\b|n['’]t\b/i;

/** The slots of one sentence of a document; `storyEntity` maps the document's entity ids to the story's. */
export function slotsOf(doc: Document, sentence: Sentence, storyEntity: (id: string) => string): Slots {
  const index = bySentence(doc.analysis);
  const figures = (index.quantities.get(sentence.index) ?? []).filter(
    (q) => q.role === 'total' && q.kind !== 'ordinal',
  );
  const speakers = [
    ...new Set(
      (index.quotes.get(sentence.index) ?? [])
        .filter((q) => q.speaker !== null)
        .map((q) => storyEntity(q.speaker!)),
    ),
  ];
  return { figures, negated: NEGATION.test(sentence.text), speakers };
}

const sameKind = (a: Quantity, b: Quantity): boolean =>
  a.kind === b.kind && (a.unit === b.unit || (a.kind === 'count' && (a.unit === '' || b.unit === '')));

/**
 * Whether two figures give one value: "at least seven" and "seven" do, "at least five" and "seven" do
 * not (compatible, but another claim). Written precision allows for rounding ("9.4 million", "9 million").
 */
function sameValue(a: Quantity, b: Quantity): boolean {
  const slack = Math.max(Math.abs(a.value), Math.abs(b.value)) * 0.05;
  return Math.abs(a.value - b.value) <= slack;
}

/**
 * Whether two statements may be one claim as far as their slots go: a figure of one with no figure
 * of the same value and kind in the other, a denial against an affirmation, or two different
 * speakers say they are not.
 */
export function slotsAgree(a: Slots, b: Slots): boolean {
  if (a.negated !== b.negated) return false;
  for (const x of a.figures) {
    const same = b.figures.filter((y) => sameKind(x, y));
    if (same.length > 0 && !same.some((y) => sameValue(x, y))) return false;
  }
  if (a.speakers.length > 0 && b.speakers.length > 0 && !a.speakers.some((s) => b.speakers.includes(s)))
    return false;
  return true;
}

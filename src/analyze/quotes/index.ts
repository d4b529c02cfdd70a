/**
 * @module analyze/quotes
 * Quotations and reported speech with their speakers and the chain they came through, as one ordered
 * list of small named steps (`STEPS`) over per-article state: quotation marks of every style, what
 * each span is (a quote, a fragment, a title), the speech cues and their subjects, the gender the text
 * gives each person, the cue that attributes each quotation, posts embedded with their author's
 * signature, the entity each cue's subject stands for
 * (names, pronouns, descriptions, continuation of the last speaker), a quotation in brackets after a name
 * (`Pink (“…”)`), a partial quotation in the first person (`as “an expression of my hopes”`), then the quotes
 * and reported speech.
 *
 * @example
 * const quotes = findQuotes({ text, sentences, blocks, entities });
 * quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]);
 */
import type { Quote } from '../../types.js';
import { attributeFirstPerson } from './attribute-first-person.js';
import { attributeMarks } from './attribute-marks.js';
import { attributeParentheticals } from './attribute-parentheticals.js';
import { attributeSelfQuotations } from './attribute-self-quotations.js';
import { buildQuotes } from './build-quotes.js';
import { classifyMarks } from './classify-marks.js';
import { findCredits } from './find-credits.js';
import { findCues } from './find-cues.js';
import { findEmbeddedPosts } from './find-embedded-posts.js';
import { findMarks } from './find-marks.js';
import { findReportedSpeech } from './find-reported-speech.js';
import { readGenders } from './read-genders.js';
import { readRoles } from './read-roles.js';
import { resolveSpeakers } from './resolve-speakers.js';
import { newQuoteState, type QuoteContext, type QuoteStep } from './state.js';

export type { QuoteContext } from './state.js';

/** The quote finder's steps, in order. Each reads and updates the shared state. */
export const STEPS: readonly QuoteStep[] = [
  { name: 'find-marks', run: findMarks },
  { name: 'classify-marks', run: classifyMarks },
  { name: 'find-credits', run: findCredits },
  { name: 'read-roles', run: readRoles },
  { name: 'find-cues', run: findCues },
  { name: 'read-genders', run: readGenders },
  { name: 'attribute-marks', run: attributeMarks },
  { name: 'find-embedded-posts', run: findEmbeddedPosts },
  { name: 'resolve-speakers', run: resolveSpeakers },
  { name: 'attribute-parentheticals', run: attributeParentheticals },
  { name: 'attribute-first-person', run: attributeFirstPerson },
  { name: 'attribute-self-quotations', run: attributeSelfQuotations },
  { name: 'build-quotes', run: buildQuotes },
  { name: 'find-reported-speech', run: findReportedSpeech },
];

/** Finds the quotes of an article, in text order. */
export function findQuotes(ctx: QuoteContext): Quote[] {
  const state = newQuoteState(ctx);
  for (const step of STEPS) step.run(state);
  return state.quotes.sort((a, b) => a.start - b.start);
}

/**
 * @module extract/text/read-dateline-and-credits
 * Steps `read-dateline` and `read-credits`, by the shared readers (`metadata/dateline.ts`,
 * `metadata/wire-credit.ts`). The dateline is read off the first paragraph and left in its text.
 * Credits gather every place an agency is named (dateline, closing credit, production line, byline,
 * the text's attributions, photo credits) and `creditedAgencies` decides which the article credits.
 */

import { readDateline as findDateline } from '../metadata/dateline.js';
import { creditedAgencies, gatherCredits } from '../metadata/wire-credit.js';
import { bodyStart, type TextState } from './text-state.js';

export function readDateline(state: TextState): void {
  const paragraphs = state.units.filter((u) => u.role === 'body' && u.kind === 'paragraph');
  const first = paragraphs[0];
  if (!first) return;
  const article = paragraphs
    .slice(1, 12)
    .map((u) => u.text)
    .join(' ');
  state.dateline = findDateline(first.text, `${state.title ?? ''} ${article}`)?.place ?? null;
}

export function readCredits(state: TextState): void {
  const paragraphs = state.units.filter((u) => u.role === 'body' && u.kind === 'paragraph');
  const start = bodyStart(state.units);
  state.credits = gatherCredits({
    paragraphs: paragraphs.map((u) => u.text),
    closing: state.credits,
    byline: state.byline,
    bylineAgencies: state.bylineAgencies,
    captionCredits: state.units.filter((u) => u.reason === 'caption').map((u) => u.credit),
    lines: start < 0 ? [] : state.units.slice(start).flatMap((u) => (u.reason === 'chrome' ? [u.text] : [])),
  });
}

/** The agencies the article credits, from the gathered mentions. */
export function creditList(state: TextState): string[] {
  return creditedAgencies(state.credits);
}

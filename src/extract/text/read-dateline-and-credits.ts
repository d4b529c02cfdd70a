/**
 * @module extract/text/read-dateline-and-credits
 * Steps `read-dateline` and `read-credits`. The dateline is read off the first paragraph and left in
 * its text. Credits gather every place an agency is named (dateline, closing credit, byline, the
 * text's attributions, photo credits) and `creditedAgencies` decides which the article credits.
 */

import { readDateline as findDateline } from '../metadata/dateline.js';
import {
  agenciesIn,
  attributionCredits,
  creditedAgencies,
  datelineCredits,
} from '../metadata/wire-credit.js';
import type { TextState } from './text-state.js';

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
  const paragraphs = state.units.filter((u) => u.role === 'body' && u.kind !== 'heading');
  const first = paragraphs.find((u) => u.kind === 'paragraph');
  if (first) state.credits.push(...datelineCredits(first.text));
  if (state.byline) {
    for (const agency of agenciesIn(state.byline))
      state.credits.push({ agency, source: 'byline', text: state.byline });
  }
  for (const u of paragraphs) state.credits.push(...attributionCredits(u.text));
  for (const u of state.units) {
    if (u.reason === 'caption' && u.credit) {
      for (const agency of agenciesIn(u.credit))
        state.credits.push({ agency, source: 'photo', text: u.credit });
    }
  }
}

/** The agencies the article credits, from the gathered mentions. */
export function creditList(state: TextState): string[] {
  return creditedAgencies(state.credits);
}

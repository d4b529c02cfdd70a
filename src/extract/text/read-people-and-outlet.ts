/**
 * @module extract/text/read-people-and-outlet
 * Steps `read-byline` and `read-outlet`: the byline from a byline line (or the caller's hint); the
 * outlet from the caller's hint, else the page's own chrome (logo line, feedback line, copyright
 * line, strongest first), else the URL's domain.
 */

import { type OutletClue, outletFromUrl, readOutletLine } from '../metadata/outlet-name.js';
import { canonicalAgency } from '../metadata/wire-credit.js';
import type { TextState } from './text-state.js';

export function readByline(state: TextState): void {
  const hinted = state.hints.byline?.trim();
  if (hinted) {
    state.byline = hinted;
    return;
  }
  const line = state.units.find((u) => u.byline !== null)?.byline ?? null;
  if (line === null) return;
  // `Jane Doe, Reuters`: the agency is a credit, not a name.
  const names = line.split(/\s*(?:,|\band\b|&)\s*/).filter((part) => part !== '');
  const people = names.filter((part) => canonicalAgency(part) === null);
  for (const part of names) {
    const agency = canonicalAgency(part);
    if (agency) state.credits.push({ agency, source: 'byline', text: line });
  }
  state.byline = people.length === names.length ? line : people.join(', ') || null;
}

const CLUE_ORDER: readonly OutletClue[] = ['logo', 'feedback', 'copyright'];

export function readOutlet(state: TextState): void {
  const hinted = state.hints.outlet?.trim();
  if (hinted) {
    state.outlet = hinted;
    return;
  }
  const found: { name: string; clue: OutletClue }[] = [];
  for (const u of state.units) {
    if (u.role !== 'removed' || u.reason !== 'chrome') continue;
    const clue = readOutletLine(u.text);
    if (clue) found.push(clue);
  }
  for (const clue of CLUE_ORDER) {
    const hit = found.find((f) => f.clue === clue);
    if (hit) {
      state.outlet = hit.name;
      return;
    }
  }
  state.outlet = outletFromUrl(state.hints.url);
}

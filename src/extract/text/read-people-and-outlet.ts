/**
 * @module extract/text/read-people-and-outlet
 * Steps `read-byline` and `read-outlet`, by the shared readers (`metadata/byline.ts`,
 * `metadata/outlet-name.ts`): the byline from the caller's hint or the dump's byline line, its wire
 * agencies kept as credits; the outlet from the hint, the outlet table by URL, the page's own chrome
 * (logo, feedback and copyright lines), or the URL's domain.
 */

import { readBylineField } from '../metadata/byline.js';
import { readOutlet as readOutletName } from '../metadata/outlet-name.js';
import type { TextState } from './text-state.js';

export function readByline(state: TextState): void {
  const found = readBylineField({
    hint: state.hints.byline,
    declared: [state.units.find((u) => u.byline !== null)?.byline],
  });
  state.byline = found.byline;
  state.bylineAgencies = found.agencies;
}

export function readOutlet(state: TextState): void {
  state.outlet = readOutletName({
    hint: state.hints.outlet,
    lines: state.units.filter((u) => u.role === 'removed' && u.reason === 'chrome').map((u) => u.text),
    url: state.hints.url,
  });
}

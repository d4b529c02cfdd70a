/**
 * @module extract/text/read-contribution-lines
 * Step `read-contribution-lines`: "The Associated Press contributed to this report." is a credit line:
 * the agency's copy is part of the text. The line leaves the body (as chrome) and becomes a credit,
 * before chrome stripping would drop it unread.
 */

import { contributionCredit } from '../metadata/wire-credit.js';
import { remove, type TextState } from './text-state.js';

export function readContributionLines(state: TextState): void {
  for (const unit of state.units) {
    if (unit.role !== 'body') continue;
    const agencies = contributionCredit(unit.text);
    if (agencies.length === 0) continue;
    for (const agency of agencies) state.credits.push({ agency, source: 'closing', text: unit.text });
    remove(unit, 'chrome');
  }
}

/**
 * @module extract/text/strip-closing-credit
 * Step `strip-closing-credit`: outlets close agency copy with the agency's name (`... said. REUTERS`,
 * `... conference. BLOOMBERG`, `- AFP`, or a line of its own). The name leaves the last paragraph and
 * becomes a closing credit. A production line run into the last paragraph (`… (Reporting by A; Editing by
 * B)`) is cut from it too.
 */

import {
  agenciesIn,
  closingCredit,
  creditLineAgencies,
  productionLineAtEnd,
} from '../metadata/wire-credit.js';
import { remove, type TextState, type Unit, unitIsProse, unitWords } from './text-state.js';

/** Cuts a production line off the end of a paragraph; an agency it names is a closing credit. */
function cutProductionLine(state: TextState, unit: Unit): void {
  const found = productionLineAtEnd(unit.text);
  if (!found) return;
  for (const agency of agenciesIn(found.text))
    state.credits.push({ agency, source: 'closing', text: found.text });
  unit.cut.push(found.text);
  unit.text = unit.text.slice(0, found.index).trimEnd();
}

/**
 * A credit on a line of its own right after two paragraphs of the story in a row closes it (`AFP`
 * under the last paragraph): what the page prints after it (a newsletter box, a live ticker, other
 * stories) is not the story. A credit under a caption, or under a picture's title and text in a
 * gallery, is the picture's, and is not read here.
 */
function endAtCreditLine(units: readonly Unit[]): void {
  let last: Unit | null = null;
  let beforeLast: Unit | null = null;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.role !== 'body') continue;
    if (
      last !== null &&
      beforeLast !== null &&
      unitIsProse(last) &&
      unitIsProse(beforeLast) &&
      unit.kind === 'paragraph' &&
      unitWords(unit) <= 4 &&
      creditLineAgencies(unit.text).length > 0
    ) {
      for (let j = i + 1; j < units.length; j++)
        if (units[j]!.role === 'body') remove(units[j]!, 'off-topic');
      return;
    }
    beforeLast = last;
    last = unit;
  }
}

export function stripClosingCredit(state: TextState): void {
  const units = state.units;
  endAtCreditLine(units);
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i]!;
    if (unit.role !== 'body') continue;
    // A credit on a line of its own after the story.
    const agencies = unitWords(unit) <= 4 ? creditLineAgencies(unit.text) : [];
    if (agencies.length > 0) {
      for (const agency of agencies) state.credits.push({ agency, source: 'closing', text: unit.text });
      remove(unit, 'chrome');
      continue;
    }
    if (unit.kind !== 'paragraph') return;
    cutProductionLine(state, unit);
    const found = closingCredit(unit.text);
    if (!found) return;
    for (const agency of found.agencies) state.credits.push({ agency, source: 'closing', text: found.text });
    unit.cut.push(found.text);
    unit.text = unit.text.slice(0, found.index).trimEnd();
    return;
  }
}

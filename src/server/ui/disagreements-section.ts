/**
 * @module server/ui/disagreements-section
 * Where outlets disagree: each disagreement in one sentence, its sides quoted next to each other with
 * who says what. Shown near the top, and said plainly when none was found.
 */
import type { Citation, Contradiction, ContradictionKind } from '../../types.js';
import { foldAfter } from './fold.js';
import { count } from './format.js';
import { type Html, html } from './html.js';
import { quoted, type StoryView } from './story-view.js';

const KIND: Readonly<Record<ContradictionKind, string>> = {
  number: 'Figures',
  date: 'Dates',
  place: 'Places',
  person: 'People',
  polarity: 'Yes or no',
};
const SHOWN = 20;
/** Disagreements shown before the rest are folded. */
const OPEN = 5;
const SIDES_SHOWN = 4;

/** Disagreements that say the same thing once, with the sides of all of them. */
export function merged(all: readonly Contradiction[]): Contradiction[] {
  const bySummary = new Map<string, { kind: ContradictionKind; summary: string; sides: Citation[] }>();
  for (const c of all) {
    const key = `${c.kind} ${c.summary}`;
    const seen = bySummary.get(key);
    if (seen === undefined) bySummary.set(key, { kind: c.kind, summary: c.summary, sides: [...c.sides] });
    else
      for (const side of c.sides)
        if (!seen.sides.some((s) => s.source === side.source && s.start === side.start))
          seen.sides.push(side);
  }
  return [...bySummary.values()];
}

export function disagreementsSection(view: StoryView): Html {
  const all = merged(view.brief.contradictions);
  const heading = html`<h2 id="disagreements">Where outlets disagree${all.length > 0 ? html` <span class="badge bad">${all.length}</span>` : ''}</h2>`;
  if (all.length === 0) {
    return html`<section aria-labelledby="disagreements">${heading}<p>No disagreement between the outlets was found: where they give figures, dates, places or people for the same thing, they agree.</p></section>`;
  }
  const items = all.slice(0, SHOWN).map((c, i) => {
    const anchor = `dis-${i + 1}`;
    const sides = c.sides.slice(0, SIDES_SHOWN).map((side, j) => quoted(view, [side], `${anchor}-${j + 1}`));
    return html`<div class="issue" id="${anchor}"><p><span class="badge bad">${KIND[c.kind] ?? c.kind}</span> ${c.summary}</p><div class="sides">${sides}</div></div>`;
  });
  const more = all.length - SHOWN;
  const list = foldAfter(items, OPEN, ['disagreement', 'disagreements'], (run) => html`${run}`);
  return html`<section aria-labelledby="disagreements">${heading}${list}${more > 0 ? html`<p class="meta">${count(more, 'more disagreement')} not shown.</p>` : ''}</section>`;
}

/**
 * @module server/ui/figures-section
 * Figures compared: each thing counted, whether the outlets' figures are compatible or conflict, and
 * each outlet's figure with the sentence it comes from, folded.
 */
import { foldAfter } from './fold.js';
import { count } from './format.js';
import { type Html, html } from './html.js';
import { quoted, type StoryView, sourceChip } from './story-view.js';

const SHOWN = 30;
const VALUES_SHOWN = 10;
/** Figures shown before the rest are folded (conflicts come first). */
const OPEN = 5;

export function figuresSection(view: StoryView): Html | null {
  const all = view.brief.quantities;
  if (all.length === 0) return null;
  const conflicts = [...all].sort((a, b) => (a.status === b.status ? 0 : a.status === 'conflict' ? -1 : 1));
  const items = conflicts.slice(0, SHOWN).map((q, i) => {
    const anchor = `fig-${i + 1}`;
    const badge =
      q.status === 'conflict'
        ? html`<span class="badge bad">conflict</span>`
        : html`<span class="badge ok">compatible</span>`;
    const values = q.values
      .slice(0, VALUES_SHOWN)
      .map(
        (v, j) =>
          html`<li><strong>${v.text}</strong> ${sourceChip(view, v.citation.source)}<details><summary>In context</summary>${quoted(view, [v.citation], `${anchor}-${j + 1}`)}</details></li>`,
      );
    return html`<li id="${anchor}"><p>${badge} ${q.subject}</p><ul class="values">${values}</ul></li>`;
  });
  const more = all.length - SHOWN;
  return html`<section aria-labelledby="figures"><h2 id="figures">Figures compared</h2>${foldAfter(items, OPEN, ['figure', 'figures'], (run) => html`<ul class="figures">${run}</ul>`)}${more > 0 ? html`<p class="meta">${count(more, 'more figure')} not shown.</p>` : ''}</section>`;
}

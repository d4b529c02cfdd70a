/**
 * @module server/ui/quotes-section
 * Quotes side by side: what one speaker said as each outlet reports it.
 */
import { foldAfter } from './fold.js';
import { count } from './format.js';
import { type Html, html } from './html.js';
import { quoted, type StoryView } from './story-view.js';

const SHOWN = 20;
const VARIANTS_SHOWN = 6;
/** Speakers shown before the rest are folded. */
const OPEN = 4;

export function quotesSection(view: StoryView): Html | null {
  const quotes = view.brief.quotes.filter((q) => q.variants.length > 1);
  if (quotes.length === 0) return null;
  const items = quotes.slice(0, SHOWN).map((q, i) => {
    const anchor = `quote-${i + 1}`;
    const variants = q.variants
      .slice(0, VARIANTS_SHOWN)
      .map((v, j) => quoted(view, [v], `${anchor}-${j + 1}`));
    return html`<div id="${anchor}"><h3>${q.speaker ?? 'Speaker not identified'}</h3><div class="sides">${variants}</div></div>`;
  });
  const more = quotes.length - SHOWN;
  const list = foldAfter(items, OPEN, ['speaker', 'speakers'], (run) => html`${run}`);
  return html`<section aria-labelledby="quotes"><h2 id="quotes">Quotes side by side</h2>${list}${more > 0 ? html`<p class="meta">${count(more, 'more quote')} not shown.</p>` : ''}</section>`;
}

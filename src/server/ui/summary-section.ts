/**
 * @module server/ui/summary-section
 * The story in a few sentences, each with the outlets that carry it and, folded, how each words it.
 */
import { type Html, html } from './html.js';
import { byLine, byWording, quoted, refLink, type StoryView } from './story-view.js';

/** Other wordings quoted under a summary sentence (their outlets are named in its line). */
const WORDINGS_SHOWN = 3;

export function summarySection(view: StoryView): Html | null {
  const { summary } = view.brief;
  if (summary.length === 0) return null;
  const items = summary.map((sentence, i) => {
    const anchor = `sum-${i + 1}`;
    const text = sentence.text.replace(/\s+/g, ' ').trim();
    const earlier = view.once.claim(text, anchor);
    const groups = byWording(sentence.citations);
    const own = groups.filter((g) => view.once.find(g[0]?.text ?? '') === anchor);
    const others = groups.filter((g) => !own.includes(g));
    const names = [...new Set(sentence.citations.map((c) => view.sources.get(c.source)?.name ?? 'unknown'))];
    const who =
      names.length <= 2
        ? names.join(' and ')
        : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
    const body =
      earlier === null
        ? html`${text}`
        : html`${refLink(earlier, text)} <span class="badge bad">disputed</span>`;
    const wordings =
      groups.length === 0
        ? ''
        : html`<details><summary>${who}: in their words</summary>${own.map((g) =>
            byLine(
              view,
              g.map((c) => c.source),
            ),
          )}${others.slice(0, WORDINGS_SHOWN).map((g, j) => quoted(view, g, `${anchor}-${j + 1}`))}</details>`;
    return html`<li id="${anchor}"><p dir="auto">${body}</p>${wordings}</li>`;
  });
  return html`<section aria-labelledby="summary"><h2 id="summary">Summary</h2><ul class="points">${items}</ul></section>`;
}

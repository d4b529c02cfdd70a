/**
 * @module server/ui/facts-section
 * Facts reported by more than one outlet, the most independently supported first; each unfolds to the
 * outlets that carry it, in their own words, with links to the articles. A fact the page has already
 * shown (in the summary, say) is not repeated. Past the first few, the rest are folded.
 */
import type { Fact } from '../../types.js';
import { count } from './format.js';
import { type Html, html } from './html.js';
import { anchorId, byLine, byWording, quoted, type StoryView } from './story-view.js';

const FIRST = 15;
const MAX = 60;
/** Other wordings of one fact quoted under it; the outlets of the rest are still counted. */
const WORDINGS_SHOWN = 3;

function factItem(view: StoryView, fact: Fact, anchor: string): Html {
  const groups = byWording(fact.citations);
  const [own, ...others] = groups;
  const support = html`<span class="support">${count(fact.independent, 'independent origin')} · ${count(fact.sources.length, 'outlet')}</span>`;
  return html`<li id="${anchor}"><p dir="auto">${fact.text.replace(/\s+/g, ' ').trim()}</p><details><summary>${support}: who says it, and in which words</summary>${
    own
      ? byLine(
          view,
          own.map((c) => c.source),
        )
      : ''
  }${others.slice(0, WORDINGS_SHOWN).map((g, j) => quoted(view, g, `${anchor}-${j + 1}`))}${
    others.length > WORDINGS_SHOWN
      ? html`<p class="meta">${count(others.length - WORDINGS_SHOWN, 'other wording')} not shown.</p>`
      : ''
  }</details></li>`;
}

export function factsSection(view: StoryView): Html | null {
  const shared = view.brief.facts.filter((f) => f.sources.length > 1);
  const fresh: { fact: Fact; anchor: string }[] = [];
  let repeated = 0;
  for (const fact of shared) {
    if (fresh.length >= MAX) break;
    const anchor = anchorId('fact', fact.id);
    if (view.once.claim(fact.text, anchor) === null) fresh.push({ fact, anchor });
    else repeated++;
  }
  if (fresh.length === 0) return null;
  const first = fresh.slice(0, FIRST).map(({ fact, anchor }) => factItem(view, fact, anchor));
  const rest = fresh.slice(FIRST).map(({ fact, anchor }) => factItem(view, fact, anchor));
  const dropped = shared.length - fresh.length - repeated;
  return html`<section aria-labelledby="facts"><h2 id="facts">Facts by independent support</h2><p class="lede">Reported by more than one outlet; an origin is one newsroom's reporting, however many outlets copy it.${
    repeated > 0
      ? ` ${count(repeated, 'fact')} already shown above ${repeated === 1 ? 'is' : 'are'} not repeated.`
      : ''
  }</p><ol class="points">${first}</ol>${
    rest.length > 0
      ? html`<details><summary>${count(rest.length, 'more fact')}</summary><ol class="points" start="${FIRST + 1}">${rest}</ol></details>`
      : ''
  }${dropped > 0 ? html`<p class="meta">${count(dropped, 'more fact')} with less support not shown.</p>` : ''}</section>`;
}

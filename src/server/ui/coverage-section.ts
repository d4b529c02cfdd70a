/**
 * @module server/ui/coverage-section
 * Coverage by outlet: each article with its own headline (a link to the original), its time, the
 * wire it credits, the outlets that ran the same origin, and, folded, what it alone reports.
 */

import { groupBy } from '../../multimap.js';
import type { Fact } from '../../types.js';
import type { StoryArticle } from '../service.js';
import { count, formatTime } from './format.js';
import { type Html, html, join } from './html.js';
import { outletLabel } from './outlet-name.js';
import { safeHref } from './safe-url.js';
import { articleLink, COVERAGE_SHOWN, refLink, type SourceView, type StoryView } from './story-view.js';

const EXCLUSIVES_SHOWN = 3;

function sameOrigin(source: SourceView, byOrigin: ReadonlyMap<string, SourceView[]>): Html {
  const others = (byOrigin.get(source.origin) ?? []).filter((s) => s.id !== source.id);
  if (others.length === 0) return html``;
  const names = others
    .slice(0, 5)
    .map((s) => (s.anchor === null ? html`${s.name}` : html`<a href="#${s.anchor}">${s.name}</a>`));
  return html`<p class="meta">Same origin as ${join(names, ', ')}${others.length > 5 ? ` and ${others.length - 5} more` : ''}: one newsroom's reporting.</p>`;
}

function exclusives(view: StoryView, source: SourceView, facts: readonly Fact[]): Html {
  if (facts.length === 0) return html``;
  const items = facts.slice(0, EXCLUSIVES_SHOWN).map((f, i) => {
    const anchor = `${source.anchor}-only-${i + 1}`;
    const text = f.text.replace(/\s+/g, ' ').trim();
    const earlier = view.once.claim(text, anchor);
    return html`<li id="${anchor}">${earlier === null ? text : refLink(earlier, text)}</li>`;
  });
  return html`<details><summary>Only this outlet reports (${facts.length})</summary><ul>${items}</ul>${
    facts.length > EXCLUSIVES_SHOWN
      ? html`<p class="meta">${(facts.length - EXCLUSIVES_SHOWN).toLocaleString('en')} more not shown.</p>`
      : ''
  }</details>`;
}

interface Lookups {
  readonly byOrigin: ReadonlyMap<string, SourceView[]>;
  readonly only: ReadonlyMap<string, Fact[]>;
}

function lookups(view: StoryView): Lookups {
  const byOrigin = groupBy(view.ordered, (s) => s.origin);
  const facts = new Map(view.brief.facts.map((f) => [f.id, f]));
  const only = new Map<string, Fact[]>();
  for (const e of view.brief.exclusives) {
    only.set(
      e.source,
      e.facts.map((id) => facts.get(id)).filter((f): f is Fact => f !== undefined),
    );
  }
  return { byOrigin, only };
}

function outletItem(view: StoryView, source: SourceView, look: Lookups): Html {
  const when = formatTime(source.published);
  const credits = source.credits.length > 0 ? `credits ${source.credits.join(', ')}` : null;
  const meta = [when, credits, source.href === null ? 'no address stored' : null].filter(Boolean).join(' · ');
  const title = source.title ?? 'Untitled article';
  // Copies often keep the wire's headline: it is shown once, and the others point to it.
  const earlier =
    source.title === null || source.anchor === null ? null : view.once.claim(title, source.anchor);
  const headline =
    earlier === null
      ? html`<p dir="auto">${articleLink(source, title)}</p>`
      : html`<p><a class="ref" href="#${earlier}">Same headline as above</a>${
          source.href === null ? '' : html` · ${articleLink(source, 'this outlet’s article ↗')}`
        }</p>`;
  return html`<li id="${source.anchor}"><h3 dir="auto">${source.name}</h3>${headline}${
    meta ? html`<p class="meta">${meta}</p>` : ''
  }${sameOrigin(source, look.byOrigin)}${exclusives(view, source, look.only.get(source.id) ?? [])}</li>`;
}

export function coverageSection(view: StoryView): Html {
  const listed = view.ordered.filter((s) => s.anchor !== null);
  const look = lookups(view);
  const origins = new Set(view.ordered.map((s) => s.origin)).size;
  const more = view.ordered.length - listed.length;
  return html`<section aria-labelledby="coverage"><h2 id="coverage">Coverage by outlet</h2><p class="lede">${count(view.ordered.length, 'article')} from ${count(
    new Set(view.ordered.map((s) => s.outlet)).size,
    'outlet',
  )}, ${count(origins, 'independent origin')}; earliest first, copies of one origin together.</p><ul class="outlets">${listed.map(
    (s) => outletItem(view, s, look),
  )}</ul>${more > 0 ? html`<p class="meta">${count(more, 'more article')} not listed here; all are in <a href="/api/stories/${encodeURIComponent(view.story.id)}">the story's JSON</a>.</p>` : ''}</section>`;
}

/** Coverage before a brief exists: the stored articles, each with its outlet, time and link. */
export function articlesSection(articles: readonly StoryArticle[]): Html {
  const items = articles.slice(0, COVERAGE_SHOWN).map((a) => {
    const href = safeHref(a.url);
    const title = a.title ?? 'Untitled article';
    const when = formatTime(a.published);
    return html`<li><h3>${outletLabel(a.outlet, a.url)}</h3><p>${
      href === null
        ? title
        : html`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${title}</a>`
    }</p>${when ? html`<p class="meta">${when}</p>` : ''}</li>`;
  });
  return html`<section aria-labelledby="coverage"><h2 id="coverage">Coverage by outlet</h2><ul class="outlets">${items}</ul>${
    articles.length > COVERAGE_SHOWN
      ? html`<p class="meta">${count(articles.length - COVERAGE_SHOWN, 'more article')} not listed.</p>`
      : ''
  }</section>`;
}

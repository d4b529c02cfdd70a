/**
 * @module server/ui/story-view
 * What every section of a story page shares: each brief source with its reader-facing name, its
 * article's address (when safe to link) and its place on the page; the sentences already shown
 * (`Once`); and the small pieces built from them (source chips, "by" lines, links out).
 */

import { groupBy } from '../../multimap.js';
import type { Brief, BriefSource, Citation } from '../../types.js';
import type { StoryArticle, StoryDetail } from '../service.js';
import { clip, formatTime } from './format.js';
import { type Html, html, join } from './html.js';
import { Once } from './once.js';
import { outletLabel } from './outlet-name.js';
import { safeHref } from './safe-url.js';

/** Sources listed in the coverage section; chips for the others are plain text, not links. */
export const COVERAGE_SHOWN = 300;
/** Chips shown after a statement before "+N more". */
const CHIPS_SHOWN = 6;

export interface SourceView {
  readonly id: string;
  /** The outlet's name, numbered when the outlet has several articles here (`Daily Mail (2)`). */
  readonly name: string;
  readonly outlet: string;
  readonly title: string | null;
  readonly href: string | null;
  readonly published: string | null;
  readonly origin: string;
  readonly credits: readonly string[];
  /** Its element id in the coverage section, or null when it is past the ones listed there. */
  readonly anchor: string | null;
}

export interface StoryView {
  readonly story: StoryDetail;
  readonly brief: Brief;
  readonly sources: ReadonlyMap<string, SourceView>;
  /** Sources in coverage order: earliest first, copies of one origin together. */
  readonly ordered: readonly SourceView[];
  readonly once: Once;
}

/** Element ids from stored ids: only letters, digits, `-` and `_` survive. */
export function anchorId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function byTime(a: BriefSource, b: BriefSource): number {
  return (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.id.localeCompare(b.id);
}

export function storyView(story: StoryDetail, brief: Brief): StoryView {
  const articles = new Map<string, StoryArticle>(story.articles.map((a) => [a.id, a]));
  const firstOfOrigin = new Map<string, BriefSource>();
  for (const s of [...brief.sources].sort(byTime))
    if (!firstOfOrigin.has(s.origin)) firstOfOrigin.set(s.origin, s);
  const ordered = [...brief.sources].sort(
    (a, b) => byTime(firstOfOrigin.get(a.origin) ?? a, firstOfOrigin.get(b.origin) ?? b) || byTime(a, b),
  );
  const seen = new Map<string, number>();
  const sources = new Map<string, SourceView>();
  const list: SourceView[] = [];
  for (const [i, s] of ordered.entries()) {
    const article = articles.get(s.document);
    const outlet = outletLabel(s.outlet ?? article?.outlet, article?.url);
    const n = (seen.get(outlet) ?? 0) + 1;
    seen.set(outlet, n);
    const view: SourceView = {
      id: s.id,
      name: n === 1 ? outlet : `${outlet} (${n})`,
      outlet,
      title: s.title ?? article?.title ?? null,
      href: safeHref(article?.url),
      published: s.published ?? article?.published ?? null,
      origin: s.origin,
      credits: s.credits,
      anchor: i < COVERAGE_SHOWN ? anchorId('src', s.id) : null,
    };
    sources.set(s.id, view);
    list.push(view);
  }
  return { story, brief, sources, ordered: list, once: new Once() };
}

/** A source's name as a link to its coverage entry (plain text when the entry is not listed). */
export function sourceChip(view: StoryView, id: string): Html {
  const source = view.sources.get(id);
  if (source === undefined) return html`<span class="chip">unknown source</span>`;
  return source.anchor === null
    ? html`<span class="chip">${source.name}</span>`
    : html`<a class="chip" href="#${source.anchor}">${source.name}</a>`;
}

/** Chips for the sources, the first few and "+N more". */
export function sourceChips(view: StoryView, ids: readonly string[]): Html {
  const unique = [...new Set(ids)];
  const shown = unique.slice(0, CHIPS_SHOWN).map((id) => sourceChip(view, id));
  const more = unique.length - shown.length;
  return html`<span class="chips">${shown}${more > 0 ? html`<span class="chip">+${more} more</span>` : ''}</span>`;
}

/** A link out to the source's article, or its title in plain text when it has no safe address. */
export function articleLink(source: SourceView, text: string): Html {
  return source.href === null
    ? html`<span>${text}</span>`
    : html`<a href="${source.href}" rel="noopener noreferrer nofollow" target="_blank">${text}<span class="sr"> (opens the original article)</span></a>`;
}

/** "— Outlet, 4 Feb 2026 · read the article" under a quoted sentence. */
export function byLine(view: StoryView, sourceIds: readonly string[]): Html {
  const parts = [...new Set(sourceIds)].slice(0, 8).map((id) => {
    const source = view.sources.get(id);
    if (source === undefined) return html`unknown source`;
    const when = formatTime(source.published);
    return html`${sourceChip(view, id)}${when ? html` ${when}` : ''}${source.href ? html` · ${articleLink(source, 'article ↗')}` : ''}`;
  });
  const more = new Set(sourceIds).size - parts.length;
  return html`<p class="by">— ${join(parts, '; ')}${more > 0 ? ` and ${more} more` : ''}</p>`;
}

/** A link to where the page already shows a sentence: its first words. */
export function refLink(earlier: string, text: string): Html {
  return html`<a class="ref" href="#${earlier}">${clip(text, 70)}</a>`;
}

/**
 * A source sentence quoted once: the sentence with who says it, or, when the page already shows that
 * sentence, a link to it with who says it.
 */
export function quoted(view: StoryView, citations: readonly Citation[], anchor: string): Html {
  const first = citations[0];
  if (first === undefined) return html``;
  const by = byLine(
    view,
    citations.map((c) => c.source),
  );
  const earlier = view.once.claim(first.text, anchor);
  if (earlier !== null) {
    return html`<div class="side" id="${anchor}"><p>${refLink(earlier, first.text)}</p>${by}</div>`;
  }
  return html`<blockquote id="${anchor}"><p dir="auto">${first.text.replace(/\s+/g, ' ').trim()}</p>${by}</blockquote>`;
}

/** Citations grouped by their exact wording, each wording once (the same sentence carried by copies). */
export function byWording(citations: readonly Citation[]): Citation[][] {
  return [...groupBy(citations, (c) => c.text.trim()).values()];
}

/**
 * @module server/ui/story-row
 * One story in a list: its headline (a link to its page), news dates, outlets and independent
 * origins, a disagreement badge when outlets disagree, its gist (or, in search results, the matching
 * extract with the words highlighted), and the other stories of its storyline.
 */
import type { SnippetPart, StoryListing } from '../../store/store.js';
import { clip, count, formatRange } from './format.js';
import { storyHeadline, withoutDateline } from './headline.js';
import { type Html, html, join } from './html.js';
import { outletName } from './outlet-name.js';

const OUTLETS_SHOWN = 5;
const GIST_CHARS = 220;

export const storyHref = (id: string): string => `/stories/${encodeURIComponent(id)}`;

/** The outlets' names, the first few and how many more. */
export function outletList(outlets: readonly string[]): string {
  const names = [...new Set(outlets.map((o) => outletName(o)).filter((n): n is string => n !== null))];
  const shown = names.slice(0, OUTLETS_SHOWN).join(', ');
  return names.length > OUTLETS_SHOWN ? `${shown} and ${names.length - OUTLETS_SHOWN} more` : shown;
}

export function listingHeadline(story: StoryListing): string {
  return storyHeadline([story.headline, story.title], story.outlets, story.gist);
}

function facts(story: StoryListing): Html {
  const range = formatRange(story.first, story.last);
  const origins = story.origins.length;
  const parts: Html[] = [html`${range ?? 'Date not given'}`, html`${count(story.members.length, 'article')}`];
  if (origins > 0) parts.push(html`${count(origins, 'independent origin')}`);
  return html`<p class="meta">${join(parts, ' · ')}${
    story.disagreements > 0
      ? html` <span class="badge bad">${count(story.disagreements, 'disagreement')}</span>`
      : ''
  }</p>`;
}

function related(story: StoryListing): Html {
  if (story.related.length === 0) return html``;
  const items = story.related.map((r) => {
    const range = formatRange(r.first, r.last);
    return html`<li><a href="${storyHref(r.id)}">${clip(storyHeadline([r.title], [], null), 120)}</a>${range ? html` <span class="meta">${range}</span>` : ''}</li>`;
  });
  const more = story.relatedCount - story.related.length;
  return html`<ul class="related" aria-label="Also in this storyline">${items}${
    more > 0
      ? html`<li><a href="${storyHref(story.id)}#storyline">${count(more, 'more story', 'more stories')} in this storyline</a></li>`
      : ''
  }</ul>`;
}

export function snippetHtml(parts: readonly SnippetPart[]): Html {
  return html`${parts.map((p) => (p.match ? html`<mark>${p.text}</mark>` : html`${p.text.replace(/\s+/g, ' ')}`))}`;
}

/** A story's row; `snippet` replaces the gist in search results. */
export function storyRow(story: StoryListing, snippet?: readonly SnippetPart[]): Html {
  const outlets = outletList(story.outlets);
  const text =
    snippet && snippet.length > 0
      ? html`<p class="snippet" dir="auto">${snippetHtml(snippet)}</p>`
      : story.gist
        ? html`<p dir="auto">${clip(withoutDateline(story.gist), GIST_CHARS)}</p>`
        : '';
  return html`<li class="story"><h2 dir="auto"><a href="${storyHref(story.id)}">${listingHeadline(story)}</a></h2>${facts(story)}${text}${
    outlets ? html`<p class="meta">${outlets}</p>` : ''
  }${related(story)}</li>`;
}

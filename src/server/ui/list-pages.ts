/**
 * @module server/ui/list-pages
 * The story list (`/`): storylines and stories ranked by latest news and independent origins, paged;
 * and search results (`/search?q=`): stories ranked by relevance with the matching extract
 * highlighted and a count, with friendly pages for an empty query and for no match.
 */
import type { Paged, StoryListing, StorySearchHit } from '../../store/store.js';
import { count } from './format.js';
import { html } from './html.js';
import { layout } from './layout.js';
import { pageLinks, pager } from './pager.js';
import { storyRow } from './story-row.js';

export const PAGE_SIZE = 20;

const frontHref = (n: number): string => (n <= 1 ? '/' : `/?page=${n}`);
const searchHref =
  (q: string) =>
  (n: number): string =>
    `/search?q=${encodeURIComponent(q)}${n > 1 ? `&page=${n}` : ''}`;

export function frontPage(list: Paged<StoryListing>, page: number): string {
  const links = pageLinks(page, PAGE_SIZE, list.total, frontHref);
  if (list.total === 0) {
    return layout(
      { title: 'Stories' },
      html`<div class="empty"><h1>No stories yet</h1><p>Add articles with <code>corroborate ingest --db FILE PAGES-OR-FEEDS</code>; their stories appear here, the best-covered and latest first.</p></div>`,
    );
  }
  if (list.items.length === 0) {
    return layout(
      { title: `Page ${page}` },
      html`<div class="empty"><h1>No page ${page}</h1><p>The list has ${count(links.pages, 'page')}. <a href="/">Back to the first page</a>.</p></div>`,
    );
  }
  return layout(
    { title: page > 1 ? `Stories, page ${page}` : 'Stories', prev: links.prev, next: links.next },
    html`<h1>Stories</h1><p class="lede">${count(list.total, 'story', 'stories')}, the latest and most independently reported first. Stories of one storyline are listed together.</p><ol class="stories">${list.items.map(
      (s) => storyRow(s),
    )}</ol>${pager(page, links, { prev: 'Newer', next: 'Older' })}`,
  );
}

export function searchPage(q: string, found: Paged<StorySearchHit> | null, page: number): string {
  if (found === null) {
    return layout(
      { title: 'Search' },
      html`<div class="empty"><h1>Search stories</h1><p>Type a few words in the box above: a name, a place, a figure. Every word must appear in one of a story's articles.</p></div>`,
    );
  }
  if (found.total === 0) {
    return layout(
      { title: `No match for ${q}`, q },
      html`<div class="empty"><h1>No story matches “${q}”</h1><p>Every word must appear in one of a story's articles: try fewer words or another spelling, or <a href="/">see all stories</a>.</p></div>`,
    );
  }
  const links = pageLinks(page, PAGE_SIZE, found.total, searchHref(q));
  if (found.items.length === 0) {
    return layout(
      { title: `Search: ${q}`, q },
      html`<div class="empty"><h1>No page ${page}</h1><p>${count(found.total, 'story matches', 'stories match')} “${q}” on ${count(links.pages, 'page')}. <a href="${searchHref(q)(1)}">Back to the first page</a>.</p></div>`,
    );
  }
  return layout(
    { title: `Search: ${q}`, q, prev: links.prev, next: links.next },
    html`<h1>Search results</h1><p class="lede" role="status">${count(found.total, 'story matches', 'stories match')} “${q}”, the most relevant first.</p><ol class="stories">${found.items.map(
      (hit) => storyRow(hit.story, hit.snippet),
    )}</ol>${pager(page, links, { prev: 'Previous', next: 'Next' })}`,
  );
}

/**
 * @module ingest/feed-document
 * What a feed item or a fetched page becomes before extraction: a raw document, and the hints the feed
 * gives (title, date, author, outlet, link) that fill what extraction leaves empty.
 */

import type { Article, RawDocument } from '../types.js';
import type { FeedItem, ParsedFeed } from './feed-parser.js';

/** Feed bodies shorter than this (characters of text) are summaries: the item's page is fetched. */
export const FULL_TEXT_MIN_CHARS = 400;

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** What a feed says about an item, kept as plain values so it can travel in a job. */
export interface ArticleHints {
  readonly title: string | null;
  readonly published: string | null;
  readonly byline: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

export function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) =>
      e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'nbsp' ? ' ' : "'",
    )
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

export function hintsOf(item: FeedItem, feed: ParsedFeed): ArticleHints {
  return {
    title: item.title === null ? null : stripTags(item.title) || null,
    published: item.published,
    byline: item.author,
    outlet: feed.title ? stripTags(feed.title) || null : null,
    url: item.url,
  };
}

/** The feed's metadata fills what extraction left empty. */
export function withHints(article: Article, hints: ArticleHints | null): Article {
  if (hints === null) return article;
  return {
    ...article,
    title: article.title ?? hints.title,
    published: article.published ?? hints.published,
    byline: article.byline ?? hints.byline,
    outlet: article.outlet ?? hints.outlet,
    url: article.url ?? hints.url,
  };
}

/** The input name a feed item is reported under. */
export function itemInput(item: FeedItem, feedUrl: string): string {
  return item.url ?? item.guid ?? `${feedUrl}#item`;
}

/** True when the feed carries the item's full text (no page fetch needed). */
export function carriesFullText(item: FeedItem): boolean {
  const body = item.content ?? item.summary;
  return body !== null && (stripTags(body).length >= FULL_TEXT_MIN_CHARS || item.url === null);
}

/** A feed item's own text as an HTML document. */
export function feedItemDocument(item: FeedItem, input: string): RawDocument {
  const body = item.content ?? item.summary ?? '';
  const title = item.title === null ? '' : stripTags(item.title);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>${body}</article></body></html>`;
  return {
    input,
    id: item.url ?? input,
    kind: 'html',
    content: html,
    contentType: 'text/html; charset=utf-8',
    ...(item.url ? { url: item.url } : {}),
  };
}

/** A fetched page as a raw document. */
export function pageDocument(
  input: string,
  url: string,
  body: Uint8Array,
  contentType: string | null,
): RawDocument {
  return { input, id: url, kind: 'html', content: body, url, ...(contentType ? { contentType } : {}) };
}

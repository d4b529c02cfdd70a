/**
 * @module ingest/poll-feed
 * Step: a feed, asked conditionally with what the store remembers of it (ETag, Last-Modified) -> its
 * items, each handed on as a document (a feed carrying full text) or a page to fetch. The feed's
 * validators and next poll time are saved only once its items are handed on, so a crash before then
 * reads the feed again.
 */

import { headerTtl, pollInterval } from './cache-hints.js';
import { decodeXmlBytes } from './decode-text.js';
import { toPayload } from './document-payload.js';
import {
  carriesFullText,
  FEED_ACCEPT,
  feedItemDocument,
  hintsOf,
  itemInput,
  stripTags,
} from './feed-document.js';
import { type FeedItem, type ParsedFeed, parseFeed } from './feed-parser.js';
import type { Task, TaskContext } from './tasks.js';

/** A small pool: runs `work` over `items` with at most `limit` at once, in order of start. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(runners);
}

/** Hands on one feed item: its own text to extraction, or its link to fetching. */
async function handOnItem(
  item: FeedItem,
  feed: ParsedFeed,
  feedUrl: string,
  context: TaskContext,
): Promise<void> {
  if (context.signal?.aborted) return;
  const input = itemInput(item, feedUrl);
  const hints = hintsOf(item, feed);
  if (item.url !== null) {
    const known = await context.store.findArticleIdByUrl(item.url);
    if (known !== null) {
      context.report({ input, status: 'duplicate', id: known });
      return;
    }
  }
  if (carriesFullText(item)) {
    const document = toPayload(feedItemDocument(item, input));
    await context.next('extract-article', { document, hints, feed: feedUrl });
    return;
  }
  if (item.url === null) {
    context.report({ input, status: 'failed', reason: 'empty-item: no link and no text' });
    return;
  }
  await context.next('fetch-page', { url: item.url, input, hints, feed: feedUrl });
}

/** Hands on every item of a parsed feed (also used for a feed file read from disk). */
export async function handOnItems(feed: ParsedFeed, feedUrl: string, context: TaskContext): Promise<void> {
  context.expect(feed.items.length);
  await pool(feed.items, context.concurrency, (item) => handOnItem(item, feed, feedUrl, context));
}

export const pollFeed: Task<'poll-feed'> = async ({ url }, context) => {
  const { store, now } = context;
  const known = await store.findFeed(url);
  const fetched = await context.fetcher.get(url, {
    accept: FEED_ACCEPT,
    etag: known?.etag ?? null,
    lastModified: known?.lastModified ?? null,
    ...(context.signal ? { signal: context.signal } : {}),
  });
  const fetchedAt = new Date(now()).toISOString();
  const base = {
    url,
    title: known?.title ?? null,
    etag: known?.etag ?? null,
    lastModified: known?.lastModified ?? null,
    ttl: known?.ttl ?? null,
    lastFetched: fetchedAt,
  };
  if (!fetched.ok) {
    const wait = pollInterval(context.everyMs, [
      fetched.retryAfterMs === undefined ? null : fetched.retryAfterMs / 1000,
    ]);
    await store.saveFeed({
      ...base,
      lastStatus: fetched.status ?? 0,
      lastError: fetched.reason,
      nextPoll: new Date(now() + wait).toISOString(),
    });
    context.report({ input: url, status: 'failed', reason: fetched.reason });
    return;
  }
  const cacheTtl = headerTtl(fetched.cacheControl, fetched.expires, fetched.date);
  if (fetched.notModified) {
    const ttl = known?.ttl ?? cacheTtl;
    await store.saveFeed({
      ...base,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      lastStatus: 304,
      lastError: null,
      ttl,
      nextPoll: new Date(now() + pollInterval(context.everyMs, [ttl, cacheTtl])).toISOString(),
    });
    context.report({ input: url, status: 'not-modified' });
    return;
  }
  const parsed = parseFeed(decodeXmlBytes(fetched.body, fetched.contentType), fetched.url);
  if (!parsed.ok) {
    await store.saveFeed({
      ...base,
      lastStatus: fetched.status,
      lastError: parsed.reason,
      nextPoll: new Date(now() + context.everyMs).toISOString(),
    });
    context.report({ input: url, status: 'failed', reason: parsed.reason });
    return;
  }
  await handOnItems(parsed.feed, url, context);
  const ttl = parsed.feed.ttl ?? cacheTtl;
  await store.saveFeed({
    url,
    title: parsed.feed.title === null ? null : stripTags(parsed.feed.title),
    etag: fetched.etag,
    lastModified: fetched.lastModified,
    lastStatus: fetched.status,
    lastError: null,
    lastFetched: fetchedAt,
    ttl,
    nextPoll: new Date(now() + pollInterval(context.everyMs, [parsed.feed.ttl, cacheTtl])).toISOString(),
  });
};

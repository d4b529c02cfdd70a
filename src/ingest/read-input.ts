/**
 * @module ingest/read-input
 * Step: one input named on the command line -> the work it holds. A URL is a known feed (polled), a
 * stored article (a duplicate), an OPML list (its feeds polled), a feed met for the first time
 * (remembered, then polled) or a page (extracted). A path is an OPML or feed file, or files, folders
 * and JSON/JSONL records read by the input stage.
 */

import { readFile, stat } from 'node:fs/promises';
import { decodeXmlBytes } from './decode-text.js';
import { toPayload } from './document-payload.js';
import { FEED_ACCEPT, PAGE_ACCEPT, pageDocument } from './feed-document.js';
import { looksLikeFeed, looksLikeOpml, parseFeed, parseOpml } from './feed-parser.js';
import { handOnItems } from './poll-feed.js';
import type { Task, TaskContext } from './tasks.js';

const NEW_FEED = {
  title: null,
  etag: null,
  lastModified: null,
  lastStatus: null,
  lastError: null,
  lastFetched: null,
  nextPoll: null,
  ttl: null,
};

/** The first 4 KB as text: enough to tell an OPML list or a feed from a page. */
function head(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes.subarray(0, 4096));
}

async function readUrl(url: string, context: TaskContext): Promise<void> {
  const { store } = context;
  if ((await store.findFeed(url)) !== null) return context.next('poll-feed', { url });
  const known = await store.findArticleIdByUrl(url);
  if (known !== null) {
    context.report({ input: url, status: 'duplicate', id: known });
    return;
  }
  const fetched = await context.fetcher.get(url, {
    accept: `${PAGE_ACCEPT}, ${FEED_ACCEPT}`,
    ...(context.signal ? { signal: context.signal } : {}),
  });
  if (!fetched.ok) {
    context.report({ input: url, status: 'failed', reason: fetched.reason });
    return;
  }
  const start = head(fetched.body);
  if (looksLikeOpml(start)) {
    const opml = parseOpml(decodeXmlBytes(fetched.body, fetched.contentType), fetched.url);
    if (!opml.ok) context.report({ input: url, status: 'failed', reason: opml.reason });
    else for (const feed of opml.feeds) await context.next('poll-feed', { url: feed });
    return;
  }
  if (looksLikeFeed(start)) {
    // A feed met for the first time: remember it, then poll it conditionally from now on.
    await store.saveFeed({ url, ...NEW_FEED });
    return context.next('poll-feed', { url });
  }
  context.expect(1);
  const document = toPayload(pageDocument(url, fetched.url, fetched.body, fetched.contentType));
  await context.next('extract-article', { document, hints: null, feed: null });
}

async function readPath(path: string, context: TaskContext): Promise<void> {
  let isFile = false;
  try {
    isFile = (await stat(path)).isFile();
  } catch {
    // Not a file we can stat: let the input reader say why.
  }
  if (isFile && /\.(opml|xml|rss|atom)$/i.test(path)) {
    const bytes = new Uint8Array(await readFile(path));
    const start = head(bytes);
    if (looksLikeOpml(start)) {
      const opml = parseOpml(decodeXmlBytes(bytes));
      if (!opml.ok) context.report({ input: path, status: 'failed', reason: opml.reason });
      else for (const feed of opml.feeds) await readUrl(feed, context);
      return;
    }
    if (looksLikeFeed(start)) {
      const parsed = parseFeed(decodeXmlBytes(bytes));
      if (!parsed.ok) context.report({ input: path, status: 'failed', reason: parsed.reason });
      else await handOnItems(parsed.feed, path, context);
      return;
    }
  }
  for await (const item of context.pipeline.readInputs([path])) {
    context.expect(1);
    if (!item.ok) context.report({ input: item.input, status: 'failed', reason: item.reason });
    else await context.next('extract-article', { document: toPayload(item.doc), hints: null, feed: null });
  }
}

export const readInput: Task<'read-input'> = async ({ input }, context) => {
  if (/^https?:\/\//i.test(input)) await readUrl(input, context);
  else await readPath(input, context);
};

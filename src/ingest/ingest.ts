/**
 * @module ingest/ingest
 * Incremental ingest into the store: local files and folders, article URLs, RSS/Atom/RDF feed URLs
 * and OPML lists. Each new article is stored at once (one transaction each, so a crash loses nothing
 * committed), joins a story through the streaming clusterer, and the stories it changed get fresh
 * briefs. Feeds are asked conditionally with what the store remembers about them.
 */

import { readFile, stat } from 'node:fs/promises';
import type { Store } from '../store/store.js';
import type { Article, RawDocument } from '../types.js';
import { headerTtl, pollInterval } from './cache-hints.js';
import { decodeXmlBytes } from './decode-text.js';
import {
  type FeedItem,
  looksLikeFeed,
  looksLikeOpml,
  type ParsedFeed,
  parseFeed,
  parseOpml,
} from './feed-parser.js';
import type { Fetcher } from './fetcher.js';
import { type Clusterer, clusterDocOf, type Pipeline } from './pipeline.js';

export type ItemStatus = 'new' | 'duplicate' | 'not-modified' | 'failed';

export interface ItemReport {
  /** The input, feed item URL or `path#N` it concerns. */
  readonly input: string;
  readonly status: ItemStatus;
  /** The stored article's id (new or duplicate). */
  readonly id?: string;
  readonly reason?: string;
}

export interface IngestSummary {
  readonly new: number;
  readonly duplicate: number;
  readonly notModified: number;
  readonly failed: number;
  readonly items: readonly ItemReport[];
  /** Stories created or changed, and briefs written, by this run. */
  readonly storiesChanged: number;
  readonly briefsWritten: number;
  /** Stories whose brief could not be computed (their previous brief, if any, is kept). */
  readonly briefsFailed: number;
}

export interface IngestProgress {
  readonly done: number;
  readonly total: number;
  readonly last: ItemReport;
}

export interface IngestOptions {
  readonly store: Store;
  readonly pipeline: Pipeline;
  readonly fetcher: Fetcher;
  readonly onProgress?: (progress: IngestProgress) => void;
  readonly signal?: AbortSignal;
  readonly now?: () => number;
  /** Feed items processed at once (the fetcher still keeps its per-host limits). Default 8. */
  readonly concurrency?: number;
  /** The polling interval asked for, used to set each feed's next poll. Default 15 min. */
  readonly everyMs?: number;
}

/** Feed bodies shorter than this (characters of text) are summaries: the item's page is fetched. */
const FULL_TEXT_MIN_CHARS = 400;

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

function stripTags(html: string): string {
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

/** The feed's metadata fills what extraction left empty. */
function withHints(article: Article, item: FeedItem | null, feed: ParsedFeed | null): Article {
  if (item === null) return article;
  const title = item.title === null ? null : stripTags(item.title) || null;
  return {
    ...article,
    title: article.title ?? title,
    published: article.published ?? item.published,
    byline: article.byline ?? item.author,
    outlet: article.outlet ?? (feed?.title ? stripTags(feed.title) : null),
    url: article.url ?? item.url,
  };
}

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

export interface Ingestor {
  /** Ingests inputs (paths, URLs, OPML files) and brings stories and briefs up to date. */
  ingest(inputs: readonly string[]): Promise<IngestSummary>;
  /** Polls one feed (conditionally) and brings stories and briefs up to date. */
  pollFeed(url: string): Promise<IngestSummary>;
  /** Stores one raw document (the API's POST): extract, store, cluster, brief. */
  addDocument(raw: RawDocument): Promise<ItemReport>;
}

export function createIngestor(options: IngestOptions): Ingestor {
  const { store, pipeline, fetcher } = options;
  const now = options.now ?? Date.now;
  const concurrency = options.concurrency ?? 8;
  const everyMs = options.everyMs ?? 15 * 60 * 1000;
  let clusterer: Promise<Clusterer> | null = null;
  let reports: ItemReport[] = [];
  let total = 0;

  /** A clusterer that has seen every stored article, in the order they were stored (built once). */
  function clustererReady(): Promise<Clusterer> {
    if (clusterer !== null) return clusterer;
    clusterer = (async () => {
      const fresh = pipeline.createClusterer();
      const pageSize = 500;
      for (let offset = 0; ; offset += pageSize) {
        const page = await store.listArticles({ limit: pageSize, offset });
        for (const stored of page) await addToCluster(fresh, stored.article);
        if (page.length < pageSize) break;
      }
      return fresh;
    })();
    return clusterer;
  }

  /** A clusterer that throws on one article must not stop the run: the article stays unclustered. */
  async function addToCluster(target: Clusterer, article: Article): Promise<void> {
    try {
      await target.add(clusterDocOf(article));
    } catch {
      // The article is stored; it joins no story until a later clusterer accepts it.
    }
  }

  function report(item: ItemReport): ItemReport {
    reports.push(item);
    options.onProgress?.({ done: reports.length, total: Math.max(total, reports.length), last: item });
    return item;
  }

  async function storeArticle(article: Article, input: string, feed: string | null): Promise<ItemReport> {
    // The clusterer replays the store before the article is added, so it sees the article once.
    const c = await clustererReady();
    const added = await store.addArticle({ article, feed });
    if (added.status === 'duplicate') return report({ input, status: 'duplicate', id: added.id });
    const stored = await store.findArticle(added.id);
    if (stored) await addToCluster(c, stored.article);
    return report({ input, status: 'new', id: added.id });
  }

  async function addDocument(
    raw: RawDocument,
    item: FeedItem | null = null,
    feed: ParsedFeed | null = null,
    feedUrl: string | null = null,
  ): Promise<ItemReport> {
    let result: ReturnType<Pipeline['extract']>;
    try {
      result = pipeline.extract(raw);
    } catch (error) {
      return report({
        input: raw.input,
        status: 'failed',
        reason: `extract-error: ${(error as Error).message}`,
      });
    }
    if (!result.ok) return report({ input: raw.input, status: 'failed', reason: result.reason });
    const article = withHints(result.article, item, feed);
    return storeArticle(article, raw.input, feedUrl);
  }

  async function ingestItem(item: FeedItem, feed: ParsedFeed, feedUrl: string): Promise<void> {
    const input = item.url ?? item.guid ?? `${feedUrl}#item`;
    if (options.signal?.aborted) return;
    if (item.url !== null) {
      const known = await store.findArticleIdByUrl(item.url);
      if (known !== null) {
        report({ input, status: 'duplicate', id: known });
        return;
      }
    }
    const body = item.content ?? item.summary;
    if (body !== null && (stripTags(body).length >= FULL_TEXT_MIN_CHARS || item.url === null)) {
      const title = item.title === null ? '' : stripTags(item.title);
      const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>${body}</article></body></html>`;
      await addDocument(
        {
          input,
          id: item.url ?? input,
          kind: 'html',
          content: html,
          contentType: 'text/html; charset=utf-8',
          ...(item.url ? { url: item.url } : {}),
        },
        item,
        feed,
        feedUrl,
      );
      return;
    }
    if (item.url === null) {
      report({ input, status: 'failed', reason: 'empty-item: no link and no text' });
      return;
    }
    const page = await fetcher.get(item.url, {
      accept: PAGE_ACCEPT,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!page.ok) {
      report({ input, status: 'failed', reason: page.reason });
      return;
    }
    await addDocument(pageDocument(input, page.url, page.body, page.contentType), item, feed, feedUrl);
  }

  function pageDocument(
    input: string,
    url: string,
    body: Uint8Array,
    contentType: string | null,
  ): RawDocument {
    return { input, id: url, kind: 'html', content: body, url, ...(contentType ? { contentType } : {}) };
  }

  async function ingestFeedItems(feed: ParsedFeed, feedUrl: string): Promise<void> {
    total += feed.items.length;
    await pool(feed.items, concurrency, (item) => ingestItem(item, feed, feedUrl));
  }

  async function pollFeedUrl(url: string): Promise<void> {
    const known = await store.findFeed(url);
    const fetched = await fetcher.get(url, {
      accept: FEED_ACCEPT,
      etag: known?.etag ?? null,
      lastModified: known?.lastModified ?? null,
      ...(options.signal ? { signal: options.signal } : {}),
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
      const wait = pollInterval(everyMs, [
        fetched.retryAfterMs === undefined ? null : fetched.retryAfterMs / 1000,
      ]);
      await store.saveFeed({
        ...base,
        lastStatus: fetched.status ?? 0,
        lastError: fetched.reason,
        nextPoll: new Date(now() + wait).toISOString(),
      });
      report({ input: url, status: 'failed', reason: fetched.reason });
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
        nextPoll: new Date(now() + pollInterval(everyMs, [ttl, cacheTtl])).toISOString(),
      });
      report({ input: url, status: 'not-modified' });
      return;
    }
    const text = decodeXmlBytes(fetched.body, fetched.contentType);
    const parsed = parseFeed(text, fetched.url);
    if (!parsed.ok) {
      await store.saveFeed({
        ...base,
        lastStatus: fetched.status,
        lastError: parsed.reason,
        nextPoll: new Date(now() + everyMs).toISOString(),
      });
      report({ input: url, status: 'failed', reason: parsed.reason });
      return;
    }
    await ingestFeedItems(parsed.feed, url);
    // The validators are saved only once the items are in: a crash before this point re-reads the feed.
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
      nextPoll: new Date(now() + pollInterval(everyMs, [parsed.feed.ttl, cacheTtl])).toISOString(),
    });
  }

  async function ingestUrl(url: string): Promise<void> {
    if ((await store.findFeed(url)) !== null) return pollFeedUrl(url);
    const known = await store.findArticleIdByUrl(url);
    if (known !== null) {
      report({ input: url, status: 'duplicate', id: known });
      return;
    }
    const fetched = await fetcher.get(url, {
      accept: `${PAGE_ACCEPT}, ${FEED_ACCEPT}`,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!fetched.ok) {
      report({ input: url, status: 'failed', reason: fetched.reason });
      return;
    }
    const head = new TextDecoder().decode(fetched.body.subarray(0, 4096));
    if (looksLikeOpml(head)) {
      const opml = parseOpml(decodeXmlBytes(fetched.body, fetched.contentType), fetched.url);
      if (!opml.ok) report({ input: url, status: 'failed', reason: opml.reason });
      else for (const feed of opml.feeds) await pollFeedUrl(feed);
      return;
    }
    if (looksLikeFeed(head)) {
      // A feed met for the first time: remember it, then poll it conditionally from now on.
      await store.saveFeed({
        url,
        title: null,
        etag: null,
        lastModified: null,
        lastStatus: null,
        lastError: null,
        lastFetched: null,
        nextPoll: null,
        ttl: null,
      });
      return pollFeedUrl(url);
    }
    total += 1;
    await addDocument(pageDocument(url, fetched.url, fetched.body, fetched.contentType));
  }

  async function ingestPath(path: string): Promise<void> {
    let isFile = false;
    try {
      isFile = (await stat(path)).isFile();
    } catch {
      // Not a file we can stat: let the input reader say why.
    }
    if (isFile && /\.(opml|xml|rss|atom)$/i.test(path)) {
      const bytes = new Uint8Array(await readFile(path));
      const head = new TextDecoder().decode(bytes.subarray(0, 4096));
      if (looksLikeOpml(head)) {
        const opml = parseOpml(decodeXmlBytes(bytes));
        if (!opml.ok) report({ input: path, status: 'failed', reason: opml.reason });
        else for (const feed of opml.feeds) await ingestUrl(feed);
        return;
      }
      if (looksLikeFeed(head)) {
        const parsed = parseFeed(decodeXmlBytes(bytes));
        if (!parsed.ok) report({ input: path, status: 'failed', reason: parsed.reason });
        else await ingestFeedItems(parsed.feed, path);
        return;
      }
    }
    for await (const item of pipeline.readInputs([path])) {
      total += 1;
      if (!item.ok) report({ input: item.input, status: 'failed', reason: item.reason });
      else await addDocument(item.doc);
    }
  }

  /** Brings stories in line with the clusterer, then writes the briefs of stories that changed. */
  async function settle(): Promise<{ storiesChanged: number; briefsWritten: number; briefsFailed: number }> {
    const synced = await store.syncStories(await (await clustererReady()).stories());
    let briefsWritten = 0;
    const failed = new Set<string>();
    for (;;) {
      const stale = (await store.listStaleBriefs(100 + failed.size)).filter((id) => !failed.has(id));
      if (stale.length === 0) break;
      for (const id of stale) {
        const story = await store.findStory(id);
        if (!story) continue;
        const articles = (await store.findArticles(story.members)).map((a) => a.article);
        let brief: ReturnType<Pipeline['brief']>;
        try {
          brief = pipeline.brief(articles);
        } catch {
          failed.add(id);
          continue;
        }
        await store.saveBrief(id, brief);
        briefsWritten++;
      }
    }
    return { storiesChanged: synced.changed.length, briefsWritten, briefsFailed: failed.size };
  }

  async function run(work: () => Promise<void>): Promise<IngestSummary> {
    reports = [];
    total = 0;
    await work();
    // Stories are rebuilt from the stored articles on every run, so work lost to a crash is redone here.
    await clustererReady();
    const settled = await settle();
    const count = (status: ItemStatus) => reports.filter((r) => r.status === status).length;
    return {
      new: count('new'),
      duplicate: count('duplicate'),
      notModified: count('not-modified'),
      failed: count('failed'),
      items: reports,
      ...settled,
    };
  }

  return {
    ingest(inputs) {
      return run(async () => {
        for (const input of inputs) {
          if (options.signal?.aborted) break;
          if (/^https?:\/\//i.test(input)) await ingestUrl(input);
          else await ingestPath(input);
        }
      });
    },
    pollFeed(url) {
      return run(() => pollFeedUrl(url));
    },
    async addDocument(raw) {
      let last: ItemReport | null = null;
      const summary = await run(async () => {
        last = await addDocument(raw);
      });
      void summary;
      return last ?? { input: raw.input, status: 'failed', reason: 'not-processed' };
    },
  };
}

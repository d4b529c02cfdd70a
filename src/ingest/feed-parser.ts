/**
 * @module ingest/feed-parser
 * RSS 2.0, Atom and RDF (RSS 1.0) feeds and OPML lists, parsed safely: a document declaring entities
 * is refused before parsing (no external entities, no expansion bombs), and sizes are bounded.
 */

import { XMLParser } from 'fast-xml-parser';

export interface FeedItem {
  readonly title: string | null;
  /** The item's page, absolute. */
  readonly url: string | null;
  readonly guid: string | null;
  /** ISO datetime where the date parses, else the feed's own text. */
  readonly published: string | null;
  readonly author: string | null;
  /** The short description (may be HTML). */
  readonly summary: string | null;
  /** The full body where the feed carries one (`content:encoded`, Atom `content`), HTML. */
  readonly content: string | null;
}

export interface ParsedFeed {
  readonly format: 'rss' | 'atom' | 'rdf';
  readonly title: string | null;
  readonly link: string | null;
  readonly items: readonly FeedItem[];
  /** How long the feed says it may be cached, in seconds (`ttl`, `sy:updatePeriod`/`updateFrequency`). */
  readonly ttl: number | null;
}

export type FeedParseResult =
  | { readonly ok: true; readonly feed: ParsedFeed }
  | { readonly ok: false; readonly reason: string };

export type OpmlParseResult =
  | { readonly ok: true; readonly title: string | null; readonly feeds: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** Largest feed parsed, in characters: generous for a feed (real ones are under 1 MB). */
const MAX_FEED_CHARS = 10 * 1024 * 1024;
/** Items kept from one feed: more is a dump, not a feed. */
const MAX_ITEMS = 1000;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link', 'outline', 'category'].includes(name),
});

type Node = Record<string, unknown>;

/** Rejects documents whose DOCTYPE declares entities (the door to XXE and entity-expansion bombs). */
export function unsafeXmlReason(xml: string): string | null {
  if (xml.length > MAX_FEED_CHARS) return `too-large: feed over ${MAX_FEED_CHARS} characters`;
  const doctype = xml.slice(0, 100_000).match(/<!DOCTYPE[\s\S]*?(\[[\s\S]*?\]\s*)?>/i);
  if (doctype && /<!ENTITY/i.test(doctype[0])) return 'unsafe-xml: the document declares entities';
  if (/<!ENTITY/i.test(xml.slice(0, 100_000))) return 'unsafe-xml: the document declares entities';
  return null;
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return text((value as Node)['#text']);
  return null;
}

function node(value: unknown): Node | null {
  if (Array.isArray(value)) return node(value[0]);
  return value !== null && typeof value === 'object' ? (value as Node) : null;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function absolute(href: string | null, base: string | null): string | null {
  if (href === null) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null;
  }
}

function isoDate(value: string | null): string | null {
  if (value === null) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

const PERIOD_SECONDS: Record<string, number> = {
  hourly: 3600,
  daily: 86_400,
  weekly: 604_800,
  monthly: 2_592_000,
  yearly: 31_536_000,
};

function syndicationTtl(channel: Node): number | null {
  const ttlMinutes = Number(text(channel.ttl));
  if (Number.isFinite(ttlMinutes) && ttlMinutes > 0) return ttlMinutes * 60;
  const period = text(channel['sy:updatePeriod'])?.toLowerCase();
  if (period === undefined || period === null || !(period in PERIOD_SECONDS)) return null;
  const frequency = Number(text(channel['sy:updateFrequency']) ?? '1');
  const seconds = PERIOD_SECONDS[period] ?? 0;
  return Math.round(seconds / (Number.isFinite(frequency) && frequency > 0 ? frequency : 1));
}

function rssItem(item: Node, base: string | null): FeedItem {
  const links = list(item.link).map(text);
  const guid = text(item.guid);
  const permalink = node(item.guid)?.['@_isPermaLink'] !== 'false' && guid?.startsWith('http') ? guid : null;
  return {
    title: text(item.title),
    url: absolute(links.find((l) => l !== null) ?? permalink, base),
    guid,
    published: isoDate(text(item.pubDate) ?? text(item['dc:date'])),
    author: text(item['dc:creator']) ?? text(item.author),
    summary: text(item.description),
    content: text(item['content:encoded']),
  };
}

function atomLink(links: unknown, base: string | null): string | null {
  const candidates = list(links).map(node);
  const alternate =
    candidates.find((l) => l && (l['@_rel'] === undefined || l['@_rel'] === 'alternate')) ?? candidates[0];
  return absolute(text(alternate?.['@_href']), base);
}

function atomItem(entry: Node, base: string | null): FeedItem {
  const author = node(entry.author);
  return {
    title: text(entry.title),
    url: atomLink(entry.link, base),
    guid: text(entry.id),
    published: isoDate(text(entry.published) ?? text(entry.updated)),
    author: author ? text(author.name) : null,
    summary: text(entry.summary),
    content: text(entry.content),
  };
}

function parseXml(xml: string): { ok: true; doc: Node } | { ok: false; reason: string } {
  const unsafe = unsafeXmlReason(xml);
  if (unsafe !== null) return { ok: false, reason: unsafe };
  try {
    return { ok: true, doc: parser.parse(xml) as Node };
  } catch (error) {
    return { ok: false, reason: `bad-xml: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** An RSS 2.0 or RDF channel and its items as a feed. */
function channelFeed(format: 'rss' | 'rdf', channel: Node, items: unknown, base: string | null): ParsedFeed {
  return {
    format,
    title: text(channel.title),
    link: absolute(
      list(channel.link)
        .map(text)
        .find((l) => l !== null) ?? null,
      base,
    ),
    ttl: syndicationTtl(channel),
    items: list(items)
      .slice(0, MAX_ITEMS)
      .map((item) => rssItem(node(item) ?? {}, base)),
  };
}

/**
 * Parses an RSS 2.0, Atom or RDF feed; `base` resolves relative links.
 * @example parseFeed(xml, 'https://news.example/feed.xml')
 */
export function parseFeed(xml: string, base: string | null = null): FeedParseResult {
  const parsed = parseXml(xml);
  if (!parsed.ok) return parsed;
  const doc = parsed.doc;
  const rss = node(doc.rss);
  if (rss) {
    const channel = node(rss.channel) ?? {};
    return { ok: true, feed: channelFeed('rss', channel, channel.item, base) };
  }
  const feed = node(doc.feed);
  if (feed) {
    return {
      ok: true,
      feed: {
        format: 'atom',
        title: text(feed.title),
        link: atomLink(feed.link, base),
        ttl: syndicationTtl(feed),
        items: list(feed.entry)
          .slice(0, MAX_ITEMS)
          .map((entry) => atomItem(node(entry) ?? {}, base)),
      },
    };
  }
  const rdf = node(doc['rdf:RDF']);
  if (rdf) {
    const channel = node(rdf.channel) ?? {};
    // RDF (RSS 1.0) puts its items beside the channel, not inside it.
    return { ok: true, feed: channelFeed('rdf', channel, rdf.item ?? channel.item, base) };
  }
  return { ok: false, reason: 'not-a-feed: no rss, feed or rdf:RDF root' };
}

/** True when a document looks like a feed (cheap sniff of its first bytes). */
export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 4096));
}

/** True when a document looks like OPML. */
export function looksLikeOpml(head: string): boolean {
  return /<opml[\s>]/i.test(head.slice(0, 4096));
}

/** The feed URLs an OPML file lists (every `outline` with an `xmlUrl`, at any depth). */
export function parseOpml(xml: string, base: string | null = null): OpmlParseResult {
  const parsed = parseXml(xml);
  if (!parsed.ok) return parsed;
  const opml = node(parsed.doc.opml);
  if (!opml) return { ok: false, reason: 'not-opml: no opml root' };
  const feeds: string[] = [];
  const walk = (outlines: unknown, depth: number): void => {
    if (depth > 20) return;
    for (const outline of list(outlines)) {
      const o = node(outline);
      if (!o) continue;
      const url = absolute(text(o['@_xmlUrl']), base);
      if (url !== null && !feeds.includes(url)) feeds.push(url);
      walk(o.outline, depth + 1);
    }
  };
  walk(node(opml.body)?.outline, 0);
  const head = node(opml.head);
  return { ok: true, title: head ? text(head.title) : null, feeds };
}

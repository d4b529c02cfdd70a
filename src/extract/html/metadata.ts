/**
 * @module extract/html/metadata
 * A page's metadata read from its markup, before the body is cleaned: title (cleaned of the site
 * name), published time, byline, outlet and language, from JSON-LD, `<meta>` tags, `<time>`,
 * `rel=author` and the `<html lang>`. Each field is a list of sources tried in order.
 */
import type { Document, Element } from 'domhandler';
import { attr, classAndId, elementsByTag, firstByTag, innerText } from './dom.js';
import { articleObject, type JsonObject, nameOf, readJsonLd } from './json-ld.js';

export interface PageMetadata {
  readonly title: string | null;
  /** The site name the title carried (`Title | Site`), when the title had one. */
  readonly titleSite: string | null;
  readonly published: string | null;
  readonly byline: string | null;
  readonly outlet: string | null;
  readonly language: string | null;
  /** The page's description (og:description), used to recognise the standfirst. */
  readonly description: string | null;
}

const META = new Set(['meta']);
const TIME = new Set(['time']);
const LINKISH = new Set(['a', 'link']);

/** Meta tag values keyed by lower-cased `property`, `name`, `itemprop` and `http-equiv`. */
function readMeta(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of elementsByTag(document, META)) {
    const content = (meta.attribs.content ?? '').trim();
    if (content === '') continue;
    for (const key of ['property', 'name', 'itemprop', 'http-equiv']) {
      const raw = meta.attribs[key];
      if (!raw) continue;
      for (const name of raw.toLowerCase().split(/\s+/))
        if (name && !values.has(name)) values.set(name, content);
    }
  }
  return values;
}

function firstMeta(meta: ReadonlyMap<string, string>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = meta.get(name);
    if (value) return value;
  }
  return null;
}

/** Decodes the entities some sites double-escape in meta content (`&amp;#039;`). */
function unescapeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Math.min(Number(code), 0x10ffff)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) =>
      String.fromCodePoint(Math.min(parseInt(code, 16), 0x10ffff)),
    )
    .replace(/&amp;/g, '&');
}

function tidy(text: string | null | undefined): string | null {
  if (!text) return null;
  const clean = unescapeEntities(text).replace(/\s+/g, ' ').trim();
  return clean === '' ? null : clean;
}

/** Separators between a title and its site name. */
const TITLE_SEPARATOR = /\s+(?:\||-|–|—|::|«|»|·|•|\/|\\)\s+/;

/**
 * Splits `Title | Site` into the title and the site: the last segment is a site name when it is
 * short (at most 5 words) or matches the known outlet, and what remains is still a real title.
 * A leading `Site | Title` is recognised only when it matches the known outlet.
 */
export function splitTitle(raw: string, outlet: string | null): { title: string; site: string | null } {
  const parts = raw.split(TITLE_SEPARATOR);
  if (parts.length < 2) return { title: raw, site: null };
  const same = (a: string, b: string | null) =>
    b !== null && a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (same(first, outlet)) return { title: raw.slice(raw.indexOf(parts[1]!)).trim(), site: first };
  if (same(last, outlet) || (words(last) <= 5 && last.length <= 40)) {
    const cut = raw.lastIndexOf(last);
    const title = raw
      .slice(0, cut)
      .replace(/\s+(?:\||-|–|—|::|«|»|·|•|\/|\\)\s*$/, '')
      .trim();
    if (words(title) >= 2 || title.length >= 12) {
      const inner = /\s(?:\||::|«|»|·|•)\s+[^|:«»·•]{1,30}$/.test(title) ? splitTitle(title, null) : null;
      return { title: inner?.site ? inner.title : title, site: last };
    }
  }
  return { title: raw, site: null };
}

/** A published value as an ISO date or datetime, or null when it does not parse. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(
    text,
  );
  if (iso) {
    if (!iso[2]) return iso[1]!;
    const zone = iso[3] ? (iso[3] === 'Z' ? 'Z' : iso[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${iso[1]}T${iso[2]}${zone}`;
  }
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
    return new Date(ms).toISOString();
  }
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  const year = new Date(parsed).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? new Date(parsed).toISOString() : null;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'publishdate',
  'publish-date',
  'pubdate',
  'publication_date',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'dc.date.created',
  'og:published_time',
  'cxenseparse:recs:publishtime',
];

const BYLINE_META = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'byl',
  'dcterms.creator',
];

/** The published time from `<time>` elements: one marked `pubdate`/`datePublished` first, else the first. */
function publishedFromTime(document: Document): string | null {
  const times = elementsByTag(document, TIME);
  const marked = times.find(
    (time) => 'pubdate' in time.attribs || /datepublished/i.test(attr(time, 'itemprop')),
  );
  for (const time of marked ? [marked, ...times] : times) {
    const value = normaliseDate(time.attribs.datetime);
    if (value) return value;
  }
  return null;
}

/** Author names from `rel=author` links, deduplicated. */
function bylineFromRelAuthor(document: Document): string | null {
  const names: string[] = [];
  for (const link of elementsByTag(document, LINKISH)) {
    if (!/\bauthor\b/i.test(attr(link, 'rel')) || link.name !== 'a') continue;
    const name = innerText(link);
    if (name.length > 1 && name.length < 80 && !names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join(', ') : null;
}

function jsonString(object: JsonObject | null, key: string): string | null {
  const value = object?.[key];
  return typeof value === 'string' ? value : null;
}

/** An author value that is a profile URL is no name. */
function nameNotUrl(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

/** Trims "By " and trailing separators off a byline. */
export function cleanByline(value: string | null): string | null {
  const text = tidy(value);
  if (!text) return null;
  const clean = text
    .replace(/^(?:by|von|par|por|di|door|av|от)\s*:?\s+/i, '')
    .replace(/[\s|,;:–—-]+$/, '')
    .trim();
  return clean === '' || clean.length > 200 ? null : clean;
}

/** BCP 47 primary subtag (`en-GB` -> `en`, `zh_CN` -> `zh`), or null. */
export function primaryLanguage(value: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:$|[-_\s,;])/i.exec(value ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/** The `<title>` element's text. */
function titleElement(document: Document): string | null {
  const title = firstByTag(document, 'title');
  return title ? tidy(innerText(title)) : null;
}

/**
 * The article's JSON-LD title: its `headline`, unless `name` differs and is closer to the page's
 * `<title>` (some sites put a description in `headline`).
 */
function articleTitle(article: JsonObject | null, pageTitle: string | null): string | null {
  const headline = tidy(jsonString(article, 'headline'));
  const name = tidy(jsonString(article, 'name'));
  if (!headline || !name || headline === name || !pageTitle) return headline;
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    );
  const page = words(pageTitle);
  const overlap = (text: string) => {
    const own = [...words(text)];
    return own.length === 0 ? 0 : own.filter((word) => page.has(word)).length / own.length;
  };
  return overlap(headline) < 0.5 && overlap(name) > 0.8 ? name : headline;
}

/** Reads every metadata field of a page. */
export function readMetadata(document: Document): PageMetadata {
  const meta = readMeta(document);
  const jsonObjects = readJsonLd(document);
  const article = articleObject(jsonObjects);
  const publisher = article ? nameOf(article.publisher) : null;
  const website = jsonObjects.find(
    (object) => object['@type'] === 'WebSite' || object['@type'] === 'Organization',
  );
  const outlet =
    tidy(firstMeta(meta, ['og:site_name', 'application-name', 'al:android:app_name'])) ??
    tidy(publisher) ??
    tidy(website ? nameOf(website.name) : null);
  const rawTitle =
    articleTitle(article, titleElement(document)) ??
    tidy(
      firstMeta(meta, [
        'og:title',
        'twitter:title',
        'dc.title',
        'dc:title',
        'dcterm:title',
        'parsely-title',
        'sailthru.title',
        'title',
      ]),
    ) ??
    titleElement(document) ??
    tidy(jsonString(article, 'name'));
  const split = rawTitle ? splitTitle(rawTitle, outlet) : { title: null, site: null };
  const published =
    normaliseDate(jsonString(article, 'datePublished')) ??
    normaliseDate(
      jsonString(
        jsonObjects.find((object) => typeof object.datePublished === 'string') ?? null,
        'datePublished',
      ),
    ) ??
    normaliseDate(firstMeta(meta, PUBLISHED_META)) ??
    publishedFromTime(document) ??
    normaliseDate(jsonString(article, 'dateCreated'));
  const byline = cleanByline(
    (article ? nameOf(article.author) : null) ??
      nameNotUrl(firstMeta(meta, BYLINE_META)) ??
      bylineFromRelAuthor(document),
  );
  const html = firstByTag(document, 'html');
  const language =
    primaryLanguage(html?.attribs.lang ?? html?.attribs['xml:lang']) ??
    primaryLanguage(jsonString(article, 'inLanguage')) ??
    primaryLanguage(firstMeta(meta, ['og:locale', 'content-language', 'language', 'dc.language']));
  return {
    title: split.title,
    titleSite: split.site,
    published,
    byline,
    outlet,
    language,
    description: tidy(firstMeta(meta, ['og:description', 'description', 'twitter:description'])),
  };
}

/** True when an element's class or id names a byline (Readability's pattern). */
export function looksLikeBylineElement(element: Element): boolean {
  return (
    attr(element, 'rel') === 'author' ||
    attr(element, 'itemprop').includes('author') ||
    /byline|author|dateline|writtenby|p-author/i.test(classAndId(element))
  );
}

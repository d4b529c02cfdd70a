/**
 * @module extract/html/metadata
 * What a page's markup says about it, read before the body is cleaned: the title (cleaned of the site
 * name) and language, and the evidence the shared readers of `extract/metadata/` weigh for the
 * publication date, byline and outlet (JSON-LD, `<meta>` tags, `<time>`, `rel=author`), each a list
 * of values strongest first.
 */
import type { Document, Element } from 'domhandler';
import { cleanByline } from '../metadata/byline.js';
import { attr, classAndId, indexTags, innerText, type TagIndex } from './dom.js';
import { articleObject, type JsonObject, nameOf, readJsonLd } from './json-ld.js';

export interface PageMetadata {
  readonly title: string | null;
  /** The site name the title carried (`Title | Site`), when the title had one. */
  readonly titleSite: string | null;
  /** Publication dates the page declares, strongest first (JSON-LD, meta tags, `<time>`). */
  readonly published: readonly string[];
  /** Authors the page declares, strongest first (JSON-LD, meta tags, `rel=author` links). */
  readonly bylines: readonly string[];
  /** Site names the page declares, strongest first (`og:site_name`, JSON-LD publisher and website). */
  readonly outlets: readonly string[];
  readonly language: string | null;
  /** The page's description (og:description), used to recognise the standfirst. */
  readonly description: string | null;
  /** The article's text as its JSON-LD gives it (`articleBody`, plain text), or null. */
  readonly articleBody: string | null;
}

const META = new Set(['meta']);
const TIME = new Set(['time']);
const LINKISH = new Set(['a', 'link']);

/**
 * Meta tag values keyed by lower-cased `property`, `name`, `itemprop` and `http-equiv`, in page
 * order, values declared by `property` (the attribute Open Graph and RDFa define) before the same
 * key's `name` values.
 */
function readMeta(tags: TagIndex): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const metas = tags.all(META);
  for (const key of ['property', 'name', 'itemprop', 'http-equiv'])
    for (const meta of metas) {
      const content = (meta.attribs.content ?? '').trim();
      if (content === '') continue;
      const raw = meta.attribs[key];
      if (!raw) continue;
      for (const name of raw.toLowerCase().split(/\s+/)) {
        if (!name) continue;
        const list = values.get(name) ?? [];
        values.set(name, list);
        if (!list.includes(content)) list.push(content);
      }
    }
  return values;
}

function firstMeta(meta: ReadonlyMap<string, readonly string[]>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = meta.get(name)?.[0];
    if (value) return value;
  }
  return null;
}

/** Every value of the names, in the order of `names`. */
function allMeta(meta: ReadonlyMap<string, readonly string[]>, names: readonly string[]): string[] {
  return names.flatMap((name) => meta.get(name) ?? []);
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

/** Author meta tags, in the order Readability trusts them, then other CMSs' own. */
const BYLINE_META = [
  ['dc:creator', 'dc.creator'],
  ['dcterm:creator', 'dcterms.creator'],
  ['author'],
  ['parsely-author'],
  ['article:author', 'og:article:author'],
  ['sailthru.author'],
  ['byl'],
];

/** Published times of `<time>` elements: ones marked `pubdate`/`datePublished` first. */
function publishedFromTime(tags: TagIndex): string[] {
  const times = tags.all(TIME);
  const marked = new Set(
    times.filter((time) => 'pubdate' in time.attribs || /datepublished/i.test(attr(time, 'itemprop'))),
  );
  return [...marked, ...times.filter((time) => !marked.has(time))].flatMap((time) =>
    time.attribs.datetime ? [time.attribs.datetime] : [],
  );
}

/** Author names from `rel=author` links, deduplicated. */
function bylineFromRelAuthor(tags: TagIndex): string | null {
  const names: string[] = [];
  for (const link of tags.all(LINKISH)) {
    if (!/\bauthor\b/i.test(attr(link, 'rel')) || link.name !== 'a') continue;
    const name = innerText(link);
    if (name.length > 1 && name.length < 80 && !names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join(', ') : null;
}

/** The authors one group of meta names declares (several `DC.Creator` tags are several authors). */
function bylineFromMeta(
  meta: ReadonlyMap<string, readonly string[]>,
  names: readonly string[],
): string | null {
  const values = allMeta(meta, names).filter(
    (value) => !/^https?:\/\//i.test(value) && !value.startsWith('@'),
  );
  return values.length > 0 ? [...new Set(values)].join(', ') : null;
}

function jsonString(object: JsonObject | null, key: string): string | null {
  const value = object?.[key];
  return typeof value === 'string' ? value : null;
}

/** BCP 47 primary subtag (`en-GB` -> `en`, `zh_CN` -> `zh`), or null. */
export function primaryLanguage(value: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:$|[-_\s,;])/i.exec(value ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/** The `<title>` element's text. */
function titleElement(tags: TagIndex): string | null {
  const title = tags.first('title');
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
export function readMetadata(document: Document, tags: TagIndex = indexTags(document)): PageMetadata {
  const meta = readMeta(tags);
  const jsonObjects = readJsonLd(document, tags);
  const article = articleObject(jsonObjects);
  const publisher = article ? nameOf(article.publisher) : null;
  const website = jsonObjects.find(
    (object) => object['@type'] === 'WebSite' || object['@type'] === 'Organization',
  );
  const outlets = [
    firstMeta(meta, ['og:site_name', 'application-name', 'al:android:app_name']),
    publisher,
    website ? nameOf(website.name) : null,
  ].flatMap((name) => (tidy(name) === null ? [] : [tidy(name)!]));
  const rawTitle =
    articleTitle(article, titleElement(tags)) ??
    tidy(
      // Readability's order: a Dublin Core title is the publisher's catalogue entry, free of the
      // teasers social cards add.
      firstMeta(meta, [
        'dc:title',
        'dc.title',
        'dcterm:title',
        'dcterms.title',
        'og:title',
        'twitter:title',
        'parsely-title',
        'sailthru.title',
        'title',
      ]),
    ) ??
    titleElement(tags) ??
    tidy(jsonString(article, 'name'));
  const split = rawTitle ? splitTitle(rawTitle, outlets[0] ?? null) : { title: null, site: null };
  const published = [
    jsonString(article, 'datePublished'),
    jsonString(
      jsonObjects.find((object) => typeof object.datePublished === 'string') ?? null,
      'datePublished',
    ),
    ...allMeta(meta, PUBLISHED_META),
    ...publishedFromTime(tags),
    jsonString(article, 'dateCreated'),
  ].flatMap((value) => (value ? [value] : []));
  const bylines = [
    article ? nameOf(article.author) : null,
    ...BYLINE_META.map((names) => bylineFromMeta(meta, names)),
    bylineFromRelAuthor(tags),
  ].flatMap((value) => {
    const clean = cleanByline(value === null ? null : unescapeEntities(value));
    return clean === null ? [] : [clean];
  });
  const html = tags.first('html');
  const language =
    primaryLanguage(html?.attribs.lang ?? html?.attribs['xml:lang']) ??
    primaryLanguage(jsonString(article, 'inLanguage')) ??
    primaryLanguage(firstMeta(meta, ['og:locale', 'content-language', 'language', 'dc.language']));
  return {
    title: split.title,
    titleSite: split.site,
    published,
    bylines,
    outlets,
    language,
    description: tidy(firstMeta(meta, ['og:description', 'description', 'twitter:description'])),
    articleBody: plainArticleBody(jsonString(article, 'articleBody')),
  };
}

/** An `articleBody` that is text (some sites put markup there, which is no reader's text), trimmed. */
function plainArticleBody(value: string | null): string | null {
  const text = value?.trim() ?? '';
  return text === '' || /<\/?[a-z][^>]*>/i.test(text) ? null : text;
}

/** True when an element's class or id names a byline (Readability's pattern). */
export function looksLikeBylineElement(element: Element): boolean {
  return (
    attr(element, 'rel') === 'author' ||
    attr(element, 'itemprop').includes('author') ||
    /byline|author|dateline|writtenby|p-author/i.test(classAndId(element))
  );
}

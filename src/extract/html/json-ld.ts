/**
 * @module extract/html/json-ld
 * Reads a page's JSON-LD blocks into a flat list of objects (arrays and `@graph` unrolled) and
 * picks the one describing the article.
 */
import type { Document } from 'domhandler';
import { attr, indexTags, rawText, type TagIndex } from './dom.js';

export type JsonObject = Readonly<Record<string, unknown>>;

/** schema.org types that describe an article (Readability's list, plus web pages as a last resort). */
const ARTICLE_TYPES =
  /^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;

const SCRIPT = new Set(['script']);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses one block leniently: CDATA wrappers, HTML comments and trailing semicolons are tolerated. */
function parseBlock(source: string): unknown {
  const cleaned = source
    .replace(/^\s*(?:<!\[CDATA\[|<!--)/, '')
    .replace(/(?:\]\]>|-->)\s*$/, '')
    .trim()
    .replace(/;\s*$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    return null;
  }
}

/** All JSON-LD objects of a document, arrays and `@graph`s unrolled (iteratively, bounded). */
export function readJsonLd(document: Document, tags: TagIndex = indexTags(document)): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of tags.all(SCRIPT)) {
    if (!/ld\+json/i.test(attr(script, 'type'))) continue;
    const pending: unknown[] = [parseBlock(rawText(script))];
    while (pending.length > 0 && out.length < 200) {
      const value = pending.pop();
      if (Array.isArray(value)) pending.push(...value.slice(0, 200));
      else if (isObject(value)) {
        out.push(value);
        const graph = value['@graph'];
        if (Array.isArray(graph)) pending.push(...graph.slice(0, 200));
      }
    }
  }
  return out;
}

/** The types of an object (`@type` may be a string or an array). */
export function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((item): item is string => typeof item === 'string');
  return [];
}

/** The JSON-LD object describing the article: an article type first, else any with a headline or date. */
export function articleObject(objects: readonly JsonObject[]): JsonObject | null {
  return (
    objects.find((object) => typesOf(object).some((type) => ARTICLE_TYPES.test(type))) ??
    objects.find(
      (object) => typeof object.headline === 'string' || typeof object.datePublished === 'string',
    ) ??
    null
  );
}

/** A name out of a string, an object with `name`, or an array of them (joined by ", "). */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null);
    return names.length > 0 ? [...new Set(names)].join(', ') : null;
  }
  if (isObject(value)) return nameOf(value.name);
  return null;
}

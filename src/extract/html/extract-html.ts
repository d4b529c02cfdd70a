/**
 * @module extract/html/extract-html
 * First HTML extractor: paragraphs and headings of the page's article element (or body).
 */

import type { Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Block, ExtractedFields, ExtractHints } from '../../types.js';

export interface ExtractHtmlOptions {
  readonly url?: string;
  readonly contentType?: string;
  readonly hints?: ExtractHints;
}

export function isProbablyHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body)/i.test(text.slice(0, 1024));
}

export function extractHtml(input: string | Uint8Array, options: ExtractHtmlOptions = {}): ExtractedFields {
  const html = typeof input === 'string' ? input : new TextDecoder().decode(input);
  const dom = parseDocument(html);
  const all = findAll(() => true, dom.children);
  const meta = (name: string): string | null => {
    const el = all.find(
      (e) =>
        e.name === 'meta' &&
        (getAttributeValue(e, 'property') === name || getAttributeValue(e, 'name') === name),
    );
    return el ? (getAttributeValue(el, 'content') ?? null) : null;
  };
  const article = all.find((e) => e.name === 'article');
  const scope: Element[] = article ? findAll(() => true, [article]) : all;
  const paragraphs: Block[] = [];
  let offset = 0;
  for (const el of scope) {
    if (!['p', 'h2', 'h3'].includes(el.name)) continue;
    const text = textContent(el).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    paragraphs.push({
      kind: el.name === 'p' ? 'paragraph' : 'heading',
      text,
      start: offset,
      end: offset + text.length,
    });
    offset += text.length + 2;
  }
  const titleEl = all.find((e) => e.name === 'title');
  const hints = options.hints ?? {};
  return {
    title: meta('og:title') ?? (titleEl ? textContent(titleEl).trim() : null) ?? hints.title ?? null,
    published: meta('article:published_time') ?? hints.published ?? null,
    outlet: meta('og:site_name') ?? hints.outlet ?? null,
    byline: meta('author') ?? hints.byline ?? null,
    credits: [],
    dateline: null,
    language: all.find((e) => e.name === 'html')?.attribs.lang ?? null,
    paragraphs,
    captions: [],
    removed: [],
    text: paragraphs.map((p) => p.text).join('\n\n'),
  };
}

/**
 * @module extract
 * Raw document -> article: dispatches on the document's shape (plain-text dump, HTML page, crawler
 * record), decodes its bytes, and gives every outcome as a value: an article, or why there is none.
 */
import type { Article, ExtractedFields, ExtractHints, ExtractResult, RawDocument } from '../types.js';
import { decodeText } from './decode-text.js';
import { extractHtml, isProbablyHtml } from './html/extract-html.js';
import { RECORD_TEXT_FIELDS } from './record/fields.js';
import { readRecord } from './record/read-record.js';
import { cleanText, type TextMiss, tryCleanText } from './text/clean-text.js';

/**
 * Extracts one raw document. Never throws for bad content: an unreadable document is `{ ok: false }`
 * with a reason a person can act on.
 * @example const result = extract({ input: 'a.txt', id: 'a.txt', kind: 'text', content: bytes });
 */
export function extract(doc: RawDocument): ExtractResult {
  try {
    return extractOrFail(doc);
  } catch (error) {
    return fail(doc, `extraction failed: ${(error as Error).message}`);
  }
}

function extractOrFail(doc: RawDocument): ExtractResult {
  if (doc.kind === 'record') {
    const record = readRecord(doc.record ?? {});
    if (!record.ok) return fail(doc, RECORD_REASONS[record.reason] ?? record.reason);
    const url = record.url ?? doc.url ?? null;
    const hints: ExtractHints = { ...record.hints, url };
    // A string was decoded already: `decodeText` only mends its byte-order mark and C1 controls.
    const text = decodeText(record.text);
    if (isProbablyHtml(text)) return finish(doc, extractHtml(text, { hints }), url);
    return fromText(doc, text, hints, url);
  }
  if (isBinary(doc.content)) return fail(doc, 'binary content (not text, HTML or JSON)');
  if (doc.kind === 'html') {
    const options = {
      ...(doc.url === undefined ? {} : { url: doc.url }),
      ...(doc.contentType === undefined ? {} : { contentType: doc.contentType }),
    };
    // Bytes keep their charset for the page's own declarations (`<meta charset>`) to decide.
    const page = typeof doc.content === 'string' ? decodeText(doc.content) : doc.content;
    return finish(doc, extractHtml(page, options), doc.url ?? null);
  }
  const decoded = decodeText(doc.content);
  if (isProbablyHtml(decoded)) return finish(doc, extractHtml(decoded, {}), doc.url ?? null);
  return fromText(doc, decoded, doc.url === undefined ? {} : { url: doc.url }, doc.url ?? null);
}

/** A plain-text page dump's article, or why it holds none (`Get digital access` alone is no story). */
function fromText(doc: RawDocument, text: string, hints: ExtractHints, url: string | null): ExtractResult {
  const cleaned = tryCleanText(text, hints);
  if (!cleaned.ok) return fail(doc, TEXT_REASONS[cleaned.reason]);
  return finish(doc, cleaned.fields, url);
}

/** What a plain-text cleaner's miss means, for a person reading the error. */
const TEXT_REASONS: Readonly<Record<TextMiss, string>> = {
  empty: 'no article text found',
  binary: 'binary content (not text, HTML or JSON)',
  'no-body': 'no article text found: only page furniture (labels, buttons, a paywall)',
};

function finish(doc: RawDocument, fields: ExtractedFields, url: string | null): ExtractResult {
  if (fields.text.trim() === '') return fail(doc, 'no article text found');
  // A crawler's `source_domain` names the outlet by its host: "www." is not part of the name.
  const outlet = fields.outlet?.replace(/^www\d?\./i, '') ?? null;
  const article: Article = { input: doc.input, id: doc.id, url, ...fields, outlet };
  return { ok: true, article };
}

function fail(doc: RawDocument, reason: string): ExtractResult {
  return { ok: false, input: doc.input, id: doc.id, reason };
}

/** What a record reader's miss means, for a person reading the error. */
const RECORD_REASONS: Readonly<Record<string, string>> = {
  'no-text': `the record has no article text (no ${RECORD_TEXT_FIELDS.join(', ')} field)`,
  'not-an-object': 'the record is not a JSON object',
  'invalid-json': 'the record is not valid JSON',
};

/** Why 8 KiB: enough to see a NUL byte early in any binary format, cheap on a 50 MB page. */
const BINARY_SNIFF_BYTES = 8192;

function isBinary(content: string | Uint8Array): boolean {
  if (typeof content === 'string') return false;
  const head = content.subarray(0, BINARY_SNIFF_BYTES);
  // UTF-16 pages carry NULs but start with a byte-order mark.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  return head.includes(0);
}

export { cleanText, extractHtml, readRecord };

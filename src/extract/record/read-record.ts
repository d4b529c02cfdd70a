/**
 * @module extract/record/read-record
 * Reads a crawler's JSON record into text (or HTML) and hints for the extractors, by the field names
 * of `fields.ts` (news-please, newspaper3k and ours). A record without text is a value that says why.
 *
 * @example
 * const r = readRecord({ title: 'T', maintext: 'Body.', url: 'https://example.com/a' });
 * if (r.ok) cleanText(r.text, r.hints);
 */

import type { ExtractHints } from '../../types.js';
import { normaliseDate } from '../metadata/date-line.js';
import { outletFromUrl } from '../metadata/outlet-name.js';
import {
  RECORD_BYLINE_FIELDS,
  RECORD_DATE_FIELDS,
  RECORD_ID_FIELDS,
  RECORD_LANGUAGE_FIELDS,
  RECORD_OUTLET_FIELDS,
  RECORD_TEXT_FIELDS,
  RECORD_TITLE_FIELDS,
  RECORD_URL_FIELDS,
} from './fields.js';

export type ReadRecordResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly hints: ExtractHints;
      readonly id: string | null;
      readonly url: string | null;
    }
  | { readonly ok: false; readonly reason: string };

/** Longest string field read; longer values are cut (a record's text is bounded like a dump). */
const MAX_FIELD_CHARS = 1_000_000;

function str(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return trimmed.length > MAX_FIELD_CHARS ? trimmed.slice(0, MAX_FIELD_CHARS) : trimmed;
}

function first(record: Readonly<Record<string, unknown>>, fields: readonly string[]): string | null {
  for (const field of fields) {
    const value = str(record[field]);
    if (value !== null) return value;
  }
  return null;
}

/** Names from an `authors` array or an author string (`['Jane Doe', 'John Roe']` -> `Jane Doe, John Roe`). */
function names(value: unknown): string | null {
  if (Array.isArray(value)) {
    const list = value
      .map((v) =>
        typeof v === 'string' ? v : v && typeof v === 'object' ? (v as { name?: unknown }).name : null,
      )
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
      .map((v) => v.trim());
    return list.length > 0 ? [...new Set(list)].join(', ') : null;
  }
  return str(value);
}

function dateOf(record: Readonly<Record<string, unknown>>): string | null {
  for (const field of RECORD_DATE_FIELDS) {
    const value = record[field];
    if (value === null || value === undefined || value === '') continue;
    const iso = normaliseDate(value);
    if (iso) return iso;
  }
  return null;
}

function isUrl(value: string | null): value is string {
  return value !== null && /^https?:\/\/\S+$/i.test(value);
}

/** Reads a parsed crawler record; `ok: false` with a reason when it holds no article text. */
export function readRecord(record: Readonly<Record<string, unknown>>): ReadRecordResult {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, reason: 'not-an-object' };
  }
  const text = first(record, RECORD_TEXT_FIELDS);
  if (text === null) return { ok: false, reason: 'no-text' };
  const urlField = first(record, RECORD_URL_FIELDS);
  const url = isUrl(urlField) ? urlField : null;
  const sourceUrl = first(record, ['source_url']);
  const domain = first(record, ['source_domain']);
  let byline: string | null = null;
  for (const field of RECORD_BYLINE_FIELDS) {
    byline = names(record[field]);
    if (byline) break;
  }
  const outlet =
    first(record, RECORD_OUTLET_FIELDS) ??
    domain ??
    outletFromUrl(isUrl(sourceUrl) ? sourceUrl : null) ??
    outletFromUrl(url);
  const hints: ExtractHints = {
    title: first(record, RECORD_TITLE_FIELDS),
    published: dateOf(record),
    outlet,
    byline,
    url: url ?? (isUrl(sourceUrl) ? sourceUrl : null),
    language: first(record, RECORD_LANGUAGE_FIELDS),
  };
  return { ok: true, text, hints, id: first(record, RECORD_ID_FIELDS), url };
}

/** Parses one JSON line and reads it; invalid JSON is a value (`invalid-json`), never a throw. */
export function readRecordJson(line: string): ReadRecordResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'invalid-json' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, reason: 'not-an-object' };
  return readRecord(parsed as Record<string, unknown>);
}

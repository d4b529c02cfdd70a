/**
 * @module extract/record/clean-record
 * A crawler record straight to an article's fields: `readRecord`, then the plain-text cleaner with
 * the record's metadata as hints. A record without text, or whose text holds no story, is a value.
 *
 * @example
 * const r = cleanRecord({ title: 'T', maintext: 'The council met on Monday.', url: 'https://example.com/a' });
 * if (r.ok) r.fields.paragraphs;
 */

import type { ExtractedFields } from '../../types.js';
import { tryCleanText } from '../text/clean-text.js';
import { readRecord } from './read-record.js';

export type CleanRecordResult =
  | {
      readonly ok: true;
      readonly fields: ExtractedFields;
      readonly id: string | null;
      readonly url: string | null;
    }
  | { readonly ok: false; readonly reason: string };

export function cleanRecord(record: Readonly<Record<string, unknown>>): CleanRecordResult {
  const read = readRecord(record);
  if (!read.ok) return read;
  const cleaned = tryCleanText(read.text, read.hints);
  if (!cleaned.ok) return { ok: false, reason: cleaned.reason };
  return { ok: true, fields: cleaned.fields, id: read.id, url: read.url };
}

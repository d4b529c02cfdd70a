/**
 * @module extract/record/read-record
 * Crawler records (news-please, newspaper, our own shape) -> text and metadata hints.
 */
import type { ExtractHints } from '../../types.js';

export type RecordReading =
  | { ok: true; text: string; hints: ExtractHints; id: string | null; url: string | null }
  | { ok: false; reason: string };

const pick = (record: Readonly<Record<string, unknown>>, names: readonly string[]): string | null => {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
};

export function readRecord(record: Readonly<Record<string, unknown>>): RecordReading {
  const text = pick(record, ['maintext', 'text', 'body', 'content']);
  if (text === null) return { ok: false, reason: 'record has no text (maintext, text or body)' };
  const authors = Array.isArray(record.authors)
    ? record.authors.filter((a) => typeof a === 'string').join(', ')
    : null;
  const published = pick(record, ['date_publish', 'published', 'publish_date']);
  return {
    ok: true,
    text,
    id: pick(record, ['id']),
    url: pick(record, ['url']),
    hints: {
      title: pick(record, ['title']),
      published: published === null ? null : published.replace(' ', 'T'),
      outlet: pick(record, ['outlet', 'source_domain']),
      byline: authors || pick(record, ['byline']),
    },
  };
}

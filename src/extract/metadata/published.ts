/**
 * @module extract/metadata/published
 * The publication date, the one reader every extractor uses, strongest evidence first: the caller's
 * hint, the dates the page or record declares (JSON-LD `datePublished`, meta tags, `<time>`, a dump's
 * `date` field), a `Published ...` line, a date-only line (a page's date widget), an `Updated ...`
 * line, and last a full date in the story's opening sentences (`... on February 4, 2026`).
 */
import { type DateLineLabel, findDate, normaliseDate } from './date-line.js';

export interface PublishedEvidence {
  /** The caller's date (a record's `date_publish`, an API field). */
  readonly hint?: unknown;
  /** Dates the page or record declares, strongest first. */
  readonly declared?: readonly unknown[];
  /** Lines of the page that are only a date, with their label (`readDateLine`). */
  readonly lines?: readonly { readonly iso: string; readonly label: DateLineLabel }[];
  /** The story's opening paragraphs. */
  readonly opening?: readonly string[];
}

/** How far into the story a date still says when it was written. */
const OPENING_CHARS = 400;
const LABEL_ORDER: readonly DateLineLabel[] = ['published', 'plain', 'updated'];

/** The publication date as an ISO date or date-time, or null when nothing dates the story. */
export function readPublished(evidence: PublishedEvidence): string | null {
  for (const value of [evidence.hint, ...(evidence.declared ?? [])]) {
    const iso = value === null || value === undefined || value === '' ? null : normaliseDate(value);
    if (iso) return iso;
  }
  const lines = evidence.lines ?? [];
  for (const label of LABEL_ORDER) {
    const line = lines.find((d) => d.label === label);
    if (line) return line.iso;
  }
  for (const paragraph of evidence.opening ?? []) {
    const found = findDate(paragraph.slice(0, OPENING_CHARS));
    if (found) return found.iso.slice(0, 10);
  }
  return null;
}

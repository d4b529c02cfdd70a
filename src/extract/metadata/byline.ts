/**
 * @module extract/metadata/byline
 * Bylines, the one reader every extractor uses. Byline lines (`By Jane Doe`, `By JANE DOE and John
 * Roe, Reuters`, `Von Anna Roe`, `Par Jean Roe`, `Author: Jane Doe`, `Written by Jane Doe`: a short line of names, never a sentence),
 * declared authors (JSON-LD `author`, `<meta name="author">`, a byline element) cleaned of `By`,
 * `Par`, `Von` and trailing separators, and wire agencies split off as credits.
 */
import { canonicalAgency } from './wire-credit.js';

const NAME = "[\\p{Lu}][\\p{L}.'’-]*(?:\\s+(?:[\\p{Lu}][\\p{L}.'’-]*|de|van|von|da|bin|al|el|la|le)){0,4}";
const BYLINE_RE = new RegExp(
  `^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|Written by|Words by|Reporting by|Author:|Authors:|Byline:)\\s*(${NAME}(?:\\s*(?:,|and|&)\\s*${NAME}){0,4})(?:\\s*[|·•–—-]\\s*.{0,40})?$`,
  'u',
);

/** The names of a byline line (`By Jane Doe in Beijing` -> `Jane Doe`), or null. */
export function readByline(line: string): string | null {
  if (line.length > 160) return null;
  const clean = line.replace(/\s+in\s+[\p{Lu}][\p{L} ]{1,30}$/u, '');
  const m = BYLINE_RE.exec(clean.trim());
  if (!m?.[1]) return null;
  return m[1].replace(/\s+/g, ' ').trim();
}

/** A longest byline: more is a paragraph that happens to sit in an author element. */
const MAX_BYLINE_CHARS = 200;

/**
 * A declared author value as a byline: white space collapsed, a leading `By`/`Par`/`Von`/... and
 * trailing separators trimmed; null when empty, too long or a profile URL.
 */
export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(text)) return null;
  const clean = text
    .replace(/^(?:by|von|par|por|di|door|av|от)\s*:?\s+/i, '')
    .replace(/[\s|,;:–—-]+$/, '')
    .trim();
  return clean === '' || clean.length > MAX_BYLINE_CHARS ? null : clean;
}

/** A byline with its wire agencies taken out (`Jane Doe, Reuters` -> `Jane Doe` and [Reuters]). */
export function splitByline(byline: string): { byline: string | null; agencies: string[] } {
  const names = byline.split(/\s*(?:,|\band\b|&|\/)\s*/).filter((part) => part !== '');
  const people = names.filter((part) => canonicalAgency(part) === null);
  const agencies: string[] = [];
  for (const part of names) {
    const agency = canonicalAgency(part);
    if (agency && !agencies.includes(agency)) agencies.push(agency);
  }
  if (agencies.length === 0) return { byline, agencies };
  return { byline: people.join(', ') || null, agencies };
}

/** What the extractors found that may be the byline, strongest first. */
export interface BylineEvidence {
  /** The caller's byline (a record's `authors`). */
  readonly hint?: string | null | undefined;
  /** Authors the page declares or marks (JSON-LD, meta tags, `rel=author`, a byline element or line). */
  readonly declared?: readonly (string | null | undefined)[];
}

/**
 * The byline and the agencies it names, from the strongest evidence that names a person (a value
 * naming only agencies, `AFP`, credits them and the search goes on).
 */
export function readBylineField(evidence: BylineEvidence): { byline: string | null; agencies: string[] } {
  const agencies: string[] = [];
  for (const value of [evidence.hint, ...(evidence.declared ?? [])]) {
    const clean = cleanByline(value);
    if (!clean) continue;
    const split = splitByline(clean);
    for (const agency of split.agencies) if (!agencies.includes(agency)) agencies.push(agency);
    if (split.byline) return { byline: split.byline, agencies };
  }
  return { byline: null, agencies };
}

/**
 * @module cluster/published-time
 * Reads a document's publication time as fractional days since 1970, or says why it cannot be used.
 */

const DAY_MS = 86_400_000;

/** The outcome of reading `published`: a time in days, or why the document is treated as undated. */
export type PublishedTime =
  | { readonly ok: true; readonly days: number }
  | { readonly ok: false; readonly reason: 'missing' | 'unreadable' | 'out-of-range' };

/**
 * Reads an ISO date or datetime. Dates before `minYear` or more than a day past `nowMs` are absurd
 * (a CMS default of 1900, a typo of 2999) and read as `out-of-range`.
 */
export function readPublished(published: string | null, minYear: number, nowMs: number): PublishedTime {
  if (published === null || published.trim() === '') return { ok: false, reason: 'missing' };
  const ms = Date.parse(published.trim());
  if (Number.isNaN(ms)) return { ok: false, reason: 'unreadable' };
  if (new Date(ms).getUTCFullYear() < minYear || ms > nowMs + DAY_MS)
    return { ok: false, reason: 'out-of-range' };
  return { ok: true, days: ms / DAY_MS };
}

/** Days since 1970 as an ISO datetime (for a story's `first` and `last`). */
export function isoOfDays(days: number): string {
  return new Date(Math.round(days * DAY_MS)).toISOString();
}

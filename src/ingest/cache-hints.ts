/**
 * @module ingest/cache-hints
 * How long a feed may be cached, from what it and its server say, and when to poll it next.
 */

/** Seconds from Cache-Control max-age, else from Expires minus Date, else null. */
export function headerTtl(
  cacheControl: string | null,
  expires: string | null,
  date: string | null,
): number | null {
  const maxAge = cacheControl?.match(/(?:^|[,\s])(?:s-)?max-age\s*=\s*"?(\d+)/i)?.[1];
  if (maxAge !== undefined) return Number(maxAge);
  if (expires === null) return null;
  const until = Date.parse(expires);
  const from = date === null ? Number.NaN : Date.parse(date);
  if (Number.isNaN(until)) return null;
  const base = Number.isNaN(from) ? Date.now() : from;
  return Math.max(0, Math.round((until - base) / 1000));
}

/** Longest gap between two polls of one feed, whatever it says: a day. */
export const MAX_POLL_INTERVAL_MS = 24 * 3600 * 1000;

/**
 * The gap before the next poll: the user's interval, stretched to the longest cache hint (we never
 * poll more often than asked, nor more often than the feed says it changes), capped at a day.
 */
export function pollInterval(everyMs: number, hintsSeconds: readonly (number | null)[]): number {
  const longest = Math.max(0, ...hintsSeconds.filter((h): h is number => h !== null).map((h) => h * 1000));
  return Math.min(MAX_POLL_INTERVAL_MS, Math.max(everyMs, longest));
}

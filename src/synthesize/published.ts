/**
 * @module synthesize/published
 * When a source was published, read one way by every rule that compares reports in time: a day alone
 * (`2031-03-12`) stands at its noon, so it falls after the day before's reports and roughly among its
 * own day's timed ones.
 */

/** A publication time in ms since the epoch (a day alone at its noon), or null when absent or unreadable. */
export function publishedTime(published: string | null | undefined): number | null {
  if (!published) return null;
  const noon = published.length === 10 ? Date.parse(`${published}T12:00:00Z`) : Number.NaN;
  const t = Number.isNaN(noon) ? Date.parse(published) : noon;
  return Number.isNaN(t) ? null : t;
}

/** The publication day (days since the epoch), or null. */
export function publishedDay(published: string | null | undefined): number | null {
  const t = publishedTime(published);
  return t === null ? null : Math.floor(t / 86_400_000);
}

/**
 * @module synthesize/off-topic
 * Sources that are not about the story: a site's front page, a paywall notice, a gallery of other
 * news, another story filed under the same link. Such a source shares few of its own main words with
 * any other source, so it is named in the brief as off-topic and left out of facts, figures and
 * disagreements rather than folded in. With fewer than three sources nothing can be told apart.
 */
import type { Document } from '../types.js';
import { termsOf } from './terms.js';

/** A source's most frequent terms read to tell what it is about. */
const MAIN_TERMS = 30;
/**
 * Below this share of its main terms found in another source, a source is about something else
 * (on the dev events on-topic sources share 0.53 and more; off-topic ones as little as 0, some up to 0.43:
 * naming a source off-topic drops it from the brief, so the line is drawn well below the on-topic ones).
 */
const SHARED_SHARE = 0.3;
const MIN_SOURCES = 3;

/** Indices of the sources that are not about the story the others tell. */
export function offTopicSources(documents: readonly Document[]): Set<number> {
  const off = new Set<number>();
  if (documents.length < MIN_SOURCES) return off;
  const counts = documents.map((d) => {
    const m = new Map<string, number>();
    for (const s of d.analysis.sentences) for (const t of termsOf(s.text)) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const m of counts) for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  counts.forEach((m, i) => {
    const main = [...m]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAIN_TERMS)
      .map(([t]) => t);
    const shared = main.filter((t) => (df.get(t) ?? 0) >= 2).length / Math.max(main.length, 1);
    if (shared < SHARED_SHARE) off.add(i);
  });
  // If most sources look alike to none, the story is scattered, not they: name none.
  return off.size * 2 >= documents.length ? new Set() : off;
}

/**
 * @module synthesize/off-topic
 * Sources that are not about the story: a site's front page, a paywall notice, a gallery of other
 * news, another story filed under the same link. Such a source shares few of its own main words with
 * any other source, so it is named in the brief as off-topic and left out of facts, figures and
 * disagreements rather than folded in; unless it names a person or organisation another source names
 * (a lead framed in other words is about the story's subjects) or its lede is told in another
 * source (a report that opens on the story's news and goes on to quotes and background is on topic).
 * A page of a few words (a promo line alone) holds no report. With fewer than three sources nothing can
 * be told apart.
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
/**
 * A source of fewer different terms than this holds no report to tell (a page whose only text is a
 * promo line, `Chat with us in Facebook Messenger.`): off-topic, unless it names someone another source
 * names or its lede is told elsewhere.
 */
const MIN_TERMS = 10;
const MIN_SOURCES = 3;

/** Indices of the sources that are not about the story the others tell. */
export function offTopicSources(documents: readonly Document[]): Set<number> {
  const off = new Set<number>();
  if (documents.length < MIN_SOURCES) return off;
  const sentenceTerms = documents.map((d) => d.analysis.sentences.map((s) => termsOf(s.text)));
  const counts = sentenceTerms.map((sentences) => {
    const m = new Map<string, number>();
    for (const terms of sentences) for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
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
    if (shared < SHARED_SHARE || m.size < MIN_TERMS) off.add(i);
  });
  // If most sources look alike to none, the story is scattered, not they: name none.
  if (off.size * 2 >= documents.length) return new Set();
  if (off.size === 0) return off;
  // (A source naming a person or organisation another source names is about the story's
  // subjects, told in other words: three outlets' leads of one event framed apart share few words.)
  const keys = documents.map(nameKeys);
  const named = new Map<string, number>();
  for (const own of keys) for (const key of own) named.set(key, (named.get(key) ?? 0) + 1);
  for (const i of off) for (const key of keys[i]!) if (named.get(key)! >= 2) off.delete(i);
  if (off.size === 0) return off;
  const sentenceSets = sentenceTerms.map((sentences) => sentences.map((terms) => new Set(terms)));
  for (const i of off) if (ledeToldElsewhere(sentenceSets, i)) off.delete(i);
  return off;
}

/** A lede this long (in terms) says what the report is about; this share of it in another source's sentence tells the same news. */
const LEDE_TERMS = 5;
const LEDE_SHARE = 0.6;

/**
 * Whether a source's lede (its first sentence of `LEDE_TERMS` terms or more) is told in a sentence of
 * another source: a report that opens on the story's news is about it, however much else (quotes,
 * background) it goes on to tell.
 */
function ledeToldElsewhere(
  sentenceSets: readonly (readonly ReadonlySet<string>[])[],
  index: number,
): boolean {
  const lede = sentenceSets[index]!.find((terms) => terms.size >= LEDE_TERMS);
  if (lede === undefined) return false;
  return sentenceSets.some(
    (sentences, j) =>
      j !== index &&
      sentences.some((terms) => {
        let shared = 0;
        for (const t of terms) if (lede.has(t)) shared++;
        return shared >= LEDE_SHARE * lede.size;
      }),
  );
}

/** A name as sources are matched on: lower case, without a leading article. */
const nameKey = (name: string): string => name.toLowerCase().replace(/^the\s+/, '');

/** The keys a source's people and organisations are known by (a place is named by stories of every kind): names, proper aliases, a person's surname (`Kelm` for `Anna Kelm`). */
function nameKeys(document: Document): Set<string> {
  const keys = new Set<string>();
  for (const e of document.analysis.entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    for (const n of [e.name, ...e.aliases]) if (/^\p{Lu}/u.test(n)) keys.add(nameKey(n));
    if (e.type === 'person') keys.add(nameKey(e.name.split(' ').at(-1)!));
  }
  return keys;
}

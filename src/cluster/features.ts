/**
 * @module cluster/features
 * What the clusterer reads from one document, computed once: term and name-phrase counts (hashed),
 * the shingle set and MinHash signature for copy detection, and whether the text is in a language
 * the term statistics suit.
 */

import { entityPhrases } from './entity-phrases.js';
import { hashString } from './hash.js';
import { signature } from './minhash.js';
import { shingleSet } from './shingles.js';
import { looksEnglish, termOf, words } from './tokenize.js';

/** Entity keys hash with another seed, so a name and the same word as a term are different keys. */
const ENTITY_SEED = 0x5bd1e995;

/** A headline names the event: its terms count as this many body mentions. */
const TITLE_BOOST = 3;

/** A news report's lead says what happened; what follows drifts to background and reaction. */
const LEAD_TOKENS = 120;
const LEAD_BOOST = 2;

export interface Features {
  /** Term hash -> count (title terms boosted). */
  readonly terms: Map<number, number>;
  /** Entity-key hash -> count, from the body only (headlines are often in title case). */
  readonly entities: Map<number, number>;
  readonly shingles: Uint32Array;
  readonly signature: Uint32Array;
  /** False when the text reads as another language than English. */
  readonly english: boolean;
  readonly tokenCount: number;
}

function count(map: Map<number, number>, key: number, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** The features of a title and body; the body is read up to `maxChars`. */
export function extractFeatures(title: string | null, body: string, maxChars: number): Features {
  const text = body.length > maxChars ? body.slice(0, maxChars) : body;
  const tokens = words(text);
  const terms = new Map<number, number>();
  tokens.forEach((token, i) => {
    const term = termOf(token);
    if (term !== null) count(terms, hashString(term), i < LEAD_TOKENS ? LEAD_BOOST : 1);
  });
  const head = (title ?? '').slice(0, 500);
  for (const token of words(head)) {
    const term = termOf(token);
    if (term !== null) count(terms, hashString(term), TITLE_BOOST);
  }
  const entities = new Map<number, number>();
  for (const phrase of entityPhrases(text)) count(entities, hashString(phrase, ENTITY_SEED), 1);
  const shingles = shingleSet(tokens);
  const english = looksEnglish(tokens);
  return { terms, entities, shingles, signature: signature(shingles), english, tokenCount: tokens.length };
}

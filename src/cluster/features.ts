/**
 * @module cluster/features
 * What the clusterer reads from one document, computed once: term and name-phrase counts (hashed),
 * the shingle set and MinHash signature for copy detection, and whether the text is in a language
 * the term statistics suit.
 */

import { stemmer } from 'stemmer';
import { entityPhrases } from './entity-phrases.js';
import { hashString } from './hash.js';
import { signature } from './minhash.js';
import { shingleSet } from './shingles.js';
import { looksEnglish, termOf, words } from './tokenize.js';

/** Entity keys hash with another seed, so a name and the same word as a term are different keys. */
const ENTITY_SEED = 0x5bd1e995;

/** A headline names the event: its terms count as this many body mentions. */
const TITLE_BOOST = 3;

/**
 * A body that names under this share of its headline's terms in its first `HEADLINE_CHECK_TOKENS` words
 * (stemmed: `lifts` meets `lifted`) is not the article (a cookie notice, a copyright line, a menu, another story the page also carried):
 * the document is read by its headline alone. Real bodies repeat most of their headline's words early on
 * (on giveme5w1h, 197 of 204 bodies hold 40% or more).
 */
const HEADLINE_COVERAGE = 0.2;
const HEADLINE_CHECK_TOKENS = 500;
/** Headlines with fewer distinct terms than this are too short to judge a body by. */
const HEADLINE_MIN_TERMS = 3;

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
  /** Term hash -> count of the headline alone (its words' shares of the title). */
  readonly headline: Map<number, number>;
  /**
   * True when the body does not read as the headline's article (see `HEADLINE_COVERAGE`): then `terms`
   * are the headline's and `entities` empty, and the clusterer places the document by its headline (its
   * shingles still say what the page copies, for `findOrigins`).
   */
  readonly headlineOnly: boolean;
  /** False when the text reads as another language than English. */
  readonly english: boolean;
  readonly tokenCount: number;
}

function count(map: Map<number, number>, key: number, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Whether a body's early terms hold enough of its headline's, compared as they are, then stemmed. */
function coversHeadline(early: ReadonlySet<string>, headline: ReadonlySet<string>): boolean {
  const needed = headline.size * HEADLINE_COVERAGE;
  let named = 0;
  for (const term of headline) if (early.has(term)) named++;
  if (named >= needed) return true;
  const stems = new Set([...early].map((term) => stemmer(term)));
  named = 0;
  for (const term of headline) if (stems.has(stemmer(term))) named++;
  return named >= needed;
}

/** The features of a title and body; the body is read up to `maxChars`. */
export function extractFeatures(title: string | null, body: string, maxChars: number): Features {
  const text = body.length > maxChars ? body.slice(0, maxChars) : body;
  const tokens = words(text);
  const headline = new Map<number, number>();
  const headTerms = new Set<string>();
  for (const token of words((title ?? '').slice(0, 500))) {
    const term = termOf(token);
    if (term === null) continue;
    count(headline, hashString(term), 1);
    headTerms.add(term);
  }
  const terms = new Map<number, number>();
  const early = new Set<string>();
  tokens.forEach((token, i) => {
    const term = termOf(token);
    if (term === null) return;
    count(terms, hashString(term), i < LEAD_TOKENS ? LEAD_BOOST : 1);
    if (i < HEADLINE_CHECK_TOKENS) early.add(term);
  });
  const english = looksEnglish(tokens);
  const shingles = shingleSet(tokens);
  const sig = signature(shingles);
  if (headTerms.size >= HEADLINE_MIN_TERMS && !coversHeadline(early, headTerms)) {
    const base = { headline, shingles, signature: sig, english, tokenCount: tokens.length };
    return { ...base, terms: new Map(headline), entities: new Map(), headlineOnly: true };
  }
  for (const [key, n] of headline) count(terms, key, n * TITLE_BOOST);
  const entities = new Map<number, number>();
  for (const phrase of entityPhrases(text)) count(entities, hashString(phrase, ENTITY_SEED), 1);
  return {
    terms,
    entities,
    headline,
    headlineOnly: false,
    shingles,
    signature: sig,
    english,
    tokenCount: tokens.length,
  };
}

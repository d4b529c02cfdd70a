/**
 * @module cluster/features
 * What the clusterer reads from one document, computed once: its language, term and name-phrase counts
 * (hashed), anchors that carry across languages (names by their skeleton, numbers), and the shingle set
 * and MinHash signature for copy detection.
 */

import { stemmer } from 'stemmer';
import { entityPhrases } from './entity-phrases.js';
import { hashString } from './hash.js';
import {
  anchorOf,
  characterPairs,
  detectLanguage,
  foldName,
  isUnspaced,
  stopwordsOf,
  UNSPACED_RUN,
} from './languages.js';
import { signature } from './minhash.js';
import { shingleSet } from './shingles.js';
import { termOf, words } from './tokenize.js';

/** Entity keys hash with another seed, so a name and the same word as a term are different keys. */
const ENTITY_SEED = 0x5bd1e995;
/** Anchors hash with a third seed. */
const ANCHOR_SEED = 0x27d4eb2d;

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
  /** Its language (BCP 47 primary subtag): the caller's, else read from the text (see `languages.ts`). */
  readonly language: string;
  /**
   * Anchor hash -> count: its names by their consonant skeleton across scripts, and its numbers. What a
   * report in one language shares with a report of the same event in another.
   */
  readonly anchors: Map<number, number>;
  /** The anchors that are numbers: they score a match but are too common to look stories up by. */
  readonly numbers: ReadonlySet<number>;
  readonly tokenCount: number;
}

function count(map: Map<number, number>, key: number, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** A token's terms in a language: words less stopwords, or character pairs of an unspaced script. */
function termsOf(
  token: string,
  language: string,
  stopwords: ReadonlySet<string>,
  unspaced: boolean,
): string[] {
  if (unspaced && isUnspaced(token)) {
    const out: string[] = [];
    for (const run of token.match(UNSPACED_RUN) ?? []) out.push(...characterPairs(run));
    for (const rest of token.split(UNSPACED_RUN)) {
      const term = rest && otherTerm(rest, stopwords);
      if (term) out.push(term);
    }
    return out;
  }
  const term = language === 'en' ? termOf(token) : otherTerm(token, stopwords);
  return term === null ? [] : [term];
}

/** A word of another language as a term: not a stopword, not one letter, not a long number. */
function otherTerm(token: string, stopwords: ReadonlySet<string>): string | null {
  if (token.length < 2 || stopwords.has(token)) return null;
  if (/^\d+$/.test(token)) return token.length <= 4 ? token : null;
  return token;
}

/** Tokens for shingles: unspaced runs as their character pairs, so copies in those scripts still shingle. */
function shingleTokens(tokens: readonly string[], unspaced: boolean): string[] {
  if (!unspaced) return tokens as string[];
  return tokens.flatMap((token) =>
    isUnspaced(token) ? (token.match(UNSPACED_RUN) ?? []).flatMap(characterPairs) : [token],
  );
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

/**
 * The features of a title and body; the body is read up to `maxChars`. `language` is the caller's
 * (BCP 47, where known); otherwise the text says.
 */
export function extractFeatures(
  title: string | null,
  body: string,
  maxChars: number,
  language?: string | null,
): Features {
  const text = body.length > maxChars ? body.slice(0, maxChars) : body;
  const tokens = words(text);
  const titleTokens = words((title ?? '').slice(0, 500));
  const lang =
    language?.toLowerCase().split(/[-_]/)[0] || detectLanguage(tokens.length > 0 ? tokens : titleTokens);
  const stopwords = stopwordsOf(lang);
  // Scripts written without spaces are looked for once per text, not per word.
  const unspaced = isUnspaced(text) || isUnspaced(title ?? '');
  const headline = new Map<number, number>();
  const headTerms = new Set<string>();
  for (const token of titleTokens) {
    for (const term of termsOf(token, lang, stopwords, unspaced)) {
      count(headline, hashString(term), 1);
      headTerms.add(term);
    }
  }
  const terms = new Map<number, number>();
  const early = new Set<string>();
  const anchors = new Map<number, number>();
  const numbers = new Set<number>();
  tokens.forEach((token, i) => {
    for (const term of termsOf(token, lang, stopwords, unspaced)) {
      count(terms, hashString(term), i < LEAD_TOKENS ? LEAD_BOOST : 1);
      if (i < HEADLINE_CHECK_TOKENS) early.add(term);
    }
    if (/^\d{2,4}$/.test(token)) {
      const key = hashString(`#${token}`, ANCHOR_SEED);
      count(anchors, key, 1);
      numbers.add(key);
    }
  });
  const shingles = shingleSet(shingleTokens(tokens, unspaced));
  const sig = signature(shingles);
  if (headTerms.size >= HEADLINE_MIN_TERMS && !coversHeadline(early, headTerms)) {
    const base = { headline, shingles, signature: sig, language: lang, tokenCount: tokens.length };
    const none = { entities: new Map(), anchors: new Map(), numbers: new Set<number>() };
    return { ...base, ...none, terms: new Map(headline), headlineOnly: true };
  }
  for (const [key, n] of headline) count(terms, key, n * TITLE_BOOST);
  const entities = new Map<number, number>();
  for (const phrase of entityPhrases(text)) {
    count(entities, hashString(foldName(phrase), ENTITY_SEED), 1);
    const anchor = anchorOf(phrase);
    if (anchor !== null) count(anchors, hashString(anchor, ANCHOR_SEED), 1);
  }
  return {
    terms,
    entities,
    anchors,
    numbers,
    headline,
    headlineOnly: false,
    shingles,
    signature: sig,
    language: lang,
    tokenCount: tokens.length,
  };
}

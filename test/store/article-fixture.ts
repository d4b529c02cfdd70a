/**
 * @module test/store/article-fixture
 * Builds invented Articles (one paragraph of text) and empty briefs for store, ingest and serve tests.
 */

import type { Article, Brief } from '../../src/types.js';
import { makeArticle as articleOfBlocks } from '../analyze/article.js';

export function makeArticle(overrides: Partial<Article> & { text: string }): Article {
  return { ...articleOfBlocks([overrides.text], null, overrides.url ?? 'fixture'), ...overrides };
}

/** A brief with a headline and nothing else. */
export function emptyBrief(headline: string): Brief {
  return {
    headline,
    summary: [],
    sources: [],
    origins: [],
    offTopic: [],
    facts: [],
    exclusives: [],
    quotes: [],
    quantities: [],
    contradictions: [],
    timeline: [],
    entities: [],
    framing: [],
  };
}

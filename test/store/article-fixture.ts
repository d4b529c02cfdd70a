/**
 * @module test/store/article-fixture
 * Builds invented Articles for store tests.
 */

import type { Article } from '../../src/types.js';

export function makeArticle(overrides: Partial<Article> & { text: string }): Article {
  return {
    input: overrides.url ?? 'fixture',
    id: overrides.url ?? 'fixture',
    url: null,
    title: null,
    published: null,
    outlet: null,
    byline: null,
    credits: [],
    dateline: null,
    language: 'en',
    paragraphs: [{ kind: 'paragraph', start: 0, end: overrides.text.length, text: overrides.text }],
    captions: [],
    removed: [],
    ...overrides,
  };
}

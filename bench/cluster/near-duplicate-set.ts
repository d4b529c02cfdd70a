/**
 * @module bench/cluster/near-duplicate-set
 * A near-duplicate test set built from labelled articles: each article gets edited copies (a new headline
 * and page chrome; a trimmed ending; one word in twenty changed; all of these at once). Positive pairs are
 * an article and its copies; negative pairs are different articles of the same gold event.
 */

import type { ClusterInput } from '../../src/cluster/index.js';
import type { LabelledDoc } from './datasets.js';
import { seeded } from './synthetic-news.js';

export interface DuplicateCase {
  readonly docs: ClusterInput[];
  /** Document id -> the id of the article it was made from (itself for an article). */
  readonly source: Map<string, string>;
  /** Document id -> gold event. */
  readonly event: Map<string, string>;
}

const CHROME = ['Advertisement', 'Sign up for our newsletter', 'Share this article', 'Related coverage'];

type Edit = (text: string, rand: () => number) => string;

const EDITS: Record<string, Edit> = {
  chrome: (text, rand) => `${CHROME[Math.floor(rand() * CHROME.length)]}\n${text}\n${CHROME[0]}\nMost read`,
  trimmed: (text) => {
    const lines = text.split('\n');
    return lines.slice(0, Math.max(1, Math.ceil(lines.length * 0.6))).join('\n');
  },
  edited: (text, rand) => text.replace(/\b[a-z]{4,}\b/g, (word) => (rand() < 0.05 ? 'reportedly' : word)),
  combined: (text, rand) => EDITS.chrome!(EDITS.edited!(EDITS.trimmed!(text, rand), rand), rand),
};

/** The set: every article of at least `minChars` characters with one copy per kind of edit. */
export function buildDuplicateCase(articles: readonly LabelledDoc[], minChars = 400): DuplicateCase {
  const rand = seeded(5);
  const docs: ClusterInput[] = [];
  const source = new Map<string, string>();
  const event = new Map<string, string>();
  for (const article of articles) {
    if (article.text.length < minChars) continue;
    docs.push(article);
    source.set(article.id, article.id);
    event.set(article.id, article.label);
    for (const [name, edit] of Object.entries(EDITS)) {
      const id = `${article.id}~${name}`;
      docs.push({
        id,
        title: `Updated: ${article.title ?? ''}`.slice(0, 80),
        text: edit(article.text, rand),
        published: article.published,
      });
      source.set(id, article.id);
      event.set(id, article.label);
    }
  }
  return { docs, source, event };
}

/**
 * @module store/snippet-parts
 * Search snippets as parts, matched or not: the stores mark the matched words with two private-use
 * characters and split the snippet on them, so no text from an article can forge a highlight.
 */
import type { SnippetPart } from './store.js';

/** Marks around the matched words in search snippets (SQLite's snippet(), PostgreSQL's ts_headline): private-use characters, split off before use. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** An FTS5 snippet with the marks above -> its parts, matched or not (stray marks in a text are dropped). */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of snippet.split(MATCH_START).entries()) {
    const end = i === 0 ? -1 : piece.indexOf(MATCH_END);
    if (end > 0) parts.push({ text: piece.slice(0, end), match: true });
    const rest = (end < 0 ? piece : piece.slice(end + 1)).replaceAll(MATCH_END, '');
    if (rest !== '') parts.push({ text: rest, match: false });
  }
  return parts;
}

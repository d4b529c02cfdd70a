/**
 * @module store/search-words
 * The words of a user's search, shared by every backend: letters and digits (with inner `'`, `_`,
 * `-`), at most 16, so no input can be a query-syntax error or an unbounded query.
 */

/** Most words one search uses: enough for any real query, bounded for the index. */
const MAX_WORDS = 16;

export function ftsWords(q: string): string[] {
  return (q.match(/[\p{L}\p{N}][\p{L}\p{N}'_-]*/gu) ?? []).slice(0, MAX_WORDS);
}

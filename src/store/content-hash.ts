/**
 * @module store/content-hash
 * A hash of an article's body that survives cosmetic differences (case, whitespace, punctuation), so a
 * page stored under two addresses is recognised as one article.
 */

import { createHash } from 'node:crypto';

/** The normalised text the hash is taken over: lowercase letters and digits, single spaces. */
export function hashableText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** SHA-256 (hex) of the article's normalised body, or of its title and URL when the body is empty. */
export function contentHash(text: string, fallback = ''): string {
  const body = hashableText(text);
  return createHash('sha256')
    .update(body.length > 0 ? body : `empty:${fallback}`)
    .digest('hex');
}

/** A short stable id derived from a key: `a_` + 16 hex characters. */
export function shortId(prefix: string, key: string): string {
  return prefix + createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/**
 * @module extract/text/word-scan
 * Fast character-level scans the steps share: words and comparison keys without Unicode-property
 * regular expressions (several times slower, and these run on every line of every dump).
 */

/** True for a letter or digit: ASCII letters and digits, and any non-ASCII character that is not a space, dash, quote or other general punctuation. */
export function isWordChar(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code === 0xa0 || code === 0xab || code === 0xbb || code === 0xb7 || code === 0xa9 || code === 0xae)
    return false;
  if (code >= 0x2000 && code <= 0x206f) return false; // general punctuation: quotes, dashes, spaces
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code === 0xfeff || code === 0xfffd) return false;
  return true;
}

/** The words of a text in order (`Russia’s` -> `Russia`, `s`; digits count as words). */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordChar(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** A comparison key: lower-case letters and digits, single-spaced (`“Hi,” she said.` -> `hi she said`). */
export function textKey(text: string): string {
  return text.toLowerCase().replace(NON_WORD_RE, ' ').trim();
}
/** Runs of anything but letters and digits (ASCII punctuation, general punctuation, odd spaces). */
const NON_WORD_RE = /[^a-z0-9\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFEFE\uFF00-\uFFFC]+/g;

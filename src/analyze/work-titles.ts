/**
 * @module analyze/work-titles
 * How a title of a work reads in quotation marks (`her book “A Harbour Built on Sand: The Quiet
 * Communities that Arise at Sea”`): the word that introduces it before the marks, and words capitalised
 * as titles are. One reading for the entity finder (the title is one name, type other) and the quote
 * finder (the marks hold no one's words).
 */

/** Words a title leaves in lower case (`Board of Peace`, `Kill the Messenger`). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'a',
  'an',
  'to',
  'at',
  'by',
  'with',
  'de',
  '&',
]);

/** Words that introduce a title right before its marks (`his new book, “The Silicon Bargain”, argues`). */
export const TITLE_CUE_RE =
  /\b(?:book|film|movie|album|song|show|series|novel|play|documentary|report|article|memoir|titled|entitled|named|dubbed|headlined)\s*,?\s*$/i;

/** How far before the marks the word that introduces a title is read. */
export const TITLE_CUE_REACH = 30;

/** Most words of a title after the word that introduces it. */
export const LONG_TITLE_WORDS = 20;

/** Whether at least three in four of the words that are not a title's small words are capitalised. */
export function mostlyCapitalised(words: readonly string[]): boolean {
  const content = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^[\p{Lu}\d#@]/u.test(w)).length;
  return content.length > 0 && capitalised * 4 >= content.length * 3;
}

/** Whether the words in marks that open at `open` read as a work's title introduced before them. */
export function introducedTitle(text: string, open: number, words: readonly string[]): boolean {
  return (
    words.length <= LONG_TITLE_WORDS &&
    /^[\p{Lu}\d#@]/u.test(words[0] ?? '') &&
    TITLE_CUE_RE.test(text.slice(Math.max(0, open - TITLE_CUE_REACH), open)) &&
    mostlyCapitalised(words)
  );
}

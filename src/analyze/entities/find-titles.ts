/**
 * @module analyze/entities/find-titles
 * Step `findTitles`: a work's title in quotation marks after the word that introduces it (`her book “A
 * Harbour Built on Sand: The Quiet Communities that Arise at Sea”`, `the film “Night Proof”`) is one
 * name of type other, whatever small words and colons it holds; the runs of capitals inside it name
 * nothing of their own.
 */
import { introducedTitle } from '../work-titles.js';
import { type EntityState, inSpans, mention, namedThing } from './state.js';

/** Words in double marks on one line (straight or curly), the marks kept out. */
const MARKED_RE = /[“"]([^“”"\n]{2,240})[”"]/g;
/** Punctuation a title's marks may hold at its end (`“Night Proof,” she said`). */
const TRAILING_PUNCTUATION_RE = /[\s,.;:]+$/;

export function findTitles(state: EntityState): void {
  const { text } = state;
  MARKED_RE.lastIndex = 0;
  for (let m = MARKED_RE.exec(text); m; m = MARKED_RE.exec(text)) {
    const inner = m[1]!.replace(TRAILING_PUNCTUATION_RE, '');
    const words = inner.split(/\s+/).filter(Boolean);
    // (One word is a name the runs read already: `the thriller “Parasite”`.)
    if (words.length < 2 || inSpans(state.furniture, m.index) || !introducedTitle(text, m.index, words))
      continue;
    const start = m.index + 1;
    const end = start + inner.length;
    mention(state, start, end, namedThing(state, inner, 'other'));
    state.wholeNames.push([start, end]);
  }
}

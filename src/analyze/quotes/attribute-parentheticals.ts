/**
 * @module analyze/quotes/attribute-parentheticals
 * Step `attributeParentheticals`: a quotation set in brackets right after a name, with no cue of its
 * own (`… from artists: Pink (“Women in music don’t need to step up”), Sheryl Crow and …`), is the
 * words of the one named: the brackets hold what that person said. Only a whole quotation that fills
 * the brackets, after a person's or organisation's name, and only when no speaker was found for it.
 */
import { mentionsIn, type QuoteState, typeOf } from './state.js';

/** What may stand between a name and the quotation: an opening bracket. */
const OPENS_BRACKET_RE = /^\s?\(\s?$/;
/** What may stand between the quotation and the closing bracket. */
const CLOSES_BRACKET_RE = /^[.,!?…]?\s?\)/;

export function attributeParentheticals(state: QuoteState): void {
  const { text } = state;
  for (const mark of state.marks) {
    if (!mark.kind || mark.parent !== null || mark.speaker) continue;
    if (!CLOSES_BRACKET_RE.test(text.slice(mark.close, mark.close + 4))) continue;
    const bracket = text.lastIndexOf('(', mark.open);
    if (bracket < 0 || mark.open - bracket > 2) continue;
    const named = mentionsIn(state, Math.max(0, bracket - 80), bracket).at(-1);
    if (!named || !OPENS_BRACKET_RE.test(text.slice(named.end, mark.open))) continue;
    const type = typeOf(state, named.entity);
    if (type !== 'person' && type !== 'organization') continue;
    mark.speaker = named.entity;
    mark.speakerText = named.text;
  }
}

/**
 * @module analyze/quotes/attribute-self-quotations
 * Step `attributeSelfQuotations`: a quotation inside a quotation that its speaker introduces in the
 * first person (`“The little one was hanging out of the window and I just shouted up, ‘Jump, I’ve got
 * you.’”`, `“I kept telling him, ‘Hold on to mama.’”`) is the outer speaker's own words, told again.
 * Only a direct or partial quotation with no speaker, whose parent has one, right after `I` and a verb of
 * saying within the parent's words; one said to the speaker (`A man told me, ‘…’`) stays unnamed.
 */
import type { QuoteState } from './state.js';

/**
 * `I` and a verb of saying, then up to a few words (whom: `him`, `the crowd`, `up`), ending right
 * before the inner quotation's opening mark.
 */
const SELF_CUE_RE =
  /\bI\s(?:(?:just|then|kept|had|would|always|even|finally)\s)?(?:said|say|shouted|shout|yelled|told|tell|telling|screamed|asked|wrote|replied|answered|called|cried|whispered|texted|added)(?:\s[\p{L}’'-]+){0,3}\s?[,:]?\s*$/u;
/** How far before the inner quotation its cue is looked for. */
const CUE_REACH = 60;

export function attributeSelfQuotations(state: QuoteState): void {
  const { text } = state;
  for (const mark of state.marks) {
    const parent = mark.parent;
    if (!parent?.speaker || mark.speaker || !mark.kind) continue;
    const lead = text.slice(Math.max(parent.start, mark.open - CUE_REACH), mark.open);
    if (!SELF_CUE_RE.test(lead)) continue;
    mark.speaker = parent.speaker;
    mark.speakerText = parent.speakerText ?? null;
    if (parent.speakerGender) mark.speakerGender = parent.speakerGender;
  }
}

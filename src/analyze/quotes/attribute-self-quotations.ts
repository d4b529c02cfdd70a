/**
 * @module analyze/quotes/attribute-self-quotations
 * Step `attributeSelfQuotations`: a quotation inside a quotation that its speaker introduces in the
 * first person (`“The little one was hanging out of the window and I just shouted up, ‘Jump, I’ve got
 * you.’”`, `“I kept telling him, ‘Hold on to mama.’”`) is the outer speaker's own words, told again.
 * Only a direct or partial quotation with no speaker, whose parent has one, right after `I` and a verb of
 * saying within the parent's words; one said to the speaker (`A man told me, ‘…’`) stays unnamed.
 */
import type { QuoteState } from './state.js';

/** `I` and a verb of saying (`I just shouted`, `I kept telling`): the last one before the inner quotation is its cue. */
const SELF_CUE_RE =
  /\bI\s(?:(?:just|then|kept|had|would|always|even|finally)\s)?(?:said|say|shouted|shout|yelled|told|tell|telling|screamed|asked|wrote|replied|answered|called|cried|whispered|texted|added)\b/gu;
/** Words between the verb and the inner quotation's opening mark, at most (whom: `him`, `the crowd`, `up`). */
const CUE_OBJECT_WORDS = 3;
const OBJECT_WORD_RE = /^[\p{L}’'-]+$/u;

/** Whether `lead` ends in a first-person cue: `I`, a verb of saying, up to a few words, a comma or colon. */
function endsInSelfCue(lead: string): boolean {
  let verbEnd = -1;
  for (const m of lead.matchAll(SELF_CUE_RE)) verbEnd = m.index + m[0].length;
  if (verbEnd < 0) return false;
  const rest = lead
    .slice(verbEnd)
    .replace(/[,:]?\s*$/, '')
    .trim();
  if (rest === '') return true;
  const words = rest.split(/\s+/);
  return words.length <= CUE_OBJECT_WORDS && words.every((w) => OBJECT_WORD_RE.test(w));
}

/** How far before the inner quotation its cue is looked for. */
const CUE_REACH = 60;

export function attributeSelfQuotations(state: QuoteState): void {
  const { text } = state;
  for (const mark of state.marks) {
    const parent = mark.parent;
    if (!parent?.speaker || mark.speaker || !mark.kind) continue;
    const lead = text.slice(Math.max(parent.start, mark.open - CUE_REACH), mark.open);
    if (!endsInSelfCue(lead)) continue;
    mark.speaker = parent.speaker;
    mark.speakerText = parent.speakerText ?? null;
    if (parent.speakerGender) mark.speakerGender = parent.speakerGender;
  }
}

/**
 * @module analyze/quotes/attribute-first-person
 * Step `attributeFirstPerson`: a partial quotation with no cue that speaks in the first person (`Obama
 * holds out the garden as “an expression of my hopes” for the children`) is the words of the one person
 * its sentence names before it: no one else in the sentence could say `my`. Only when exactly one person
 * is named before the quotation in its sentence, and only when no speaker was found for it.
 */
import { mentionsIn, type QuoteState, sentenceOf, typeOf } from './state.js';

/**
 * A quotation after a determiner or `of` names an attitude, not anyone's words: `plays the “I’ve been
 * around longer than you” card`, `displays of “I know best”`.
 */
const ATTITUDE_BEFORE_RE = /\b(?:the|a|an|his|her|their|its|this|that|of)\s*$/i;
/** A speaker's own first person singular (not `we`, which a body or a crowd says). */
const FIRST_PERSON_RE = /\b(?:I|my|me|mine|myself|I['’](?:m|ve|d|ll))\b/;

export function attributeFirstPerson(state: QuoteState): void {
  const { text } = state;
  for (const mark of state.marks) {
    if (mark.kind !== 'partial' || mark.speaker || mark.cue || mark.parent !== null) continue;
    if (!FIRST_PERSON_RE.test(text.slice(mark.start, mark.end))) continue;
    if (ATTITUDE_BEFORE_RE.test(text.slice(Math.max(0, mark.open - 8), mark.open))) continue;
    const sentence = sentenceOf(state, mark.open);
    if (!sentence) continue;
    const people = new Set(
      mentionsIn(state, sentence.start, mark.open)
        .filter((m) => typeOf(state, m.entity) === 'person')
        .map((m) => m.entity),
    );
    if (people.size !== 1) continue;
    const [person] = people;
    const named = mentionsIn(state, sentence.start, mark.open).find((m) => m.entity === person)!;
    mark.speaker = person!;
    mark.speakerText = named.text;
  }
}

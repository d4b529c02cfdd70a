/**
 * @module analyze/quotes/attribute-echoes
 * Step `attributeEchoes`: a quotation with no speaker whose words stand whole inside another quotation
 * that has one is that speaker's words, echoed: a subhead or a lede repeating a phrase of the full
 * quotation (`'Fantastic appeal'` above “We all know about the fantastic appeal of the league …,” said
 * Ana Roe). Only a phrase of two words or more, only when every quotation holding it has one speaker.
 */
import type { Marked, QuoteState } from './state.js';

/** Fewest words and letters an echoed phrase has (one word, `imminent`, or an `a-ha!` may be anyone's). */
const MIN_WORDS = 2;
const MIN_LETTERS = 8;
/** Phrases looked up per article: each lookup reads the attributed quotations once, so the step stays linear. */
const MAX_LOOKUPS = 64;

/** A quotation's words, lower-cased, between single spaces, without punctuation. */
const folded = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;

export function attributeEchoes(state: QuoteState): void {
  const { text } = state;
  const attributed = state.marks
    .filter((m) => m.kind && m.speaker)
    .map((m) => ({ mark: m, words: folded(text.slice(m.start, m.end)) }));
  if (attributed.length === 0) return;
  let lookups = 0;
  for (const mark of state.marks) {
    if (!mark.kind || mark.speaker || mark.parent !== null) continue;
    const words = folded(text.slice(mark.start, mark.end));
    if (words.trim().split(' ').length < MIN_WORDS || words.replace(/[ ']/g, '').length < MIN_LETTERS)
      continue;
    if (++lookups > MAX_LOOKUPS) return;
    let source: Marked | null = null;
    for (const other of attributed) {
      if (other.mark === mark || other.words.length <= words.length || !other.words.includes(words)) continue;
      if (source !== null && source.speaker !== other.mark.speaker) {
        source = null;
        break;
      }
      source = other.mark;
    }
    if (source === null) continue;
    mark.speaker = source.speaker ?? null;
    mark.speakerText = source.speakerText ?? null;
    if (source.speakerGender) mark.speakerGender = source.speakerGender;
  }
}

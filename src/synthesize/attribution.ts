/**
 * @module synthesize/attribution
 * Who a statement leans on: news agencies a sentence credits ("according to AP", "Reuters reported",
 * "as per AP", "told the state-run Tass news service"). An outlet repeating an agency's report is not an
 * independent witness of it, so such a statement counts toward the agency's origin. The agencies and
 * their spellings are the extraction stage's (`extract/metadata/wire-credit`).
 */
import { attributionCredits } from '../extract/metadata/wire-credit.js';

/** The agencies a sentence attributes its content to, canonical names, in order of appearance. */
export function attributedAgencies(sentence: string): string[] {
  return [...new Set(attributionCredits(sentence).map((c) => c.agency))];
}

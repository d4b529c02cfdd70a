/**
 * @module extract/text/coherence
 * How much a block shares with the article it sits in: the share of its content words (stop words
 * dropped, crudely stemmed) found in a reference set (the article's title and opening paragraphs),
 * names counting double. A related-stories box or a horoscope shares next to nothing with the story.
 */

import { isWordChar as wordChar } from './word-scan.js';

/** A module-local binding: the per-character call stays a plain call under any module loader. */
const isWordChar: (code: number) => boolean = wordChar;

const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say told tell according one two three new year years last first since still even many much ' +
    'would could may might must shall us mr mrs ms dr per cent percent day days week weeks month months ' +
    'time well back made make get got also however another around among across later earlier ago'
  ).split(' '),
);

const STEM_LENGTH = 6;

/** A block's content terms: stems of its non-stop words; names (capitalised, not sentence-first) weigh 2. */
export function contentTerms(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  let sentenceStart = true;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (isWordChar(code)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const first = text.charCodeAt(start);
      const isName = !sentenceStart && first >= 65 && first <= 90;
      sentenceStart = false;
      const length = i - start;
      if (length >= 3 && (first < 48 || first > 57)) {
        // Only capitalised words need lower-casing (the rest of the text is left alone: it is slow).
        const capital = (first >= 65 && first <= 90) || first >= 0xc0;
        // No stop word is longer than ten letters: longer words need no look-up.
        const raw = length <= 10 ? text.slice(start, i) : text.slice(start, start + STEM_LENGTH);
        const lower = capital ? raw.toLowerCase() : raw;
        if (length > 10 || !STOP_WORDS.has(lower)) {
          const stem = lower.length <= STEM_LENGTH ? lower : lower.slice(0, STEM_LENGTH);
          const weight = isName ? 2 : 1;
          if ((terms.get(stem) ?? 0) < weight) terms.set(stem, weight);
        }
      }
      start = -1;
    }
    // 46 . 33 ! 63 ?
    if (code === 46 || code === 33 || code === 63) sentenceStart = true;
  }
  return terms;
}

/** Weighted share of `terms` found in `reference`, and how many terms there were. */
export function overlap(terms: ReadonlyMap<string, number>, reference: ReadonlySet<string>): number {
  let total = 0;
  let shared = 0;
  for (const [stem, weight] of terms) {
    total += weight;
    if (reference.has(stem)) shared += weight;
  }
  return total === 0 ? 1 : shared / total;
}

/** A block that can carry its own cached terms. */
export interface TermsCarrier {
  readonly text: string;
  termsFor: string | null;
  terms: Map<string, number> | null;
}

/** `contentTerms` of a block's text, cached on the block until its text changes. */
export function blockTerms(block: TermsCarrier): Map<string, number> {
  if (block.terms !== null && block.termsFor === block.text) return block.terms;
  const terms = contentTerms(block.text);
  block.terms = terms;
  block.termsFor = block.text;
  return terms;
}

/**
 * @module analyze/quotes/build-quotes
 * Step `buildQuotes`: a `Quote` for every quotation that is someone's words (titles, names and scare
 * quotes were dropped), with its speaker, the cue verb, and the channels it came through.
 */
import { sentenceAt } from '../sentences.js';
import { findVia } from './find-via.js';
import type { QuoteState } from './state.js';

/** How far around a quote its channels are looked for. */
const WINDOW = 400;

export function buildQuotes(state: QuoteState): void {
  const { text, sentences } = state;
  for (const mark of state.marks) {
    if (!mark.kind) continue;
    const si = sentenceAt(sentences, mark.open);
    const first = sentences[si];
    const last = sentences[sentenceAt(sentences, Math.max(mark.open, mark.close - 1))];
    const from = Math.max(first ? first.start : 0, mark.open - WINDOW);
    const to = Math.min(last ? Math.max(last.end, mark.close) : text.length, mark.close + WINDOW);
    const speaker = mark.speaker ?? null;
    state.quotes.push({
      start: mark.start,
      end: mark.end,
      text: text.slice(mark.start, mark.end),
      kind: mark.kind,
      speaker,
      speakerText: mark.speakerText ?? null,
      verb: mark.cue?.verb ?? null,
      via: findVia(state, from, to, speaker),
      sentence: Math.max(0, si),
      ...(speaker && mark.speakerGender ? { speakerGender: mark.speakerGender } : {}),
    });
  }
}

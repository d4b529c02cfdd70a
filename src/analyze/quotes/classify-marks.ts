/**
 * @module analyze/quotes/classify-marks
 * Step `classifyMarks`: each span in marks is a direct quote (a sentence or more of someone's words),
 * a partial quote (a fragment inside the reporter's sentence), or no quote at all (null): a title or
 * name in marks (`“Kill Bill”`, `“Board of Peace”`) unless a speech verb hangs on it (`“OK,” she said`).
 * Scare quotes and coined terms (`“hobbyists”`) are settled later: a short fragment that no speech cue
 * attributes is dropped by `attributeMarks`.
 */
import type { QuoteKind } from '../../types.js';
import { sentenceAt } from '../sentences.js';
import { introducedTitle, TITLE_CUE_RE, TITLE_CUE_REACH, TITLE_SMALL_WORDS } from '../work-titles.js';
import type { Marked, QuoteState } from './state.js';
import { CUE_WORDS } from './words.js';

/** A possessive right before the marks: someone's work (`Ana Pell’s “Cold Harbor,” admitted`). */
const OWNER_BEFORE_RE = /\p{L}[’']s\s*$/u;

/** Whether a speech verb follows the closing mark closely (`,” she said`, `,” said Musk`). */
function cueFollows(text: string, close: number): boolean {
  const words = text.slice(close, close + 50).split(/[^\p{L}]+/u, 5);
  return words.some((w) => CUE_WORDS.has(w));
}

/** A speech verb and its colon right before a quotation: `replied: `, `told reporters: `. */
const SPOKEN_COLON_RE =
  /\b(?:said|says|replied|replies|answered|answers|asked|asks|added|adds|responded|told\s+\S+(?:\s\S+)?|wrote|tweeted|shouted|yelled)\s*:\s*$/;

export function classifyMark(state: QuoteState, span: Marked): QuoteKind | null {
  const { text, sentences } = state;
  const inner = text.slice(span.start, span.end);
  const words = inner.split(/\s+/).filter(Boolean);
  const terminal = /[.?!…]$/.test(inner) || /,/.test(text.slice(span.end, span.close));
  const titleLike = words.every((w) => TITLE_SMALL_WORDS.has(w) || /^[\p{Lu}\d#@]/u.test(w));
  // `Kelm replied: “Never.”`: a sentence of one word after a speech verb's colon is said, not a title.
  const answered =
    /[.!?…]$/.test(inner) && SPOKEN_COLON_RE.test(text.slice(Math.max(0, span.open - 30), span.open));
  if (
    titleLike &&
    !answered &&
    words.length <= 8 &&
    /^[\p{Lu}\d#@]/u.test(inner) &&
    (!cueFollows(text, span.close) ||
      TITLE_CUE_RE.test(text.slice(Math.max(0, span.open - TITLE_CUE_REACH), span.open)) ||
      OWNER_BEFORE_RE.test(text.slice(Math.max(0, span.open - 8), span.open)))
  )
    return null;
  // `In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,”`: a
  // longer title, after the word that introduces it, its words mostly capitalised.
  if (!answered && introducedTitle(text, span.open, words)) return null;
  const s = sentences[sentenceAt(sentences, span.open)];
  const atStart =
    s !== undefined && span.open - s.start <= 4 && /^[\s“"‘']*$/.test(text.slice(s.start, span.open));
  if (span.unclosed || atStart || (terminal && words.length >= 4)) return 'direct';
  // A long quotation introduced by a speech verb or a colon is direct; one inside a noun phrase is partial.
  const lead = text.slice(Math.max(0, span.open - 24), span.open);
  if (
    words.length >= 4 &&
    /(?:\b(?:said|says|saying|say|added|adding|told\s+\S+|declared|wrote|writes|tweeted|posted)|[,:])\s*$/.test(
      lead,
    )
  )
    return 'direct';
  if (/:\s*$/.test(text.slice(Math.max(0, span.open - 3), span.open)) && /^\p{Lu}/u.test(inner))
    return 'direct';
  return 'partial';
}

export function classifyMarks(state: QuoteState): void {
  for (const m of state.marks) m.kind = classifyMark(state, m);
}

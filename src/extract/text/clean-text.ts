/**
 * @module extract/text/clean-text
 * The plain-text dump cleaner: text copied from a rendered news page (one block a line) in, the
 * article's body and metadata out. An ordered list of small named steps, declared once in `STEPS`.
 *
 * @example
 * const fields = cleanText(dump, { url: 'https://example.com/a' });
 * fields.paragraphs[0].text === fields.text.slice(fields.paragraphs[0].start, fields.paragraphs[0].end);
 */

import type { ExtractedFields, ExtractHints } from '../../types.js';
import type { CreditMention } from '../metadata/wire-credit.js';
import { assembleFields } from './assemble-fields.js';
import { classifyHeadings } from './classify-headings.js';
import { collapseDuplicates } from './collapse-duplicates.js';
import { detectLanguage } from './detect-language.js';
import { dropBoilerplate } from './drop-boilerplate.js';
import { dropComments } from './drop-comments.js';
import { dropGalleries } from './drop-galleries.js';
import { dropOffTopic } from './drop-off-topic.js';
import { dropPromos } from './drop-promos.js';
import { dropVideoPromos } from './drop-video-promos.js';
import { dropWidgetText } from './drop-widget-text.js';
import { normaliseSpaces } from './normalise-spaces.js';
import { readContributionLines } from './read-contribution-lines.js';
import { readDate } from './read-date.js';
import { readCredits, readDateline } from './read-dateline-and-credits.js';
import { readByline, readOutlet } from './read-people-and-outlet.js';
import { readTitle } from './read-title.js';
import { rejoinSplitLinks } from './rejoin-split-links.js';
import { repairGluedSentences } from './repair-glued-sentences.js';
import { separateCaptions } from './separate-captions.js';
import { splitLines } from './split-lines.js';
import { stripChrome } from './strip-chrome.js';
import { stripClosingCredit } from './strip-closing-credit.js';
import { stripSiteTemplate } from './strip-site-template.js';
import { endsSentence, type TextState, type TextStep, wordCount } from './text-state.js';
import { unwrapHardWraps } from './unwrap-hard-wraps.js';

/** The cleaner's steps, in order. Each reads and updates the shared state. */
export const STEPS: readonly TextStep[] = [
  { name: 'split-lines', run: splitLines },
  { name: 'normalise-spaces', run: normaliseSpaces },
  { name: 'strip-site-template', run: stripSiteTemplate },
  { name: 'unwrap-hard-wraps', run: unwrapHardWraps },
  { name: 'rejoin-split-links', run: rejoinSplitLinks },
  { name: 'repair-glued-sentences', run: repairGluedSentences },
  { name: 'read-contribution-lines', run: readContributionLines },
  { name: 'strip-chrome', run: stripChrome },
  { name: 'drop-comments', run: dropComments },
  { name: 'drop-promos', run: dropPromos },
  { name: 'drop-video-promos', run: dropVideoPromos },
  { name: 'drop-widget-text', run: dropWidgetText },
  { name: 'drop-galleries', run: dropGalleries },
  { name: 'separate-captions', run: separateCaptions },
  { name: 'collapse-duplicates', run: collapseDuplicates },
  { name: 'read-title', run: readTitle },
  { name: 'drop-boilerplate', run: dropBoilerplate },
  { name: 'drop-off-topic', run: dropOffTopic },
  { name: 'strip-closing-credit', run: stripClosingCredit },
  { name: 'classify-headings', run: classifyHeadings },
  { name: 'read-date', run: readDate },
  { name: 'read-byline', run: readByline },
  { name: 'read-outlet', run: readOutlet },
  { name: 'read-dateline', run: readDateline },
  { name: 'read-credits', run: readCredits },
  { name: 'detect-language', run: detectLanguage },
];

/**
 * Longest input read, in UTF-16 units. The longest news stories run to ~100 KB of text; ten times
 * that bounds the work on a runaway input (a 5 MB line) while losing no real article.
 */
export const MAX_INPUT_CHARS = 1_000_000;
/** Share of control or replacement characters above which the input is not text. */
const BINARY_SHARE = 0.05;

/** Why a dump gave no article. */
export type TextMiss = 'empty' | 'binary' | 'no-body';

export type CleanTextResult =
  | {
      readonly ok: true;
      readonly fields: ExtractedFields;
      readonly truncated: boolean;
      /** Every place an agency was named, with its kind (`dateline`, `closing`, `photo`, ...). */
      readonly creditMentions: readonly CreditMention[];
    }
  | { readonly ok: false; readonly reason: TextMiss; readonly fields: ExtractedFields };

function newState(input: string, hints: ExtractHints): TextState {
  return {
    input,
    hints,
    units: [],
    headerDate: null,
    title: null,
    published: null,
    outlet: null,
    byline: null,
    bylineAgencies: [],
    dateline: null,
    language: null,
    credits: [],
  };
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 10 && c !== 13 && c !== 9) || c === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > BINARY_SHARE;
}

/** A paragraph this short that ends no sentence is a label or a button, not an article's text. */
const LABEL_WORDS = 6;

/** Cleans a plain-text page dump; a miss (empty, binary, no body) is a value with its reason. */
export function tryCleanText(text: string, hints: ExtractHints = {}): CleanTextResult {
  const input = typeof text === 'string' ? text : '';
  const truncated = input.length > MAX_INPUT_CHARS;
  const state = newState(truncated ? input.slice(0, MAX_INPUT_CHARS) : input, hints);
  if (input.trim() === '') return { ok: false, reason: 'empty', fields: assembleFields(state) };
  if (looksBinary(input)) return { ok: false, reason: 'binary', fields: assembleFields(state) };
  for (const step of STEPS) step.run(state);
  const fields = assembleFields(state);
  // (Nor is a few words that end no sentence, all a page's furniture left: `Get digital access`.)
  if (
    fields.paragraphs.every(
      (p) => p.kind === 'heading' || (wordCount(p.text) <= LABEL_WORDS && !endsSentence(p.text)),
    )
  )
    return { ok: false, reason: 'no-body', fields };
  return { ok: true, fields, truncated, creditMentions: state.credits };
}

/** Cleans a plain-text page dump into an article's fields (empty fields for an unreadable dump). */
export function cleanText(text: string, hints?: ExtractHints): ExtractedFields {
  return tryCleanText(text, hints).fields;
}

/**
 * @module extract/text/drop-widget-text
 * Step `drop-widget-text`: the words of a page's widgets that a crawler flattened into a paragraph of
 * their own: a newsletter sign-up form with its messages (`Please verify you're not a robot by clicking
 * the box. Invalid email address. Please re-enter.`), a video playlist's controls repeated for every
 * video (`… | 0:38 … Buzz60 2 of 41 Skip in Skip x Embed x Share CLOSE …`), a photo viewer's (`1 of 26
 * Full Screen Autoplay Close Skip Ad`), a player's fallback (`Your browser does not support iframes.`).
 * A paragraph is a widget's when such phrases are half its sentences (a short one with one: a message, not prose about it; a longer one with two) or recur in it (a playlist repeats
 * them for each item, and its items' descriptions go with it); it leaves the body as `promo`, or as
 * `chrome` in the page's header and footer. A sentence of prose that names one of them stays.
 */
import { promotionReason, remove, type TextState, wordCount } from './text-state.js';

/** Phrases only a widget prints: form fields and their messages, player and viewer controls. */
const WIDGET_PHRASE_RE =
  /\b(?:verify (?:that )?you(?:'|’)re not a robot|invalid email(?: address)?|email address is invalid|(?:please )?enter (?:your|an|a valid) email(?: address)?|please re-enter|you must select a newsletter|thank you for subscribing|an error has occurred|please try again later|continue reading the main story|your browser does not support|skip in skip|embed x share|full screen autoplay|skip ad\b|wait \d{1,2} seconds? to continue|not in our deliverable area|view all [\w’' ]{1,40} newsletters|you agree to receive (?:occasional|our|the)|buy photo)/gi;

/** Cheap test before the phrases are counted: words most of them hold. */
const WIDGET_HINT_RE =
  /robot|email|newsletter|subscrib|try again|error|continue reading|browser|skip|autoplay|second|deliverable|photo/i;

/** Phrases in one paragraph that make it a widget's whatever else it holds. */
const RECURRING = 3;

/** A widget's message is short: a longer sentence holding one of its phrases is prose about it. */
const MAX_MESSAGE_WORDS = 16;

/** Sentence breaks, as the cleaner needs them here: a stop, a space, a capital or an opening mark. */
const SENTENCE_BREAK_RE = /(?<=[.!?])\s+(?=["“'‘(]?\p{Lu})/u;

export function dropWidgetText(state: TextState): void {
  const units = state.units;
  const reasonAt = promotionReason(units);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.role !== 'body' || !WIDGET_HINT_RE.test(unit.text)) continue;
    const phrases = unit.text.match(WIDGET_PHRASE_RE)?.length ?? 0;
    if (phrases === 0) continue;
    let widget = phrases >= RECURRING;
    if (!widget) {
      const sentences = unit.text.split(SENTENCE_BREAK_RE);
      const marked = sentences.filter(
        (s) => (s.match(WIDGET_PHRASE_RE)?.length ?? 0) >= (wordCount(s) <= MAX_MESSAGE_WORDS ? 1 : 2),
      ).length;
      widget = marked * 2 >= sentences.length;
    }
    if (widget) remove(unit, reasonAt(i));
  }
}

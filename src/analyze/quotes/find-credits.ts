/**
 * @module analyze/quotes/find-credits
 * Step `findCredits`: photo credits and captions left in the body (`Jane Roe/Getty Images`, `(AP
 * Photo/Jane Roe)`, `Image copyright`, `Courtesy of …`, `Roe (center) was among the fans`). No speaker and no speech cue is read from them:
 * a photographer or an agency credited for a picture never said the words beside it.
 */
import type { QuoteState } from './state.js';

/** A sentence holding one of these is a caption or credit line. */
const CREDIT_SENTENCE_RE =
  /\b(?:Getty Images|AP Photo|Image copyright|Image caption|Photo credit|Hide Caption|toggle caption|Enlarge this image|Courtesy of|Photograph:|Photo:|Picture:|Credit:|Pictured:|\/(?:AP|Getty|Reuters|AFP|EPA|Shutterstock|WireImage|Associated Press|Bloomberg|Xinhua|Rex|PA)\b|via (?:Getty|Storyful|AP|Reuters))/;
/** A credit inside a sentence: `(Jane Roe/Associated Press)`, `(Photo: …)`. */
const CREDIT_INLINE_RE = /\((?:[^()]{0,80}\/[^()]{0,80}|(?:Photo|Image|Credit|Courtesy)[^()]{0,80})\)/g;

/**
 * Where someone stands in a picture, in brackets after their name (`(center in the black hat)`, `(left)`,
 * `(second from right)`, `(pictured)`): the sentence is the picture's caption.
 */
const PICTURE_PLACE_RE =
  /\((?:far |second from |third from )?(?:left|right|center|centre|middle|top|bottom|pictured|above|below)\b[^()]{0,60}\)/;

export function findCredits(state: QuoteState): void {
  const spans: { start: number; end: number }[] = [];
  for (const s of state.sentences) {
    if (s.end - s.start > 2000) continue;
    if (CREDIT_SENTENCE_RE.test(s.text) || PICTURE_PLACE_RE.test(s.text)) {
      spans.push({ start: s.start, end: s.end });
      continue;
    }
    CREDIT_INLINE_RE.lastIndex = 0;
    for (let m = CREDIT_INLINE_RE.exec(s.text); m; m = CREDIT_INLINE_RE.exec(s.text))
      spans.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  }
  state.credits = spans;
}

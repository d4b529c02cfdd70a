/**
 * @module extract/text/drop-galleries
 * Step `drop-galleries`: a picture gallery a page sets inside or after the article, each slide a
 * numbered title (`2/50 Star Wars boosts economy`), its caption and a credit. Three slides or more
 * numbered out of the same total, in order, make a gallery: its slides leave the body as `promo`,
 * up to the last slide's caption and credit, with the short heading right above them (the gallery's
 * title); the article around it stays.
 */
import { remove, type TextState, type Unit, unitIsProse, unitWords } from './text-state.js';

/** Slides in a row that make a gallery. */
const MIN_SLIDES = 3;
/** After the last slide's title: its caption, then a credit of a few words. */
const MAX_CREDIT_WORDS = 4;

/** A slide's counter opening its title: `12/50 `. */
const COUNTER_RE = /^(\d{1,3})\/(\d{1,3}) \S/;

/** The slide number and the gallery's total of a line opening `12/50 ` (a counter, then a title). */
function slideOf(text: string): { n: number; of: number } | null {
  const found = COUNTER_RE.exec(text);
  if (!found) return null;
  const n = Number(found[1]);
  const of = Number(found[2]);
  return n >= 1 && n <= of && of >= MIN_SLIDES ? { n, of } : null;
}

export function dropGalleries(state: TextState): void {
  const units = state.units;
  let start = -1;
  let total = 0;
  let count = 0;
  let last = -1;
  let lastN = 0;
  const close = (): void => {
    if (count >= MIN_SLIDES) dropSlides(units, start, last);
    start = -1;
    count = 0;
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.role !== 'body') continue;
    const slide = slideOf(unit.text);
    if (!slide) continue;
    if (start >= 0 && slide.of === total && slide.n > lastN) {
      count++;
      last = i;
      lastN = slide.n;
      continue;
    }
    close();
    start = i;
    last = i;
    total = slide.of;
    lastN = slide.n;
    count = 1;
  }
  close();
}

/** The gallery's own title right above its first slide is a short heading (`Business news in pictures`). */
const MAX_GALLERY_TITLE_WORDS = 8;

/** The gallery's title, the slides from the first title to the last slide's caption and credit. */
function dropSlides(units: readonly Unit[], first: number, lastTitle: number): void {
  let above = first - 1;
  while (above >= 0 && units[above]!.role !== 'body') above--;
  const heading = units[above];
  if (heading && unitWords(heading) <= MAX_GALLERY_TITLE_WORDS && !unitIsProse(heading))
    remove(heading, 'promo');
  let end = lastTitle;
  let taken = 0;
  for (let i = lastTitle + 1; i < units.length && taken < 2; i++) {
    const unit = units[i]!;
    if (unit.role !== 'body') continue;
    // The caption, then a credit line.
    if (taken === 1 && unitWords(unit) > MAX_CREDIT_WORDS) break;
    end = i;
    taken++;
  }
  for (let i = first; i <= end; i++) if (units[i]!.role === 'body') remove(units[i]!, 'promo');
}

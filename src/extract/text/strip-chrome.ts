/**
 * @module extract/text/strip-chrome
 * Step `strip-chrome`: drops page chrome line by line (logos, menus, badges, legal lines, widgets,
 * date and byline lines - whose values are kept for the metadata steps), cuts link words left at the
 * end of a block (`Go to Source`, `Read More`: a block closed by `Read more` is a teaser of another
 * story) and drops runs of three or more short link-like lines (footer and tag lists).
 */

import { readByline } from '../metadata/byline.js';
import { readDateLine } from '../metadata/date-line.js';
import { isChromeLine, isFileName, TAIL_LINKS_RE } from './chrome-patterns.js';
import { endsSentence, remove, type TextState, type Unit, unitIsProse, unitWords } from './text-state.js';

/** Link words are looked for in a block's last characters only (bounded work on huge lines). */
const TAIL_WINDOW = 300;
/** The last link word of a tail sits within this many characters of the end. */
const HINT_WINDOW = 40;
/** Cheap test for the words a tail link starts with. */
const TAIL_HINT_RE =
  /Source|Read|Continue|View|Author|Mehr|Weiterlesen|suite|Leer|Seguir|Leggi|Continua|Czytaj|Lees|Läs/;

/** The English links `TAIL_LINKS_RE` finds; every other one it finds is in another language (`Mehr…`). */
const ENGLISH_LINK_RE = /^(?:Go to Source|Read|Continue|View|Author)\b/;
/** The end of a sentence, then spaces: what a link word follows at the end of a teaser. */
const SENTENCE_END_RE = /[.!?…"”»]\s*$/;

function cutTail(unit: Unit): void {
  const offset = Math.max(0, unit.text.length - TAIL_WINDOW);
  const tail = unit.text.slice(offset);
  if (!TAIL_HINT_RE.test(unit.text.length > HINT_WINDOW ? unit.text.slice(-HINT_WINDOW) : unit.text)) return;
  const m = TAIL_LINKS_RE.exec(tail);
  if (!m || offset + m.index === 0) return;
  const cut = m[0].trim();
  // A link word of another language than English only after a finished sentence (`… soll. Mehr…`):
  // `Das Motto: Weniger ist Mehr` ends a sentence, not a teaser.
  if (!ENGLISH_LINK_RE.test(cut) && !SENTENCE_END_RE.test(tail.slice(0, m.index))) return;
  unit.cut.push(cut);
  if (
    /\bRead\b|\bContinue\b|\bView\b|Mehr|Weiterlesen|suite|Leer|Seguir|Leggi|Continua|Czytaj|Lees|Läs/.test(
      cut,
    )
  )
    unit.teaser = true;
  unit.text = unit.text.slice(0, offset + m.index).trimEnd();
}

/** An arrow opening a line: a link in a list (`› Festival de Cannes 2014`). */
const LINK_ARROW_RE = /^[›»→>] /;
/** A link line after an arrow may run to this many words. */
const MAX_ARROW_LINK_WORDS = 10;

/** A short line that is a link in a list: a few words, no sentence punctuation. */
function isLinkLike(unit: Unit): boolean {
  return unit.role === 'body' && isLinkShaped(unit);
}

/** The shape of a link in a list, whatever has become of the line. */
function isLinkShaped(unit: Unit): boolean {
  const words = unitWords(unit);
  if (LINK_ARROW_RE.test(unit.text) && words <= MAX_ARROW_LINK_WORDS && !endsSentence(unit.text)) return true;
  return (
    words <= 4 &&
    !endsSentence(unit.text) &&
    !/[,;:]$/.test(unit.text) &&
    // Menu entries and tags are capitalised; a short lower-case line is an item of the story's own list.
    !/^[a-z]/.test(unit.text)
  );
}

/**
 * Three lower-case words in a row: a link line has none. Tried only where a lower-case run starts (the
 * same answer): tried inside a run, every letter of a long word was a start that read to the word's end.
 */
const SENTENCE_WORDS_RE = /(?<!\p{Ll})\p{Ll}{3,} \p{Ll}{3,} \p{Ll}/u;

/** Prose this long is the story's (or another's): credit lines below it are not the page's own. */
const STORY_PARAGRAPH_WORDS = 20;

export function stripChrome(state: TextState): void {
  let inStory = false;
  for (const unit of state.units) {
    const words = unitWords(unit);
    if (
      isChromeLine(unit.text, words) ||
      (words <= 5 && TAIL_LINKS_RE.test(` ${unit.text}`) && !SENTENCE_WORDS_RE.test(unit.text))
    ) {
      remove(unit, 'chrome');
      continue;
    }
    // A picture's file name or slug where the picture stood (`IMG_3886.jpg`, `0226-hotel-swipe-02`):
    // its caption, however bare.
    if (isFileName(unit.text)) {
      remove(unit, 'caption');
      continue;
    }
    const date = words <= 20 ? readDateLine(unit.text) : null;
    if (date) {
      unit.date = date;
      remove(unit, 'chrome');
      continue;
    }
    if (words <= 20 && !unitIsProse(unit)) {
      const byline = readByline(unit.text);
      if (byline) {
        unit.byline = byline;
        remove(unit, 'chrome');
        continue;
      }
    }
    const credit = words <= 30 ? readCreditLine(unit.text) : null;
    if (credit) {
      // Below the story's first paragraph, a credit line is a teaser's or a comment's: its date and
      // name are not the story's.
      if (!inStory) {
        unit.date = credit.date;
        unit.byline = credit.byline;
      }
      remove(unit, 'chrome');
      continue;
    }
    if (words >= STORY_PARAGRAPH_WORDS && unitIsProse(unit)) inStory = true;
    cutTail(unit);
    cutLeadingFileName(unit);
  }
  dropLinkLists(state.units);
}

/** The separators between the parts of a header line (`Le Monde | 04.05.2015 • Par Ann Roe`, `Ann Roe - Apr 16, 2015`). */
const PART_SEPARATOR_RE = /\s+[|•·–—-]\s+/;
/** A part naming the outlet or the author: a few capitalised words (`Le Monde`, `Dan Goodin`). */
const NAME_PART_RE = /^\p{Lu}[\p{L}.'’-]{0,30}(?: (?:\p{Lu}[\p{L}.'’-]{0,30}|de|du|la|le|van|von|da)){0,3}$/u;

/**
 * A header line of parts that are each a date, a byline or a name, with at least one date and one
 * name (`Dan Goodin - Apr 16, 2015 8:02 pm UTC`, `Le Monde | 04.05.2015 à 13h36 | Par Ann Roe`): the
 * story's credit line, read for its date and byline and kept out of the text.
 */
function readCreditLine(text: string): { date: NonNullable<Unit['date']>; byline: string | null } | null {
  if (!PART_SEPARATOR_RE.test(text)) return null;
  let date: Unit['date'] = null;
  let byline: string | null = null;
  let named = false;
  for (const part of text.split(PART_SEPARATOR_RE)) {
    const when = readDateLine(part);
    if (when) {
      date ??= when;
      continue;
    }
    const author = readByline(part);
    if (author) {
      byline ??= author;
      named = true;
      continue;
    }
    if (!NAME_PART_RE.test(part)) return null;
    named = true;
  }
  return date && named ? { date, byline } : null;
}

/** A picture's file name glued before its caption or the next paragraph (`0225-hotel-getty-01 The dress…`). */
function cutLeadingFileName(unit: Unit): void {
  const space = unit.text.indexOf(' ');
  if (space < 0 || !isFileName(unit.text.slice(0, space))) return;
  unit.cut.push(unit.text.slice(0, space));
  unit.text = unit.text.slice(space + 1).trimStart();
}

/**
 * Runs of three or more consecutive link-like lines are menus, footers or tag lists. A link line the
 * site's template already removed still stands in its run: the menu is the same menu whether or not
 * one of its entries recurs on the site's other pages.
 */
function dropLinkLists(units: readonly Unit[]): void {
  let run: Unit[] = [];
  // A list the story introduces (`The plan includes:`) is the story's own.
  let introduced = false;
  let previous: Unit | null = null;
  const close = (): void => {
    if (run.length >= 3 && !introduced) for (const u of run) if (u.role === 'body') remove(u, 'chrome');
    run = [];
  };
  for (const u of units) {
    if (u.role === 'removed' && !(u.template && isLinkShaped(u))) continue;
    if (u.template || isLinkLike(u)) {
      if (run.length === 0) introduced = previous?.text.endsWith(':') === true && unitWords(previous) > 3;
      run.push(u);
    } else close();
    previous = u;
  }
  close();
}

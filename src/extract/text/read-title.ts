/**
 * @module extract/text/read-title
 * Step `read-title`: the title is the first headline-shaped line before the story starts (a caller's
 * title hint wins and its copy in the text is dropped); a dump whose first line is already the story
 * has none. Longer or shorter restatements of the title are duplicates, the next line under the title
 * is the standfirst, and other short lines of the page's header are chrome.
 */

import { findDate } from '../metadata/date-line.js';
import { readDateline } from '../metadata/dateline.js';
import { blockTerms, overlap } from './coherence.js';
import {
  bodyStart,
  isHeadlineShaped,
  isTitleCase,
  remove,
  type TextState,
  textKey,
  type Unit,
  unitIsProse,
  unitWords,
  wordCount,
} from './text-state.js';

const MAX_TITLE_CHARS = 300;
/** A capitalised word of a name (`Ann`, `O’Neil`, `Lee-Roe`). */
const NAME_WORD_RE = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** A middle initial (`J`, `J.`). */
const INITIAL_RE = /^\p{Lu}\.?$/u;

/**
 * Two to four capitalised words, one space apart, with an initial allowed second: a person's name
 * (`Ann Lee`, `Ann J. Lee`). Read word by word.
 */
function isBareName(text: string): boolean {
  const [first, ...rest] = text.split(' ');
  if (first === undefined || !NAME_WORD_RE.test(first)) return false;
  const words = rest[0] !== undefined && INITIAL_RE.test(rest[0]) ? rest.slice(1) : rest;
  return words.length >= 1 && words.length <= 3 && words.every((word) => NAME_WORD_RE.test(word));
}
const SENTENCE_BREAK_RE = /\p{Ll}{2}[.!?][”’"]? \p{Lu}/u;

function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= 3 &&
    text.length <= MAX_TITLE_CHARS &&
    isHeadlineShaped(text, 40) &&
    /\p{L}/u.test(text) &&
    // A headline is one phrase: no finished sentence followed by another.
    !SENTENCE_BREAK_RE.test(text) &&
    // Nor a date or the weather (a header widget).
    findDate(text) === null
  );
}

/** A list mark typed by the author (`+ Added banners`, `- two pumps`): bullets proper are gone already. */
const LIST_MARK_RE = /^[+*–-] /;
/** Items in a row that make a list of the author's own. */
const MIN_LIST_ITEMS = 3;
/** Words an item of such a list has on average (a menu's entries have one or two). */
const MIN_ITEM_WORDS = 3;

/**
 * Units in runs of `MIN_LIST_ITEMS` or more lines opening with the same typed list mark, of
 * `MIN_ITEM_WORDS` words on average: a list the page's text holds (a changelog, the points of a
 * plan), however short its items, and never a title or header chrome.
 */
function typedLists(units: readonly Unit[]): Set<Unit> {
  const out = new Set<Unit>();
  let run: Unit[] = [];
  const close = (): void => {
    const words = run.reduce((sum, u) => sum + unitWords(u), 0);
    if (run.length >= MIN_LIST_ITEMS && words >= MIN_ITEM_WORDS * run.length) for (const u of run) out.add(u);
    run = [];
  };
  for (const u of units) {
    if (u.role !== 'body') continue;
    const mark = LIST_MARK_RE.test(u.text) ? u.text[0] : null;
    if (mark === null || (run.length > 0 && run[0]!.text[0] !== mark)) close();
    if (mark !== null) run.push(u);
  }
  close();
  return out;
}

/** One key restates the other when either holds the other whole. */
function restates(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  return a === b || (a.length >= 12 && b.includes(a)) || (b.length >= 12 && a.includes(b));
}

/** A headline found below a banner is a headline's length (an agenda item or a long teaser is not). */
const MAX_BANNER_TITLE_WORDS = 20;
/** Body units after a prose unit looked at for more prose: a story runs on, a banner stands alone. */
const RUN_REACH = 3;

/**
 * Where the story proper starts: its first prose unit with more prose among the next few body units.
 * A lone sentence among the page's header lines (`This homepage is tailored for readers in the USA.`)
 * is a banner; a story that is one paragraph long starts at it all the same.
 */
function storyStart(units: readonly Unit[]): number {
  const first = bodyStart(units);
  for (let i = first; i >= 0 && i < units.length; i++) {
    if (units[i]!.role !== 'body' || !unitIsProse(units[i]!)) continue;
    let seen = 0;
    for (let j = i + 1; j < units.length && seen < RUN_REACH; j++) {
      const next = units[j]!;
      if (next.role !== 'body') continue;
      if (unitIsProse(next)) return i;
      seen++;
    }
  }
  return first;
}

export function readTitle(state: TextState): void {
  const units = state.units;
  const lists = typedLists(units);
  let first = bodyStart(units);
  if (first < 0) first = units.length;
  const hinted = state.hints.title?.trim() || null;
  let titleIndex = -1;
  if (hinted) {
    state.title = hinted;
    const key = textKey(hinted);
    for (let i = 0; i <= Math.min(first, units.length - 1); i++) {
      const u = units[i]!;
      const uKey = textKey(u.text);
      if (u.role === 'body' && (uKey === key || (restates(key, uKey) && isHeadlineShaped(u.text, 40)))) {
        u.role = 'title';
        if (titleIndex < 0) titleIndex = i;
        else remove(u, 'duplicate');
      }
    }
  } else {
    const story = storyStart(units);
    titleIndex = pickTitle(units, first, story, lists, 'shared');
    // No headline above the first sentence shares its words: that sentence may be a banner standing
    // alone among the header's lines, with the headline below it, over the story proper. The header
    // then ends at that headline: what follows it is the story's (its standfirst, a list of details).
    if (titleIndex < 0 && story > first) {
      const below = pickTitle(units, story, story, lists, 'shared');
      if (below >= 0 && unitWords(units[below]!) <= MAX_BANNER_TITLE_WORDS) {
        titleIndex = below;
        first = below + 1;
      }
    }
    if (titleIndex < 0) titleIndex = pickTitle(units, first, story, lists, 'any');
    // A question or exclamation over the story's first paragraph is its title.
    if (titleIndex < 0 && first < units.length) {
      const u = units[first]!;
      const next = units.slice(first + 1).find((n) => n.role === 'body');
      if (/[?!]["”’]?$/.test(u.text) && unitWords(u) <= 20 && next && unitWords(next) > unitWords(u)) {
        titleIndex = first;
        first = nextProse(units, first);
      }
    }
    if (titleIndex >= 0) {
      const u = units[titleIndex]!;
      u.role = 'title';
      state.title = u.text;
    }
  }
  tidyHeader(state, titleIndex, first, lists);
}

function nextProse(units: readonly Unit[], after: number): number {
  const rest = bodyStart(units.slice(after + 1));
  return rest < 0 ? units.length : after + 1 + rest;
}

/** Between the page top and the story: restated titles, the standfirst, and leftover chrome. */
function tidyHeader(state: TextState, titleIndex: number, first: number, lists: ReadonlySet<Unit>): void {
  const units = state.units;
  const titleKey = state.title ? textKey(state.title) : '';
  let standfirstTaken = false;
  for (let i = 0; i < first && i < units.length; i++) {
    const u = units[i]!;
    if (u.role !== 'body' || lists.has(u)) continue;
    if (titleKey && restates(titleKey, textKey(u.text)) && isHeadlineShaped(u.text, 45)) {
      remove(u, 'duplicate');
      continue;
    }
    // Other stories' headlines in title case (a standfirst is written as a sentence).
    if (first < units.length && isTitleCase(u.text) && !isBareName(u.text)) {
      remove(u, 'chrome');
      continue;
    }
    if (
      i > titleIndex &&
      titleIndex >= 0 &&
      !standfirstTaken &&
      unitWords(u) >= 5 &&
      !(unitWords(u) <= 12 && opensWithDate(u.text)) &&
      first < units.length
    ) {
      u.kind = 'standfirst';
      standfirstTaken = true;
      continue;
    }
    // A bare name next to the date line is the byline (`Ann Lee` over `Mon 3 Mar 2030 12.15 GMT`).
    if (isBareName(u.text) && (units[i - 1]?.date || units[i + 1]?.date)) {
      u.byline = u.text;
      remove(u, 'chrome');
      continue;
    }
    // Short unfinished lines in the header (a place under a weather widget, a section name).
    if (isHeadlineShaped(u.text, 12) && first < units.length) remove(u, 'chrome');
  }
  // A one-sentence summary between the title and a paragraph that opens with the dateline.
  if (!standfirstTaken && titleIndex >= 0 && first < units.length) {
    const lead = units[first]!;
    const next = units.slice(first + 1).find((u) => u.role === 'body');
    if (
      next &&
      unitWords(lead) <= MAX_STANDFIRST_WORDS &&
      !readDateline(lead.text) &&
      readDateline(next.text) !== null
    ) {
      lead.kind = 'standfirst';
    }
  }
}

/**
 * A line that opens with a full date (`February 28, 1998; 18 years ago`, `12 May 2031 - updated`) is
 * a date line of the header or of an infobox, not the standfirst's sentence.
 */
function opensWithDate(text: string): boolean {
  return findDate(text.length > 80 ? text.slice(0, 80) : text)?.index === 0;
}

/** A standfirst is a sentence or two. */
const MAX_STANDFIRST_WORDS = 45;

/** Share of a title's content words the story's opening repeats, above which it is the story's title. */
const TITLE_ON_TOPIC = 0.25;
const OPENING_PARAGRAPHS = 2;

/**
 * The title among the headline-shaped lines above `first`: the first that shares enough words with
 * the opening of the story proper, from `story` (a notice such as `This article is more than 1 year
 * old` shares none); else the first that shares any; else, when `sharing` is `any`, the last of six
 * words or more; else none.
 */
function pickTitle(
  units: readonly Unit[],
  first: number,
  story: number,
  lists: ReadonlySet<Unit>,
  sharing: 'shared' | 'any',
): number {
  const candidates: number[] = [];
  for (let i = 0; i < first; i++) {
    const u = units[i]!;
    if (u.role === 'body' && !lists.has(u) && isTitleLike(u.text)) candidates.push(i);
  }
  if (candidates.length === 0) return -1;
  const opening = new Set<string>();
  let taken = 0;
  // The opening is the story proper's: a banner sentence standing alone above it says nothing of it.
  for (let i = Math.max(first, story); i < units.length && taken < OPENING_PARAGRAPHS; i++) {
    const u = units[i]!;
    if (u.role !== 'body') continue;
    for (const stem of blockTerms(u).keys()) opening.add(stem);
    taken++;
  }
  if (opening.size === 0) return candidates[0]!;
  const shares = candidates.map((i) => overlap(blockTerms(units[i]!), opening));
  const strong = shares.findIndex((share) => share >= TITLE_ON_TOPIC);
  if (strong >= 0) return candidates[strong]!;
  const some = shares.findIndex((share) => share > 0);
  if (some >= 0) return candidates[some]!;
  if (sharing === 'shared') return -1;
  // Nothing shares a word with the opening (a caption opens it, or the headline inflects its words
  // otherwise): the headline is the last full one above the story; menu entries are shorter.
  for (let k = candidates.length - 1; k >= 0; k--)
    if (unitWords(units[candidates[k]!]!) >= MIN_UNSHARED_TITLE_WORDS) return candidates[k]!;
  return -1;
}

/** Words a headline that shares nothing with the story's opening must have to be its title. */
const MIN_UNSHARED_TITLE_WORDS = 6;

/**
 * @module extract/text/drop-off-topic
 * Step `drop-off-topic`: blocks about other stories leave, however well written. Five rules, each
 * judging a block by what it shares with the article's core (title, standfirst, opening paragraphs):
 * 1. after a related-content heading (`More on this topic`, `Hot this week`), every block goes until
 *    one that is prose, on topic and not a teaser (a long paragraph loosely on topic ends the box only
 *    when more prose follows it);
 * 2. a trailing run of blocks that share little with the core (other stories' headlines and teasers,
 *    horoscopes) goes;
 * 3. a teaser of another story (closed by `Read more`) that shares little with the core goes;
 * 4. a long block inside the story that shares almost nothing with anything around it and speaks to
 *    the reader (a sign-up box, an advert, the author's biography) goes;
 * 5. a headline whose teaser went goes with it.
 */

import { SECTION_MARKER_RE } from './chrome-patterns.js';
import { blockTerms, contentTerms, overlap } from './coherence.js';
import { bodyStart, remove, type TextState, type Unit, unitIsProse, unitWords } from './text-state.js';

/** Opening paragraphs that make up the article's core (never judged themselves). */
const CORE_PARAGRAPHS = 3;
/** Below this share of core terms a block is off the article's topic. */
const OFF_TOPIC_BELOW = 0.2;
/** A block on topic enough to end a related-content box. */
const ON_TOPIC_FROM = 0.35;
/** A paragraph this long (in words) about the story ends a related-content box set inside the article. */
const BOX_END_WORDS = 30;
/** ...when it shares at least this much with the article's core (an article's later paragraphs drift). */
const BOX_END_SHARE = 0.1;
/** A lone trailing block must be this far off to go without company. */
const LONE_OFF_TOPIC_BELOW = 0.1;
/** A marker of one link (`Read more`), not of a box of other stories. */
const LINK_MARKER_RE =
  /^(?:read more|also read|read also|read next|see also|(?:à )?lire aussi|lesen sie auch|leggi anche|(?:czytaj|zobacz) (?:też|także)|lees ook|читайте также)\W*$/i;
/** Direct quotes: a story's closing witness quote is not another story. */
const QUOTE_RE = /[“”"]/;
/** Off-topic headlines in a row that make a list of other stories. */
const MIN_HEADLINE_LIST = 3;
/** A lone trailing block must be long enough to judge on its own. */
const LONE_MIN_TERMS = 10;
/** A headline says enough to judge with this many content terms. */
const MIN_HEADLINE_TERMS = 3;
/** Blocks with fewer content terms say too little to judge. */
const MIN_TERMS = 4;

export function dropOffTopic(state: TextState): void {
  const units = state.units;
  const first = bodyStart(units);
  if (first < 0) return;
  const core = new Set<string>();
  const add = (terms: Map<string, number>): void => {
    for (const stem of terms.keys()) core.add(stem);
  };
  if (state.title) add(contentTerms(state.title));
  let coreEnd = first;
  let taken = 0;
  for (let i = 0; i < units.length && taken < CORE_PARAGRAPHS; i++) {
    const u = units[i]!;
    if (u.role !== 'body') continue;
    if (i > first && (u.teaser || isMarker(u))) break;
    add(blockTerms(u));
    if (i >= first && unitIsProse(u)) {
      taken++;
      coreEnd = i;
    }
  }
  const scores = new Map<Unit, { share: number; terms: number }>();
  const score = (u: Unit): { share: number; terms: number } => {
    let s = scores.get(u);
    if (!s) {
      const terms = blockTerms(u);
      s = { share: overlap(terms, core), terms: terms.size };
      scores.set(u, s);
    }
    return s;
  };
  dropAfterMarkers(units, first, score);
  dropTrailingRun(units, coreEnd, score);
  for (let i = coreEnd + 1; i < units.length; i++) {
    const u = units[i]!;
    if (u.role !== 'body' || !u.teaser) continue;
    const s = score(u);
    if (s.terms >= MIN_TERMS && s.share < ON_TOPIC_FROM) remove(u, 'off-topic');
  }
  dropStrayBlocks(units, coreEnd, score);
  dropOrphanHeadlines(units, coreEnd);
}

/** A headline is a short line that is not prose. */
const MAX_ORPHAN_WORDS = 15;

/**
 * Rule 5: a headline whose teaser went as another story's (the next block, copies of it aside) goes
 * with it: a list of other stories leaves no titles behind.
 */
function dropOrphanHeadlines(units: readonly Unit[], coreEnd: number): void {
  for (let i = coreEnd + 1; i < units.length; i++) {
    const u = units[i]!;
    if (u.role !== 'body' || unitIsProse(u) || unitWords(u) > MAX_ORPHAN_WORDS) continue;
    let j = i + 1;
    while (j < units.length && units[j]!.reason === 'duplicate') j++;
    if (units[j]?.reason === 'off-topic') remove(u, 'off-topic');
  }
}

/** A stray block inside the story must be long and share almost nothing with anything around it. */
const STRAY_MIN_TERMS = 12;
const STRAY_BELOW = 0.1;
/** Quotes and reported speech belong to the story's reporting: a witness's words share little with its opening. */
const REPORTED_RE = /[“”"]|\b(?:said|says|told|according to)\b/;
/**
 * What a block the page set inside the story says to its reader, not about the news: a sign-up box, an
 * advert, the author's biography. A paragraph of the story may share few words with its opening (a
 * scene, a new name, background); only one of these goes as a stray.
 */
const FURNITURE_WORDS_RE =
  /\b(?:newsletters?|sign(?:ing)? up|subscrib(?:e|ers?|ing|tion)|e-?mail address|click(?:ing)? (?:here|the|on)|please (?:verify|enter|re-enter|try|select|note)|privacy policy|cookies|advertisement|sponsored|download (?:our|the) app|(?:is|was) an? (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|editor|writer|columnist|journalist|contributor) (?:for|at|with|covering|based)\b)/iu;

/**
 * Rule 4: a long block inside the story that shares almost nothing with the core nor with any other
 * block of the story, and speaks to the reader (an inserted sign-up box, advert or biography without a
 * heading), goes.
 */
function dropStrayBlocks(units: readonly Unit[], coreEnd: number, score: Scorer): void {
  const candidates: Unit[] = [];
  for (let i = coreEnd + 1; i < units.length; i++) {
    const u = units[i]!;
    if (u.role !== 'body' || !unitIsProse(u) || REPORTED_RE.test(u.text) || !FURNITURE_WORDS_RE.test(u.text))
      continue;
    const s = score(u);
    if (s.terms >= STRAY_MIN_TERMS && s.share < STRAY_BELOW) candidates.push(u);
  }
  if (candidates.length === 0) return;
  // How many blocks of the story use each term: a term the candidate shares with another block counts.
  const blocksUsing = new Map<string, number>();
  for (const u of units) {
    if (u.role !== 'body' && u.role !== 'title') continue;
    for (const stem of blockTerms(u).keys()) blocksUsing.set(stem, (blocksUsing.get(stem) ?? 0) + 1);
  }
  for (const u of candidates) {
    const terms = blockTerms(u);
    let total = 0;
    let shared = 0;
    for (const [stem, weight] of terms) {
      total += weight;
      if ((blocksUsing.get(stem) ?? 0) > 1) shared += weight;
    }
    if (total > 0 && shared / total < STRAY_BELOW) remove(u, 'off-topic');
  }
}

type Scorer = (u: Unit) => { share: number; terms: number };

/** A related-content heading, even when a menu or link list already took it as chrome. */
function isMarker(u: Unit): boolean {
  return (u.role === 'body' || u.reason === 'chrome') && unitWords(u) <= 8 && SECTION_MARKER_RE.test(u.text);
}

/**
 * Whether a prose block ends a related-content box: on topic, or a long paragraph about the story at
 * all (a box set inside an article, which goes on after it).
 */
function endsBox(u: Unit, share: number, next: Unit | null): boolean {
  if (share >= ON_TOPIC_FROM) return true;
  // A long paragraph loosely on topic ends the box when the story goes on in prose after it; one
  // followed by another headline is the box's last teaser.
  return unitWords(u) >= BOX_END_WORDS && share >= BOX_END_SHARE && (next === null || unitIsProse(next));
}

/** The next unit still in the body after index `i`, or null. */
function nextLive(units: readonly Unit[], i: number): Unit | null {
  for (let k = i + 1; k < units.length; k++) if (units[k]!.role === 'body') return units[k]!;
  return null;
}

function dropAfterMarkers(units: readonly Unit[], first: number, score: Scorer): void {
  for (let i = first + 1; i < units.length; i++) {
    const marker = units[i]!;
    if (!isMarker(marker)) continue;
    if (marker.role === 'body') remove(marker, 'chrome');
    // A lone `Read more` whose link the page dump lost, right before the story's next paragraph: an
    // empty box (the story goes on, as it does on sites that set one link inside the text).
    let nextAt = i + 1;
    while (nextAt < units.length && units[nextAt]!.role !== 'body') nextAt++;
    const next = units[nextAt];
    if (
      next &&
      LINK_MARKER_RE.test(marker.text) &&
      unitIsProse(next) &&
      !next.teaser &&
      score(next).share >= OFF_TOPIC_BELOW
    ) {
      i = nextAt - 1;
      continue;
    }
    let j = i + 1;
    for (; j < units.length; j++) {
      const u = units[j]!;
      if (u.role !== 'body') continue;
      if (isMarker(u)) remove(u, 'chrome');
      else if (unitIsProse(u) && !u.teaser && endsBox(u, score(u).share, nextLive(units, j))) break;
      else remove(u, 'off-topic');
    }
    i = j;
  }
}

function dropTrailingRun(units: readonly Unit[], coreEnd: number, score: Scorer): void {
  const run: Unit[] = [];
  const offProse: Unit[] = [];
  let offCount = 0;
  let runStart = units.length;
  for (let i = units.length - 1; i > coreEnd; i--) {
    const u = units[i]!;
    if (u.role !== 'body') continue;
    const s = score(u);
    const prose = unitIsProse(u);
    const quoted = prose && !u.teaser && QUOTE_RE.test(u.text);
    if (
      !quoted &&
      s.terms >= MIN_HEADLINE_TERMS &&
      s.share < OFF_TOPIC_BELOW &&
      (prose ? s.terms >= MIN_TERMS : true)
    ) {
      run.push(u);
      runStart = i;
      offCount++;
      if (prose) offProse.push(u);
      continue;
    }
    // A headline over an off-topic teaser belongs to it.
    if (!prose && run.length > 0) {
      run.push(u);
      runStart = i;
      continue;
    }
    break;
  }
  // A list of other stories' headlines, with no teaser text under them.
  if (offProse.length === 0) {
    if (offCount >= MIN_HEADLINE_LIST) for (const u of run) remove(u, 'off-topic');
    return;
  }
  // Judge the run against everything the article said before it too, not only its opening: a
  // closing paragraph may turn to a side of the story the opening did not name.
  const before = new Set<string>();
  for (let i = 0; i < runStart; i++) {
    const u = units[i]!;
    if (u.role === 'body' || u.role === 'title') for (const stem of blockTerms(u).keys()) before.add(stem);
  }
  // The run may begin inside the article (a closing paragraph that strays from the opening's words):
  // it then starts after the last of its prose blocks that the article before it speaks of.
  let onTopic = offProse.findIndex((u) => overlap(blockTerms(u), before) >= OFF_TOPIC_BELOW);
  if (onTopic < 0) onTopic = offProse.length;
  const off = offProse.slice(0, onTopic);
  const lone =
    off.length === 1 &&
    blockTerms(off[0]!).size >= LONE_MIN_TERMS &&
    score(off[0]!).share < LONE_OFF_TOPIC_BELOW;
  if (off.length < 2 && !lone) return;
  const keepThrough = onTopic < offProse.length ? run.indexOf(offProse[onTopic]!) : run.length;
  for (const u of run.slice(0, keepThrough)) remove(u, 'off-topic');
}

/**
 * @module extract/text/drop-boilerplate
 * Step `drop-boilerplate`: jusText's context-sensitive block classification (Pomikálek, 2011), on the
 * lines of a dump, in the page's own language. No list of phrases: each block is judged by its length
 * and its density of function words (`page-stopwords`), then short and middling blocks take the class
 * of the long blocks around them. What ends `bad` is chrome: menus, keyword lists, live tickers,
 * footers, in any language. Lines earlier steps removed count as bad neighbours.
 *
 * First pass, per block: a copyright line is bad; shorter than `SHORT_BELOW` characters is short;
 * dense in function words is good (long) or near-good (middling); sparse is bad. Second pass: a short
 * block between good blocks is good, between bad ones bad, next to a near-good one good; a near-good
 * block is bad only between bad blocks.
 */

import { isUnspacedChar, pageStopwords, stopwordDensity } from './page-stopwords.js';
import { isHeadlineShaped, remove, type TextState, type Unit, unitIsProse, unitWords } from './text-state.js';

type BlockClass = 'good' | 'neargood' | 'short' | 'bad';

/** jusText's defaults, in characters (`length_low`, `length_high`). */
const SHORT_BELOW = 70;
const LONG_ABOVE = 200;
/**
 * Stopword densities for near-good and good blocks, as shares of the page's own prose density (the
 * median density of its long blocks): lists differ in length from language to language and from
 * jusText's own, and a page in a language without a list (or lorem ipsum) keeps its scale.
 */
const DENSITY_LOW = 0.45;
const DENSITY_HIGH = 0.5;
/** The prose density assumed when a page has no long block to measure it on. */
const DEFAULT_PROSE_DENSITY = 0.55;
/** A character of an unspaced script carries about as much as this many Latin characters. */
const UNSPACED_CHAR_WEIGHT = 3;

/** A block's length in Latin-equivalent characters. */
function effectiveLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++)
    length += isUnspacedChar(text.charCodeAt(i)) ? UNSPACED_CHAR_WEIGHT : 1;
  return length;
}

const COPYRIGHT_RE = /©|&copy/;

/** Verbs that attribute the words in marks just before them (`,' Musk posted.`, `," she said.`). */
const SPEECH_VERBS = new Set(
  'said says told added explained wrote writes posted tweeted insisted warned replied noted recalled stated declared continued asked argued'.split(
    ' ',
  ),
);
/** Words read after a closing mark for its speech verb (`,” the 23-year-old coach said`). */
const VERB_REACH_WORDS = 5;
/** Marks that close a quotation. */
const isClosingMark = (c: string | undefined): boolean => c === '"' || c === '”' || c === "'" || c === '’';

/**
 * Whether a line is a sentence of reported words: a quotation closed after its own punctuation and
 * followed within a few words by a speech verb (`'…one way or another,' Musk posted.`), or opened right
 * after a speech verb and a colon (`Osinbajo wrote: "…"`), the line ending as a sentence does. Menus,
 * lists and teasers (`'I was terrified,' says mum who…`) do not end so. Reads each closing mark's next
 * few words only: linear in the line.
 */
function carriesAttributedQuote(text: string): boolean {
  if (!/[.!?]["”'’]?$/.test(text)) return false;
  for (let i = 1; i < text.length - 1; i++) {
    if (!isClosingMark(text[i]) || !/[,.!?…]/.test(text[i - 1]!)) continue;
    let j = i + 1;
    while (isClosingMark(text[j])) j++;
    if (text[j] !== ' ') continue;
    const words = text.slice(j + 1, j + 60).split(' ', VERB_REACH_WORDS);
    if (words.some((w) => SPEECH_VERBS.has(w.replace(/[.,;:!?]+$/, '')))) return true;
  }
  // Or introduced by its speaker (`On Twitter, Osinbajo wrote: "Dawn, dusk, …"`).
  for (let at = text.indexOf(':'); at > 0; at = text.indexOf(':', at + 1)) {
    const verb = text
      .slice(Math.max(0, at - 12), at)
      .split(' ')
      .at(-1)!;
    if (/^ ?["“'‘]/.test(text.slice(at + 1, at + 3)) && SPEECH_VERBS.has(verb)) return true;
  }
  return false;
}

/**
 * Whether a sentence's words are mostly names and numbers (at least three, a quarter of its words, after
 * its first): what makes a sentence sparse in function words without making it a menu.
 */
function namesAndNumbers(text: string): boolean {
  const words = text.split(' ');
  let named = 0;
  for (let i = 1; i < words.length; i++) if (/^[\p{Lu}\d]/u.test(words[i]!)) named++;
  return named >= 3 && named * 4 >= words.length;
}

/** Languages that capitalise names and little else. */
const NAMES_CAPITALISED = new Set(
  'en fr es it pt nl sv da no nb fi pl cs ro hu tr id ms ca hr sk sl'.split(' '),
);

/**
 * A sentence without its names and numbers (capitalised words after the first, and figures): what its
 * density of function words is measured on, so that a sentence full of names (`Airline spokesman Joshua
 * Freed said Tuesday that …`) reads like the prose it is. A sentence with fewer than five other words
 * is measured whole.
 */
function withoutNames(text: string): string {
  const words = text.split(' ');
  const kept = words.filter((w, i) => i === 0 || !/^[\p{Lu}\d]/u.test(w));
  return kept.length >= 5 ? kept.join(' ') : text;
}

/** A line in title case (`Kylie Jenner -- When I Was 17 ...`): most of its words capitalised, a headline. */
function titleCased(text: string): boolean {
  const words = text.split(' ').filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  let capitalised = 0;
  for (const w of words) if (/^[^\p{L}]*\p{Lu}/u.test(w)) capitalised++;
  return capitalised * 4 >= words.length * 3;
}

/** Characters that code is thick with and prose is not. */
const CODE_CHARS = '(){}[]=;<>*_|#$:/\\+%&';

/**
 * A line of code (`SELECT avg(n) FROM t;`, `db=# WITH stats AS (...)`): thick with brackets and
 * operators, calling something or closing a statement. It holds no function words, and says
 * nothing of the blocks around it: jusText leaves it to its neighbours, as it does a short block.
 */
function isCode(text: string): boolean {
  // Brackets and colons alone are a list of names with figures (`Ann Roe (6), Ben Lee (7)`): code
  // has operators too (tested first: prose has none, and is passed over without a count).
  if (text.length < 20 || !/[=;{}[\]<>*]/.test(text)) return false;
  let marks = 0;
  for (let i = 0; i < text.length; i++) if (CODE_CHARS.includes(text[i]!)) marks++;
  const share = marks / text.length;
  return (share >= 0.06 && /\w\(/.test(text)) || (share >= 0.05 && /[{};]$/.test(text));
}

function firstClass(unit: Unit, length: number, density: number, prose: number): BlockClass {
  const text = unit.text;
  if (COPYRIGHT_RE.test(text)) return 'bad';
  if (isCode(text)) return 'short';
  // A whole short sentence says more than a menu entry of its length: near-good, like a middling block.
  if (length < SHORT_BELOW) return unitIsProse(unit) && !titleCased(text) ? 'neargood' : 'short';
  if (density >= DENSITY_HIGH * prose) return length > LONG_ABOVE ? 'good' : 'neargood';
  if (density >= DENSITY_LOW * prose) return 'neargood';
  // A sentence of names and numbers (`Roe, 64, lived with his girlfriend, Ana Doe, 62.`) is sparse in
  // function words and still a sentence: near-good, kept among the text's own blocks.
  if (length <= LONG_ABOVE && unitIsProse(unit) && namesAndNumbers(text)) return 'neargood';
  return 'bad';
}

/** The median of some numbers (`fallback` when there are none). */
function median(values: number[], fallback: number): number {
  if (values.length === 0) return fallback;
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
}

/**
 * For each block, the nearest class on one side that is good or bad (or near-good too, when
 * `nearGood`); the page's edge counts as bad. One pass: linear however long a run of short lines is.
 */
function nearest(classes: readonly BlockClass[], step: 1 | -1, nearGood: boolean): BlockClass[] {
  const out = new Array<BlockClass>(classes.length);
  let last: BlockClass = 'bad';
  for (let k = 0; k < classes.length; k++) {
    const i = step === 1 ? k : classes.length - 1 - k;
    out[i] = last;
    const c = classes[i]!;
    if (c === 'good' || c === 'bad' || (nearGood && c === 'neargood')) last = c;
  }
  return out;
}

/** A heading or standfirst: a short line shaped like a headline, worded like a sentence (not a menu entry). */
const HEADING_MIN_WORDS = 5;
/** jusText's `max_heading_distance`: a heading sits this close (in characters) above the text it heads. */
const HEADING_REACH = 200;
/** ...and within this many blocks (bounded work under a long run of removed lines). */
const HEADING_MAX_BLOCKS = 20;

function isHeading(unit: Unit): boolean {
  return (
    unit.role === 'body' &&
    unitWords(unit) >= HEADING_MIN_WORDS &&
    isHeadlineShaped(unit.text) &&
    /\p{Ll}/u.test(unit.text)
  );
}

/** Whether a good (or near-good) block follows block `i` closely (jusText's heading distance). */
function headsText(classes: readonly BlockClass[], lengths: readonly number[], i: number): boolean {
  let distance = 0;
  for (let j = i + 1; j < classes.length && j <= i + HEADING_MAX_BLOCKS && distance <= HEADING_REACH; j++) {
    if (classes[j] === 'good') return true;
    distance += lengths[j]!;
  }
  return false;
}

/** A run of this many near-good blocks, this long together (Latin-equivalent characters), is text. */
const RUN_BLOCKS = 4;
const RUN_LENGTH = 800;
/** Short blocks (a picture's file name, a one-word line) a run of near-good blocks may pass over. */
const RUN_GAP = 30;

/**
 * A story written one short sentence a line (a blog, a poem-like Chinese travel diary) has no block long
 * enough to be good; many near-good lines in a row, only tiny lines between them, are its text.
 */
function promoteLongRuns(classes: BlockClass[], lengths: readonly number[]): void {
  let start = 0;
  while (start < classes.length) {
    if (classes[start] !== 'neargood') {
      start++;
      continue;
    }
    let end = start;
    let count = 0;
    let total = 0;
    let last = start;
    for (; end < classes.length; end++) {
      const c = classes[end]!;
      if (c === 'neargood' || c === 'good') {
        count++;
        total += lengths[end]!;
        last = end;
      } else if (!(c === 'short' && lengths[end]! < RUN_GAP)) break;
    }
    if (count >= RUN_BLOCKS && total >= RUN_LENGTH)
      for (let i = start; i <= last; i++) if (classes[i] === 'neargood') classes[i] = 'good';
    start = last + 1;
  }
}

export function dropBoilerplate(state: TextState): void {
  // The blocks judged: lines still in the body, and removed lines (as bad neighbours), but not one
  // line removed between body lines (a link box inside the story). The title and captions are
  // neither: they sit outside the text flow, so a line between captions is between what is around them.
  const units = state.units;
  const flow = units.filter((u) => u.role === 'body' || u.reason !== 'caption');
  const blocks: Unit[] = flow.filter(
    (u, i) => u.role === 'body' || !(flow[i - 1]?.role === 'body' && flow[i + 1]?.role === 'body'),
  );
  const body = blocks.filter((u) => u.role === 'body');
  if (body.length === 0) return;
  const stopwords = pageStopwords(
    body.map((u) => u.text),
    state.hints.language?.trim().toLowerCase().split(/[-_]/)[0],
  );
  const lengths = blocks.map((u) => (u.role === 'body' ? effectiveLength(u.text) : 0));
  const densities = blocks.map((u, i) =>
    u.role === 'body' && lengths[i]! >= SHORT_BELOW ? stopwordDensity(u.text, stopwords) : 0,
  );
  const prose = median(
    densities.filter((_, i) => lengths[i]! >= SHORT_BELOW),
    DEFAULT_PROSE_DENSITY,
  );
  // A sentence is judged by its words other than names and numbers too (never lower than whole), in a
  // language whose capitals mark names (German capitalises every noun).
  const namesStandOut = stopwords.language !== null && NAMES_CAPITALISED.has(stopwords.language);
  const classes: BlockClass[] = blocks.map((u, i) =>
    u.role === 'removed'
      ? 'bad'
      : firstClass(
          u,
          lengths[i]!,
          // (Measured again only where the whole falls short of good: most blocks are read once.)
          namesStandOut &&
            lengths[i]! >= SHORT_BELOW &&
            densities[i]! < DENSITY_HIGH * prose &&
            unitIsProse(u)
            ? Math.max(densities[i]!, stopwordDensity(withoutNames(u.text), stopwords))
            : densities[i]!,
          prose,
        ),
  );
  promoteLongRuns(classes, lengths);
  // A page with no good block (a short note, a list, lorem ipsum) is not judged: jusText needs prose to lean on.
  if (!classes.includes('good')) return;
  // Someone's words with their speaker read as the article's, however few function words they hold.
  for (let i = 0; i < blocks.length; i++)
    if (blocks[i]!.role === 'body' && classes[i] !== 'good' && carriesAttributedQuote(blocks[i]!.text))
      classes[i] = 'good';
  // jusText's heading rules: a short heading with text close below is near-good first, and good at the end.
  for (let i = 0; i < blocks.length; i++)
    if (classes[i] === 'short' && isHeading(blocks[i]!) && headsText(classes, lengths, i))
      classes[i] = 'neargood';
  const revised = [...classes];
  const before = nearest(classes, 1, false);
  const after = nearest(classes, -1, false);
  const beforeAny = nearest(classes, 1, true);
  const afterAny = nearest(classes, -1, true);
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] !== 'short') continue;
    if (before[i] === 'good' && after[i] === 'good') revised[i] = 'good';
    else if (before[i] === 'bad' && after[i] === 'bad') revised[i] = 'bad';
    else if (before[i] === 'bad' && beforeAny[i] === 'neargood') revised[i] = 'good';
    else if (after[i] === 'bad' && afterAny[i] === 'neargood') revised[i] = 'good';
    else revised[i] = 'bad';
  }
  const revisedBefore = nearest(revised, 1, false);
  const revisedAfter = nearest(revised, -1, false);
  for (let i = 0; i < revised.length; i++) {
    if (revised[i] === 'neargood')
      revised[i] = revisedBefore[i] === 'bad' && revisedAfter[i] === 'bad' ? 'bad' : 'good';
  }
  for (let i = 0; i < blocks.length; i++)
    if (
      revised[i] === 'bad' &&
      classes[i] !== 'bad' &&
      isHeading(blocks[i]!) &&
      headsText(revised, lengths, i)
    )
      revised[i] = 'good';
  // The standfirst `read-title` found under the title stays: it is the article's by position, not by shape.
  for (let i = 0; i < blocks.length; i++)
    if (blocks[i]!.role === 'body' && blocks[i]!.kind !== 'standfirst' && revised[i] === 'bad')
      remove(blocks[i]!, 'chrome');
}

/**
 * @module analyze/entities/mark-furniture
 * Step `markFurniture`: the spans of page furniture the extractor left in the text, from which no name
 * may come: sentences of sign-up boxes, video players and galleries (`Replay More Videos`, `Hide
 * Caption`, `1 of 30`), whole paragraphs made of such sentences (a carousel of video headlines), and
 * photo credits inside a sentence (`(AP Photo/Jane Roe)`, `Jane Roe/Getty Images`).
 */
import type { EntityState } from './state.js';

/** Words of page chrome: a sentence holding one is furniture (each alternative is a fixed phrase). */
const CHROME_RE =
  /\b(?:Sign Up|Newsletter|Continue reading|Replay More Videos|JUST WATCHED|MUST WATCH|Hide Caption|Skip in Skip|Embed x Share|Video provided by|Image copyright|Image caption|toggle caption|Enlarge this image|Getty Images|Registration Number|Chat with us|A post shared by|Click here|Subscribe|Follow us on|Sign in|Log in|All rights reserved|Photo credit|Read more|Read More|Recommended|Most Read|Most Popular|Trending|Advertisement|Share this|Share on|Tap to|Sponsored|Terms of (?:Use|Service)|Privacy Policy|Cookie|View all|Listen to|Download the|Our Standards|Thomson Reuters Trust|Related Stories|Related Articles|More Stories|Top Stories|Latest Stories|More from|Most Watched|Trending Now|Promoted Stories|You may also like|Editor's Picks|Related stories|MOST READ|Most read|Match preview|Editor's note|Editor’s note|Enter your email|email address|Rex Features|contributed to this (?:post|report|article|story)|External links|is not responsible for the content of external|Media playback|Media caption|Check out|SEE ALSO|See also|ALSO READ|Also read|READ MORE|MORE:|PHOTOS:|VIDEO:|LISTEN:)\b|^Related\s|\s(?:Getty(?: Images)?|AFP|Reuters|AP|PA|EPA|Rex|Shutterstock|Alamy)\s*$|\b(?:Updated|Posted|Published|Last updated):|\/(?:REX|PA|Rex)\b|\b(?:Source|Sources|Graphic|Illustration|Caption):|\b(?:Photograph|Photo|Credit|Watch|WATCH|RELATED|Related|Copyright):|Copyright ©|Follow @|\b\d+ of \d+\b(?! [a-z])|\| \d{1,2}:\d{2}\b|\(@\w+\)|https?:\/\/|pic\.twitter\.com|\/(?:AP|Getty|Reuters|AFP|EPA|Shutterstock|WireImage|Associated Press|Bloomberg|Xinhua)\b|\bAP Photo\b|\bvia (?:Getty|Storyful|AP|Reuters)\b/;

/** A photo credit inside a sentence: `(Jane Roe/Associated Press)`, `(AP Photo/Jane Roe, File)`. */
const CREDIT_RE =
  /\((?:[^()]{0,80}\/[^()]{0,80}|(?:Photo|Image|Credit|Courtesy)[^()]{0,80})\)|\[(?:Photo|Image|Video)[^[\]]{0,80}\]/g;

/** A stock ticker: `(NYSE:OSH)`, `(Nasdaq: TSLA)`. */
const TICKER_RE = /\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|OTC)\s?:\s?[A-Z.]{1,6}\)/g;

/** A fact box or graphic label: `Stages: 2 Boosters: 2 Cores: 3`. */
const LABEL_RE = /\b\p{Lu}[\p{L} ]{0,20}: \d/gu;
/** Share of capitalised words above which a sentence is a menu or a list of titles, not prose. */
const TITLE_CASE_SHARE = 0.75;
/** A gallery item: `16/34 15 November 2017 …`. */
const GALLERY_RE = /^\d{1,3}\/\d{1,3}\s/;
/** Terminal punctuation of a prose paragraph. */
const PROSE_END_RE = /[.!?:;…"”’')\]]\s*$/;
/** A speech verb in the past tense: reporters' prose, not a headline's present. */
const REPORTED_RE = /\b(?:said|told)\b/;
/** Consecutive short paragraphs without terminal punctuation that make a list of links. */
const LINK_LIST_MIN = 3;
/** An entry of a chronology, opened by its day or date: `Monday: Met Prime Minister Ana Roe in Varn`, `2004 - Joins the club`. */
const DATED_ENTRY_RE =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?:,? \d{4})?\s?[:–—-]\s/;

/** A note on the article itself, to the end of its paragraph: an editor's note, a correction. */
const NOTE_RE = /^(?:Editor['’]s note|Editors['’] note|Correction|Clarification)\s*:/i;
/** A call to watch or listen (`Watch the documentary on …`): the last sentence of a promo. */
const CALL_RE = /^(?:Watch|Listen to|Stream) (?:the|our|it|live|now|full|more|this)\b/;
/** Sentences of a promo paragraph at most. */
const PROMO_SENTENCES = 3;

/** Share of a paragraph's sentences that are chrome above which the whole paragraph is furniture. */
const CAROUSEL_SHARE = 0.3;

export function markFurniture(state: EntityState): void {
  const { sentences } = state;
  const spans: [number, number][] = [];
  const chrome: boolean[] = sentences.map(
    (s) => CHROME_RE.test(s.text) || GALLERY_RE.test(s.text) || boxOrShout(s.text),
  );
  // Paragraphs that are mostly chrome (a carousel of video headlines between player controls).
  const perBlock = new Map<
    number,
    { chrome: number; all: number; start: number; end: number; last: string }
  >();
  sentences.forEach((s, i) => {
    const b = perBlock.get(s.block) ?? { chrome: 0, all: 0, start: s.start, end: s.end, last: '' };
    b.all++;
    if (chrome[i]) b.chrome++;
    b.end = s.end;
    b.last = s.text;
    perBlock.set(s.block, b);
  });
  // An editor's note or a correction runs to the end of its paragraph (`Editor's note: An earlier version
  // said … . Outfielder Ivo Roe was the first.`); a short paragraph that ends by asking the reader to
  // watch or listen is a promo (`Valley Special -- … Korlin TV takes you to … . Watch the documentary`).
  sentences.forEach((s, i) => {
    const b = perBlock.get(s.block)!;
    const last = s.end === b.end;
    if (NOTE_RE.test(s.text))
      for (let k = i; k < sentences.length && sentences[k]!.block === s.block; k++) chrome[k] = true;
    else if (last && b.all <= PROMO_SENTENCES && CALL_RE.test(s.text))
      for (let k = i; k >= 0 && sentences[k]!.block === s.block; k--) chrome[k] = true;
  });
  // Lists of links: three or more one-line paragraphs in a row with no terminal punctuation; not a list
  // the article's own sentence opens with a colon (`The president also said:`).
  const linkList = new Set<number>();
  let streak: number[] = [];
  const flush = (): void => {
    const before = perBlock.get((streak[0] ?? 0) - 1);
    const announced = before !== undefined && /:\s*$/.test(before.last);
    // (An entry opened by its day or date is a chronology's: the article's own facts, however many
    // short lines stand around it.)
    const links = streak.filter((b) => !DATED_ENTRY_RE.test(perBlock.get(b)!.last));
    if (links.length >= LINK_LIST_MIN && !announced) for (const b of links) linkList.add(b);
    streak = [];
  };
  for (const [block, b] of perBlock) {
    const text = b.last;
    // (A report in the past tense is a sentence whose stop was left off, not a link: `Roe has said he is
    // "outraged" by the launch`; a link's headline speaks in the present.)
    const short =
      b.all === 1 && text.split(' ').length <= 25 && !PROSE_END_RE.test(text) && !REPORTED_RE.test(text);
    if (short && (streak.length === 0 || streak[streak.length - 1] === block - 1)) streak.push(block);
    else {
      flush();
      if (short) streak.push(block);
    }
  }
  flush();
  sentences.forEach((s, i) => {
    const b = perBlock.get(s.block)!;
    if (linkList.has(s.block)) chrome[i] = true;
    const carousel = b.all >= 3 && b.chrome >= 2 && b.chrome / b.all >= CAROUSEL_SHARE;
    if (chrome[i] || carousel) {
      const last = spans[spans.length - 1];
      if (last && last[1] >= s.start) last[1] = Math.max(last[1], s.end);
      else spans.push([s.start, s.end]);
      return;
    }
    for (const re of [CREDIT_RE, TICKER_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text))
        spans.push([s.start + m.index, s.start + m.index + m[0].length]);
    }
  });
  spans.sort((a, b) => a[0] - b[0]);
  state.furniture = spans;
}

/** A fact box (two labels with numbers) or a sentence mostly in capitals (a graphic, a shouted promo). */
function boxOrShout(text: string): boolean {
  if (text.indexOf(': ') > 0 && (text.match(LABEL_RE)?.length ?? 0) >= 2) return true;
  // One pass over the words: how many there are, how many are capitalised, how many are in capitals,
  // and how many runs of two or more words in capitals (shouted headlines) there are.
  let words = 0;
  let capitalised = 0;
  let shouts = 0;
  let shoutRuns = 0;
  let shoutStreak = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (caseOf(text.charCodeAt(i), text[i]!) === 0) {
      i++;
      continue;
    }
    let upper = 0;
    let letters = 0;
    let first = 0;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      const kind = caseOf(code, text[i]!);
      if (kind === 0) {
        if (code === 0x2019 || code === 39 || code === 45) continue; // ’ ' - inside a word
        break;
      }
      if (letters === 0) first = kind;
      letters++;
      if (kind === 2) upper++;
    }
    words++;
    if (first === 2) capitalised++;
    if (letters >= 2 && upper === letters) {
      if (letters >= 3) shouts++;
      shoutStreak++;
      if (shoutStreak === 2) shoutRuns++;
    } else shoutStreak = 0;
  }
  // A menu or a list of headlines in title case: most words capitalised (not a sentence of names that
  // ends as prose does, with two lower-case words or more: `Manchester United beat Real Madrid at Old Trafford.`).
  // (A sentence may end on a name in capitals: `… met Ana Roe in Washington DC.`)
  // (Nor is a chronology's entry, opened by its day or date: `Sunday: Meets China's President Xi Jinping in Paris`.)
  const prose =
    (words - capitalised >= 2 && /\p{L}[.!?]["”’)]?\s*$/u.test(text)) || DATED_ENTRY_RE.test(text);
  if (words >= 8 && capitalised / words >= TITLE_CASE_SHARE && !prose) return true;
  // A list of shouted headlines (`ERUPTION OF ANGER Mount Agung … SHARP TASTE Man found …`).
  if (shoutRuns >= 3) return true;
  return shouts >= 3 && shouts / Math.max(1, words) >= 0.3;
}

/** 0 for a non-letter, 1 for a lower-case (or caseless) letter, 2 for an upper-case one. */
function caseOf(code: number, c: string): number {
  if (code >= 97 && code <= 122) return 1;
  if (code >= 65 && code <= 90) return 2;
  if (code < 0xc0) return 0;
  if (!/\p{L}/u.test(c)) return 0;
  return c !== c.toLowerCase() ? 2 : 1;
}

/**
 * @module analyze/entities/scan-runs
 * Steps `scanRuns` and `trimRuns`: runs of capitalised words (with the connectors, initials, numbers
 * and model codes names carry: `Bank of America`, `J. K. Rowling`, `Falcon 9`, `Galaxy S9`, `iPhone X`,
 * `Guns & Guitars`, `Citigroup Inc.`), split where a connector joins two names (`Amazon and Microsoft`)
 * or a possessive ends one; then trimmed of what is not the name: sentence-initial common words
 * (`Shares of …`, `Billionaire Elon Musk`), stop words, weekdays.
 */
import { isEnglishWord } from '../english.js';
import {
  CITY_COUNTRY,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  COUNTRY_BY_SEAT,
  isKnownPlace,
  STATES,
} from '../gazetteer.js';
import { TITLES } from '../names.js';
import { knownWhole } from './known-names.js';
import { type EntityState, inSpans, isAllCaps, type Token } from './state.js';
import {
  ACTING_AFTER_RE,
  ACTING_REACH,
  CENTRE_FOR_RE,
  CHAMBERS,
  COMPASS,
  DAYS,
  EAST_ASIAN_SURNAMES,
  HONORIFICS,
  isGivenName,
  MONTHS,
  NAME_ABBREVIATIONS,
  NAMED_DAYS,
  ORDINAL_RE,
  ORG_WORDS,
  OTHER_WORDS,
  PERSON_NOUNS,
  PLACE_FIRST_WORDS,
  PLACE_WORDS,
  POSSESSIVE_NAME_WORDS,
  STOP,
} from './words.js';

/**
 * A word of a name: an Arabic article's name (`al-Qaeda`), initials (`U.S.`), a capitalised word with its hyphenated or apostrophised parts
 * and digits (`Chang'e-5`, `S9`, `AT&T`), a product name with a short lower-case head (`iPhone`,
 * `eBay`), or a short number (`Apollo 11`, `Long March 4C`, `Android 8.1`; no share: `Roe Bank 2.6%`) that
 * may only continue a run.
 * Every alternative is anchored at a word start and has no ambiguous repetition: linear time. (A unit
 * after a number is no name's start: `2800mAh`, `2.5GHz`.)
 */
const TOKEN_RE =
  /(?<![\p{L}\p{M}\d-])(?:al|el)-\p{Lu}(?:[\p{L}\p{M}\d]|[-’'](?=[\p{L}\p{M}\d]))*|(?:\p{Lu}\.){2,}|(?<!\d\p{L}{0,3})\p{Lu}(?:[\p{L}\p{M}\d]|[-’'&](?=[\p{L}\p{M}\d]))*(?:\.(?:com|org|net)\b)?|(?<![\p{L}\p{M}\d])[a-z]{1,3}[A-Z][\p{L}\p{M}\d]*|(?<![\p{L}\p{M}\d.,$£€])\d{1,3}(?:\.\d)?\p{L}{0,2}(?![\p{L}\p{M}\d]|[.,:/-]\d|\s?%|\s(?:per|percent|points?)\b)/gu;
const POSSESSIVE_RE = /[’']s$/;
/**
 * What follows a name ending in `’s` that possesses nothing: its verb (`Moody's said`, `Standard &
 * Poor's cut`) or a preposition (`sold at Christie’s in New York`). (Not a sentence's end: `used to fool
 * Samsung's.` leaves its noun out.)
 */
const OWN_NAME_AFTER_RE =
  /^(?:\s+(?:said|says|reported|announced|noted|added|cut|cuts|raised|downgraded|upgraded|rated|rates|in|at|on|from|with|near)\b)/;
/**
 * The lower-case tail of an adjective made of a name (`-based` in `Chicago-based`, `-area`, `-led`): a
 * closed list, as a lower-case syllable is also part of names (`Moon Jae-in`, `Kim Jong-un`).
 */
const ADJECTIVE_TAIL_RE =
  /-(?:based|area|born|bred|led|backed|run|owned|made|bound|style|era|type|like|class|linked|controlled|held|funded|sponsored|affiliated|allied|friendly|focused|centric|wide|related|inspired|themed|dominated|occupied|registered|listed|headquartered|educated|raised|trained|designed|built|produced|speaking|happy|obsessed|bashing|loving|leaning|appointed|brokered|imposed|sanctioned|approved|supported|aligned)$/;
/** A word with a short lower-case head (`iPhone`, `eBay`, `iReporter`). */
const LOWER_HEAD_RE = /^\p{Ll}{1,3}\p{Lu}/u;
/** The gap after a plural possessive (`Employers’ `). */
const PLURAL_POSSESSIVE_GAP_RE = /^[’'] $/;
/** Function words written in capitals for emphasis (`do NOT run`, `BUT`): never a name's word. */
const EMPHASIS = new Set(
  'NOT BUT AND OR THE WAS WERE IS ARE ALL ANY NOW NEVER ONLY MUST DO DOES DID NO YES VERY MORE MOST ALSO EVER STILL JUST'.split(
    ' ',
  ),
);
/** Whether a word is a function word in capitals inside a lower-case sentence (`do NOT run`), not a shouted headline. */
function emphasis(text: string, token: Token): boolean {
  if (!EMPHASIS.has(token.text)) return false;
  const before = text.slice(Math.max(0, token.start - 12), token.start);
  const after = text.slice(token.end, token.end + 12);
  return /\p{Ll}{2}[,;]?\s+$/u.test(before) || /^[,;]?\s+\p{Ll}{2}/u.test(after);
}

/**
 * A market instrument's code in capitals: an index after its stop (`.DJI`, `.SPX`), or a ticker in
 * brackets before its exchange's letter (`(ALL.N)`, `(CVX.N)`): no name.
 */
function instrumentCode(text: string, token: Token): boolean {
  if (!/^[A-Z]{2,5}$/.test(token.text)) return false;
  const before = text.slice(Math.max(0, token.start - 2), token.start);
  return (
    /(?:^|[\s(])\.$/.test(before) ||
    (before.endsWith('(') && /^\.[A-Z]{1,2}\)/.test(text.slice(token.end, token.end + 4)))
  );
}

/** A word with a letter drawn out three times, a cry (`Arrrgh`, `Owww`, `Buzzzz`): no name's. */
const DRAWN_OUT_RE = /(\p{Ll})\1\1/u;

/** Words that never end a name: a caption or a cut line ran into the next sentence (`Associated Press A`). */
const TRAILING_STOP = new Set(
  // (Nor with a title's abbreviation: `Atlantis Veterinarian Dr` ran into the name on the next line.)
  // (Nor with a verb a headline's capitals gave: `Edward Russell Is a Senior Reporter`.)
  'A An The I In On At To Of And But Or As It He She We They You This That Dr Mr Mrs Ms Prof Is Was Are Were Has Had'.split(
    ' ',
  ),
);

/** After a weekday's abbreviation that is one: a stop, a comma, a date or a month (`Sun, Jan 5`, `Sat 3 May`). */
const DAY_ABBREVIATION_AFTER_RE = /^(?:[.,]|\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))/;

/** Gaps that join two words of one name (one particle, or two: `Ursula von der Leyen`, `Tomas de la Cruz`). */
const PARTICLE_RE =
  /^ (?:(?:de|van|von) (?:la|las|los|der|den|de|dem|het)|de|da|del|della|di|du|des|dos|das|van|von|der|den|ter|la|le|y|bin|ibn|al|el|bint) $|^ (?:al|el|ad|ar|as|at|an)-$/;
/** Gaps that join two words of one name only when the name's form allows (`Bank of America`). */
const CONNECTOR_RE = /^ (?:of|for|on|and|&|of the|for the|for a) $/;
/** Abbreviations whose dot belongs to the name (`Citigroup Inc.`, `Martin Luther King Jr.`). */
const DOTTED = new Set([...NAME_ABBREVIATIONS, 'Nev', 'Tex', 'Calif', 'Fla']);
/**
 * The AP abbreviations of US states (`Ore.`, `Wash.`, `Ariz.`), whose dot belongs to them; one that is
 * also an English word (`Ore`, `Wash`, `Mass`, `Ill`) only after a town and its comma (`Portland, Ore.`).
 */
const STATE_ABBREVIATIONS = new Set(
  [...STATES.keys()].filter((k) => /^\p{Lu}\p{Ll}+\.$/u.test(k)).map((k) => k.slice(0, -1)),
);
const TOWN_COMMA_RE = /\p{L}, $/u;

/** Units written with a capital (`2.5GHz`, `16 MP`, `3,000 mAh` is lower case already): after a number they name nothing. */
const CAPITAL_UNITS = new Set(
  'Hz kHz MHz GHz THz KB MB GB TB PB Kbps Mbps Gbps MP W kW MW GW kWh MWh GWh TWh V kV Wh mAh'.split(' '),
);

/** Whether a word is a unit right after a number (`2.5GHz`, `16 MP`). */
function unitAfterNumber(text: string, token: Token): boolean {
  if (!CAPITAL_UNITS.has(token.text)) return false;
  const before = text.slice(Math.max(0, token.start - 2), token.start);
  return /\d ?$/.test(before);
}

/** A raw run: its tokens and the gaps between them (`gaps[i]` is between tokens i and i+1). */
interface RawRun {
  readonly tokens: Token[];
  readonly gaps: string[];
}

const isNumber = (t: Token): boolean => /^\d/.test(t.text);
/** Names that open on their ordinal: courts, districts, amendments, military units. */
const ORDINAL_HEADS = new Set([
  'Circuit',
  'District',
  'Congressional',
  'Amendment',
  'Fleet',
  'Army',
  'Infantry',
  'Airborne',
  'Armored',
  'Marine',
  'Division',
  'Brigade',
  'Regiment',
  'Battalion',
  'Precinct',
  'Ward',
  'Avenue',
  'Street',
]);
/** The capitalised word one space after a token. */
const NEXT_WORD_RE = /^ (\p{Lu}\p{Ll}+)/u;
/** Whether `word` is an ordinal that opens a name with `next` (`9th Circuit`, `82nd Airborne`). */
const opensOnOrdinal = (word: string, next: string | undefined): boolean =>
  ORDINAL_RE.test(word) && next !== undefined && ORDINAL_HEADS.has(next);
/** Seasons, and the events a season opens the name of (`Winter Olympics`, `Summer Games`). */
const SEASONS = new Set(['Spring', 'Summer', 'Autumn', 'Winter']);
const SEASON_EVENTS = new Set(['Olympics', 'Olympic', 'Paralympics', 'Paralympic', 'Games', 'Universiade']);
/** A month's abbreviation that is also a given name (`Jan Woerner`, `Mar Hicks`): a name when a name's word follows. */
const GIVEN_MONTHS = new Set(['Jan', 'Mar']);
const isFormWord = (t: Token): boolean =>
  ORG_WORDS.has(t.text) || PLACE_WORDS.has(t.text) || OTHER_WORDS.has(t.text) || isOrgPlural(t.text);
/** An organisation's kind in the plural (`Centers for Disease Control`, `National Institutes of Health`). */
const isOrgPlural = (word: string): boolean => /[^s]s$/.test(word) && ORG_WORDS.has(word.slice(0, -1));

/** Words whose name goes on with `of` (`Horn of Africa`, `Isle of Man`, `Kingdom of Saudi Arabia`). */
const OF_HEADS = new Set([
  // (`House of Representatives`, `House of Commons`, `Joint Chiefs of Staff`.)
  'House',
  'Chiefs',
  // (`State of the Union`, `State of Israel`.)
  'State',
  // (A title: `Chief of Staff`, `Chief of Police`, read with the name it precedes.)
  'Chief',
  'Horn',
  'Isle',
  'Straits',
  'Republic',
  'Kingdom',
  'Principality',
  'Sultanate',
  'Emirate',
]);

/** A capitalised plural (`Eagles`, `Friends`, `Sons`), not a surname's `s` (`Ross`, `Davis`). */
const PLURAL_HEAD_RE = /^\p{Lu}\p{Ll}+[^su]s$/u;

/** Bodies whose name goes on with what they are `on` (`Committee on Oversight`, `Panel on Climate Change`). */
const ON_HEADS = new Set([
  'Committee',
  'Subcommittee',
  'Council',
  'Commission',
  'Conference',
  'Office',
  'Panel',
  'Forum',
  'Convention',
  'Institute',
  'Center',
  'Centre',
  'Board',
  'Court',
  'Task',
  'Force',
]);

/** Words a programme's or campaign's name goes on from with `for` (`Deferred Action for Childhood Arrivals`). */
const FOR_HEADS = new Set([
  'Action',
  'Campaign',
  'Coalition',
  'Alliance',
  'Partnership',
  'Fund',
  'Initiative',
]);

/** How far back a list's previous number is looked for. */
const LIST_REACH = 120;

/**
 * Whether the number at [start, end) numbers a list's next item (`1. Finland 2. Norway`): a stop and a
 * capital after it, and the number before it numbering an earlier item (not `Launch Complex 40. The …`).
 */
function listNumber(text: string, start: number, end: number): boolean {
  if (!/^\.\s+\p{Lu}/u.test(text.slice(end, end + 3))) return false;
  const n = Number(text.slice(start, end));
  if (!Number.isInteger(n) || n < 2) return false;
  const before = text.slice(Math.max(0, start - LIST_REACH), start);
  // (Or written as wide as this one: `01. Ana Roe 02. Ivo Doe`.)
  for (const marker of new Set([`${n - 1}.`, `${String(n - 1).padStart(end - start, '0')}.`]))
    for (let at = before.indexOf(marker); at >= 0; at = before.indexOf(marker, at + 1))
      if (
        (at === 0 || /\s/.test(before[at - 1]!)) &&
        /^\s+\p{Lu}/u.test(before.slice(at + marker.length, at + marker.length + 3))
      )
        return true;
  return false;
}

/** Step: runs of capitalised words outside page furniture. */
export function scanRuns(state: EntityState): RawRun[] {
  const { text } = state;
  const raw: RawRun[] = [];
  let tokens: Token[] = [];
  let gaps: string[] = [];
  let possessive = false;
  let held: Token | null = null;
  /** Inside a nickname in quotation marks after a given name (`Renaldo “Peewee` …). */
  let nickname = false;
  const close = (): void => {
    if (tokens.length > 0)
      for (const r of splitConnectors(text, { tokens, gaps }, state.sentenceStarts)) raw.push(r);
    tokens = [];
    gaps = [];
    nickname = false;
  };
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let word = m[0];
    let start = m.index;
    // `Bashar al-Assad`: inside a name, `al-` is the particle between its words (the name's last word
    // is `Assad`, as the text calls him alone); a name of its own keeps it (`al-Qaeda`).
    const last0 = tokens[tokens.length - 1];
    if (/^(?:al|el)-/.test(word) && last0 !== undefined && start === last0.end + 1) {
      word = word.slice(3);
      start += 3;
    }
    // (A name with nothing it possesses after it holds its `’s`: `Moody's said`.)
    const isPossessive =
      word.length > 2 &&
      word[word.length - 1] === 's' &&
      POSSESSIVE_RE.test(word) &&
      !OWN_NAME_AFTER_RE.test(text.slice(start + word.length, start + word.length + 12));
    if (isPossessive) word = word.slice(0, -2);
    if (word.length === 0) continue;
    // `China DailyZhang Yuanxun`: two names a lost space glued together; the second is read next.
    const glued = gluedName(word);
    if (glued !== null) {
      word = glued;
      TOKEN_RE.lastIndex = start + glued.length;
    }
    // `Chicago-based`, `Los Angeles-area`, `Kremlin-backed`: an adjective made of a name and a
    // lower-case word names only its first part, and ends the run (the noun it describes is not that name).
    const adjective = ADJECTIVE_TAIL_RE.exec(word);
    if (adjective) word = word.slice(0, adjective.index);
    let end = start + word.length;
    const stateAbbreviation =
      STATE_ABBREVIATIONS.has(word) &&
      (!isEnglishWord(word.toLowerCase()) || TOWN_COMMA_RE.test(text.slice(Math.max(0, start - 3), start)));
    if ((DOTTED.has(word) || stateAbbreviation) && text[end] === '.') {
      word += '.';
      end++;
    }
    const token: Token = { text: word, start, end };
    if (
      inSpans(state.furniture, start) ||
      inSpans(state.wholeNames, start) ||
      unitAfterNumber(text, token) ||
      emphasis(text, token) ||
      DRAWN_OUT_RE.test(word) ||
      instrumentCode(text, token)
    ) {
      close();
      continue;
    }
    const last = tokens[tokens.length - 1];
    // The text between two words: a single space is by far the most common, read without slicing.
    const gap = last
      ? start === last.end + 1 && text[last.end] === ' '
        ? ' '
        : text.slice(last.end, start)
      : '';
    const number = isNumber(token);
    // A weekday's abbreviation is a day only before a stop, a comma, a date or a month (`Sun, Jan 5`);
    // elsewhere it is a word of a name (`Sun Sentinel`, `Sat Nav`).
    // (A named day is one name: `Super Tuesday`, `Good Friday`.)
    const named = last !== undefined && gap === ' ' && NAMED_DAYS.has(`${last.text} ${word}`);
    const day =
      !named &&
      DAYS.has(word) &&
      (word.length > 3 || DAY_ABBREVIATION_AFTER_RE.test(text.slice(end, end + 6)));
    let joins = false;
    // A possessive ends a name unless the two make one (`Women's March`, `Prosecutor's Office`, `America's Cup`,
    // `Fisherman’s Terminal`).
    const ownName =
      possessive &&
      last !== undefined &&
      (POSSESSIVE_NAME_WORDS.has(last.text) ||
        ((ORG_WORDS.has(word) || OTHER_WORDS.has(word)) &&
          !placeOwner(text, tokens) &&
          !personOwner(tokens) &&
          tokens.length > 0) ||
        // (A place's by one owner's word only, no one's given name, the place word its last: not `Tomas
        // Ruel’s Harbour Hotel`, `Vell’s Harbour Safety body`.)
        (PLACE_WORDS.has(word) &&
          !known(last.text) &&
          tokens.length === 1 &&
          !isGivenName(last.text) &&
          !/^ \p{Lu}/u.test(text.slice(end, end + 2))));
    if (last !== undefined && (!possessive || ownName)) {
      // (`A. Q. Shipley`; `St. Kitts`, `St. Louis`: a saint's abbreviation opening the name.)
      const initial =
        (/^\p{Lu}$/u.test(last.text) ||
          (last.text === 'St' && (tokens.length === 1 || gaps.at(-1) !== ' '))) &&
        gap === '. ';
      // (`Washington, D.C.`: the city and its district are one name.)
      const district = last.text === 'Washington' && gap === ', ' && (word === 'D.C.' || word === 'DC');
      // (`University of California, San Diego`: a university's campus by its city is one name.)
      const campus =
        gap === ', ' && tokens[0]?.text === 'University' && tokens.length >= 2 && cityAt(text, start);
      // (`Donald Trump, Jr.`: a generation's suffix after a comma ends the person's name.)
      const suffix = gap === ', ' && tokens.length >= 2 && /^(?:Jr|Sr)\.?$/.test(word);
      if (number)
        joins =
          (gap === ' ' || gap === '-') &&
          !isNumber(last) &&
          !(MONTHS.has(last.text) && tokens.length < 2) &&
          // (A list's next number is no part of a name: `1. Finland 2. Norway`.)
          !listNumber(text, start, end);
      else if (ownName) joins = /^[’']s $/.test(gap) || gap === ' ';
      else if (opensNickname(text, tokens, gap, start)) joins = nickname = true;
      else if (gap === ', ' && fieldListGoesOn(text, tokens, gaps, start)) joins = true;
      else if (nickname && NICKNAME_CLOSE_RE.test(gap)) {
        joins = true;
        nickname = false;
      } else
        joins =
          gap === ' ' ||
          initial ||
          district ||
          campus ||
          suffix ||
          PARTICLE_RE.test(gap) ||
          CONNECTOR_RE.test(gap) ||
          // A plural possessive inside an organisation's name (`Employers’ Federation`, `Workers’ Party`).
          (PLURAL_POSSESSIVE_GAP_RE.test(gap) && last.text.endsWith('s') && ORG_WORDS.has(word));
      // Weekdays never belong to a name; months only inside one (`Long March 9`, not `March 3`).
      if (day || (MONTHS.has(word) && (last === undefined || MONTHS.has(last.text)))) joins = false;
      // (Nor a date after a name: `By Nathan Roe March 25, 2015`.)
      if (MONTHS.has(word) && /^\s+\d{1,2}(?:st|nd|rd|th)?,\s*\d{4}/.test(text.slice(end, end + 14)))
        joins = false;
      // `CNN iReporter Chris Roe`: a product-like word (`iReporter`, `iPhone`) before a given name is its
      // role or device, not the start of the person's name (`iPhone X` goes on: no given name).
      if (joins && LOWER_HEAD_RE.test(last.text) && isGivenName(word)) joins = false;
    }
    if (!joins) close();
    // A number starts no name, but for an ordinal the name counts by (`the 9th Circuit`).
    if (
      number &&
      tokens.length === 0 &&
      !opensOnOrdinal(word, NEXT_WORD_RE.exec(text.slice(end, end + 16))?.[1])
    ) {
      held = null;
      continue;
    }
    // A word held back (`Winter`, `Jan`) opens the name after all when what follows makes it one.
    if (held !== null && tokens.length === 0 && start === held.end + 1 && text[held.end] === ' ') {
      const opens = SEASONS.has(held.text) ? SEASON_EVENTS.has(word) : !MONTHS.has(word) && !day;
      if (opens) tokens.push(held);
      if (opens) gaps.push(' ');
    }
    held = null;
    if (day || (MONTHS.has(word) && tokens.length === 0)) {
      // `the Winter Olympics`, `director general Jan Woerner`: held back in case a name follows.
      if (!isPossessive && (SEASONS.has(word) || GIVEN_MONTHS.has(word))) held = token;
      possessive = isPossessive;
      continue;
    }
    if (word.indexOf('-') < 0) {
      if (tokens.length > 0) gaps.push(gap);
      tokens.push(token);
    } else
      splitHyphenatedPlaces(token).forEach((part, k) => {
        // `China-Russia` names two places: each part is a run of its own.
        if (k > 0) close();
        if (tokens.length > 0) gaps.push(gap);
        tokens.push(part);
      });
    possessive = isPossessive;
    if (adjective) close();
  }
  close();
  return raw;
}

/** One field of a list: one or two capitalised words (`Asthma`, `Public Health`). */
const FIELD_RE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;
const LAST_FIELD_RE = /^\p{Lu}\p{Ll}+/u;
/** How far the rest of a field list is read. */
const FIELD_LIST_REACH = 80;

/**
 * Whether a comma inside an institution's field goes on with the list of its fields (`American Academy of
 * Allergy, Asthma and Immunology`): the name so far is a kind `of` one field, and the rest of the list
 * follows in capitalised everyday words, closed by `and`. Read item by item over a short reach.
 */
function fieldListGoesOn(
  text: string,
  tokens: readonly Token[],
  gaps: readonly string[],
  start: number,
): boolean {
  const of = gaps.length - 1;
  if (of < 0 || gaps[of] !== ' of ' || !ORG_WORDS.has(tokens[of]!.text)) return false;
  const rest = text.slice(start, start + FIELD_LIST_REACH);
  const and = rest.indexOf(' and ');
  if (and < 0) return false;
  const fields = rest.slice(0, and).replace(/,$/, '').split(', ');
  const last = LAST_FIELD_RE.exec(rest.slice(and + 5))?.[0];
  return (
    last !== undefined &&
    fields.every((f) => FIELD_RE.test(f)) &&
    [...fields.flatMap((f) => f.split(' ')), last].every((w) => isEnglishWord(w.toLowerCase()))
  );
}

/** A word glued to a name by a lost space: an everyday capitalised word, then a capitalised name. */
const GLUED_RE = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u;

/**
 * The first of two words a lost space glued together (`DailyZhang` -> `Daily`), when the first is an
 * everyday word and the second a person's name no dictionary holds (`Zhang`, `Frances`); null otherwise
 * (`BlackBerry`, `YouTube`, `MacArthur` are one name).
 */
function gluedName(word: string): string | null {
  const m = GLUED_RE.exec(word);
  if (!m) return null;
  const [, first, second] = m as unknown as [string, string, string];
  const everyday = isEnglishWord(first.toLowerCase()) || ORG_WORDS.has(first);
  const person =
    (isGivenName(second) || EAST_ASIAN_SURNAMES.has(second)) && !isEnglishWord(second.toLowerCase());
  return everyday && person && !/^(?:Mac|Van|Von|Del|Der|Den|Des|Dos|Das|Fitz)$/.test(first) ? first : null;
}

/** The gap that opens a nickname in quotation marks, and the one that closes it. */
const NICKNAME_OPEN_RE = /^ [“"‘']$/;
const NICKNAME_CLOSE_RE = /^[”"’'] $/;
const CAPITAL_RE = /\p{Lu}/u;
const NICKNAME_CHAR_RE = /[\p{L}.-]/u;
const NICKNAME_CLOSE_MARKS = new Set(['”', '"', '’', "'"]);
/** The most words, and characters, a nickname runs to. */
const NICKNAME_WORDS = 3;
const NICKNAME_REACH = 40;

/**
 * Whether a nickname starts at `start`: up to three capitalised words one space apart, its closing mark,
 * a space, then the surname's capital (`Peewee” Gilkes`). Read character by character over a short reach.
 */
function nicknameAt(text: string, start: number): boolean {
  const end = Math.min(text.length, start + NICKNAME_REACH);
  let at = start;
  for (let words = 0; words < NICKNAME_WORDS; words++) {
    if (at >= end || !CAPITAL_RE.test(text[at]!)) return false;
    at++;
    while (at < end && NICKNAME_CHAR_RE.test(text[at]!)) at++;
    if (at + 2 < end && NICKNAME_CLOSE_MARKS.has(text[at]!) && text[at + 1] === ' ')
      return CAPITAL_RE.test(text[at + 2]!);
    if (text[at] !== ' ') return false;
    at++;
  }
  return false;
}

/**
 * Whether a quotation mark after a given name opens a nickname inside the person's name (`Renaldo “Peewee”
 * Gilkes`, `Joaquín 'El Chapo' Guzmán`): one or two words of the name so far, the first a given name.
 */
function opensNickname(text: string, tokens: readonly Token[], gap: string, start: number): boolean {
  return (
    NICKNAME_OPEN_RE.test(gap) &&
    tokens.length >= 1 &&
    tokens.length <= 2 &&
    isGivenName(tokens[0]!.text) &&
    nicknameAt(text, start)
  );
}

/** A centre, which may be a place or an institution: one `for` something is an institution. */
const CENTRE_RE = /^Cent(?:er|re)s?$/;

/** Whether a compass word at `first` opens a name: the run ends in an organisation's kind, is a known place, or is a state's region. */
function compassName(text: string, tokens: readonly Token[], first: number): boolean {
  if (first + 1 >= tokens.length) return false;
  const whole = text.slice(tokens[first]!.start, tokens[tokens.length - 1]!.end);
  // `Southern California`, `Central Florida`: a state's region by its compass point.
  const rest = text.slice(tokens[first + 1]!.start, tokens[tokens.length - 1]!.end);
  // (`Central Bank of Orvel`: the kind may come before the name's complement.)
  const kind = tokens.slice(first + 1).some((t) => ORG_WORDS.has(t.text));
  return kind || knownWhole(whole) || CENTRE_FOR_RE.test(whole) || STATES.has(rest);
}

/** `Moscow-Beijing`, `China-Russia` are two places; `Asia-Pacific` stays one word. */
function splitHyphenatedPlaces(token: Token): Token[] {
  const { text: word, start } = token;
  if (word.indexOf('-') < 0) return [token];
  const parts = word.split('-');
  const known = (p: string): boolean =>
    COUNTRY_BY_NAME.has(p) || COUNTRY_BY_SEAT.has(p) || COUNTRY_BY_DEMONYM.has(p);
  if (!parts.every(known)) return [token];
  const out: Token[] = [];
  let at = start;
  for (const p of parts) {
    out.push({ text: p, start: at, end: at + p.length });
    at += p.length + 1;
  }
  return out;
}

/**
 * Splits a run at connectors that join two names rather than make one: `of`/`for`/`on` stay when the
 * words before them make an institution (`Bank of America`, `Council on Foreign Relations`); `and`
 * stays inside a name that ends in its kind (`Securities and Exchange Commission`, `Resort and
 * Casino`); `&` always stays (`Guns & Guitars`). Trailing numbers come off a run they do not name.
 */
function splitConnectors(text: string, run: RawRun, sentenceStarts: ReadonlySet<number>): RawRun[] {
  if (run.gaps.length === 0) return [run];
  const out: RawRun[] = [];
  let from = 0;
  // Whether the name so far is an organisation's, its kind joined to what it is for (`Office for the
  // Co-ordination`): then `of …` goes on with it (`… of Humanitarian Affairs`), as `of` after the kind does.
  let organised = false;
  // Whether it is a kind joined by `of` to its field (`Department of Health`, `Institute of Allergy`): then
  // `and` goes on with a field in everyday words (`… and Human Services`, `… and Infectious Diseases`),
  // not with another name (`Bank of America and Wells Fargo`).
  let ofField = false;
  for (let i = 0; i < run.gaps.length; i++) {
    const gap = run.gaps[i]!;
    // An acronym inside a run is a word of its own (`Series MVP Ben Zobrist`), not a name's middle.
    const here = run.tokens[i + 1]!;
    // But one before the kind the whole name ends in is a word of it (`Croydon Health Services NHS Trust`).
    const endsInKind =
      run.tokens.length - (i + 2) <= 2 && ORG_WORDS.has(run.tokens[run.tokens.length - 1]!.text);
    // (A regnal numeral is the name's: `Wilhelm II and Nicholas II`.)
    if (
      i + 1 < run.tokens.length - 1 &&
      /^\p{Lu}{2,}$/u.test(here.text) &&
      !/^[IVX]{2,5}$/.test(here.text) &&
      !/^\p{Lu}{2,}$/u.test(run.tokens[i]!.text) &&
      !endsInKind
    ) {
      out.push({ tokens: run.tokens.slice(from, i + 1), gaps: run.gaps.slice(from, i) });
      out.push({ tokens: [here], gaps: [] });
      from = i + 2;
      i++;
      organised = false;
      continue;
    }
    if (!CONNECTOR_RE.test(gap) || gap === ' & ') continue;
    const left = run.tokens.slice(from, i + 1);
    let keep: boolean;
    const leftLast = left[left.length - 1]!;
    if (gap === ' and ') {
      let j = i + 1;
      while (j < run.tokens.length - 1 && !CONNECTOR_RE.test(run.gaps[j]!)) j++;
      const right = run.tokens.slice(i + 1, j + 1);
      // `Securities and Exchange Commission`, `Arts and Sciences`, `Resort and Casino`, `Rail and Road`
      // are one name; `Reeves Corner and Addington Village` are two places.
      // (`Universities and Colleges Employers’ Association`: a common word joined to a three-word kind.)
      const lastIsKind = ORG_WORDS.has(right[right.length - 1]!.text);
      // (An acronym after `and` is a name of its own: `Golden Globes and SAG awards`.)
      const acronym = right.length === 1 && isAllCaps(right[0]!.text);
      // (`Samsung Electronics and Verizon Wireless`: two whole companies, each ending in its kind, the second
      // opening on a name.)
      const twoWhole =
        left.filter((t) => t.text !== 'The').length >= 2 &&
        ORG_WORDS.has(leftLast.text) &&
        right.length >= 2 &&
        lastIsKind &&
        // (Not `U.S. Securities and Exchange Commission`: the second opens on a common word.)
        !isEnglishWord(right[0]!.text) &&
        !isFormWord(right[0]!);
      const everyday = right.every((t) => isEnglishWord(t.text.toLowerCase()) && !known(t.text));
      // (`Jersey City and Hoboken`: a place whole with its kind, then another name, are two places; not
      // `Grand Resort and Casino`, `Hill Farm and Gardens`.)
      const placeThenName =
        left.length >= 2 &&
        PLACE_WORDS.has(leftLast.text) &&
        right.length === 1 &&
        !isFormWord(right[0]!) &&
        !isEnglishWord(right[0]!.text.toLowerCase());
      // (`House and Senate`: two chambers.)
      const chambers =
        left.length === 1 &&
        right.length === 1 &&
        CHAMBERS.has(leftLast.text) &&
        CHAMBERS.has(right[0]!.text);
      // (`Dr Ana Roe and University of Harlow researchers`: a person's whole name, then an institution.)
      const personThenName =
        left.length >= 2 &&
        (isGivenName(left[0]!.text) || HONORIFICS.has(left[0]!.text.toLowerCase())) &&
        !left.some((t) => ORG_WORDS.has(t.text));
      // (`Bill and Melinda Gates Foundation`: two given names before a family's foundation are its name.)
      const givenPair =
        left.filter((t) => t.text !== 'The').length === 1 &&
        isGivenName(leftLast.text) &&
        isGivenName(right[0]!.text) &&
        right.length <= 4 &&
        lastIsKind;
      // (`Apple’s App Store and Android’s Google Play`: a name owning what follows it is an owner of its own.)
      // (Not a field of an institution's: `… Centre for Drugs and Drug Addiction’s report`.)
      const owner =
        !organised &&
        !ofField &&
        /^[’']s\s/.test(text.slice(right[right.length - 1]!.end, right[right.length - 1]!.end + 3));
      keep =
        !owner &&
        (givenPair ||
          (!twoWhole &&
            !chambers &&
            !personThenName &&
            // `… for Disease Prevention and Control`: what an institution is for may hold `and`.
            ((organised && right.length <= 2) ||
              (ofField && right.length <= 2 && everyday) ||
              // `Trinidad and Tobago`, `Bosnia and Herzegovina`: a country's own name holds `and`.
              knownWhole(`${leftLast.text} and ${right.map((t) => t.text).join(' ')}`) ||
              (right.length <= 2 && lastIsKind) ||
              (right.length === 3 && lastIsKind && left.length === 1 && isEnglishWord(leftLast.text)) ||
              (right.length === 1 &&
                !acronym &&
                !placeThenName &&
                (isFormWord(left[0]!) || isFormWord(leftLast))))));
    } else if (gap === ' of ' || gap === ' of the ') {
      // Not a country or city after it, though: `Ministry for Foreign Affairs of Finland` names Finland.
      const next = run.tokens[i + 1]!;
      const place =
        (i + 1 === run.tokens.length - 1 || CONNECTOR_RE.test(run.gaps[i + 1]!)) && known(next.text);
      // (`State` heads a name only as its first word: not `Islamic State of Iraq`, a name then a place.)
      const head = OF_HEADS.has(leftLast.text) && (leftLast.text !== 'State' || left.length === 1);
      // (A plural opening a band's or a group's name goes on too: `Eagles of Death Metal`, `Friends of the Earth`.)
      // (Not a common plural opening its sentence: `Critics of the Ostrom administration`.)
      const pluralHead =
        left.length === 1 &&
        PLURAL_HEAD_RE.test(leftLast.text) &&
        !sentenceStarts.has(leftLast.start) &&
        !place;
      keep = isFormWord(leftLast) || head || pluralHead || (organised && !place);
      if (keep && isFormWord(leftLast)) ofField = true;
    }
    // `Council on Foreign Relations`, `Union for Caspara`; not `the World Series for Chicago`.
    // (A centre `for` something is an institution too: `European Centre for Disease Prevention`.)
    else {
      const forGap = gap === ' for ' || gap === ' for the ' || gap === ' for a ';
      // (`Laiki Bank on March 12`: `on` before a date says when, and ends the name.)
      const next = run.tokens[i + 1]!.text;
      const when = gap === ' on ' && (MONTHS.has(next) || DAYS.has(next));
      // (What a body is `on` is its name's: `Council on Foreign Relations`; not `Costigans Pub on Washington St`.)
      const onGap = gap === ' on ';
      keep =
        !when &&
        (!onGap || ON_HEADS.has(leftLast.text) || isOrgPlural(leftLast.text)) &&
        (ORG_WORDS.has(leftLast.text) ||
          ON_HEADS.has(leftLast.text) ||
          isOrgPlural(leftLast.text) ||
          (forGap && (CENTRE_RE.test(leftLast.text) || FOR_HEADS.has(leftLast.text))));
      // (`Committee on Oversight and Reform`: what a committee is on may hold `and` too.)
      if (keep && (forGap || gap === ' on ')) organised = true;
    }
    if (!keep) {
      out.push({ tokens: run.tokens.slice(from, i + 1), gaps: run.gaps.slice(from, i) });
      from = i + 1;
      organised = false;
      ofField = false;
    }
  }
  out.push({ tokens: run.tokens.slice(from), gaps: run.gaps.slice(from) });
  return out;
}

/** What `trimRuns` hands on: a run trimmed to where its name may start. */
export interface TrimmedRun {
  readonly tokens: Token[];
  readonly heading: boolean;
  readonly sentenceStart: boolean;
}

/** Words after which `State` opens a name (`State Department`, `State of the Union`, `State Farm Arena`). */
const STATE_HEADS = new Set([
  'Department',
  'Union',
  'Farm',
  'Duma',
  'Council',
  'University',
  'Capitol',
  'Legislature',
  'Assembly',
  'Senate',
]);

/**
 * A capital `The` inside a sentence, after a lower-case word or a list's comma, before one to three more
 * words (`told The Hill`, `obtained by The Intercept`, `a study in The Lancet`, `writes for The Simple
 * Dollar`, `iMore, The Mac Observer`): the first word of a publication's, a show's or a venue's name.
 */
function theOfTitle(state: EntityState, tokens: readonly Token[], first: number): boolean {
  const t = tokens[first]!;
  const words = tokens.length - first;
  return (
    t.text === 'The' &&
    words >= 2 &&
    words <= 4 &&
    !state.sentenceStarts.has(t.start) &&
    /(?:^|[\s(])(?:\p{Ll}+|\p{L}+,)\s$/u.test(state.text.slice(Math.max(0, t.start - 16), t.start))
  );
}

/** A capitalised word, read where the scan stands. */
const CAPITALISED_WORD_RE = /\p{Lu}[\p{L}'-]*/uy;
/** How far after `start` a campus city is read. */
const CITY_REACH = 40;

/**
 * A city the gazetteer knows in the one to three capitalised words at `start` (one space apart, within
 * `CITY_REACH`), no capitalised word after it: the words are read one by one, no pattern repeats a group.
 */
function cityAt(text: string, start: number): boolean {
  const window = text.slice(start, start + CITY_REACH);
  const words: string[] = [];
  let at = 0;
  while (words.length < 3) {
    CAPITALISED_WORD_RE.lastIndex = at;
    const word = CAPITALISED_WORD_RE.exec(window);
    if (!word) break;
    words.push(word[0]);
    at = CAPITALISED_WORD_RE.lastIndex;
    if (window[at] !== ' ') break;
    at++;
  }
  // (A shorter run of them is no city here: a capitalised word follows it.)
  return words.length > 0 && CITY_COUNTRY.has(words.join(' '));
}

/** A number spelt out past ten, opening a sentence (`Forty-two Ukrainian firms`, `Twenty Chelsea fans`). */
const SPELLED_NUMBER_RE =
  /^(?:Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Hundreds|Thousand)(?:-\p{Ll}+)?$/u;

/** Ordinals that open a thing's or a place's name (`First World War`, `Second Amendment`, `Third Avenue`). */
const ORDINALS = new Set(['First', 'Second', 'Third', 'Fourth', 'Fifth']);

/**
 * Whether an ordinal opens the rest of the run as part of its name: the word after it or the run's
 * last is a thing's or a place's (`First World War`, `Second Amendment of Orvel`, `Third Avenue`).
 */
function ordinalOfName(tokens: readonly Token[], first: number): boolean {
  if (!ORDINALS.has(tokens[first]!.text) || tokens.length - first < 2) return false;
  const formed = (t: Token): boolean => OTHER_WORDS.has(t.text) || PLACE_WORDS.has(t.text);
  return formed(tokens[first + 1]!) || formed(tokens[tokens.length - 1]!);
}

/** An age written as one word: `Six-year-old`, `12-Year-Old`, `Five-month-old`. */
const AGE_WORD = /^[\p{L}\d]+-(?:years?|months?|weeks?|days?)-old$/iu;

/** Step: trims sentence starters, stop words and adjectives off the front of each run. */
export function trimRuns(state: EntityState, raw: readonly RawRun[]): TrimmedRun[] {
  const out: TrimmedRun[] = [];
  // Words the text capitalises mid-sentence somewhere: names even where it also writes them in lower
  // case once (`Elon musk's` in a caption does not make `Musk has said` a common word).
  const capitalised = new Set<string>();
  for (const run of raw)
    for (const t of run.tokens) if (!state.sentenceStarts.has(t.start)) capitalised.add(t.text);
  for (const run of raw.flatMap(splitAtThe)) {
    let first = 0;
    const tokens = run.tokens;
    while (first < tokens.length) {
      const t = tokens[first]!;
      // An age before a name (`Six-year-old Tomas Ruel`) describes the person; it is no part of the name.
      if (AGE_WORD.test(t.text)) {
        first++;
        continue;
      }
      // (A compass word opens an institution's or a known place's name: `Western Washington University`,
      // `Central Bank`, `Western Australia`.)
      // (Nor does any stop word opening a known name: `the Third Reich`.)
      if (
        (STOP.has(t.text) || SPELLED_NUMBER_RE.test(t.text)) &&
        !(COMPASS.has(t.text) && compassName(state.text, tokens, first)) &&
        !(t.text === 'State' && STATE_HEADS.has(tokens[first + 1]?.text ?? '')) &&
        !theOfTitle(state, tokens, first) &&
        !ordinalOfName(tokens, first) &&
        !(first + 1 < tokens.length && knownWhole(state.text.slice(t.start, tokens[tokens.length - 1]!.end)))
      ) {
        first++;
        continue;
      }
      const atStart = state.sentenceStarts.has(t.start);
      const lower = t.text.toLowerCase();
      if (atStart && !isGivenName(t.text) && !known(t.text) && !opensKnownName(state.text, tokens, first)) {
        // `Shares of Goldman`, `Billionaire Elon Musk`, `Addressing Xi`: a common word opening the sentence.
        const common = state.lowerWords.has(lower) && !capitalised.has(t.text);
        // (`Freed said …`: a surname the text capitalises mid-sentence is a name, whatever its ending.)
        // (`Drugmaker Pfizer`, `Automaker Ford`: a trade, not a name.)
        // (A stem of three letters or more: `Red Bull` is no inflected word; nor is a word no dictionary
        // holds: `Fareed Zakaria`, `Rasheed Wallace` open on given names.)
        const inflected =
          /\p{L}{3}(?:ing|ly|ed)$|maker$/u.test(t.text) && isEnglishWord(lower) && !capitalised.has(t.text);
        // (`Senior White House officials`: an everyday word before a name the gazetteer knows whole.)
        const next = tokens[first + 1];
        const runEnd = tokens[tokens.length - 1]!.end;
        const known = next === undefined ? '' : state.text.slice(next.start, runEnd);
        // (Not a country's name with the word as the name of a body acting: `Historic England said`.)
        const bodyActing =
          COUNTRY_BY_NAME.has(known) && ACTING_AFTER_RE.test(state.text.slice(runEnd, runEnd + ACTING_REACH));
        const beforeKnown =
          next !== undefined &&
          next.start === t.end + 1 &&
          isEnglishWord(lower) &&
          !isFormWord(t) &&
          knownWhole(known) &&
          !bodyActing;
        // (`Protester Christos Roe`, `Student Maria Roe`: an everyday noun before a given name and a surname.)
        const roleBeforeName =
          isEnglishWord(lower) &&
          !isFormWord(t) &&
          !PLACE_FIRST_WORDS.has(t.text) &&
          !TITLES.has(lower) &&
          tokens.length - first >= 3 &&
          next !== undefined &&
          isGivenName(next.text);
        if (common || inflected || beforeKnown || roleBeforeName || PERSON_NOUNS.has(lower)) {
          first++;
          continue;
        }
      }
      // A month opening a run (`In January`): a date, not a name (`Jan Woerner` is a name).
      if (MONTHS.has(t.text) && !(GIVEN_MONTHS.has(t.text) && first + 1 < tokens.length)) {
        first++;
        continue;
      }
      // A dateline word before the sentence's first name (`LISK Varland and …`, `BEIJING Xinhua …`).
      const dateline = atStart;
      if (
        dateline &&
        isAllCaps(t.text) &&
        t.text.length >= 4 &&
        tokens.length > first + 1 &&
        !isAllCaps(tokens[first + 1]!.text)
      ) {
        out.push({ tokens: [t], heading: inSpans(state.headings, t.start), sentenceStart: atStart });
        first++;
        continue;
      }
      break;
    }
    // A run may not start with a number or a connector's leftovers; an ordinal the name counts by
    // stays (`9th Circuit Court of Appeals`, `14th Amendment`, `82nd Airborne Division`).
    while (
      first < tokens.length &&
      isNumber(tokens[first]!) &&
      !opensOnOrdinal(tokens[first]!.text, tokens[first + 1]?.text)
    )
      first++;
    // Nor end with a stop word (`Associated Press A …` where a caption runs into the next sentence).
    let last = tokens.length;
    // (`World War I`: a war's numeral is no pronoun.)
    while (
      last > first + 1 &&
      TRAILING_STOP.has(tokens[last - 1]!.text) &&
      !(tokens[last - 1]!.text === 'I' && tokens[last - 2]!.text === 'War')
    )
      last--;
    if (first >= last) continue;
    const kept = first === 0 && last === tokens.length ? tokens : tokens.slice(first, last);
    if (listHeading(state, kept)) continue;
    out.push({
      tokens: kept,
      heading: inSpans(state.headings, kept[0]!.start),
      sentenceStart: state.sentenceStarts.has(kept[0]!.start),
    });
  }
  return out;
}

/**
 * A list item's capitalised heading before its colon, all of it everyday words (`Navigation Roadblocks:
 * the menus …`, `Scents and Sounds: …`): no name (`Cork County Council: …` is one, by its `Council`).
 */
function listHeading(state: EntityState, tokens: readonly Token[]): boolean {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const { text } = state;
  if (tokens.length < 2 || text[last.end] !== ':' || !state.sentenceStarts.has(first.start)) return false;
  return tokens.every(
    (t) =>
      isEnglishWord(t.text.toLowerCase()) &&
      !isGivenName(t.text) &&
      !ORG_WORDS.has(t.text) &&
      !PLACE_WORDS.has(t.text) &&
      !OTHER_WORDS.has(t.text),
  );
}

/**
 * A run split before an inner `The` that follows a plain space: `Reuters The United Nations …` is a
 * credit line's outlet and the next sentence's subject (`Bank of The West` keeps its connector).
 */
function splitAtThe(run: RawRun): RawRun | RawRun[] {
  if (run.gaps.length === 0) return run;
  const parts: RawRun[] = [];
  let from = 0;
  for (let k = 1; k < run.tokens.length; k++) {
    if (run.tokens[k]!.text !== 'The' || run.gaps[k - 1] !== ' ') continue;
    parts.push({ tokens: run.tokens.slice(from, k), gaps: run.gaps.slice(from, k - 1) });
    from = k;
  }
  if (from === 0) return run;
  parts.push({ tokens: run.tokens.slice(from), gaps: run.gaps.slice(from) });
  return parts;
}

/** Longest name, in words, looked up whole at a sentence's start. */
const LONGEST_KNOWN_OPENING = 4;

/** Whether the words from `first` begin a name the gazetteer knows whole (`South Korea`, `New Zealand`). */
function opensKnownName(text: string, tokens: readonly Token[], first: number): boolean {
  const last = Math.min(tokens.length, first + LONGEST_KNOWN_OPENING);
  for (let k = first + 1; k < last; k++)
    if (knownWhole(text.slice(tokens[first]!.start, tokens[k]!.end))) return true;
  return false;
}

const known = (word: string): boolean =>
  COUNTRY_BY_NAME.has(word) || COUNTRY_BY_DEMONYM.has(word) || COUNTRY_BY_SEAT.has(word);

/**
 * Whether the run so far is a person's name, a given name and a surname (`Joe Biden’s Cabinet`, `Tom
 * Roe’s Foundation`): its owner, not part of the organisation's name (not `St Patrick’s Cathedral`).
 */
function personOwner(tokens: readonly Token[]): boolean {
  // (After a title or honorific: `President Joe Biden`.)
  let k = 0;
  while (
    k < tokens.length &&
    (TITLES.has(tokens[k]!.text.toLowerCase()) || HONORIFICS.has(tokens[k]!.text.toLowerCase()))
  )
    k++;
  const name = tokens.slice(k);
  return (
    (name.length === 2 || name.length === 3) &&
    isGivenName(name[0]!.text) &&
    name.every(
      (t) =>
        !ORG_WORDS.has(t.text) &&
        !PLACE_WORDS.has(t.text) &&
        !CITY_COUNTRY.has(t.text) &&
        !STATES.has(t.text),
    )
  );
}

/** Longest place name, in words, read as a possessive's owner. */
const LONGEST_OWNER = 3;

/**
 * Whether the run so far ends in a country, state or city the gazetteer knows, its possessive after it:
 * the owner of what follows, not part of its name (`New York’s Times Square`, `California’s Museum of
 * Neon Art`).
 */
function placeOwner(text: string, tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return false;
  if (known(last.text)) return true;
  for (let k = tokens.length - 1; k >= Math.max(0, tokens.length - LONGEST_OWNER); k--) {
    const name = text.slice(tokens[k]!.start, last.end);
    if (isKnownPlace(name)) return true;
  }
  return false;
}

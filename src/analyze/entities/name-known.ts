/**
 * @module analyze/entities/name-known
 * Step `nameKnown`: settles the runs the gazetteer knows (countries, capitals standing for their
 * state, cities, regions, news organisations, well-known organisations), strips leading nationality
 * (`Russian President …`) and titles off the rest, and hands on the candidate names for typing.
 * A capital or city that is also a word of a person's name in the article waits for that person
 * (`Hamilton` the driver is not Bermuda's capital), and a title never leaves a place behind
 * (`Captain America` is no America).
 */
import {
  CITY_COUNTRY,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  COUNTRY_BY_SEAT,
  MEDIA_BY_NAME,
  ORG_BY_NAME,
  REGIONS,
  STATES,
  SUBDIVISIONS,
} from '../gazetteer.js';
import { slug, TITLES } from '../names.js';
import type { TrimmedRun } from './scan-runs.js';
import {
  builder,
  countryBuilder,
  type EntityState,
  isAllCaps,
  mention,
  namedThing,
  type Run,
  spanText,
  type Token,
  titleCase,
} from './state.js';
import {
  CENTRE_FOR_RE,
  EAST_ASIAN_SURNAMES,
  FOREIGN_ARTICLES,
  GENERIC_LONE,
  HEAD_TITLES,
  HEAVENLY_BODIES,
  HOLIDAYS,
  INNER_FUNCTION_WORDS,
  isGivenName,
  ORG_WORDS,
  OTHER_WORDS,
  PLACE_FIRST_WORDS,
  PLACE_WORDS,
  TECH_TERMS,
} from './words.js';

/** Words after which a capital names the city, not the state (`met in Beijing`). */
const LOCATIVE = new Set(
  'in at from to near visited visit visiting visits across outside inside into via around toward towards reached arrived left leaving through'.split(
    ' ',
  ),
);

/** What a state does, right after its capital's name. */
const STATE_ACTS_RE =
  /^(?:[’']s\s+(?:government|position|stance|response|decision|foreign policy|leadership|ambassador|envoy)\b|,?\s+(?:has|have|had|is|was|will|would|could|may|must|said|says|warned|warns|accused|accuses|urged|urges|announced|wants|insists|insisted|denied|denies|rejected|rejects|condemned|condemns|responded|imposed|agreed|agrees|hailed|sought|seeks|demanded|demands|called|calls|claimed|claims|believes|considers|sees|regards|refused|vowed|threatened|threatens|hopes|fears|signed|launched|backed|backs|supports|opposes|told|sent|expelled|recalled|retaliated|protested|summoned|accepted|welcomed)\b)/;
/** A capital paired with a state or another capital: `Moscow and Beijing`, `between London and Paris`. */
const PAIRED_AFTER_RE = /^\s+(?:and|or)\s+(?:the\s+)?\p{Lu}/u;
const PAIRED_BEFORE_RE = /\p{Lu}[\p{L}]+\s+(?:and|or)\s+$/u;
/** A capital as a party to relations: `ties with Beijing`, `pressure on Moscow`. */
const RELATIONS_BEFORE_RE =
  /\b(?:ties|relations|talks|deal|agreement|dialogue|rift|row|dispute|tensions|pressure|sanctions|alliance|partnership|cooperation|trade)\s+(?:with|between|on|against)\s+$/;

/** Seats of power that are buildings: the institution in them, not the state. */
const INSTITUTIONAL_SEATS = new Set([
  'Kremlin',
  'White House',
  'Pentagon',
  'Downing Street',
  'Whitehall',
  'Zhongnanhai',
  'Blue House',
  'Elysee',
  'Élysée',
  'Quai d’Orsay',
  'Foggy Bottom',
]);

/** Words before a heavenly body's name: `the Moon`, `to Mars`, `on Mars`. */
const BODY_BEFORE_RE = /\b(?:the|to|on|of|from|around|orbit|orbiting|reach|reached|toward|towards)\s+$/i;
/** A word that starts people's names: a given name or an East Asian family name. */
const looksPersonal = (word: string): boolean => isGivenName(word) || EAST_ASIAN_SURNAMES.has(word);

const hasFormWord = (tokens: readonly Token[]): boolean =>
  // (`Corp.`, `Inc.`: a legal form with its full stop is the organisation word it abbreviates.)
  // A given name that is also a kind of event or law opens a person's name before another word
  // (`Bill Smith`), and ends a law's (`Finance Bill`).
  tokens.some(
    (t, i) =>
      ORG_WORDS.has(t.text.replace(/\.$/, '')) ||
      (OTHER_WORDS.has(t.text) && !(i < tokens.length - 1 && isGivenName(t.text))),
  ) || PLACE_WORDS.has(tokens[tokens.length - 1]!.text);

export function nameKnown(state: EntityState, trimmed: readonly TrimmedRun[]): void {
  // Words of names that may be people's: a place word among them waits for the person.
  const personWords = new Set<string>();
  for (const r of trimmed) {
    if (r.tokens.length < 2 || r.heading || hasFormWord(r.tokens)) continue;
    if (knownWhole(r.tokens.map((t) => t.text).join(' '))) continue;
    personWords.add(r.tokens[0]!.text);
    personWords.add(r.tokens[r.tokens.length - 1]!.text);
  }
  // Surnames after a given name (`Wayne King`): such a word alone is that person, title word or not.
  const surnames = new Set<string>();
  for (const r of trimmed)
    if (r.tokens.length >= 2 && isGivenName(r.tokens[0]!.text))
      surnames.add(r.tokens[r.tokens.length - 1]!.text);
  // Acronyms the text writes mid-sentence somewhere: names also where they open a sentence.
  const acronyms = new Set<string>();
  for (const r of trimmed)
    if (r.tokens.length === 1 && !r.sentenceStart && isAllCaps(r.tokens[0]!.text))
      acronyms.add(r.tokens[0]!.text);
  for (const r of trimmed) nameRun(state, r, personWords, acronyms, surnames);
}

/** Members a party's adjective describes (`the Labour MP`), and the adjectives of parties. */
const PARTY_MEMBER = new Set([
  'MP',
  'MPs',
  'MEP',
  'Senator',
  'Congressman',
  'Congresswoman',
  'Representative',
  'Leader',
  'Peer',
]);
const PARTY_ADJECTIVE_RE =
  /^(?:Conservative|Labour|Labor|Liberal|Republican|Democratic|Democrat|Green|Socialist|Tory|Unionist|Nationalist)$/;

/** Words of a kind that are names by themselves: awards and games called by one plural word. */
const NAMED_ALONE = new Set(['Oscars', 'Emmys', 'Grammys', 'Baftas', 'Globes', 'Olympics', 'Paralympics']);

/** After a dateline's place: a dash, an agency in brackets, or a region's name then a dash or bracket. */
const DATELINE_AFTER_RE =
  /^\s*(?:[–—]|\([^()]{1,24}\)\s*[–—-]|,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s*(?:[–—]|\())/u;

/** Whether `the` stands right before `at` (`the Conservative MP`, `the King`): a description, not a name. */
const afterThe = (text: string, at: number): boolean =>
  /\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at));

/** A state, region or country's name: a place that holds towns. */
const widerPlace = (name: string): boolean =>
  STATES.has(name) || REGIONS.has(name) || SUBDIVISIONS.has(name) || COUNTRY_BY_NAME.has(name);

/** A place, news organisation or organisation the gazetteer knows by this whole name. */
export function knownWhole(name: string): boolean {
  return (
    MEDIA_BY_NAME.has(name) ||
    ORG_BY_NAME.has(name) ||
    COUNTRY_BY_NAME.has(name) ||
    COUNTRY_BY_SEAT.has(name) ||
    CITY_COUNTRY.has(name) ||
    REGIONS.has(name) ||
    SUBDIVISIONS.has(name) ||
    STATES.has(name)
  );
}

function nameRun(
  state: EntityState,
  r: TrimmedRun,
  personWords: ReadonlySet<string>,
  acronyms: ReadonlySet<string>,
  surnames: ReadonlySet<string>,
): void {
  const { text } = state;
  let rest = r.tokens;
  const whole = spanText(state, rest);
  const single = rest.length === 1;
  const waits = single && personWords.has(rest[0]!.text) && !COUNTRY_BY_NAME.has(whole);
  if (!waits && classifyKnown(state, rest, whole)) return;
  if (single && (GENERIC_LONE.has(rest[0]!.text) || HOLIDAYS.has(rest[0]!.text))) return;
  if (rest.length > 8) return;
  const caps = rest.filter((t) => isAllCaps(t.text));
  // An unknown dateline of two or three words (`KHAN YOUNIS, GAZA —`, `PORT ARLO (Wire) -`): the place
  // the story was filed from.
  const runEnd = rest[rest.length - 1]!.end;
  if (
    rest.length > 1 &&
    rest.length <= 3 &&
    caps.length === rest.length &&
    r.sentenceStart &&
    DATELINE_AFTER_RE.test(text.slice(runEnd, runEnd + 40))
  ) {
    const place = everyWordCapitalised(whole);
    mention(state, rest[0]!.start, runEnd, builder(state, `place:${slug(place)}`, place, 'place'));
    return;
  }
  if (rest.length > 1 && caps.some((t) => t.text.replace(/\./g, '').length > 4)) return;
  if (rest.length > 1 && caps.length * 2 > rest.length) return;
  const run: Run = {
    tokens: rest,
    mentionStart: rest[0]!.start,
    runStart: rest[0]!.start,
    titles: [],
    nationality: null,
    heading: r.heading,
    sentenceStart: r.sentenceStart,
    work: quotedTitle(state, rest),
  };
  if (r.heading) {
    // Headings are title case: their words only ever find people the body named.
    if (rest.length > 1) {
      for (const t of rest)
        state.runs.push({ ...run, tokens: [t], mentionStart: t.start, sentenceStart: false, work: false });
      return;
    }
    state.runs.push(run);
    return;
  }
  // A known name leading a person's (`United Nations Nikki Haley`, `Associated Press Nigeria`).
  for (let k = rest.length - 1; k >= 1 && !r.heading; k--) {
    const after = rest.slice(k);
    const head = rest.slice(0, k);
    if (!knownWhole(spanText(state, head))) continue;
    // The longest known head decides: `Kansas City Royals` is no `Kansas` + `City Royals`.
    if (after.length < 2 && !knownWhole(after[0]!.text)) break;
    if (hasFormWord(after)) break;
    // `Seattle Against Slavery`: a function word makes the rest no person's name, so the place is part of it.
    if (after.some((t) => INNER_FUNCTION_WORDS.has(t.text))) break;
    if (head.length === 1 && (COUNTRY_BY_DEMONYM.has(head[0]!.text) || COUNTRY_BY_NAME.has(head[0]!.text)))
      break;
    // `Elizabeth Warren`, `Paris Hilton`: a given name and a town's name are a person's, unless the
    // second is a state's or a country's (`Jackson Mississippi`, `Sydney Australia`).
    if (head.length === 1 && after.length === 1 && isGivenName(head[0]!.text) && !widerPlace(after[0]!.text))
      break;
    if (!classifyKnown(state, head, spanText(state, head))) break;
    rest = after;
    run.tokens = rest;
    run.mentionStart = rest[0]!.start;
    if (rest.length === 1 && classifyKnown(state, rest, rest[0]!.text)) return;
    break;
  }
  // An officer named with their title (`Clark County Sheriff Joseph Lombardo`, `Casparan Energy Minister
  // Yuri Belavin`, `Google CEO Sundar Pichai`): the institution, the title, then the person.
  for (let i = rest.length - 2; i >= 1 && !r.heading; i--) {
    if (!HEAD_TITLES.has(rest[i]!.text) || hasFormWord(rest.slice(i + 1))) continue;
    let j = i;
    while (j > 0 && TITLES.has(rest[j - 1]!.text.toLowerCase())) j--;
    const head = rest.slice(0, j);
    if (
      head.length > 0 &&
      !(head.length === 1 && (COUNTRY_BY_DEMONYM.has(head[0]!.text) || COUNTRY_BY_NAME.has(head[0]!.text)))
    ) {
      const headName = spanText(state, head);
      if (!classifyKnown(state, head, headName) && !/(?:ian|ean|ese|ish|ic)$/.test(headName))
        state.runs.push({ ...run, tokens: head, mentionStart: head[0]!.start });
      rest = rest.slice(j);
    }
    break;
  }
  // An institution's member named right after it with no title (`Security Committee Franz Klintsevich`,
  // `National Space Administration Wu Yanhua`): the institution, then the person.
  // (Also after the organisation's own words: `Ministry of Finance Brian Manning`.)
  for (let i = rest.length - 3; i >= 0 && !r.heading; i--) {
    if (!ORG_WORDS.has(rest[i]!.text)) continue;
    // The person: a given name two or three words from the end.
    let k = Math.max(i + 1, rest.length - 3);
    while (k < rest.length - 1 && !looksPersonal(rest[k]!.text)) k++;
    // (A title between them makes the rest a titled person, read below: `Energy Minister Yuri Belavin`;
    // a connector before the given name joins it to the organisation's name: `Ministry of Urban Planning`.)
    if (rest.slice(i, k).some((t) => HEAD_TITLES.has(t.text))) break;
    if (k > 0 && text.slice(rest[k - 1]!.end, rest[k]?.start ?? 0) !== ' ') break;
    const person = rest.slice(k);
    if (person.length < 2 || hasFormWord(person) || !looksPersonal(person[0]!.text)) break;
    rest = splitBefore(state, run, rest, k);
    break;
  }
  // `Gary Sloane San Leandro` (a letter's signature): a person's name, then the town they write from.
  const town = townAfterPerson(state, rest);
  if (town > 0 && !r.heading) {
    state.runs.push({
      ...run,
      tokens: rest.slice(town),
      mentionStart: rest[town]!.start,
      runStart: rest[town]!.start,
    });
    rest = rest.slice(0, town);
    run.tokens = rest;
  }
  const afterOrganisation = r.heading ? 0 : personAfterOrganisation(state, rest);
  if (afterOrganisation > 0) rest = splitBefore(state, run, rest, afterOrganisation);
  const titled = rest.some(
    (t, i) => i < rest.length - 1 && HEAD_TITLES.has(t.text) && !hasFormWord(rest.slice(i + 1)),
  );
  if ((titled || !hasFormWord(rest)) && !(rest.length > 1 && FOREIGN_ARTICLES.has(rest[0]!.text))) {
    // A leading demonym or country name (`Russian President Vladimir Putin`).
    while (rest.length > 1) {
      const c = COUNTRY_BY_DEMONYM.get(rest[0]!.text) ?? COUNTRY_BY_NAME.get(rest[0]!.text);
      // A number after a country's name makes one name of both (`France 2`, `Russia 1`: channels).
      if (!c || /^\d/.test(rest[1]!.text)) break;
      run.nationality = c.code;
      mention(state, rest[0]!.start, rest[0]!.end, countryBuilder(state, c));
      rest = rest.slice(1);
    }
    // Titles (`President`, `Mr`, `Foreign Minister`), then a portfolio before a head title.
    const titles: string[] = [];
    let named = rest;
    for (let title = titleWord(named[0]); title !== null; title = titleWord(named[0])) {
      titles.push(title);
      named = named.slice(1);
    }
    for (let i = named.length - 2; i >= 1; i--) {
      if (HEAD_TITLES.has(named[i]!.text)) {
        for (const t of named.slice(0, i + 1)) titles.push(t.text.toLowerCase());
        named = named.slice(i + 1);
        break;
      }
    }
    // `Chief Financial Officer`: a title's words with one of its own, ending on a title word, name no one.
    const lastWord = named[named.length - 1];
    if (
      titles.length > 0 &&
      named.length === 2 &&
      lastWord !== undefined &&
      TITLES.has(lastWord.text.toLowerCase()) &&
      !looksPersonal(named[0]!.text) &&
      !surnames.has(lastWord.text)
    )
      return;
    if (named.length === 0) {
      // `said King, who …` after `Wayne King`: a title word that is the surname of someone named in full.
      const lone = rest.length === 1 ? rest[0]! : undefined;
      if (lone && !afterThe(text, lone.start) && surnames.has(lone.text)) state.runs.push(run);
      return;
    }
    // A title before a lone place is part of a name (`Captain America`), not a title.
    const lone = named.length === 1 && titles.length > 0 && knownWhole(named[0]!.text);
    if (!lone) {
      run.titles = titles;
      rest = named;
    } else run.work = true;
    run.tokens = rest;
    run.mentionStart =
      titles.length > 0 && !lone
        ? r.tokens[r.tokens.length - rest.length - titles.length]!.start
        : rest[0]!.start;
    if (run.nationality !== null && titles.length === 0) run.mentionStart = rest[0]!.start;
    const stripped = rest.length !== r.tokens.length;
    if (stripped && run.titles.length === 0 && !waits && classifyKnown(state, rest, spanText(state, rest)))
      return;
  }
  // `Bronx Republican chair …`: a party's adjective before a common noun describes the noun (a party's
  // chair, its candidate); it ends no name.
  const last = rest[rest.length - 1]!;
  if (
    rest.length > 1 &&
    PARTY_ADJECTIVE_RE.test(last.text) &&
    /^ \p{Ll}/u.test(text.slice(last.end, last.end + 2))
  ) {
    rest = rest.slice(0, -1);
    run.tokens = rest;
    if (rest.length === 1 && classifyKnown(state, rest, rest[0]!.text)) return;
  }
  // (A centre for something names an institution however long: `European Centre for Disease Prevention and Control`.)
  const institution = CENTRE_FOR_RE.test(spanText(state, rest));
  if (rest.length > 6 || (rest.length > 4 && !hasFormWord(rest) && !institution)) return;
  // `the Conservative MP`, `the Republican Senator`: a party's member described, no one's name.
  if (
    rest.length === 2 &&
    PARTY_MEMBER.has(rest[1]!.text) &&
    PARTY_ADJECTIVE_RE.test(rest[0]!.text) &&
    afterThe(text, rest[0]!.start)
  )
    return;
  if (rest.length === 1 && run.titles.length === 0) {
    const t = rest[0]!;
    // A lone word of a kind (`Talks`, `Summit`, `Airport`) names nothing; a given name among them may
    // share the surname of the name it is coordinated with (`Bill and Hillary Clinton`).
    const coupled = isGivenName(t.text) && /^ (?:and|&) \p{Lu}/u.test(text.slice(t.end, t.end + 6));
    // (Awards and games known by one plural word name themselves: `the Oscars`, `the Olympics`.)
    const kind = OTHER_WORDS.has(t.text) && !coupled && !NAMED_ALONE.has(t.text);
    if (GENERIC_LONE.has(t.text) || kind || PLACE_WORDS.has(t.text)) return;
    // A technical term in capitals (`SIM free`, `an HDR mode`) names nothing that acts or speaks.
    if (TECH_TERMS.has(t.text)) return;
    if (isAllCaps(t.text)) {
      if (/^\s*[–—]/.test(text.slice(t.end, t.end + 3)) && t.text.length > 3) {
        // An unknown dateline (`KARVELLA –`): the place the story was filed from.
        const place = titleCase(t.text);
        mention(state, t.start, t.end, builder(state, `place:${slug(place)}`, place, 'place'));
        return;
      }
      // An acronym inside running text (`NASA`): an organisation; capitals around it are a headline.
      // (The words around it only: the token itself may be as long as the input.)
      const prevShout = /\p{Lu}{3}[^\p{L}]+$/u.test(text.slice(Math.max(0, t.start - 12), t.start));
      const nextShout = /^[^\p{L}]+\p{Lu}{3}/u.test(text.slice(t.end, t.end + 12));
      const shouting = prevShout && nextShout;
      const opensSentence = r.sentenceStart && !acronyms.has(t.text);
      if (t.text.length >= 3 && t.text.length <= 6 && !opensSentence && !shouting && !/\d/.test(t.text))
        mention(state, t.start, t.end, namedThing(state, t.text, 'organization'));
      return;
    }
    if (/^[DRI]-\p{Lu}/u.test(t.text)) return; // `D-Oregon`: a party and a state
  }
  state.runs.push(run);
}

/**
 * Splits a run before the person's name at `k`: the words before go on as a name of their own, and the
 * run keeps the person's, read in its own context (what stands before the institution, `in the Ministry
 * …`, says where it is, not who the person is). Returns the person's words.
 */
function splitBefore(state: EntityState, run: Run, rest: readonly Token[], k: number): Token[] {
  state.runs.push({ ...run, tokens: rest.slice(0, k), mentionStart: rest[0]!.start });
  const person = rest.slice(k);
  run.tokens = person;
  run.mentionStart = person[0]!.start;
  run.runStart = person[0]!.start;
  return person;
}

/**
 * Where a person's name starts right after an organisation's name that has no organisation word (`… of
 * Super Value Debra Symonette`): a given name two words from the end, when no given name or title opens
 * the words before it (`Sarah Jessica Parker` stays one person); or 0.
 */
function personAfterOrganisation(state: EntityState, rest: readonly Token[]): number {
  const k = rest.length - 2;
  if (rest.length < 4 || !isGivenName(rest[k]!.text)) return 0;
  const head = rest.slice(0, k);
  if (head.some((t) => looksPersonal(t.text) || HEAD_TITLES.has(t.text) || TITLES.has(t.text.toLowerCase())))
    return 0;
  if (state.text.slice(rest[k - 1]!.end, rest[k]!.start) !== ' ' || hasFormWord(rest.slice(k))) return 0;
  return k;
}

/**
 * Where a town's name starts after a person's in one run (`Gary Sloane San Leandro`, `Dennis Carlisle
 * Newark`): a given name and a surname, then a known place or one opening with a place's first word; or 0.
 */
function townAfterPerson(state: EntityState, rest: readonly Token[]): number {
  if (rest.length < 3 || rest.length > 5 || !isGivenName(rest[0]!.text)) return 0;
  for (let k = 2; k < rest.length && k <= 3; k++) {
    const tail = rest.slice(k);
    const name = spanText(state, tail);
    if (tail.length <= 2 && (knownWhole(name) || (tail.length === 2 && PLACE_FIRST_WORDS.has(tail[0]!.text))))
      return k;
  }
  return 0;
}

/** The title a name's first word is (`President`, `Mr.` -> `mr`), or null. */
function titleWord(token: Token | undefined): string | null {
  if (token === undefined) return null;
  const word = token.text.toLowerCase();
  const title = word.endsWith('.') ? word.slice(0, -1) : word;
  return TITLES.has(title) ? title : null;
}

/** A run that fills a pair of quotation marks is a title (`“The Silicon Bargain”`). */
function quotedTitle(state: EntityState, tokens: readonly Token[]): boolean {
  const { text } = state;
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  if (start === 0 || end >= text.length) return false;
  const open = text[start - 1]!;
  const open2 = text.slice(Math.max(0, start - 5), start);
  const close = text[end]!;
  // `“Amazon’s Owner’s Manual`: an apostrophe before an `s` is a possessive, not a closing mark.
  if (/^[’']s\b/.test(text.slice(end, end + 3))) return false;
  return ('“"‘\''.includes(open) || /[“"‘]The $/.test(open2)) && '”"’\''.includes(close);
}

/**
 * A name written in capitals as the gazetteer spells it: short words kept as acronyms (`NASA`, `BBC
 * NEWS` -> `BBC News`) unless only every word capitalised is known (`LOS ANGELES` -> `Los Angeles`).
 */
function capitalsRead(whole: string): string {
  const acronyms = titleCase(whole);
  if (knownWhole(acronyms)) return acronyms;
  const words = everyWordCapitalised(whole);
  return knownWhole(words) ? words : acronyms;
}

/** `LOS ANGELES` -> `Los Angeles`: every word with only its first letter a capital. */
const everyWordCapitalised = (s: string): string =>
  s.replace(/\p{L}+/gu, (w) => w[0]! + w.slice(1).toLowerCase());

/** A place, a news organisation or a known organisation, by the whole run. */
export function classifyKnown(state: EntityState, tokens: readonly Token[], whole: string): boolean {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const read = isAllCaps(whole) && whole.length > 3 ? capitalsRead(whole) : whole;
  // `The Hague`: a name whose `The` the run left out.
  const lookup =
    !knownWhole(read) && afterThe(state.text, start) && knownWhole(`The ${read}`) ? `The ${read}` : read;
  const media = MEDIA_BY_NAME.get(whole) ?? MEDIA_BY_NAME.get(lookup);
  if (media) {
    mention(state, start, end, builder(state, `org:${slug(media)}`, media, 'organization', true));
    return true;
  }
  const org = ORG_BY_NAME.get(whole);
  if (org) {
    mention(state, start, end, builder(state, `org:${slug(org)}`, org, 'organization'));
    return true;
  }
  const country = COUNTRY_BY_NAME.get(lookup) ?? COUNTRY_BY_DEMONYM.get(lookup);
  if (country) {
    mention(state, start, end, countryBuilder(state, country));
    return true;
  }
  const seat = COUNTRY_BY_SEAT.get(lookup);
  if (seat) {
    const prev = /(\p{L}+)\s+(?:the\s+)?$/u.exec(state.text.slice(Math.max(0, start - 24), start));
    // A dateline (`MOSCOW –`, `[BEIJING]`) names the city the story was filed from.
    const dateline = isAllCaps(whole) && /^\s*(?:[–—:-]|\])/.test(state.text.slice(end, end + 3));
    const locative = dateline || (prev !== null && LOCATIVE.has(prev[1]!.toLowerCase()));
    // A capital stands for its state when it acts (`Moscow said`, `Beijing has warned`), when it is
    // paired with another state (`Moscow and Beijing`) or is a party to relations (`ties with Beijing`);
    // elsewhere it is the city (`lives in London`, `London's mayor`).
    const after = state.text.slice(end, end + 40);
    const before = state.text.slice(Math.max(0, start - 40), start);
    const acting =
      !locative &&
      (STATE_ACTS_RE.test(after) ||
        PAIRED_AFTER_RE.test(after) ||
        PAIRED_BEFORE_RE.test(before) ||
        RELATIONS_BEFORE_RE.test(before));
    // A seat of power that is a building (`the White House said`) is the institution in it; a visit
    // to it is a place (`arrived at the White House`).
    if (INSTITUTIONAL_SEATS.has(lookup)) {
      const type = locative ? 'place' : 'organization';
      const key = `${type === 'place' ? 'place' : 'org'}:${slug(lookup)}`;
      mention(state, start, end, builder(state, key, lookup, type, false, seat.code));
      return true;
    }
    if ((acting && !STATES.has(lookup)) || (acting && !/,\s*$/.test(before))) {
      mention(state, start, end, countryBuilder(state, seat));
      return true;
    }
  }
  // `the Moon`, `to Mars`; but `Moon said` is President Moon (a family name that is also a body's).
  const body =
    HEAVENLY_BODIES.has(lookup) &&
    (!EAST_ASIAN_SURNAMES.has(lookup) ||
      BODY_BEFORE_RE.test(state.text.slice(Math.max(0, start - 20), start)));
  if (REGIONS.has(lookup) || body) {
    mention(state, start, end, builder(state, `place:region:${slug(lookup)}`, lookup, 'place'));
    return true;
  }
  const city = CITY_COUNTRY.get(lookup);
  if (city) {
    mention(
      state,
      start,
      end,
      builder(state, `place:${city.code}:${slug(lookup)}`, lookup, 'place', false, city.code),
    );
    return true;
  }
  const us = STATES.get(lookup);
  if (us) {
    mention(state, start, end, builder(state, `place:US:${slug(us)}`, us, 'place', false, 'US'));
    return true;
  }
  const province = SUBDIVISIONS.get(lookup);
  if (province) {
    const key = `place:${province.code}:${slug(lookup)}`;
    mention(state, start, end, builder(state, key, lookup, 'place', false, province.code));
    return true;
  }
  return false;
}

/**
 * @module analyze/entities/name-known
 * Step `nameKnown`: settles the runs the gazetteer knows (`known-names`), splits runs that hold more
 * than one name (a known head before a person's name, an institution before its officer, a writer's
 * town after a signature), strips leading nationality (`Russian President …`) and titles off the rest,
 * and hands on the candidate names for typing, as one ordered list of small named steps over each run
 * (`NAMING_STEPS`). A capital or city that is also a word of a person's name in the article waits for
 * that person (`Hamilton` the driver is not Bermuda's capital), and a title never leaves a place behind
 * (`Captain America` is no America).
 */

import { isEnglishWord } from '../english.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, PRODUCTS, STATES } from '../gazetteer.js';
import { PORTFOLIOS, slug, TITLES } from '../names.js';
import { afterThe, classifyKnown, everyWordCapitalised, knownWhole, widerPlace } from './known-names.js';
import type { TrimmedRun } from './scan-runs.js';
import {
  builder,
  countryBuilder,
  type EntityState,
  isAllCaps,
  LEGAL_FORM_RE,
  mention,
  namedThing,
  type Run,
  spanText,
  type Token,
  titleCase,
} from './state.js';
import { AGE_AFTER_RE } from './weigh-evidence.js';
import {
  ACTING_AFTER_RE,
  ACTING_REACH,
  CENTRE_FOR_RE,
  CHAMBERS,
  EAST_ASIAN_SURNAMES,
  FOREIGN_ARTICLES,
  GENERIC_LONE,
  HEAD_TITLES,
  HOLIDAYS,
  HONORIFIC_BEFORE_RE,
  HONORIFICS,
  INNER_FUNCTION_WORDS,
  isGivenName,
  NAMED_DAYS,
  ORG_WORDS,
  OTHER_WORDS,
  PLACE_FIRST_WORDS,
  PLACE_GIVEN_NAMES,
  PLACE_WORDS,
  TECH_TERMS,
} from './words.js';

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
  const { surnames } = state;
  for (const r of trimmed)
    if (r.tokens.length >= 2 && isGivenName(r.tokens[0]!.text))
      surnames.add(r.tokens[r.tokens.length - 1]!.text);
  // Acronyms the text writes mid-sentence somewhere: names also where they open a sentence.
  const acronyms = new Set<string>();
  for (const r of trimmed)
    if (r.tokens.length === 1 && !r.sentenceStart && isAllCaps(r.tokens[0]!.text))
      acronyms.add(r.tokens[0]!.text);
  const seen: Seen = { personWords, acronyms, surnames };
  for (const r of trimmed) nameRun(state, r, seen);
}

/** What the article's runs as a whole say about single words. */
interface Seen {
  /** Words of names that may be people's (a place word among them waits for the person). */
  readonly personWords: ReadonlySet<string>;
  /** Acronyms written mid-sentence somewhere (names also where they open a sentence). */
  readonly acronyms: ReadonlySet<string>;
  /** Last words of names opening with a given name (`King` after `Wayne King`). */
  readonly surnames: ReadonlySet<string>;
}

/** One run being named: the steps settle it, split names off it, or narrow `rest` to the name still unsettled. */
interface Naming {
  readonly state: EntityState;
  readonly r: TrimmedRun;
  readonly seen: Seen;
  /** The run's words as written. */
  readonly whole: string;
  /** A lone word of a person's name elsewhere in the article: not settled as a place before that person is. */
  readonly waits: boolean;
  /** The candidate handed on for typing when no step settles the run. */
  readonly run: Run;
  /** The words still to name. */
  rest: Token[];
}

/** A step settles the run (returns true: nothing more to do) or narrows it and returns false. */
interface NamingStep {
  readonly name: string;
  readonly run: (n: Naming) => boolean;
}

function nameRun(state: EntityState, r: TrimmedRun, seen: Seen): void {
  const rest = r.tokens;
  const whole = spanText(state, rest);
  const n: Naming = {
    state,
    r,
    seen,
    whole,
    waits: rest.length === 1 && seen.personWords.has(rest[0]!.text) && !COUNTRY_BY_NAME.has(whole),
    run: {
      tokens: rest,
      mentionStart: rest[0]!.start,
      runStart: rest[0]!.start,
      titles: [],
      nationality: null,
      heading: r.heading,
      sentenceStart: r.sentenceStart,
      work: quotedTitle(state, rest),
    },
    rest,
  };
  for (const step of NAMING_STEPS) if (step.run(n)) return;
  state.runs.push(n.run);
}

/** Members a party's adjective describes (`the Labour MP`). */
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

/** Words of a kind that are names by themselves: awards and games called by one plural word. */
const NAMED_ALONE = new Set(['Oscars', 'Emmys', 'Grammys', 'Baftas', 'Globes', 'Olympics', 'Paralympics']);

/**
 * Religions, their God and their observances: beliefs, never who acts or speaks (`Islam teaches`,
 * `converted to Judaism`, `thank God`, `a Shabbat dinner`).
 */
const RELIGIONS = new Set([
  'Islam',
  'Sunni Islam',
  'Shia Islam',
  'Christianity',
  'Judaism',
  'Hinduism',
  'Buddhism',
  'Sikhism',
  'Catholicism',
  'God',
  'Allah',
  'Shabbat',
  'Sabbath',
  // A faith's scriptures.
  'Bible',
  'Koran',
  'Quran',
  'Qur’an',
  "Qur'an",
  'Torah',
  'Talmud',
]);

/** After a dateline's place: a dash, an agency in brackets, or a region's name then a dash or bracket. */
const DATELINE_AFTER_RE =
  /^\s*(?:[–—]|\([^()]{1,24}\)\s*[–—-]|,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s*(?:[–—]|\())/u;

/** A name the gazetteer knows whole (unless it waits for a person's name). */
function settleKnown(n: Naming): boolean {
  // (`Mr. Jackson`, `Sen. Lincoln`: an honorific before a lone known place makes it someone's surname.)
  const first = n.rest[0]!;
  const honoured =
    n.rest.length === 1 &&
    HONORIFIC_BEFORE_RE.test(n.state.text.slice(Math.max(0, first.start - 6), first.start));
  return !n.waits && !honoured && classifyKnown(n.state, n.rest, n.whole);
}

/** A day with a name of its own (`Super Tuesday`, `Good Friday`): an event; a religion (`Islam`): a belief. Both type other. */
function nameDays(n: Naming): boolean {
  if (!NAMED_DAYS.has(n.whole) && !RELIGIONS.has(n.whole)) return false;
  const { state, rest } = n;
  mention(state, rest[0]!.start, rest[rest.length - 1]!.end, namedThing(state, n.whole, 'other'));
  return true;
}

/** Continents' adjectives that open a people's name (`African American`, `Asian Americans`). */
const CONTINENT_ADJECTIVES = new Set([
  'African',
  'Asian',
  'European',
  'Latin',
  'Native',
  'Arab',
  'Caribbean',
  'Pacific',
]);

/** Labels of who people are that no gazetteer holds: sexuality and gender, and peoples of no country. */
const GROUP_LABELS = new Set([
  'LGBT',
  'LGBTQ',
  'LGBTQ+',
  'LGBTQIA',
  'LGBTQIA+',
  'Latino',
  'Latinos',
  'Latina',
  'Latinas',
  'Latinx',
  'Hispanic',
  'Hispanics',
]);

/**
 * A people named by two adjectives (`African American`, `Asian Americans`, `Mexican American`): a
 * group, no person or organisation.
 */
function nameGroupLabel(n: Naming): boolean {
  const { state, rest } = n;
  // (`Latinos`, `Pacific Islanders`: who people are, no body that acts; as an adjective, `Latino
  // voters`, `the LGBTQ community`, it names nothing, as a demonym does not.)
  if (GROUP_LABELS.has(n.whole) || (rest.length === 2 && rest[1]!.text === 'Islanders')) {
    const end = rest[rest.length - 1]!.end;
    if (/s$/.test(n.whole) || !/^ \p{Ll}/u.test(state.text.slice(end, end + 2)))
      mention(state, rest[0]!.start, end, namedThing(state, n.whole, 'other'));
    return true;
  }
  if (rest.length !== 2) return false;
  const [a, b] = [rest[0]!.text, rest[1]!.text];
  const demonym = (w: string): boolean =>
    COUNTRY_BY_DEMONYM.has(w) || COUNTRY_BY_DEMONYM.has(w.replace(/s$/, ''));
  if (!(CONTINENT_ADJECTIVES.has(a) || demonym(a)) || !demonym(b)) return false;
  mention(state, rest[0]!.start, rest[1]!.end, namedThing(state, n.whole, 'other'));
  return true;
}

/** A lone generic word or holiday names nothing; more than eight words are a sentence in capitals. */
function dropGeneric(n: Naming): boolean {
  const single = n.rest.length === 1;
  if (single && (GENERIC_LONE.has(n.rest[0]!.text) || HOLIDAYS.has(n.rest[0]!.text))) return true;
  if (interfaceLabel(n.rest)) return true;
  // (A long institution's officer keeps his name: `House Permanent Select Committee on Intelligence
  // Chairman Adam B. Schiff`, split below.)
  const officer = n.rest.some((t, i) => i > 0 && i < n.rest.length - 1 && HEAD_TITLES.has(t.text));
  return n.rest.length > 8 && !officer;
}

/** Last words of a page's own labels: an image's alt text or a widget (`Header Image`, `Share Button`). */
const INTERFACE_WORDS = new Set([
  'Image',
  'Icon',
  'Logo',
  'Thumbnail',
  'Button',
  'Widget',
  'Slideshow',
  'Placeholder',
]);

/** A label of the page, not a name: `Header Image`, `Facebook Icon`, a print edition's `Page A8`. */
function interfaceLabel(rest: readonly Token[]): boolean {
  const last = rest[rest.length - 1]!.text;
  return (
    INTERFACE_WORDS.has(last) ||
    (rest.length === 2 && rest[0]!.text === 'Page' && /^[A-Z]?\d{1,3}$/.test(last))
  );
}

/**
 * An unknown dateline of two or three words (`KHAN YOUNIS, GAZA —`, `PORT ARLO (Wire) -`): the place
 * the story was filed from.
 */
function nameUnknownDateline(n: Naming): boolean {
  const { state, rest, r } = n;
  const caps = rest.filter((t) => isAllCaps(t.text));
  const runEnd = rest[rest.length - 1]!.end;
  if (
    rest.length > 1 &&
    rest.length <= 3 &&
    caps.length === rest.length &&
    r.sentenceStart &&
    DATELINE_AFTER_RE.test(state.text.slice(runEnd, runEnd + 40))
  ) {
    const place = everyWordCapitalised(n.whole);
    mention(state, rest[0]!.start, runEnd, builder(state, `place:${slug(place)}`, place, 'place'));
    return true;
  }
  return false;
}

/** Words in capitals (a long one, or most of the run) are a headline's shouting, no name. */
function dropShouting(n: Naming): boolean {
  const { rest } = n;
  const caps = rest.filter((t) => isAllCaps(t.text));
  if (rest.length > 1 && caps.some((t) => t.text.replace(/\./g, '').length > 4)) return true;
  return rest.length > 1 && caps.length * 2 > rest.length;
}

/** Headings are title case: their words only ever find people the body named. */
function keepHeadingWords(n: Naming): boolean {
  const { state, run, rest } = n;
  if (!n.r.heading) return false;
  if (rest.length > 1)
    for (const t of rest)
      state.runs.push({ ...run, tokens: [t], mentionStart: t.start, sentenceStart: false, work: false });
  else state.runs.push(run);
  return true;
}

/** A known name leading a person's (`United Nations Nikki Haley`, `Associated Press Nigeria`). */
function splitKnownHead(n: Naming): boolean {
  const { state, run } = n;
  const rest = n.rest;
  // (A company's full name with its legal form is one company: `JPMorgan Chase & Co.`.)
  if (LEGAL_FORM_RE.test(spanText(state, rest))) return false;
  for (let k = rest.length - 1; k >= 1; k--) {
    const after = rest.slice(k);
    const head = rest.slice(0, k);
    // (Words joined by `of` are one name: `Gulf of Thailand` is no `Gulf` and `Thailand`.)
    if (/\bof\b/.test(state.text.slice(head[head.length - 1]!.end, after[0]!.start))) continue;
    if (!knownWhole(spanText(state, head))) continue;
    // A product's name goes on with its model (`iPhone 8 Plus`, `Xbox One X`): one name.
    if (PRODUCTS.has(spanText(state, head))) break;
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
    n.rest = after;
    run.tokens = after;
    run.mentionStart = after[0]!.start;
    return after.length === 1 && classifyKnown(state, after, after[0]!.text);
  }
  return false;
}

/** Institutions a country's name opens the name of (`U.S. Capitol`, `U.S. House`). */
const NATIONAL_INSTITUTIONS = new Set([
  ...CHAMBERS,
  'Capitol',
  'Army',
  'Navy',
  'Treasury',
  'Mint',
  'Embassy',
]);

/** A portfolio before a head title is the title's (`Education Secretary Betsy DeVos`, `Health Minister …`). */
const PORTFOLIO_NOUNS = new Set([
  'Education',
  'Health',
  'Energy',
  'Transport',
  'Transportation',
  'Labor',
  'Labour',
  'Agriculture',
  'Commerce',
  'Treasury',
  'Environment',
  'Housing',
  'Culture',
  'Home',
  'Justice',
  'Immigration',
  'Veterans',
]);

/** Judges' titles, and the kinds of court that qualify them (`District Judge`, `Circuit Judge`). */
const JUDGES = new Set(['Judge', 'Justice', 'Magistrate']);
const COURT_KINDS = new Set([
  'District',
  'Circuit',
  'Superior',
  'Magistrate',
  'Bankruptcy',
  'Appeals',
  'Federal',
  'Supreme',
]);

/** What a chief is chief of in a title (`Chief of Staff`, `Chief of Police`). */
const CHIEF_OF = new Set(['Staff', 'Police']);
/** A head title and `of` right before a run: `Speaker of the `, `Minister of `. */
const TITLE_OF_RE = new RegExp(`\\b(?:${[...HEAD_TITLES].join('|')}) of (?:the )?$`);

/** The endings of adjectives that qualify a title (`Creative`, `Artistic`, `Medical`, `Managing`). */
const TITLE_ADJECTIVE_RE = /^\p{Lu}\p{Ll}+(?:ive|ic|al|ing|ary)$/u;

/**
 * An officer named with their title (`Clark County Sheriff Joseph Lombardo`, `Casparan Energy Minister
 * Yuri Belavin`, `Google CEO Sundar Pichai`): the institution, the title, then the person.
 */
function splitTitledOfficer(n: Naming): boolean {
  const { state, run, rest } = n;
  for (let i = rest.length - 2; i >= 1; i--) {
    if (!HEAD_TITLES.has(rest[i]!.text) || hasFormWord(rest.slice(i + 1))) continue;
    let j = i;
    while (j > 0 && (TITLES.has(rest[j - 1]!.text.toLowerCase()) || PORTFOLIO_NOUNS.has(rest[j - 1]!.text)))
      j--;
    // (`U.S. District Judge Robert Pitman`: the court's kind is the judge's title.)
    if (JUDGES.has(rest[i]!.text)) while (j > 0 && COURT_KINDS.has(rest[j - 1]!.text)) j--;
    // An adjective of the title's is the title's (`Creative Director Ivo Roe`, `Medical Director …`).
    if (j === 1 && TITLE_ADJECTIVE_RE.test(rest[0]!.text) && isEnglishWord(rest[0]!.text.toLowerCase()))
      j = 0;
    // (A title word opening the institution is the officer's: `Acting White House Chief of Staff …`.)
    let from = 0;
    while (from < j - 1 && titleWord(rest[from]) !== null) from++;
    const head = rest.slice(from, j);
    if (
      head.length > 0 &&
      !(head.length === 1 && (COUNTRY_BY_DEMONYM.has(head[0]!.text) || COUNTRY_BY_NAME.has(head[0]!.text)))
    ) {
      const headName = spanText(state, head);
      if (!classifyKnown(state, head, headName) && !/(?:ian|ean|ese|ish|ic)$/.test(headName))
        // (The title is the officer's, not the institution's: `Clark County` is no person.)
        state.runs.push({
          ...run,
          tokens: head,
          mentionStart: head[0]!.start,
          titles: [],
          nationality: null,
        });
      n.rest = rest.slice(j);
    } else if (head.length === 1) {
      // (`Malaysian Transport Minister …`: the officer's country is named.)
      const country = COUNTRY_BY_DEMONYM.get(head[0]!.text) ?? COUNTRY_BY_NAME.get(head[0]!.text);
      if (country) mention(state, head[0]!.start, head[0]!.end, countryBuilder(state, country));
    }
    break;
  }
  return false;
}

/**
 * An institution's member named right after it with no title (`Security Committee Franz Klintsevich`,
 * `National Space Administration Wu Yanhua`; also after the organisation's own words: `Ministry of
 * Finance Brian Manning`): the institution, then the person.
 */
function splitInstitutionMember(n: Naming): boolean {
  const { state, run, rest } = n;
  for (let i = rest.length - 3; i >= 0; i--) {
    if (!ORG_WORDS.has(rest[i]!.text)) continue;
    // The person: a given name two or three words from the end.
    let k = Math.max(i + 1, rest.length - 3);
    while (k < rest.length - 1 && !looksPersonal(rest[k]!.text)) k++;
    // (A title between them makes the rest a titled person, read below: `Energy Minister Yuri Belavin`;
    // a connector before the given name joins it to the organisation's name: `Ministry of Urban Planning`.)
    if (rest.slice(i, k).some((t) => HEAD_TITLES.has(t.text))) break;
    if (k > 0 && state.text.slice(rest[k - 1]!.end, rest[k]?.start ?? 0) !== ' ') break;
    const person = rest.slice(k);
    if (person.length < 2 || hasFormWord(person) || !looksPersonal(person[0]!.text)) break;
    n.rest = splitBefore(state, run, rest, k);
    break;
  }
  return false;
}

/** `Gary Sloane San Leandro` (a letter's signature): a person's name, then the town they write from. */
function splitSignatureTown(n: Naming): boolean {
  const { state, run, rest } = n;
  const town = townAfterPerson(state, rest);
  if (town > 0) {
    state.runs.push({
      ...run,
      tokens: rest.slice(town),
      mentionStart: rest[town]!.start,
      runStart: rest[town]!.start,
    });
    n.rest = rest.slice(0, town);
    run.tokens = n.rest;
  }
  return false;
}

/** `… of Super Value Debra Symonette`: an organisation's name, then a person's. */
function splitPersonAfterOrganisation(n: Naming): boolean {
  const at = personAfterOrganisation(n.state, n.rest);
  if (at > 0) n.rest = splitBefore(n.state, n.run, n.rest, at);
  return false;
}

/**
 * Whether a country's name that people are given opens a person's name of two words (`Jordan Henderson`,
 * `Chad Hull, 37,`): a surname no dictionary holds, or any with an age after it; `Georgia Power` is no one.
 */
function givenCountry(text: string, rest: readonly Token[]): boolean {
  const first = rest[0]?.text ?? '';
  if (
    rest.length !== 2 ||
    !(isGivenName(first) || PLACE_GIVEN_NAMES.has(first)) ||
    !COUNTRY_BY_NAME.has(first)
  )
    return false;
  const surname = rest[1]!;
  // (A town's name may be a surname, `Jordan Henderson`; a state's or a country's is a place's.)
  if (titleWord(surname) !== null || widerPlace(surname.text)) return false;
  return (
    // (An age or a party after it, as only a person has: `Chad Hull, 37,`.)
    !isEnglishWord(surname.text.toLowerCase()) || AGE_AFTER_RE.test(text.slice(surname.end, surname.end + 12))
  );
}

/**
 * A leading demonym or country's name (`Russian President Vladimir Putin`), then titles (`President`,
 * `Mr`, `Foreign Minister`) and a portfolio before a head title: the person's name is what is left.
 */
function stripTitles(n: Naming): boolean {
  const { state, r, run } = n;
  const { text } = state;
  let rest = n.rest;
  const titled = rest.some(
    (t, i) => i < rest.length - 1 && HEAD_TITLES.has(t.text) && !hasFormWord(rest.slice(i + 1)),
  );
  if (!(titled || !hasFormWord(rest)) || (rest.length > 1 && FOREIGN_ARTICLES.has(rest[0]!.text)))
    return false;
  while (rest.length > 1) {
    const c = COUNTRY_BY_DEMONYM.get(rest[0]!.text) ?? COUNTRY_BY_NAME.get(rest[0]!.text);
    // A number after a country's name makes one name of both (`France 2`, `Russia 1`: channels), and
    // so does its own institution (`U.S. Capitol`, `U.S. House`, `UK Parliament`).
    if (!c || /^\d/.test(rest[1]!.text)) break;
    // (Whole however long: `U.S. House of Representatives`.)
    if (COUNTRY_BY_NAME.has(rest[0]!.text) && NATIONAL_INSTITUTIONS.has(rest[1]!.text)) break;
    if (givenCountry(text, rest)) break;
    run.nationality = c.code;
    mention(state, rest[0]!.start, rest[0]!.end, countryBuilder(state, c));
    rest = rest.slice(1);
  }
  const titles: string[] = [];
  let named = rest;
  // `Crown Prince Mohammed bin Salman`: a title of two words.
  if (named.length > 2 && named[0]!.text === 'Crown' && /^Prince(?:ss)?$/.test(named[1]!.text)) {
    titles.push(`crown ${named[1]!.text.toLowerCase()}`);
    named = named.slice(2);
  }
  for (let title = titleWord(named[0]); title !== null; title = titleWord(named[0])) {
    // `State` titles only before another title (`State Councillor Wang Yi`): `State Department`,
    // `State of the Union`, `State Farm Arena` are names.
    if (title === 'state' && titleWord(named[1]) === null) break;
    titles.push(title);
    named = named.slice(1);
    // (`Chief of Staff Mick Mulvaney`, `Chief of Police Ana Roe`: what the chief heads is the title's.)
    if (
      title === 'chief' &&
      CHIEF_OF.has(named[0]?.text ?? '') &&
      text.slice(named[0]!.start - 4, named[0]!.start) === ' of '
    )
      named = named.slice(1);
  }
  // `Speaker of the House Nancy Pelosi`, `Minister of Finance Ana Roe`: the body a title is `of`, one or
  // two words before a given name and a surname, is the title's too (the run starts after its `of`).
  if (
    titles.length === 0 &&
    TITLE_OF_RE.test(text.slice(Math.max(0, named[0]!.start - 40), named[0]!.start))
  ) {
    const body = [1, 2].find((k) => named.length >= k + 2 && looksPersonal(named[k]!.text));
    if (body !== undefined) named = named.slice(body);
  }
  for (let i = named.length - 2; i >= 1; i--) {
    if (HEAD_TITLES.has(named[i]!.text)) {
      for (const t of named.slice(0, i + 1)) titles.push(t.text.toLowerCase());
      named = named.slice(i + 1);
      // (An honorific after the office: `Chief Education Officer Dr Ramona Roe`.)
      while (named.length > 2 && HONORIFICS.has(named[0]!.text.toLowerCase())) {
        titles.push(named[0]!.text.toLowerCase());
        named = named.slice(1);
      }
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
    !n.seen.surnames.has(lastWord.text)
  )
    return true;
  if (named.length === 0) {
    // `said King, who …` after `Wayne King`: a title word that is the surname of someone named in full.
    const lone = rest.length === 1 ? rest[0]! : undefined;
    if (lone && !afterThe(text, lone.start) && n.seen.surnames.has(lone.text)) state.runs.push(run);
    return true;
  }
  // A title before a lone place is part of a name (`Captain America`), not a title; but an honorific or
  // an office is a person's, whose surname is a place's name (`Mr Jackson`, `Sen. Lincoln`).
  const lone =
    named.length === 1 &&
    titles.length > 0 &&
    !titles.some((t) => PERSONAL_TITLES.has(t)) &&
    knownWhole(named[0]!.text);
  if (!lone) {
    run.titles = titles;
    rest = named;
  } else run.work = true;
  n.rest = rest;
  run.tokens = rest;
  run.mentionStart =
    titles.length > 0 && !lone
      ? r.tokens[r.tokens.length - rest.length - titles.length]!.start
      : rest[0]!.start;
  if (run.nationality !== null && titles.length === 0) run.mentionStart = rest[0]!.start;
  const stripped = rest.length !== r.tokens.length;
  return stripped && run.titles.length === 0 && !n.waits && classifyKnown(state, rest, spanText(state, rest));
}

/**
 * `Bronx Republican chair …`: a party's adjective before a common noun describes the noun (a party's
 * chair, its candidate); it ends no name.
 */
function dropPartyAdjective(n: Naming): boolean {
  const { state, run, rest } = n;
  const last = rest[rest.length - 1]!;
  if (
    rest.length > 1 &&
    isPartyAdjective(last.text) &&
    /^ \p{Ll}/u.test(state.text.slice(last.end, last.end + 2))
  ) {
    mentionParty(state, last);
    n.rest = rest.slice(0, -1);
    run.tokens = n.rest;
    return n.rest.length === 1 && classifyKnown(state, n.rest, n.rest[0]!.text);
  }
  // `a Virginia Democrat`, `House Republicans`: a state or a chamber, then the party's members.
  if (rest.length < 2 || partyOf(last.text) === undefined) return false;
  const head = rest.slice(0, -1);
  const headName = spanText(state, head);
  // `Moderate Democrats`, `Progressive Republicans`: an adjective of everyday English describes the members.
  if (
    head.length === 1 &&
    !STATES.has(headName) &&
    !CHAMBERS.has(headName) &&
    isEnglishWord(headName.toLowerCase())
  ) {
    mentionParty(state, last);
    return true;
  }
  if (STATES.has(headName) || CHAMBERS.has(headName)) {
    mentionParty(state, last);
    n.rest = head;
    run.tokens = head;
    if (!CHAMBERS.has(headName)) return classifyKnown(state, head, headName);
    mention(state, head[0]!.start, head[head.length - 1]!.end, namedThing(state, headName, 'organization'));
    return true;
  }
  return false;
}

/**
 * Runs too long to be a name (a centre for something names an institution however long: `European
 * Centre for Disease Prevention and Control`), and a party's member described (`the Conservative MP`).
 */
function dropDescriptions(n: Naming): boolean {
  const { state, rest } = n;
  const institution = CENTRE_FOR_RE.test(spanText(state, rest));
  if (rest.length > 6 || (rest.length > 4 && !hasFormWord(rest) && !institution)) return true;
  const member =
    rest.length === 2 &&
    PARTY_MEMBER.has(rest[1]!.text) &&
    isPartyAdjective(rest[0]!.text) &&
    afterThe(state.text, rest[0]!.start);
  // (The member names no one; the party is named.)
  if (member) mentionParty(state, rest[0]!);
  return member;
}

/**
 * A lone untitled word: a word of a kind (`Talks`, `Summit`, `Airport`) or a technical term names
 * nothing; an acronym in running text (`NASA`) is an organisation; a word in capitals before a dash is
 * an unknown dateline; `D-Oregon` is a party and a state.
 */
/** A party's letter and a dash before a state (`(D–Mass.)`, `(R — Ky.)`). */
const PARTY_DASH_BEFORE_RE = /(?:^|[(\s])[DRI] ?[–—] ?$/;

function readLoneWord(n: Naming): boolean {
  const { state, rest, r } = n;
  const { text } = state;
  if (rest.length !== 1 || n.run.titles.length > 0) return false;
  const t = rest[0]!;
  // A given name among the kind's words may share the surname of the name it is coordinated with
  // (`Bill and Hillary Clinton`).
  const coupled = isGivenName(t.text) && /^ (?:and|&) \p{Lu}/u.test(text.slice(t.end, t.end + 6));
  // (Awards and games known by one plural word name themselves: `the Oscars`, `the Olympics`.)
  const kind = OTHER_WORDS.has(t.text) && !coupled && !NAMED_ALONE.has(t.text);
  if (GENERIC_LONE.has(t.text) || kind || PLACE_WORDS.has(t.text)) return true;
  // A technical term in capitals (`SIM free`, `an HDR mode`) names nothing that acts or speaks.
  if (TECH_TERMS.has(t.text)) return true;
  // A party and a state after a lawmaker's name (`D-Oregon`, `R-TX`, `R-N.D.`): said of the person.
  // (Also with a dash the word does not hold: `(D–Mass.)`.)
  if (
    /^[DRI]-\p{Lu}/u.test(t.text) ||
    PARTY_DASH_BEFORE_RE.test(text.slice(Math.max(0, t.start - 4), t.start))
  )
    return true;
  // The federal district: a place, however it is written (`Washington, D.C.`, `in D.C.`).
  if (t.text === 'D.C.' || (t.text === 'DC' && /,\s$/.test(text.slice(Math.max(0, t.start - 2), t.start))))
    return classifyKnown(state, rest, 'Washington, D.C.') || true;
  if (isAllCaps(t.text)) {
    if (/^\s*[–—]/.test(text.slice(t.end, t.end + 3)) && t.text.length > 3) {
      const place = titleCase(t.text);
      mention(state, t.start, t.end, builder(state, `place:${slug(place)}`, place, 'place'));
      return true;
    }
    // An acronym inside running text: an organisation; capitals around it are a headline.
    // (The words around it only: the token itself may be as long as the input.)
    const prevShout = /\p{Lu}{3}[^\p{L}]+$/u.test(text.slice(Math.max(0, t.start - 12), t.start));
    const nextShout = /^[^\p{L}]+\p{Lu}{3}/u.test(text.slice(t.end, t.end + 12));
    const shouting = prevShout && nextShout;
    // (The word's own place: words dropped before it, `Former FBI`, leave it inside the sentence.)
    // (One opening a sentence as the subject of a verb of saying or deciding is a body acting: `NASA said
    // on Monday …`, `UNICEF announced …`; a shouted heading word has no such verb after it.)
    const opensSentence =
      state.sentenceStarts.has(t.start) &&
      !n.seen.acronyms.has(t.text) &&
      !(
        ACTING_AFTER_RE.test(text.slice(t.end, t.end + ACTING_REACH)) && !isEnglishWord(t.text.toLowerCase())
      );
    if (t.text.length >= 3 && t.text.length <= 6 && !opensSentence && !shouting && !/\d/.test(t.text))
      mention(state, t.start, t.end, namedThing(state, t.text, 'organization'));
    return true;
  }
  return false;
}

/**
 * The words of parties (`Democrats`, `the Republican nominee`, `the Labour MP`, `a Green councillor`),
 * each with the party it names, or null where many parties bear it (`Liberal`, `Socialist`).
 */
const PARTY_WORDS = new Map<string, string | null>([
  ['Democratic', 'Democratic Party'],
  ['Democrat', 'Democratic Party'],
  ['Democrats', 'Democratic Party'],
  ['Republican', 'Republican Party'],
  ['Republicans', 'Republican Party'],
  ['GOP', 'Republican Party'],
  ['Labour', 'Labour Party'],
  ['Labor', 'Labor Party'],
  ['Conservative', 'Conservative Party'],
  ['Conservatives', 'Conservative Party'],
  ['Tory', 'Conservative Party'],
  ['Tories', 'Conservative Party'],
  ['Liberal', null],
  // (The members as a group name the one party of that name the story is about: `the Liberals took 156 seats`.)
  ['Liberals', 'Liberal Party'],
  ['Greens', 'Green Party'],
  ['Green', null],
  ['Socialist', null],
  ['Unionist', null],
  ['Nationalist', null],
]);
/** The party words that name the party's members as a group rather than describe one of them. */
const PARTY_GROUP_WORDS = new Set([
  'Democrats',
  'Republicans',
  'Conservatives',
  'Tories',
  'GOP',
  'Liberals',
  'Greens',
]);
/** Whether a word is a party's adjective (`the Labour MP`, `Bronx Republican chair`). */
const isPartyAdjective = (word: string): boolean => PARTY_WORDS.has(word) && !PARTY_GROUP_WORDS.has(word);
/** The party a word names, or undefined. */
const partyOf = (word: string): string | undefined => PARTY_WORDS.get(word) ?? undefined;
/** Nouns a party's adjective describes as the party's (`Democratic senator`, `Labour leader`). */
const PARTY_NOUN_AFTER_RE =
  /^ (?:party|senators?|lawmakers?|leaders?|leadership|candidates?|nominees?|nomination|voters?|members?|governors?|congress(?:wo)?m[ae]n|representatives?|mps?|meps?|chair(?:man|woman)?|primar(?:y|ies)|majority|minority|caucus|colleagues|officials?|strategists?|incumbents?|challengers?|establishment|base|platform|convention|debates?|presidential|national|state|district|county|mayor|councillors?|activists?|donors?|rivals?|opponents?|government|administration|side|bench(?:es)?|peers?|figures?|politicians?|ticket|field|hopefuls?|contenders?|front-runner)\b/;

/** Mentions the party a word names, when the word stands for it: alone, or describing a party's member or body. */
function mentionParty(state: EntityState, t: Token): boolean {
  const party = partyOf(t.text);
  if (party === undefined) return false;
  const after = state.text.slice(t.end, t.end + 24);
  // `Conservative estimates`, `Labor Day`: an adjective of another noun, or another name.
  const plural = /s$/.test(t.text) || t.text === 'GOP';
  if (!plural && /^ \p{L}/u.test(after) && !PARTY_NOUN_AFTER_RE.test(after.toLowerCase())) return false;
  mention(state, t.start, t.end, builder(state, `org:${slug(party)}`, party, 'organization'));
  return true;
}

/** A party named by one word (`Democrats`, `a Republican`, `the Labour leader`). */
function nameParty(n: Naming): boolean {
  return n.rest.length === 1 && mentionParty(n.state, n.rest[0]!);
}

/** How a run is named, in order: the first step that settles it ends the list. */
const NAMING_STEPS: readonly NamingStep[] = [
  { name: 'settle-known', run: settleKnown },
  { name: 'name-days', run: nameDays },
  { name: 'name-group-label', run: nameGroupLabel },
  { name: 'drop-generic', run: dropGeneric },
  { name: 'name-unknown-dateline', run: nameUnknownDateline },
  { name: 'drop-shouting', run: dropShouting },
  { name: 'keep-heading-words', run: keepHeadingWords },
  { name: 'name-party', run: nameParty },
  { name: 'split-known-head', run: splitKnownHead },
  { name: 'split-titled-officer', run: splitTitledOfficer },
  { name: 'split-institution-member', run: splitInstitutionMember },
  { name: 'split-signature-town', run: splitSignatureTown },
  { name: 'split-person-after-organisation', run: splitPersonAfterOrganisation },
  { name: 'strip-office-qualifier', run: stripOfficeQualifier },
  { name: 'drop-title-phrase', run: dropTitlePhrase },
  { name: 'strip-titles', run: stripTitles },
  { name: 'drop-party-adjective', run: dropPartyAdjective },
  { name: 'drop-descriptions', run: dropDescriptions },
  { name: 'read-lone-word', run: readLoneWord },
];

/** Office titles a state or a party qualifies (`Maryland Rep.`, `Democratic Congressman`, `Texas Gov.`). */
const QUALIFIED_OFFICES = new Set([
  'rep',
  'sen',
  'gov',
  'senator',
  'representative',
  'congressman',
  'congresswoman',
  'governor',
  'assemblyman',
  'assemblywoman',
  'del',
  'delegate',
]);

/**
 * A US state or a party before an office's title (`Maryland Rep. Elijah Cummings`, `Democratic
 * Congressman Elijah Cummings`, `Texas Gov. Greg Abbott`) or a party's member before a name (`Democrat
 * Doug Jones`): the state or party is named on its own and the title left to `strip-titles`; a run left
 * with the title alone (`Maryland Rep` before the name's own run) names no one.
 */
function stripOfficeQualifier(n: Naming): boolean {
  const { state, rest } = n;
  if (rest.length < 2) return false;
  const first = rest[0]!;
  // `Former FBI lawyer …`, `Former Taliban fighters`: a past that qualifies what follows, no word of a name.
  if (first.text === 'Former') {
    dropFirstWord(n);
    return false;
  }
  const office = titleWord(rest[1]);
  // (`Democrat Doug Jones`, `Republican Roy Moore`: a party's member named.)
  const member = rest.length >= 3 && partyOf(first.text) !== undefined && isGivenName(rest[1]!.text);
  if (member) {
    mentionParty(state, first);
    dropFirstWord(n);
    return false;
  }
  if (office === null || !QUALIFIED_OFFICES.has(office)) return false;
  if (isPartyAdjective(first.text)) mentionParty(state, first);
  else if (STATES.has(first.text)) classifyKnown(state, [first], first.text);
  else return false;
  dropFirstWord(n);
  return n.rest.length === 1;
}

/** The run without its first word, which was named on its own. */
function dropFirstWord(n: Naming): void {
  n.rest = n.rest.slice(1);
  n.run.tokens = n.rest;
  n.run.mentionStart = n.rest[0]!.start;
  n.run.runStart = n.rest[0]!.start;
}

/** Last words of an office's title besides `TITLES` (`Deputy Inspector`). */
const TITLE_TAILS = new Set(['Inspector', 'Counsel']);

/**
 * A title before a name, cut from it by its abbreviation's stop or by a title word the name's run
 * starts with (`Former Colorado Gov.` `John Hickenlooper`, `Rear Adm.` `John Kirby`, `Special Counsel`
 * `Robert Mueller`): no one's name. A place it names (`Colorado`, `New York`) is named on its own.
 */
function dropTitlePhrase(n: Naming): boolean {
  const { state, rest } = n;
  // (`the city's Chief of Police said`: a title with no name after it.)
  if (rest.length === 2 && titleWord(rest[0]) === 'chief' && CHIEF_OF.has(rest[1]!.text)) return true;
  if (rest.length < 2 || !endsInTitle(rest)) return false;
  const last = rest[rest.length - 1]!;
  if (!/^\.?\s\p{Lu}/u.test(state.text.slice(last.end, last.end + 3))) return false;
  nameQualifiers(state, rest.slice(0, -1));
  return true;
}

/** Whether words end in an office's title (`… Gov`, `… Counsel`). */
function endsInTitle(words: readonly Token[]): boolean {
  const last = words[words.length - 1];
  if (last === undefined) return false;
  const title = titleWord(last);
  return (title !== null && !QUALIFYING_TITLE_WORDS.has(title)) || TITLE_TAILS.has(last.text);
}

/** Title words that only qualify an office (`Finance` Minister, `Vice` President): a `Ministry of Finance` ends in one. */
const QUALIFYING_TITLE_WORDS = new Set<string>([
  ...PORTFOLIOS,
  'state',
  'prime',
  'vice',
  'deputy',
  'chief',
  'general',
]);

const MAX_QUALIFIER_WORDS = 4;

/** Names the longest known place or body among a title's qualifying words (`New York` of `Former New York Gov.`). */
function nameQualifiers(state: EntityState, all: readonly Token[]): void {
  // (A title's qualifiers are a few words: the last few are read, however long a hostile run.)
  const words = all.slice(-MAX_QUALIFIER_WORDS);
  for (let length = words.length; length >= 1; length--)
    for (let from = 0; from + length <= words.length; from++) {
      const span = words.slice(from, from + length);
      if (classifyKnown(state, span, spanText(state, span))) return;
    }
}

/**
 * Splits a run before the person's name at `k`: the words before go on as a name of their own, and the
 * run keeps the person's, read in its own context (what stands before the institution, `in the Ministry
 * …`, says where it is, not who the person is). Returns the person's words.
 */
function splitBefore(state: EntityState, run: Run, rest: readonly Token[], k: number): Token[] {
  const head = rest.slice(0, k);
  // (A title before the name, `Special Counsel`, is no name: only a place or body it names is.)
  if (endsInTitle(head)) nameQualifiers(state, head.slice(0, -1));
  else state.runs.push({ ...run, tokens: head, mentionStart: rest[0]!.start });
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
    // (A middle initial comes before a surname: `Michael R. Bloomberg` signs from no town.)
    if (/^\p{Lu}\.?$/u.test(rest[k - 1]!.text)) continue;
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

/** Titles only a person takes (an honorific, an elected office): never part of a character's name. */
const PERSONAL_TITLES = new Set([
  ...HONORIFICS,
  'mx',
  'sen',
  'senator',
  'rep',
  'representative',
  'gov',
  'governor',
  'mayor',
  'judge',
  'prof',
  'professor',
]);

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

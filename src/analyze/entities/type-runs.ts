/**
 * @module analyze/entities/type-runs
 * Steps `typeNames` and `resolveSingleNames`: each candidate name gets the type its evidence votes for
 * (a person only on a person's evidence: a title, an age, a given name, a person's noun), then single
 * words find what they stand for: a person's surname or first name (people only: a surname never joins
 * a place or a company), the first word of an organisation's name (`Lockheed`), a place the gazetteer
 * knows, or their own votes. A single word with no evidence is kept only where it is capitalised
 * mid-sentence, as an organisation (`on Twitter`, `Boeing declined`).
 */
import type { EntityType } from '../../types.js';
import { isEnglishWord } from '../english.js';
import {
  CITY_COUNTRY,
  COUNTRY_BY_NAME,
  isLeaderSurname,
  isTown,
  MEDIA_BY_NAME,
  namesPeople,
  ORG_BY_NAME,
} from '../gazetteer.js';
import { foldName, slug } from '../names.js';
import { classifyKnown, knownWhole } from './known-names.js';
import { registerRoles } from './role-descriptions.js';
import {
  type Builder,
  builder,
  type EntityState,
  LEGAL_FORM_RE,
  mention,
  namedThing,
  person,
  type Run,
  spanText,
  type Token,
  type Votes,
} from './state.js';
import { PLURAL_RE, VENUE_AFTER_RE, votesOf } from './weigh-evidence.js';
import {
  ADMIN_DIVISIONS,
  CHAMBERS,
  FOREIGN_ARTICLES,
  givenNameGender,
  HONORIFIC_BEFORE_RE,
  isGivenName,
  KIN_NOUNS,
  ORG_WORDS,
  PERSON_DEMONYMS,
  PERSON_NOUNS,
  REGAL_TITLES,
  THE_BEFORE_RE,
} from './words.js';

/** The endings of demonyms and their plurals (`Estravian`, `Varlandic`, `Suranese`, `Kestrians`). */
const DEMONYM_RE = /(?:an|ean|ese|ish|ic|i)$/;
/** Nouns of jobs that close a capitalised title (`Senior Editor`, `Product Leader`), besides the person's nouns. */
const JOB_NOUNS = new Set(
  'engineer leader consultant editor developer reporter president specialist strategist adviser advisor associate assistant intern'.split(
    ' ',
  ),
);

/** Whether a name's words are a job title: ordinary words, no given name among them, the last a job's noun. */
function jobTitle(tokens: readonly Token[]): boolean {
  if (tokens.length > 3) return false;
  const last = tokens[tokens.length - 1]!.text.toLowerCase();
  // (One person's title: not `Concerned Scientists`; `The Hollywood Reporter`, `Daily Star` are papers.)
  if ((!JOB_NOUNS.has(last) && !PERSON_NOUNS.has(last)) || /s$/.test(last)) return false;
  if (ORG_WORDS.has(tokens[tokens.length - 1]!.text) || tokens.some((t) => MEDIA_RE.test(t.text)))
    return false;
  return tokens.every((t) => isEnglishWord(t.text.toLowerCase()) && !isGivenName(t.text));
}

/** Adjectives of offices and levels of government, capitalised before their noun (`Congressional leaders`). */
const OFFICE_ADJECTIVES = new Set(
  'Congressional Presidential Constitutional Judicial Provincial Municipal Federal Gubernatorial Parliamentary Mayoral Senatorial Ministerial'.split(
    ' ',
  ),
);

/** Words after a name that show it is used as a noun, not an adjective. */
const FUNCTION_WORDS = new Set(
  'that and or but on in at to of for from with by as is was are were has had have will would said says told reported who which where when while after before during until since into near because if'.split(
    ' ',
  ),
);

const MEDIA_RE =
  /\b(?:News|Television|TV|Broadcasting|Times|Post|Daily|Journal|Tribune|Herald|Gazette|Magazine)\b/;

/** The people of a body named before them (`Yale researchers`): the name is the body's, no one's given name. */
const MEMBERS_AFTER_RE =
  /^\s(?:researchers|scientists|engineers|students|professors|academics|economists|analysts|executives|employees|alumni|graduates)\b/;

/** A determiner right before a word: `the Obama era`, `an Obama guidance`. */
const DETERMINER_BEFORE_RE = /\b(?:the|an?)\s$/i;

/** Order of preference when votes tie. */
const PREFERENCE: readonly EntityType[] = ['organization', 'place', 'other', 'person'];

/** The type with the most votes, or null when nothing speaks for any. */
function bestType(v: Votes): EntityType | null {
  let best: EntityType | null = null;
  let score = 0;
  for (const t of PREFERENCE) {
    if (v[t] > score) {
      best = t;
      score = v[t];
    }
  }
  return best;
}

/**
 * Whether a city after an unknown word is more likely a surname: a city named like people (`Jackson`,
 * `Houston`, `Austin`) after a word that is no English word nor any known name (`Keyosha Jackson`),
 * where `Disneyland Paris` opens on a known name.
 */
function surnameCity(first: string, last: string): boolean {
  return (
    isGivenName(last) &&
    !COUNTRY_BY_NAME.has(last) &&
    !isEnglishWord(first.toLowerCase()) &&
    !ORG_BY_NAME.has(first) &&
    !CITY_COUNTRY.has(first)
  );
}

/** Step: types every name of two words or more and builds its entity. */
export function typeNames(state: EntityState): void {
  const { text } = state;
  for (const run of state.runs) {
    if (run.tokens.length < 2 || run.heading) continue;
    const tokens = run.tokens;
    const name = text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
    const end = tokens[tokens.length - 1]!.end;
    // An organisation's product named with it (`SpaceX Falcon Heavy`) when the product stands alone elsewhere.
    if (tokens.length >= 3 && run.titles.length === 0) {
      const restName = text.slice(tokens[1]!.start, end);
      const maker = state.votes.get(foldName(tokens[0]!.text));
      // (A chamber makes nothing: `House Freedom Caucus` is one of its bodies, named whole.)
      const makerIsOrg =
        maker !== undefined && bestType(maker) === 'organization' && !CHAMBERS.has(tokens[0]!.text);
      // (Not an everyday word the text names nothing by: `Congressional Progressive Caucus` is one name.)
      const unknownMaker = !maker && !isEnglishWord(tokens[0]!.text.toLowerCase());
      if ((state.votes.has(foldName(restName)) && unknownMaker) || makerIsOrg) {
        const rest = votesOf(state, restName);
        const type = bestType(rest) ?? 'other';
        if (type !== 'person') {
          const org = namedThing(state, tokens[0]!.text, 'organization');
          mention(state, tokens[0]!.start, tokens[0]!.end, org);
          mention(state, tokens[1]!.start, end, namedThing(state, restName, type));
          continue;
        }
      }
    }
    const v = votesOf(state, name);
    // A company's product (`Tesla Roadster`, `Volkswagen Polo`): the first word is an organisation the
    // article names alone, or a company the gazetteer knows (not a given name: `Ford`, `Morgan`).
    if (tokens.length === 2 && run.titles.length === 0) {
      const first = tokens[0]!.text;
      const maker = state.votes.get(foldName(first));
      // (`Samsung Electronics`, `Verizon Wireless` are the companies themselves.)
      const known =
        ORG_BY_NAME.has(first) &&
        !isGivenName(first) &&
        !MEDIA_BY_NAME.has(first) &&
        !ORG_WORDS.has(tokens[1]!.text);
      if (((maker && bestType(maker) === 'organization') || known) && v.person < 3) v.other += 3;
    }
    // With no evidence either way, two or three plain words are most often a person's name.
    // (A name's particle may carry its own capital: `LeBron`, `McKenna`, `DeShawn`, `DiCaprio`.)
    // (Not everyday words alone, unless a given name opens them: `Capitol Hill`, `Child Tax Credit`,
    // `Blue Lives Matter` are no one's name; `Bill Nelson`, `Mark Long` are.)
    // (Nor a name opening on a foreign article, a venue's or a work's: `La Marseillaise`, `Le Carillon`.)
    // (Nor a place's name after a word no one is given: `Disneyland Paris`, `Euro Disney Paris`, the radio
    // programme `Morning Ireland`.)
    const lastWord = tokens[tokens.length - 1]!.text;
    const plain =
      tokens.length <= 3 &&
      !FOREIGN_ARTICLES.has(tokens[0]!.text) &&
      (isGivenName(tokens[0]!.text) ||
        !(CITY_COUNTRY.has(lastWord) || COUNTRY_BY_NAME.has(lastWord)) ||
        surnameCity(tokens[0]!.text, lastWord)) &&
      tokens.every((t) => /^(?:Mc|Mac|Le|La|De|Di|Da|Du)?\p{Lu}\p{Ll}+(?:[-’']\p{L}+)?$/u.test(t.text)) &&
      (isGivenName(tokens[0]!.text) || !tokens.every((t) => isEnglishWord(t.text.toLowerCase())));
    // A job title capitalised on a profile (`Software Engineer`, `Senior Editor`, `Research Consultant`):
    // ordinary words ending in a person's noun, none a given name, with no evidence of a name.
    if (jobTitle(tokens) && run.titles.length === 0 && bestType(v) !== 'place') continue;
    // In a language that capitalises every noun, two capitalised words with nothing else for them are
    // words (`Olympischen Spielen`, `Millionen Euro`), unless a given name opens them.
    if (
      state.nounsCapitalised &&
      run.titles.length === 0 &&
      bestType(v) === null &&
      !isGivenName(tokens[0]!.text)
    )
      continue;
    // Evidence against a person (`X, which …`) leaves an organisation as the likelier reading.
    // (A name opening on `The`, `The Hill`, `The Lancet`, is a publication's or a show's, no person's or
    // place's: places so named, `The Hague`, the gazetteer knows.)
    const type =
      run.titles.length > 0
        ? 'person'
        : tokens[0]!.text === 'The'
          ? bestType(v) === 'other'
            ? 'other'
            : 'organization'
          : (bestType(v) ?? (plain && v.person >= 0 ? 'person' : 'organization'));
    if (type !== 'person') {
      const b = namedThing(state, name, type, type === 'organization' && MEDIA_RE.test(name));
      mention(state, tokens[0]!.start, end, b);
      continue;
    }
    const p = person(state, tokens, name);
    // The mention is the name itself; the titled form (`President Anatoly Brekhov`) is kept as an alias.
    mention(state, tokens[0]!.start, end, p);
    if (run.mentionStart !== tokens[0]!.start) p.aliases.add(text.slice(run.mentionStart, end));
    const before = text.slice(Math.max(0, run.runStart - 80), run.runStart);
    const lead = text.slice(run.runStart, run.mentionStart);
    registerRoles(p, run.nationality, run.titles, before + lead);
  }
}

/** The article's builders by a key (`keyOf` gives null to leave one out): each key's one builder, or null when two share it. */
function uniquelyBy(state: EntityState, keyOf: (b: Builder) => string | null): Map<string, Builder | null> {
  const out = new Map<string, Builder | null>();
  for (const b of state.builders.values()) {
    const key = keyOf(b);
    if (key !== null) out.set(key, out.has(key) && out.get(key) !== b ? null : b);
  }
  return out;
}

/** Surnames this long or longer may be matched though misspelt by one letter (shorter ones differ too often). */
const MISSPELT_MIN = 6;

/** The one person whose surname is `folded` with one letter added, dropped or changed, or undefined. */
function misspeltSurname(state: EntityState, folded: string): Builder | undefined {
  if (folded.length < MISSPELT_MIN) return undefined;
  let found: Builder | undefined;
  for (const [surname, b] of state.byLast) {
    if (b.type !== 'person' || surname.length < MISSPELT_MIN || !oneEditApart(surname, folded)) continue;
    if (found && found !== b) return undefined;
    found = b;
  }
  return found;
}

/**
 * Whether two different words are one insertion, deletion or substitution apart inside them (one linear
 * pass); a letter added at the end makes another word (`Kestrian` of `Kestria`, a plural), not a typo.
 */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (i >= short.length - 1) return false;
  // Past the first difference the rest must match: shifted by one when the lengths differ.
  return short.length === long.length
    ? short.slice(i + 1) === long.slice(i + 1)
    : short.slice(i) === long.slice(i + 1);
}

/** First words of a natural feature's name, which the text may leave out (`Cape Erimo` -> `Erimo`). */
const FEATURE_WORDS = new Set(['Cape', 'Mount', 'Mt', 'Mt.', 'Lake', 'Isle']);

/** Evidence strong enough to name a word seen only opening sentences: a ticker (`Apple (AAPL)`), an owner's noun. */
const OPENER_EVIDENCE = 4;

/**
 * Whether a word seen only opening sentences is still a name: the text never writes it in lower case
 * and its context speaks strongly for one kind (`Apple (AAPL), in particular, …`).
 */
function openerWithEvidence(state: EntityState, word: string): boolean {
  const lower = word.toLowerCase();
  if (word.length < 3 || state.lowerWords.has(lower) || state.lowerWords.has(lower.replace(/s$/, '')))
    return false;
  // No English word (`Samsung says`, `DxOMark awarded`): a name, whatever opens the sentence.
  if (!isEnglishWord(word)) return true;
  const v = votesOf(state, word);
  return Math.max(v.organization, v.place) >= OPENER_EVIDENCE;
}

/** An age or a relative clause set off after a name: `, 16,`, `, who`. */
const PERSON_AFTER_NAME_RE = /^,\s(?:\d{1,3},|who\s)/;

/** Step: single capitalised words. */
export function resolveSingleNames(state: EntityState): void {
  const { text } = state;
  const singles = state.runs.filter((r) => r.tokens.length === 1);
  // Words capitalised mid-sentence somewhere in the body: proper nouns, not sentence starters.
  const midSentence = new Set<string>();
  for (const r of singles) if (!r.sentenceStart && !r.heading) midSentence.add(r.tokens[0]!.text);
  // Demonyms used as adjectives somewhere (`Estravian officials`; not `the Guardian that …`).
  // (A word the text more often uses as a noun after `the`, `at the Bataclan.`, `the Bataclan by the
  // time …`, is a name even where it qualifies a noun once: `the third Bataclan suicide bomber`.)
  const adjectiveUses = new Map<string, number>();
  for (const r of singles) {
    const t = r.tokens[0]!;
    // (`Meghan spoke`, `Ryan said`: a given name that ends like a demonym is someone's.)
    // (So is an office's adjective: `Congressional leaders`, `Federal prosecutors`.)
    const adjective = DEMONYM_RE.test(t.text) || OFFICE_ADJECTIVES.has(t.text);
    if (!adjective || isGivenName(t.text)) continue;
    const next = /^ (\p{Ll}+)/u.exec(text.slice(t.end, t.end + 20));
    // (Not a venue's name before its noun: `the Bataclan concert hall`, `the Carillon bar`.)
    const uses = adjectiveUses.get(t.text) ?? 0;
    if (next && !FUNCTION_WORDS.has(next[1]!) && !VENUE_AFTER_RE.test(text.slice(t.end, t.end + 24)))
      adjectiveUses.set(t.text, uses + 1);
    else if (
      THE_BEFORE_RE.test(text.slice(Math.max(0, t.start - 4), t.start)) &&
      (next !== null || /^[.,;:]/.test(text.slice(t.end, t.end + 1)))
    )
      adjectiveUses.set(t.text, uses - 1);
  }
  const adjectives = new Set([...adjectiveUses].filter(([, uses]) => uses > 0).map(([word]) => word));
  // First words of multi-word organisations and things (`Lockheed` of `Lockheed Martin`), when unambiguous.
  const byFirstWord = uniquelyBy(state, (b) => {
    // Only a company's short name (`Lockheed Martin`, `Goldman Sachs Group Inc.`), not a product phrase.
    // (Not a paper's: `the Bronx` is not the `Bronx Times`, a paper named after its place.)
    const words = b.name.replace(LEGAL_FORM_RE, '').split(' ');
    if (b.media || MEDIA_RE.test(b.name)) return null;
    // (Nor a company's arm in a country or its service: `Yahoo Japan`, `Amazon Prime` are not Yahoo, Amazon.)
    if (words.length === 2 && (COUNTRY_BY_NAME.has(words[1]!) || SERVICE_WORDS.has(words[1]!))) return null;
    return b.type === 'organization' && words.length === 2 ? foldName(b.name.split(' ')[0]!) : null;
  });
  // A team's nickname (`Lions` of `Detroit Lions`, `Cubs` of `Chicago Cubs`): a place, then a plural.
  const byNickname = uniquelyBy(state, (b) => {
    const words = b.name.split(' ');
    const last = words[words.length - 1]!;
    if (b.type !== 'organization' || words.length < 2 || words.length > 3 || !PLURAL_RE.test(last))
      return null;
    return knownWhole(words.slice(0, -1).join(' ')) ? foldName(last) : null;
  });
  // A cape's, mountain's or lake's own name (`Erimo` of `Cape Erimo`, `Tahoe` of `Lake Tahoe`), and a
  // county's (`Broward` of `Broward County`), unless a place the gazetteer knows has that name alone.
  const byFeatureName = uniquelyBy(state, (b) => {
    const words = b.name.split(' ');
    if (b.type !== 'place' || words.length !== 2) return null;
    if (FEATURE_WORDS.has(words[0]!)) return foldName(words[1]!);
    return ADMIN_DIVISIONS.has(words[1]!) && !knownWhole(words[0]!) ? foldName(words[0]!) : null;
  });
  // A person's middle name, when one person has it (`Etienne` of `Camille Etienne Gbedey`: a maiden name
  // or the first of two surnames the text may call them by).
  const byMiddle = uniquelyBy(state, (b) => {
    if (b.type !== 'person' || b.tokens.length < 3) return null;
    const middle = b.tokens[b.tokens.length - 2]!;
    return middle.length > 2 ? middle : null;
  });
  const earlier = surnamesBeforeFullName(state, singles);
  // Each kin lookup reads the mentions so far: a few per text keep the step linear on hostile input.
  const kinLookups = { left: KIN_LOOKUPS };
  const headingNames = fullNamesInHeadings(state);
  for (const run of singles) {
    const token = run.tokens[0]!;
    const folded = foldName(token.text);
    // (An honorific the run does not hold, `Mr.` before it, titles it too: `Mr. Jackson` is no city.)
    const titled =
      run.titles.length > 0 ||
      HONORIFIC_BEFORE_RE.test(text.slice(Math.max(0, token.start - 6), token.start));
    // `Bill and Hillary Clinton`: a given name coordinated with a person's full name shares the surname.
    const couple = titled ? null : (sharedSurname(state, token) ?? kinSurname(state, token, kinLookups));
    if (couple) {
      mention(state, run.mentionStart, token.end, couple);
      continue;
    }
    // A first name alone joins its person unless it is also a known place (`sang in Florence`).
    // (A monarch's name is a given name, no one's surname: `King Salman` is not `Mohammed bin Salman`.)
    const regal = run.titles.some((t) => REGAL_TITLES.has(t.charAt(0).toUpperCase() + t.slice(1)));
    let b =
      (regal ? undefined : state.byLast.get(folded)) ??
      (knownWhole(token.text) ? undefined : state.byFirst.get(folded));
    // `Mr Hardick, MP for Orsk` where the text names `Ivor Hardwick`: a surname misspelt by one letter.
    if (!b && (titled || !isEnglishWord(token.text))) b = misspeltSurname(state, folded);
    // `Mr Obama` beside `Michelle Obama` and `Barack Obama`: the honorific's gender picks the person.
    if (b?.type === 'person' && titled) b = bySurnameAndTitle(state, folded, run.titles, b);
    // A surname the text used on its own before it named this person in full as a relative is someone
    // else's, whose full name only the headline gave: `Thurman tells her story … her father, Robert Thurman`.
    if (b?.type === 'person' && earlier.has(b)) {
      b = builder(state, `person:${slug(token.text)}`, token.text, 'person');
      b.tokens = [folded];
    }
    // `in Seattle`: a known place written where a place goes is the place, not the first word of
    // the team or company named after it (`Seattle Seahawks`).
    const placeHere = knownWhole(token.text) && votesOf(state, token.text).place > 0;
    if (!b && !titled)
      b =
        state.byName.get(folded) ??
        // (Not an adjective's: `Federal prosecutors` are not the Federal Reserve's.)
        (placeHere || OFFICE_ADJECTIVES.has(token.text) ? undefined : byFirstWord.get(folded)) ??
        byNickname.get(folded) ??
        byFeatureName.get(folded) ??
        byMiddle.get(folded) ??
        undefined;
    if (!b && run.heading) continue;
    if (!b && !titled && classifyKnown(state, run.tokens, token.text)) continue;
    // A demonym used as an adjective (`Varlandic officials`, `European leaders`) names nothing by itself;
    // a people or a faith's followers named as such (`Muslims`, `Kurds`, `Mexicans`) are a group: a
    // name of type other, as NER's nationalities and religious groups are.
    if (
      !b &&
      !titled &&
      PEOPLE_NOUN_RE.test(token.text) &&
      namesPeople(token.text) &&
      !adjectives.has(token.text)
    ) {
      mention(state, token.start, token.end, namedThing(state, token.text, 'other'));
      continue;
    }
    if (!b && (adjectives.has(token.text) || namesPeople(token.text))) continue;
    // `said the Cornishman`, `the Spaniard said`: a person of a country, described, not named.
    if (
      !b &&
      PERSON_DEMONYMS.has(token.text.toLowerCase()) &&
      THE_BEFORE_RE.test(text.slice(Math.max(0, token.start - 4), token.start))
    )
      continue;
    // A word seen only opening sentences needs more than its context: `Industry group X`, `Officials said`.
    const coordinated = /^,? (?:and|or|&) \p{Lu}/u.test(text.slice(token.end, token.end + 8));
    // (A work's title in quotation marks inside a sentence is no sentence opener: `the thriller “Parasite”`.)
    const titleInside =
      run.work && !/(?:^|[.!?…\n]) ?$/.test(text.slice(Math.max(0, token.start - 3), token.start - 1));
    // (A given name set off with an age or a relative clause is someone's: `Jess, 16, said`, `Sabine, who
    // gave only her first name, said`.)
    const introduced =
      isGivenName(token.text) && PERSON_AFTER_NAME_RE.test(text.slice(token.end, token.end + 12));
    const seen =
      titleInside ||
      midSentence.has(token.text) ||
      coordinated ||
      introduced ||
      openerWithEvidence(state, token.text);
    if (!b && !titled && !seen) continue;
    // (In a language that capitalises every noun, a word alone is a name only when titled or known; in
    // any other language but English, never one of its function words: `Según`, `Además`, `Według`.)
    if (!b && !titled && state.nounsCapitalised) continue;
    if (!b && !titled && state.foreignStopwords?.has(token.text.toLowerCase())) continue;
    if (!b) {
      const v = votesOf(state, token.text);
      let type: EntityType | null = titled ? 'person' : bestType(v);
      // `said` alone makes no person of an unknown word: companies speak too. A leader's surname the
      // news names alone (`Putin said`, `Trump's plan`) is theirs unless the text says it is an organisation's.
      // (Nor a leader's surname qualifying a common noun: `the Obama era`, `an Obama-era rule`, `Trump-aligned
      // groups` are the person's, whatever `the` before it or the words after say.)
      const after = text.slice(token.end, token.end + 2);
      const qualifies =
        /^-\p{Ll}/u.test(after) ||
        (/^\s\p{Ll}/u.test(after) &&
          DETERMINER_BEFORE_RE.test(text.slice(Math.max(0, token.start - 5), token.start)));
      const leader =
        isLeaderSurname(token.text) &&
        ((v.organization < 3 && v.person >= 0) || qualifies) &&
        type !== 'place';
      if (leader) type = 'person';
      if (type === 'person' && !titled && !leader && v.person < 3 && !isGivenName(token.text))
        type = 'organization';
      // No evidence: a word capitalised mid-sentence that the text never writes in lower case.
      const lower = token.text.toLowerCase();
      const common = state.lowerWords.has(lower) || state.lowerWords.has(lower.replace(/s$/, ''));
      const guessed = type === null;
      // (A given name with no other evidence is someone's: `Harry and Meghan spoke`.)
      // (Not one naming the people of a body after it: `Yale researchers`, `Verity engineers`.)
      if (
        type === null &&
        seen &&
        isGivenName(token.text) &&
        !common &&
        !MEMBERS_AFTER_RE.test(text.slice(token.end, token.end + 16))
      )
        type = 'person';
      // (A doctrine or movement's `-ism`, `Thatcherism`, `Marxism`, is a thing, not a body.)
      if (type === null && seen && ISM_RE.test(token.text)) type = 'other';
      // (A town's name nothing else types is the town: `Dedham`, `Radstock`; not a given name's, `Bethany`,
      // nor the outlet's own, `Beacon calculations show` in `The Daily Beacon`.)
      if (
        type === null &&
        seen &&
        isTown(token.text) &&
        !isGivenName(token.text) &&
        !common &&
        !state.outletWords.has(token.text)
      )
        type = 'place';
      if (type === null && seen && token.text.length > 2 && !common) type = 'organization';
      if (type === null) continue;
      const whole = type === 'person' ? headingNames.get(folded) : undefined;
      if (whole) {
        // `Mourinho said` under a caption `Chelsea boss Jose Mourinho`: the person the caption names in full.
        b = person(state, whole, spanText(state, whole));
        b.aliases.add(token.text);
      } else if (type === 'person') {
        b = builder(state, `person:${slug(token.text)}`, token.text, 'person');
        b.tokens = [folded];
        state.byLast.set(folded, b);
      } else {
        const known = state.builders.size;
        b = namedThing(state, token.text, type);
        if (guessed && state.builders.size > known) b.guessed = true;
      }
    }
    mention(state, run.mentionStart, token.end, b);
    if (run.mentionStart !== token.start) b.aliases.add(text.slice(run.mentionStart, token.end));
  }
}

/** A plural noun: a people named as a group (`Kurds`), not its adjective (`Kurdish`). */
const PEOPLE_NOUN_RE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?s$/u;

/** A doctrine's or movement's name: `Thatcherism`, `Marxism`, `Peronism`. */
const ISM_RE = /^\p{Lu}\p{Ll}+ism$/u;

/** Second words that make a company's name one of its services (`Amazon Prime`, `Google Maps`). */
const SERVICE_WORDS = new Set([
  'Prime',
  'Store',
  'Video',
  'Pay',
  'Play',
  'Maps',
  'Cloud',
  'Drive',
  'Mail',
  'Photos',
  'Assistant',
  'Wallet',
  'Plus',
  'Premium',
  'Realms',
]);

/** `his wife Christine`, `their son, Jake`: the possessive and the kin word right before a given name. */
const KIN_BEFORE_RE = /\b(his|her|their) ([a-z]+),? $/i;
const AFTER_PREPOSITION_RE = /\b(?:with|to|by|for|from|of|about|at|on|in|against)\s+$/i;
/** How far back the person a possessive pronoun stands for may be named. */
const KIN_REACH_CHARS = 400;
/** Most relatives read per text (each reads every mention so far). */
const KIN_LOOKUPS = 16;

/**
 * The person a lone given name after a possessive kin word stands for (`Christine` in `Bruce Arians …
 * his wife Christine`): the given name with the surname of the person the pronoun stands for, the last
 * person named before it (within `KIN_REACH_CHARS`) not of the other gender, when no other person known
 * to be of the pronoun's gender and of another surname was named there; `their` needs the last two
 * persons named to share a surname (`Bruce … Christine Arians … their son Jake`). Null unless the word
 * is a given name no person of the text already has.
 */
function kinSurname(state: EntityState, token: Token, lookups: { left: number }): Builder | null {
  const folded = foldName(token.text);
  if (!isGivenName(token.text) || state.byFirst.has(folded) || state.byLast.has(folded)) return null;
  const kin = KIN_BEFORE_RE.exec(state.text.slice(Math.max(0, token.start - 24), token.start));
  if (!kin || !KIN_NOUNS.has(kin[2]!.toLowerCase()) || lookups.left <= 0) return null;
  lookups.left--;
  const pronoun = kin[1]!.toLowerCase();
  const unlike = pronoun === 'his' ? 'f' : pronoun === 'her' ? 'm' : null;
  const named = state.pending
    .filter(
      (m) =>
        m.start < token.start &&
        m.start >= token.start - KIN_REACH_CHARS &&
        m.builder.type === 'person' &&
        // (Not a preposition's object: `her interview with Winfrey … her son Archie` is not Winfrey's.)
        !AFTER_PREPOSITION_RE.test(state.text.slice(Math.max(0, m.start - 8), m.start)) &&
        (unlike === null || givenNameGender(m.builder.name) !== unlike),
    )
    .sort((a, b) => b.start - a.start)
    .map((m) => m.builder);
  const relative = named[0];
  // (`Meghan … her son Archie`: whom the text names by given name alone gives no surname.)
  if (!relative || relative.tokens.length < 2) return null;
  const surname = surnameOf(relative);
  // Another person the pronoun may stand for, of another surname (`Meghan told Oprah Winfrey … her son
  // Archie`): say nothing. (`their` stands for two persons: the last two must share the surname.)
  const other = named.find(
    (b) =>
      b !== relative && (pronoun === 'their' || givenNameGender(b.name) === (unlike === 'f' ? 'm' : 'f')),
  );
  if (pronoun === 'their' ? !other || surnameOf(other) !== surname : other && surnameOf(other) !== surname)
    return null;
  return person(
    state,
    [token, { text: surname, start: token.end, end: token.end }],
    `${token.text} ${surname}`,
  );
}

/** A person's surname as written: the last word of the name that is no suffix (`Jr.`). */
const surnameOf = (b: Builder): string =>
  b.name
    .split(' ')
    .filter((w) => !/^(?:Jr|Sr|I{2,3}|IV)\.?$/.test(w))
    .at(-1)!;

/** `X and Y Surname`, after the given name X: the two words of the full name of a person the text names. */
const COUPLE_RE = /^ (?:and|&) (\p{Lu}[\p{Ll}'’-]+) (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\p{M}'’-])/u;

/**
 * The person a lone given name coordinated with another person's full name stands for (`Bill` in `Bill
 * and Hillary Clinton`): the given name with the shared surname. Null unless both words are given names
 * and the full name after `and` is a person's.
 */
function sharedSurname(state: EntityState, token: Token): Builder | null {
  if (!isGivenName(token.text)) return null;
  const m = COUPLE_RE.exec(state.text.slice(token.end, token.end + 60));
  if (!m || !isGivenName(m[1]!)) return null;
  const partner = state.byFull.get(`${foldName(m[1]!)} ${foldName(m[2]!)}`);
  if (partner?.type !== 'person') return null;
  const surnameStart = token.end + m[0].length - m[2]!.length;
  const surname: Token = { text: m[2]!, start: surnameStart, end: surnameStart + m[2]!.length };
  return person(state, [token, surname], `${token.text} ${m[2]}`);
}

/**
 * Whole names of people that only headings and captions give (`Chelsea boss Jose Mourinho`), by folded
 * surname: two or three capitalised words opening with a known given name. The body's lone surname of a
 * person no body sentence names in full takes it; a surname two such names share takes none.
 */
function fullNamesInHeadings(state: EntityState): Map<string, readonly Token[]> {
  const names = new Map<string, readonly Token[] | null>();
  const add = (tokens: readonly Token[]): void => {
    if (tokens.length < 2 || tokens.length > 3 || !isGivenName(tokens[0]!.text)) return;
    if (!tokens.every((t) => HEADING_NAME_WORD_RE.test(t.text))) return;
    const last = foldName(tokens[tokens.length - 1]!.text);
    const seen = names.get(last);
    names.set(last, seen === undefined || sameTokens(seen, tokens) ? tokens : null);
  };
  // A heading's words come as runs of their own: words one space apart make one name.
  let group: Token[] = [];
  for (const run of state.runs) {
    if (!run.heading) continue;
    const first = run.tokens[0]!;
    const previous = group[group.length - 1];
    if (previous && state.text.slice(previous.end, first.start) !== ' ') {
      add(group);
      group = [];
    }
    group.push(...run.tokens);
  }
  add(group);
  const out = new Map<string, readonly Token[]>();
  for (const [last, tokens] of names) if (tokens) out.set(last, tokens);
  return out;
}

/** A word of a person's name: a capital, then lower-case letters (`Jose`, `O’Neill`, `Jean-Luc`). */
const HEADING_NAME_WORD_RE = /^\p{Lu}\p{Ll}+(?:[-’']\p{L}+)?$/u;

const sameTokens = (a: readonly Token[] | null, b: readonly Token[]): boolean =>
  a !== null && a.length === b.length && a.every((t, i) => t.text === b[i]!.text);

const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'lord']);
const FEMALE_HONORIFICS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady']);

/**
 * The person a surname with an honorific stands for (`Mr Obama`): `found` (whom the surname alone
 * gives), unless its given name says the other gender and the text names in full another person of
 * that surname whose given name fits (`Barack Obama`, not `Michelle Obama`).
 */
function bySurnameAndTitle(
  state: EntityState,
  surname: string,
  titles: readonly string[],
  found: Builder,
): Builder {
  const lower = titles.map((t) => t.toLowerCase());
  const said = lower.some((t) => MALE_HONORIFICS.has(t))
    ? 'm'
    : lower.some((t) => FEMALE_HONORIFICS.has(t))
      ? 'f'
      : null;
  const given = givenNameGender(found.name);
  if (said === null || given === null || given === said) return found;
  for (const b of state.builders.values())
    if (b.type === 'person' && b.tokens[b.tokens.length - 1] === surname && givenNameGender(b.name) === said)
      return b;
  return found;
}

/** `her father, `, `his younger brother `: a relation named right before a person's full name. */
const RELATIVE_BEFORE_RE =
  /\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose|[Mm]y|[Oo]ur)\s+(?:[a-z-]+\s+)?([a-z]+),?\s*$/;

/**
 * Persons first named in full as someone's relative (`her father, Robert Thurman`) after the text had
 * already used their surname alone: that surname stands for another person of the name (the article's
 * subject, whom only the headline named in full).
 */
function surnamesBeforeFullName(state: EntityState, singles: readonly Run[]): Set<Builder> {
  const first = new Map<Builder, number>();
  for (const p of state.pending)
    if (p.start < (first.get(p.builder) ?? Infinity)) first.set(p.builder, p.start);
  const relatives = new Set<Builder>();
  for (const run of singles) {
    const b = state.byLast.get(foldName(run.tokens[0]!.text));
    const at = b?.type === 'person' ? first.get(b) : undefined;
    if (!b || at === undefined || run.tokens[0]!.start >= at || relatives.has(b)) continue;
    const relation = RELATIVE_BEFORE_RE.exec(state.text.slice(Math.max(0, at - 40), at));
    // (Or introduced as someone of that name: `… of Meadows' retirement. … by a Scott Meadows, who …`.)
    const someone = /\b(?:a|one)\s+$/.test(state.text.slice(Math.max(0, at - 6), at));
    if ((relation && KIN_NOUNS.has(relation[1]!)) || someone) relatives.add(b);
  }
  return relatives;
}

export type { Run };

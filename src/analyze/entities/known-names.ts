/**
 * @module analyze/entities/known-names
 * Names the gazetteer knows by the whole run: news organisations, well-known organisations, countries
 * and their demonyms, capitals (standing for their state when it acts: `Moscow said`; the city
 * elsewhere: `lives in London`), seats of power that are buildings (`the White House said`), regions,
 * heavenly bodies, cities, US states and other countries' provinces. A run in capitals is read as the
 * gazetteer spells it (`LOS ANGELES`, `BBC NEWS`).
 */
import {
  CITY_COUNTRY,
  CITY_SPELLINGS,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  COUNTRY_BY_SEAT,
  MEDIA_BY_NAME,
  ORG_BY_NAME,
  PRODUCTS,
  REGIONS,
  STATES,
  SUBDIVISIONS,
} from '../gazetteer.js';
import { slug } from '../names.js';
import {
  builder,
  countryBuilder,
  type EntityState,
  isAllCaps,
  mention,
  type Token,
  titleCase,
} from './state.js';
import { EAST_ASIAN_SURNAMES, HEAVENLY_BODIES } from './words.js';

/**
 * What a seat of power's institution has (`to White House officials`, `no change to Pentagon policy`):
 * the seat names the institution, whatever preposition comes before it.
 */
const SEAT_ATTRIBUTE_RE =
  /^\s(?:officials?|aides?|staff(?:ers)?|policy|policies|spokes(?:man|woman|person)|press secretary|counsel|chief of staff|advisers?|advisors?|lawyers?|statement|budget|officers?|leadership|source|sources)\b/;
/** Words after which a capital names the city, not the state (`met in Beijing`). */
const LOCATIVE = new Set(
  'in at from to near visited visit visiting visits across outside inside into via around toward towards reached arrived left leaving through'.split(
    ' ',
  ),
);

/** What a state does, right after its capital's name. */
const STATE_ACTS_RE =
  /^(?:[’']s\s+(?:government|position|stance|response|decision|foreign policy|leadership|ambassador|envoy)\b|,?\s+(?:has|have|had|is|was|will|would|could|may|must|said|says|warned|warns|accused|accuses|urged|urges|announced|wants|insists|insisted|denied|denies|rejected|rejects|condemned|condemns|responded|imposed|agreed|agrees|hailed|sought|seeks|demanded|demands|called|calls|claimed|claims|believes|considers|sees|regards|refused|vowed|threatened|threatens|hopes|fears|signed|launched|backed|backs|supports|opposes|told|sent|expelled|recalled|retaliated|protested|summoned|accepted|welcomed)\b)/;
/** A verb, then `he` or `she` (or `his`, `her`) as what it says is about: `Hamilton said he …`, `Kingston told her …`. */
const PERSONAL_AFTER_RE = /^,?\s+[a-z]+\s+(?:that\s+)?(?:he|she|his|her)\b/;
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

/** Whether `the` stands right before `at` (`the Conservative MP`, `the King`): a description, not a name. */
export const afterThe = (text: string, at: number): boolean =>
  /\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at));

/** A state, region or country's name: a place that holds towns. */
export const widerPlace = (name: string): boolean =>
  STATES.has(name) || REGIONS.has(name) || SUBDIVISIONS.has(name) || COUNTRY_BY_NAME.has(name);

/** A place, news organisation or organisation the gazetteer knows by this whole name. */
export function knownWhole(name: string): boolean {
  return (
    MEDIA_BY_NAME.has(name) ||
    ORG_BY_NAME.has(name) ||
    PRODUCTS.has(name) ||
    COUNTRY_BY_NAME.has(name) ||
    COUNTRY_BY_SEAT.has(name) ||
    CITY_COUNTRY.has(name) ||
    REGIONS.has(name) ||
    SUBDIVISIONS.has(name) ||
    STATES.has(name)
  );
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
export const everyWordCapitalised = (s: string): string =>
  s.replace(/\p{L}+/gu, (w) => w[0]! + w.slice(1).toLowerCase());

/** A place, a news organisation or a known organisation, by the whole run. */
/** Words before a team named by its city or state (`victory over Green Bay`, `beat Arizona`). */
const TEAM_BEFORE_RE =
  /\b(?:victory over|win over|wins over|loss to|lost to|losing to|fell to|beat|beats|beating|defeated|defeating|routed|edged|crushed|thrashed|trounced|swept|drew with|tied with)\s+$/;

/** Words before a language's name (`speak English`, `in French`, `translated from Spanish and …`). */
const LANGUAGE_VERBS = new Set(
  'in speak speaks spoke speaking spoken into from learn learning learned fluent'.split(' '),
);
const LANGUAGE_NAME_RE = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether `before` (what precedes a name, ending in white space) ends in a language's verb or
 * preposition, perhaps then other languages listed before `and`/`or` (`from Spanish, Basque and `): a
 * scan back over its words.
 */
function languageLead(before: string): boolean {
  if (!/\s$/.test(before)) return false;
  const words = before.trimEnd().split(/\s+/);
  let k = words.length - 1;
  if (words[k] === 'and' || words[k] === 'or') {
    k--;
    // The last listed language, then those before it, each with its comma.
    if (!LANGUAGE_NAME_RE.test(words[k] ?? '')) return false;
    k--;
    while (k >= 0 && words[k]!.endsWith(',') && LANGUAGE_NAME_RE.test(words[k]!.slice(0, -1))) k--;
  }
  if (k < 0) return false;
  // (The verb as a whole word: what stands before it in its run is no word character, `(in`, `-from`.)
  const word = words[k]!;
  for (const verb of LANGUAGE_VERBS)
    if (word.endsWith(verb) && /(?:^|\W)$/.test(word.slice(0, word.length - verb.length))) return true;
  return false;
}
/** What follows a language's name where it is no adjective of a noun. */
const LANGUAGE_AFTER_RE =
  /^(?:\s*[,.;:)"”!?]|\s+(?:but|to|with|as|at|on|is|was|are|were|for|after|before|during|when|while|language|translation|subtitles|version)\b|\s+(?:and|or)\s+\p{Lu}\p{Ll}+\s*[,.;:)"”!?])/u;

/** Whether the demonym at [start, end) names a language (`speak English`), not a country's people or thing. */
function namesLanguage(text: string, start: number, end: number): boolean {
  return (
    languageLead(text.slice(Math.max(0, start - 40), start)) &&
    // (The text's end reads as a stop.)
    LANGUAGE_AFTER_RE.test(`${text.slice(end, end + 40)}${end + 40 >= text.length ? '.' : ''}`)
  );
}

export function classifyKnown(state: EntityState, tokens: readonly Token[], whole: string): boolean {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  // (The gazetteer writes a straight apostrophe: `Democratic People’s Republic of Korea` is its name.)
  const read = (isAllCaps(whole) && whole.length > 3 ? capitalsRead(whole) : whole).replace(/’/g, "'");
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
  if (PRODUCTS.has(whole)) {
    mention(state, start, end, builder(state, `other:${slug(whole)}`, whole, 'other'));
    return true;
  }
  // `speak English`, `in French`, `translated from Spanish and Catalan`: a language, no country.
  if (!COUNTRY_BY_NAME.has(lookup) && COUNTRY_BY_DEMONYM.has(lookup) && namesLanguage(state.text, start, end))
    return true;
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
    // (`Hamilton said he was happy`: one who is a he or a she is a person of that name, no state.)
    const acting =
      !locative &&
      !PERSONAL_AFTER_RE.test(after) &&
      (STATE_ACTS_RE.test(after) ||
        PAIRED_AFTER_RE.test(after) ||
        PAIRED_BEFORE_RE.test(before) ||
        RELATIONS_BEFORE_RE.test(before));
    // A seat of power that is a building (`the White House said`) is the institution in it; a visit
    // to it is a place (`arrived at the White House`).
    if (INSTITUTIONAL_SEATS.has(lookup)) {
      const type = locative && !SEAT_ATTRIBUTE_RE.test(after) ? 'place' : 'organization';
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
  // `victory over Green Bay`, `lost to Seattle 26-24`: the team the city or state names.
  if (
    (CITY_COUNTRY.has(lookup) || STATES.has(lookup)) &&
    TEAM_BEFORE_RE.test(state.text.slice(Math.max(0, start - 24), start))
  ) {
    mention(state, start, end, builder(state, `org:team:${slug(lookup)}`, lookup, 'organization'));
    return true;
  }
  const city = CITY_COUNTRY.get(lookup);
  if (city) {
    const name = CITY_SPELLINGS.get(lookup) ?? lookup;
    mention(
      state,
      start,
      end,
      builder(state, `place:${city.code}:${slug(name)}`, name, 'place', false, city.code),
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

/**
 * @module analyze/quotes/nationality
 * Whom a demonym stands for when it describes a speaker (`the Spaniard said`, `said the Norwegian, who
 * …`, `The Frenchwoman said`): the person the text tied to that country, by a demonym before their name
 * (`Spanish winger Ivo Marr`), a country or town they are of, from, born or grew up in (`Ana Roe of
 * Spain`, `Roe, 24, was born in Lagos`), or a country's possessive (`Spain’s Ana Roe`); no one when the
 * text tied no one to it. Never the country itself, nor the last person speaking.
 */
import type { Mention } from '../../types.js';
import {
  CITY_COUNTRY,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  COUNTRY_BY_SEAT,
  SUBDIVISIONS,
} from '../gazetteer.js';
import { lastMentionBefore, type QuoteState, typeOf } from './state.js';
import { capitalisedWordsFrom } from './word-runs.js';
import { PERSON_DEMONYMS } from './words.js';

/**
 * The country code a demonym names (`Spaniard`, `Norwegian`, `Frenchwoman`), or null; a word that is
 * also a place's own name (`Vatican`) is that place, no demonym.
 */
export function demonymCountry(word: string): string | null {
  const lower = word.toLowerCase();
  const noun = PERSON_DEMONYMS.get(lower);
  if (noun !== undefined) return noun;
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  if (
    countryOf(capitalised) !== null ||
    COUNTRY_BY_SEAT.has(capitalised) ||
    COUNTRY_BY_SEAT.has(`the ${capitalised}`)
  )
    return null;
  return COUNTRY_BY_DEMONYM.get(capitalised)?.code ?? null;
}

/**
 * What stands between a person's name and a country or town they are of or from, or were born or grew
 * up in (`, 24, was born in `); the place's words after it are read by a scan (`PLACE_WORDS` at most).
 */
const FROM_AFTER_RE =
  /^(?:,\s*\d{1,3},)?\s*(?:of|from|(?:who\s+)?(?:was\s+born|grew\s+up)\s+in)\s+(?:the\s+)?/u;
/** How many capitalised words a place's name holds at most (`Bosnia and Herzegovina` aside: `New South Wales`). */
const PLACE_WORDS = 3;
/** The characters of a place's word after its capital. */
const PLACE_WORD_REST_RE = /[\p{L}’'-]/u;
/** A country's possessive right before a name (`Spain’s Ana Roe`). */
const POSSESSIVE_BEFORE_RE = /(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)[’']s\s+$/u;
/** How far around a name its country is read. */
const AROUND = 60;

/** The country code of a place name: a country, a town or a region. */
function countryOf(place: string): string | null {
  return (COUNTRY_BY_NAME.get(place) ?? CITY_COUNTRY.get(place) ?? SUBDIVISIONS.get(place))?.code ?? null;
}

/** The country the text ties this mention of a person to, or null. */
function countryTied(state: QuoteState, m: Mention): string | null {
  for (const role of state.roles.get(m.entity) ?? []) {
    const code = demonymCountry(role);
    if (code !== null) return code;
  }
  const after = state.text.slice(m.end, m.end + AROUND);
  const from = FROM_AFTER_RE.exec(after);
  if (from) {
    // The longest run of its capitalised words that is a known place (`New Zealand`, `Lagos and`).
    const words = capitalisedWordsFrom(after, from[0].length, PLACE_WORDS, PLACE_WORD_REST_RE);
    for (let n = words.length; n > 0; n--) {
      const found = countryOf(words.slice(0, n).join(' '));
      if (found !== null) return found;
    }
  }
  const owner = POSSESSIVE_BEFORE_RE.exec(state.text.slice(Math.max(0, m.start - AROUND), m.start));
  return owner === null ? null : countryOf(owner[1]!);
}

/** How many mentions back a demonym looks for the person of its country. */
const REACH = 400;

/**
 * Whether the text ties anyone named before `at` to a country: a demonym none of them is tied to then
 * names no one of them (`Roe of Spain and Lund of Norway …. The Frenchwoman said`), where in a text
 * that ties no one to any country it may stand for the one the story is about (`The Scot added:`).
 */
export function someoneTied(state: QuoteState, at: number): boolean {
  return (
    lastMentionBefore(state, at, REACH, (m) => isPerson(state, m) && countryTied(state, m) !== null) !== null
  );
}

const isPerson = (state: QuoteState, m: Mention): boolean => typeOf(state, m.entity) === 'person';

/**
 * The last person before `at`, outside its own sentence, the text tied to the country `code` and of a
 * gender that fits (`the Frenchwoman`: not a man), or null.
 */
export function byNationality(
  state: QuoteState,
  code: string,
  gender: 'm' | 'f' | null,
  at: number,
): string | null {
  const fits = (m: Mention): boolean => {
    const g = state.genders.get(m.entity);
    return (
      isPerson(state, m) &&
      (gender === null || g === undefined || g === gender) &&
      countryTied(state, m) === code
    );
  };
  return lastMentionBefore(state, at, REACH, fits)?.entity ?? null;
}

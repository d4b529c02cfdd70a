/**
 * @module analyze/entities/state
 * What the entity steps share while they read one article: the text and its sentences, the spans of
 * page furniture, the candidate names (runs of capitalised words), the entities built so far and their
 * mentions. Helpers here create entities and mentions; the steps decide which.
 */

import { stopwordsOf } from '../../extract/text/page-stopwords.js';
import type { Entity, EntityType, Mention, Sentence } from '../../types.js';
import type { Country } from '../gazetteer.js';
import { foldName, slug } from '../names.js';
import { EAST_ASIAN_SURNAMES } from './words.js';

/** What analysis keeps about an entity beyond the public `Entity`. */
export interface EntityInfo {
  readonly entity: Entity;
  /** A news organisation (a channel quotes come through). */
  readonly media: boolean;
  /** Country code for places and for people whose nationality the text gives. */
  readonly country: string | null;
  /** Typed with no evidence (a lone capitalised word taken for an organisation): never a speaker. */
  readonly guessed: boolean;
}

export interface EntityResult {
  readonly entities: Entity[];
  /** Sorted by start. */
  readonly mentions: Mention[];
  readonly info: ReadonlyMap<string, EntityInfo>;
}

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Evidence for each type of a name, summed over its mentions. */
export type Votes = Record<EntityType, number>;

/** A candidate name: a run of capitalised words, trimmed of what is not the name. */
export interface Run {
  /** The name's own words. */
  tokens: Token[];
  /** Where the mention starts: before the name when a title leads it (`Mr Xi`, `President Lin Wei`). */
  mentionStart: number;
  /** Where the whole capitalised run started (before nationality and titles), or the person's name after an institution's. */
  runStart: number;
  /** Title words before the name, lower case (`president`, `foreign minister`). */
  titles: string[];
  /** Country of a leading demonym (`Russian President …`). */
  nationality: string | null;
  readonly heading: boolean;
  /** The name is the first word of its sentence. */
  sentenceStart: boolean;
  /** The name of a work or character: the whole of a pair of quotation marks (`“Space Oddity”`), a title and a place (`Captain America`). */
  work: boolean;
}

export interface Builder {
  key: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  media: boolean;
  country: string | null;
  /** `CC|role` keys (`CN|leader`, `kremlin|aide`). */
  roles: Set<string>;
  tokens: string[];
  order: number;
  /** Typed with no evidence at all (a lone capitalised word taken for an organisation): it says nothing. */
  guessed: boolean;
}

export interface PendingMention {
  readonly start: number;
  readonly end: number;
  readonly builder: Builder;
}

export interface EntityState {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Offsets where a sentence's first word starts (after opening quotes and brackets). */
  readonly sentenceStarts: Set<number>;
  /** Sorted, disjoint `[start, end)` spans of headings. */
  readonly headings: [number, number][];
  /** Sorted, disjoint `[start, end)` spans of page furniture: no name comes from them. */
  furniture: [number, number][];
  /**
   * Sorted, disjoint `[start, end)` spans of names read whole before the runs (works' titles in marks,
   * French streets: `findTitles`), each one name already: no run is read inside them.
   */
  readonly wholeNames: [number, number][];
  /** Lower-case words the text uses in lower case (`shares`): a capitalised one at a sentence start is no name. */
  readonly lowerWords: Set<string>;
  /** Candidate names not settled by the gazetteer, in text order. */
  runs: Run[];
  /** Last words of names a given name opens (`King` after `Wayne King`): surnames in this text. */
  readonly surnames: Set<string>;
  /** Evidence per folded name, from every mention of it in the article. */
  readonly votes: Map<string, Votes>;
  readonly builders: Map<string, Builder>;
  readonly pending: PendingMention[];
  /** Folded full names, first and last tokens -> person. */
  readonly byFull: Map<string, Builder>;
  readonly byLast: Map<string, Builder>;
  readonly byFirst: Map<string, Builder>;
  /** Non-person entities by folded name (`lockheed martin` -> the organisation). */
  readonly byName: Map<string, Builder>;
  /** The article's language capitalises every noun (German): a capitalised word alone is no evidence of a name. */
  readonly nounsCapitalised: boolean;
  /** The function words of the article's language when it is not English (`según`, `według`): never a name alone. */
  readonly foreignStopwords: ReadonlySet<string> | null;
  /** The words of the outlet's name (`The Daily Beacon`): one alone in its own text is the outlet, no town. */
  readonly outletWords: ReadonlySet<string>;
}

/** Opening quotation marks: only a sentence with one can hold a quotation opening inside it. */
const QUOTE_CHAR_RE = /['"‘“]/;
/** An article or possessive right before an opening quotation mark: what is quoted is a name or title. */
const NAME_QUOTED_AFTER_RE = /\b(?:the|The|a|an|its|their|his|her|our)\s$/;

/** A closing mark and the spaces before a capital: where a sentence inside another starts, after a lower-case word. */
const INNER_SENTENCE_RE = /[.!?]["”’']?\s+(?=\p{Lu})/gu;
/** Letters read back from a full stop for the word it ends: a word longer than this is still a word. */
const WORD_BACK = 30;

/**
 * Whether a word of two lower-case letters or more ends at `at` (`homes.`, not `Mr.` or `U.S.`): read
 * back at most `WORD_BACK` letters, so a sentence of one endless word costs no more than a short one.
 */
function lowerWordBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < WORD_BACK && /\p{Ll}/u.test(text[i - 1]!)) i--;
  if (at - i < 2) return false;
  return i === 0 || at - i >= WORD_BACK || !/[\p{L}\d]/u.test(text[i - 1]!);
}
/** A dateline opening a sentence: `GENEVA – `, `LAS VEGAS (AP) — `, `Lagos, Nigeria — `. */
const DATELINE_RE = /^\p{Lu}[\p{Lu}\p{Ll} .,'’-]{1,40}?(?: \([^()]{1,20}\))? [–—-]+ /u;

/** Words a heading must have to be told a sentence, and the share of them in lower case that makes it one. */
const SENTENCE_WORDS = 6;
const SENTENCE_LOWER_SHARE = 0.5;

/** Whether a heading is written as a sentence: six words or more, most of them in lower case, and a full stop. */
function sentenceCase(heading: string): boolean {
  if (!/[.!]["”’']?\s*$/.test(heading)) return false;
  const words = heading.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < SENTENCE_WORDS) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower / words.length > SENTENCE_LOWER_SHARE;
}

/** Languages that capitalise every noun: there a capital alone marks no name. */
const NOUNS_CAPITALISED = new Set(['de', 'lb']);

/** A colon after a word, then a capital: what follows opens like a sentence. */
const LABEL_COLON_RE = /(?<=\p{L}): (?=\p{Lu})/gu;
/** A word of a label: letters, apostrophes and hyphens. */
const LABEL_WORD_RE = /^[\p{L}'’-]+$/u;
const LETTER_RE = /\p{L}/u;
/** Most words of a label, and most marks before its first. */
const LABEL_WORDS = 3;
const LABEL_LEAD = 3;

/** Whether `head` is a label: up to three words one space apart, the first capitalised, opening its sentence. */
function isLabel(head: string): boolean {
  let lead = 0;
  while (lead < head.length && lead <= LABEL_LEAD && !LETTER_RE.test(head[lead]!)) lead++;
  if (lead > LABEL_LEAD || !/^\p{Lu}/u.test(head.slice(lead, lead + 2))) return false;
  const words = head.slice(lead).split(' ', LABEL_WORDS + 1);
  return words.length <= LABEL_WORDS && words.every((w) => LABEL_WORD_RE.test(w));
}

export function newEntityState(
  text: string,
  sentences: readonly Sentence[],
  language: string | null = null,
  outlet: string | null = null,
): EntityState {
  const sentenceStarts = new Set<number>();
  const headings: [number, number][] = [];
  for (const s of sentences) {
    let i = s.start;
    while (i < s.end && '“"‘\'([-–—•*'.includes(text[i]!)) i++;
    while (i < s.end && text[i] === ' ') i++;
    sentenceStarts.add(i);
    // After a dateline (`GENEVA – Leaders of …`) the sentence starts again.
    const c1 = text.charCodeAt(i + 1);
    if (c1 >= 65 && c1 <= 90) {
      const dateline = DATELINE_RE.exec(text.slice(i, Math.min(s.end, i + 60)));
      if (dateline) sentenceStarts.add(i + dateline[0].length);
    }
    // A heading written as a sentence (`Fiona Parry issued a plea for people ….`) capitalises only its
    // names: it is read as body text. A title-case heading capitalises every word; a promo has no stop.
    if (s.heading && !sentenceCase(s.text)) headings.push([s.start, s.end]);
    // A sentence the splitter kept whole inside a quotation (`… private homes. Suddenly they …`) starts
    // again after a lower-case word's full stop.
    for (const m of s.text.matchAll(INNER_SENTENCE_RE))
      if (lowerWordBefore(s.text, m.index)) sentenceStarts.add(s.start + m.index + m[0].length);
    // A label's colon starts one too (`Responsibilities: Represent Mozilla in …`): up to three words
    // opening the sentence, not a list's lead-in (`music figures: Pink, Sheryl Crow …`).
    for (const m of s.text.matchAll(LABEL_COLON_RE))
      if (isLabel(s.text.slice(0, m.index))) sentenceStarts.add(s.start + m.index + m[0].length);
    // A quotation opening inside a sentence starts one too (`… said, 'People always said …'`).
    // (Not one after an article or possessive: `the "Bring Back Our Girls" movement` quotes a name.)
    if (QUOTE_CHAR_RE.test(s.text))
      for (const q of s.text.matchAll(/(?:^|[\s:(—–-])['"‘“](?=\p{Lu})/gu))
        if (!NAME_QUOTED_AFTER_RE.test(s.text.slice(Math.max(0, q.index - 8), q.index + 1)))
          sentenceStarts.add(s.start + q.index + q[0].length);
  }
  const lowerWords = new Set<string>();
  // English words in lower case (ASCII is enough to tell `shares` from `Shares`, and cheap to scan).
  const LOWER_RE = /\b[a-z][a-z](?:[a-z]|-(?=[a-z]))*\b/g;
  for (let m = LOWER_RE.exec(text); m; m = LOWER_RE.exec(text)) lowerWords.add(m[0]);
  return {
    text,
    sentences,
    sentenceStarts,
    headings,
    furniture: [],
    wholeNames: [],
    lowerWords,
    runs: [],
    surnames: new Set(),
    votes: new Map(),
    builders: new Map(),
    pending: [],
    byFull: new Map(),
    byLast: new Map(),
    byFirst: new Map(),
    byName: new Map(),
    nounsCapitalised: language !== null && NOUNS_CAPITALISED.has(language),
    // (English keeps its own lists: its function words are read by the steps themselves.)
    foreignStopwords: language !== null && language !== 'en' ? (stopwordsOf(language) ?? null) : null,
    outletWords: new Set(outlet?.split(/\s+/) ?? []),
  };
}

/** Whether `at` falls in one of the sorted, disjoint spans (binary search). */
export function inSpans(spans: readonly [number, number][], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= at) lo = mid + 1;
    else hi = mid;
  }
  const r = spans[lo];
  return r !== undefined && r[0] <= at;
}

export function builder(
  state: EntityState,
  key: string,
  name: string,
  type: EntityType,
  media = false,
  country: string | null = null,
): Builder {
  let b = state.builders.get(key);
  if (!b) {
    b = {
      key,
      name,
      type,
      aliases: new Set(),
      media,
      country,
      roles: new Set(),
      tokens: [],
      order: state.builders.size,
      guessed: false,
    };
    state.builders.set(key, b);
  }
  return b;
}

/** The entity of a name that is not a person's (one per folded name and type). */
export function namedThing(state: EntityState, name: string, type: EntityType, media = false): Builder {
  const prefix = type === 'organization' ? 'org' : type;
  // A company with and without its legal form is one (`Tarrow Dynamics`, `Tarrow Dynamics Inc.`).
  const bare = type === 'organization' ? name.replace(LEGAL_FORM_RE, '') || name : name;
  // A country's body with and without its country is one too (`U.S. House of Representatives`,
  // `House of Representatives`), known by both.
  const body = type === 'organization' ? bare.replace(COUNTRY_PREFIX_RE, '') : bare;
  const folded = foldName(body);
  const known = state.byName.get(folded);
  if (known && known.type === type) {
    if (name.length > known.name.length) {
      known.aliases.add(known.name);
      known.name = name;
    }
    return known;
  }
  const b = builder(state, `${prefix}:${slug(bare)}`, name, type, media);
  if (body !== bare) b.aliases.add(body);
  if (!state.byName.has(folded)) state.byName.set(folded, b);
  return b;
}

/** A country's short name opening a body's name of two or more words (`U.S. House of Representatives`). */
const COUNTRY_PREFIX_RE = /^(?:U\.S\.|US|U\.K\.|UK)\s(?=\S+\s\S)/;

/** A company's legal form at the end of its name (`Group Inc.`, `AG`, `Corp.`). */
export const LEGAL_FORM_RE =
  /(?:\s(?:Group|Holdings|Inc\.?|Corp\.?|Corporation|Co\.?|Ltd\.?|LLC|LLP|PLC|plc|AG|SA|NV|GmbH))+$/;

export function mention(state: EntityState, start: number, end: number, b: Builder): void {
  state.pending.push({ start, end, builder: b });
  const surface = state.text.slice(start, end);
  if (surface !== b.name) b.aliases.add(surface);
}

export function countryBuilder(state: EntityState, c: Country): Builder {
  return builder(state, `place:${c.code}`, c.name, 'place', false, c.code);
}

/** An East Asian name, family name first: a known family name before a given name (`Moon Jae-in`, `Wu Yanhua`). */
function familyFirst(tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 3) return false;
  return (
    EAST_ASIAN_SURNAMES.has(tokens[0]!.text) &&
    (tokens.length === 3 || /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)?$/u.test(tokens[1]!.text))
  );
}

/** The person a multi-word name denotes, merging transliteration variants and partial names. */
export function person(state: EntityState, tokens: readonly Token[], name: string): Builder {
  const folded = tokens.map((t) => foldName(t.text));
  const full = folded.join(' ');
  const existing = state.byFull.get(full);
  if (existing) return existing;
  const last = folded[folded.length - 1]!;
  const sameLast = state.byLast.get(last);
  if (sameLast && folded.every((f) => sameLast.tokens.includes(f))) return sameLast;
  const b = builder(state, `person:${slug(name)}`, name, 'person');
  if (sameLast?.tokens.every((f) => folded.includes(f))) {
    // A longer form of a name seen before: the longer one becomes the name.
    sameLast.aliases.add(sameLast.name);
    sameLast.name = name;
    sameLast.tokens = folded;
    state.byFull.set(full, sameLast);
    state.builders.delete(b.key);
    return sameLast;
  }
  b.tokens = folded;
  state.byFull.set(full, b);
  if (!state.byLast.has(last)) state.byLast.set(last, b);
  const firstToken = folded[0]!;
  // A family name written first (`Moon Jae-in`, `Kim Jong Un`) is what the text calls them alone (`Moon said`).
  if (familyFirst(tokens) && !state.byLast.has(firstToken)) state.byLast.set(firstToken, b);
  if (!state.byFirst.has(firstToken)) state.byFirst.set(firstToken, b);
  return b;
}

export const spanText = (state: EntityState, tokens: readonly Token[]): string =>
  state.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);

export const isAllCaps = (s: string): boolean => s.length > 1 && s === s.toUpperCase() && /\p{Lu}/u.test(s);

export const titleCase = (s: string): string =>
  s.replace(/\p{L}+/gu, (w) => (w.length > 3 ? w[0]! + w.slice(1).toLowerCase() : w));

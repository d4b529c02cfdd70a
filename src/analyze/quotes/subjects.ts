/**
 * @module analyze/quotes/subjects
 * Reads who a speech cue's subject is from the words around the verb: a name (`Musk said`), a pronoun
 * (`she said`), a description (`the 23-year-old added`, `a London Fire Brigade spokesman said`, `the
 * company said`), through appositives (`Scott Roe, an analyst at NK Pro, said`) and adverbs or settings
 * (`Musk also said`, `Roe on Monday said`, `X said in a statement`); after the verb for an inversion
 * (`,” said Musk`) and after `according to`. Every read looks at a bounded window.
 */
import type { Mention } from '../../types.js';
import { NAME_ABBREVIATIONS } from '../entities/words.js';
import { namesPeople } from '../gazetteer.js';
import { isAbbreviationStop } from '../sentences.js';
import { lowerBound, markAround, mentionsIn, type QuoteState, type Subject, typeOf } from './state.js';
import { cueBeforeWords, runBefore, runFrom, spaceFrom } from './word-runs.js';
import {
  ANONYMITY_RE,
  DOCUMENT_NOUNS,
  FEMALE_WORDS,
  type Gender,
  isGapWord,
  isRoleWord,
  MALE_WORDS,
  ORG_NOUNS,
  PERSON_NOUNS,
  PRONOUN_GENDER,
  RECIPIENT_BEFORE_RE,
  SPOKES_NOUNS,
  STAFF_NOUNS,
  UNNAMED_NOUNS,
} from './words.js';

/** Longest subject phrase looked at, in characters. */
const PHRASE_WINDOW = 160;
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}’'.&-]*/gu;
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** Words that start a new clause: a subject phrase never reaches back past them. */
const CLAUSE_WORDS = new Set(
  (
    'and but or as while after when that because who whom which where if since before although though so ' +
    'than until unless whether whereas what how why then also said says told added'
  ).split(' '),
);
/**
 * A clause word, also capitalised when it opens its sentence (`But he added:`, `And she said`): the
 * subject is what follows it.
 */
function isClauseWord(text: string, token: { text: string; start: number }): boolean {
  if (CLAUSE_WORDS.has(token.text)) return true;
  if (!CLAUSE_WORDS.has(token.text.toLowerCase())) return false;
  const before = text.slice(Math.max(0, token.start - 3), token.start);
  return token.start === 0 || /(?:^|[.!?…]["”’']?)\s+$|\n\s*$/.test(before);
}
/** Settings that may stand between a subject and its verb, at the end of the subject's window. */
const SETTING_END_RE =
  /\s(?:on (?:Twitter|Instagram|Facebook)|(?:(?:on|late|early|late on|early on) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|yesterday|today|last night|(?:in|on|at|during) (?:a|an|the|his|her|their|its) (?:[a-z-]+ )?(?:statement|interview|post|tweet|video|letter|email|speech|briefing|conference|rally|hearing|event))\s*$/;
/** A speaker's aside between subject and verb, its commas with it (`Kim, for his part(,) has described`). */
const ASIDE_END_RE = /,?\s(?:for (?:his|her|their|its|our|my) part|in (?:his|her|their|its) turn),?\s*$/;
const AGE_RE = /^\d{1,3}-year-old$/;
/** An auxiliary's contraction after a pronoun (`she’s`, `they’ve`, `he’d`, `I’ve`). */
const CONTRACTION_RE = /[’'](?:s|ve|d|ll)$/;

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const seg = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(seg); m; m = TOKEN_RE.exec(seg)) {
    let t = m[0];
    while (t.endsWith('.') || t.endsWith('-')) t = t.slice(0, -1);
    if (t) out.push({ text: t, start: from + m.index, end: from + m.index + t.length });
  }
  return out;
}

const genderOfWords = (words: readonly string[]): Gender | null => {
  for (const w of words) {
    const l = w.toLowerCase();
    if (FEMALE_WORDS.has(l)) return 'f';
    if (MALE_WORDS.has(l)) return 'm';
  }
  return null;
};

/** A person or organisation named, a state (`North Korea warned`), or a seat of power standing for it (`the Kremlin said`). */
export function canSpeak(state: QuoteState, m: Mention): boolean {
  const t = typeOf(state, m.entity);
  // `a post on the group's Facebook page said`: the platform a post is on carries it; it says nothing.
  if (PLATFORMS.has(m.text) && PLATFORM_PLACE_RE.test(state.text.slice(m.end, m.end + 12))) return false;
  if (t === 'person' || t === 'organization') return true;
  // A state acting (`North Korea warned`, `Pyongyang said`) speaks through its government.
  const info = state.entities.info.get(m.entity);
  if (t === 'place' && info?.country && m.entity === `place:${info.country}`) return true;
  return (
    t === 'place' &&
    /^(?:the\s+)?(?:Kremlin|White House|Pentagon|Downing Street|Élysée|Elysee|Blue House|Zhongnanhai|Foreign Office|State Department)$/i.test(
      m.text,
    )
  );
}

/** Platforms people post on, and the places on them a post is (`Facebook page`, `Twitter account`). */
const PLATFORMS = new Set([
  'Facebook',
  'Twitter',
  'Instagram',
  'YouTube',
  'TikTok',
  'WhatsApp',
  'LinkedIn',
  'Reddit',
  'Snapchat',
  'Telegram',
  'Weibo',
  'WeChat',
  'X',
]);
const PLATFORM_PLACE_RE =
  /^\s+(?:page|post|account|feed|profile|group|channel|live|video|story|stories|message)s?\b/;

/** A document and who issued it: `a statement released by the `, `a commentary published in `. */
const ISSUED_BY_RE =
  /\b([a-z-]+)\s+(?:(?:released|issued|published|carried|put out|posted|sent|signed|written)\s+)?(?:by|from|in)\s+(?:the\s+)?$/;
/** Written pieces a paper or agency publishes under its own name. */
const WRITTEN_NOUNS = new Set(['commentary', 'editorial', 'article', 'dispatch', 'op-ed', 'column']);

/** A role of something named after it: `The head of `, `the director-general of `, `a spokesman for `. */
const ROLE_OF_RE =
  /^(?:the|a|an|its|his|her|their)\s{1,4}(?:[a-z-]{1,30}\s{1,4}){0,2}?([a-z-]{1,30})\s{1,4}(?:of|for|at|to)\s/i;

const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'to', 'on', 'near', 'close']);
const MEDIA_NOUNS = new Set([
  'media',
  'paper',
  'newspaper',
  'site',
  'website',
  'outlet',
  'broadcaster',
  'channel',
  'network',
]);
export const knownNoun = (w: string): boolean =>
  SPOKES_NOUNS.has(w) ||
  STAFF_NOUNS.has(w) ||
  DOCUMENT_NOUNS.has(w) ||
  ORG_NOUNS.has(w) ||
  UNNAMED_NOUNS.has(w) ||
  PERSON_NOUNS.has(w) ||
  AGE_RE.test(w) ||
  // A people or a creed's followers (`furious Americans vowed`): people the text leaves unnamed.
  namesPeople(w.charAt(0).toUpperCase() + w.slice(1));

/** A description's subject, or null when the phrase is not one (`the talks`, `Trump’s remarks`). */
function describe(state: QuoteState, phrase: readonly Token[], end: number): Subject | null {
  const { text } = state;
  const words = phrase.map((t) => t.text);
  const first = words[0]!.toLowerCase();
  // A noun lists know, or the head of a role the text gave someone (`the coroner`).
  const known = (w: string): boolean => knownNoun(w) || state.roleHeads.has(w);
  // The head noun: the last word, or the one before a complement (`the coach of the year`).
  let h = phrase.length - 1;
  const p = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  // (`a spokesperson for the charity`: the one who speaks, whatever body the complement names.)
  if (!known(words[h]!.toLowerCase()) || (p > 0 && SPOKES_NOUNS.has(words[p - 1]!.toLowerCase()))) {
    if (p > 0 && known(words[p - 1]!.toLowerCase())) h = p - 1;
  }
  const head = words[h]!.toLowerCase();
  if (!known(head)) return null;
  const start = phrase[0]!.start;
  const headAt = phrase[h]!.start;
  const named = mentionsIn(state, start, end).filter((m) => m.end <= end && canSpeak(state, m));
  const before = named.filter((m) => m.end <= headAt);
  const after = named.filter((m) => m.start > headAt);
  const definite = first === 'the';
  const indefinite = first === 'a' || first === 'an' || first === 'one' || first === 'another';
  // `his spokesman`, also inside a longer phrase (`a statement by his spokesman`).
  const beforeHead = h > 0 ? words[h - 1]!.toLowerCase() : '';
  const possessive = POSSESSIVES.has(first) ? first : POSSESSIVES.has(beforeHead) ? beforeHead : null;
  // Capitalised words no entity covers: a name we do not know (`A Met spokesman`).
  const unknownName = phrase.some(
    (t, i) =>
      i > 0 && i !== h && /^\p{Lu}/u.test(t.text) && !named.some((m) => m.start <= t.start && t.end <= m.end),
  );
  const make = (
    refers: Extract<Subject, { kind: 'description' }>['refers'],
    org: Mention | null,
  ): Subject => ({
    kind: 'description',
    at: start,
    text: text.slice(start, end),
    refers,
    head,
    definite,
    gender: genderOfWords(words) ?? (possessive === 'his' ? 'm' : possessive === 'her' ? 'f' : null),
    org,
  });
  if (SPOKES_NOUNS.has(head) || DOCUMENT_NOUNS.has(head)) {
    // `a spokesman for the London Fire Brigade`, `a London Fire Brigade spokesman`, `a rep for Roe`;
    // not the one given the statement (`Roe Corp provided the Ledger a statement`: Roe Corp's).
    // (Nor the platform it went out on: `one Twitter response` is no word of Twitter's.)
    const owners = before.filter(
      (m) =>
        !RECIPIENT_BEFORE_RE.test(text.slice(Math.max(start, m.start - 20), m.start)) &&
        !(DOCUMENT_NOUNS.has(head) && PLATFORMS.has(m.text)),
    );
    const org = after[0] ?? owners[owners.length - 1] ?? null;
    if (org) return make('org', org);
    // `a spokesperson for the charity`: whoever speaks for the body the text calls so.
    const body = SPOKES_FOR_BODY_RE.exec(text.slice(phrase[h]!.end, end));
    if (body && ORG_NOUNS.has(body[1]!) && !MEDIA_NOUNS.has(body[1]!)) {
      const described = make('org', null);
      if (described.kind === 'description') return { ...described, head: body[1]!, forBody: true };
    }
    if (possessive === 'his' || possessive === 'her') return make('person', null);
    if (possessive === 'their' || possessive === 'its') return make('org', null);
    if (unknownName) return make('unnamed', null);
    // `the statement said`: the document's author (`a statement said` may be a spokesperson's, below).
    // (`one Twitter response began`, `a tweet read`: a document no one named wrote.)
    if (DOCUMENT_NOUNS.has(head) && (definite || !SPOKES_NOUNS.has(head)))
      return definite ? make('document', null) : indefinite ? make('unnamed', null) : null;
    return definite || indefinite ? make('spokes', null) : null;
  }
  // `the engineers at Quell Security`, `the Quell Security testers`: the organisation they work for.
  if (STAFF_NOUNS.has(head)) {
    const org = after[0] ?? before[before.length - 1];
    if (org && typeOf(state, org.entity) === 'organization') return make('org', org);
  }
  if (ORG_NOUNS.has(head)) {
    const org = before[before.length - 1];
    // `the Weinstein Company`-like names are mentions already; an organisation right before its noun names it.
    if (org && /^\s*$/.test(text.slice(org.end, headAt)) && typeOf(state, org.entity) === 'organization')
      return make('org', org);
    if (before.length > 0 || unknownName || possessive || !definite) return make('unnamed', null);
    return make(MEDIA_NOUNS.has(head) ? 'media' : 'org', null);
  }
  // (`President Ana Roe’s lawyer`: a name's possessive before the role, however long the name.)
  const owned = h > 0 && /^\p{Lu}.*[’']s$/u.test(words[h - 1]!);
  if (!definite)
    return possessive || indefinite || owned || phrase.length <= 3 ? make('unnamed', null) : null;
  // `the Pasok leader`: a team, party or country right before the role qualifies it (see `org`).
  const qualifier = before[before.length - 1];
  return qualifier !== undefined &&
    typeOf(state, qualifier.entity) !== 'person' &&
    /^\s+$/.test(text.slice(qualifier.end, headAt))
    ? make('role', qualifier)
    : make('role', null);
}

/** A spokesperson's body by its common noun, the rest of the phrase: ` for the charity`. */
const SPOKES_FOR_BODY_RE = /^\s+(?:for|of|at)\s+the\s+(\p{Ll}+)\s*$/u;

const COMPLEMENT_PREPOSITIONS = new Set([
  'of',
  'Of',
  'at',
  'in',
  'for',
  'from',
  'with',
  'on',
  'by',
  'to',
  'near',
]);
const COMPLEMENT_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr']);
const SPACE_CHAR_RE = /\s/;
const LETTER_RE = /\p{L}/u;
const LOWERCASE_RE = /\p{Ll}/u;

/** The start of the white space (at least one character) that ends at `end`, or -1. */
function spaceBefore(text: string, end: number): number {
  const start = runBefore(text, end, SPACE_CHAR_RE);
  return start < end ? start : -1;
}

/**
 * Where a preposition of `COMPLEMENT_PREPOSITIONS` that ends at `end` begins its phrase: the start of
 * the white space before it, or 0 when it opens the text; -1 when no such preposition ends there.
 */
function prepositionBefore(text: string, end: number): number {
  const start = runBefore(text, end, LETTER_RE);
  if (!COMPLEMENT_PREPOSITIONS.has(text.slice(start, end))) return -1;
  return start === 0 ? 0 : spaceBefore(text, start);
}

/**
 * Where a complement that ends `lead` begins (`Roe of the `, `Roe, of `, `a poster for the elder Mr. `),
 * or -1: a preposition at the start or after white space, white space, `the` or `The` and white space
 * if there, then, if there, up to two lowercase words each with white space after it and a title (`Mr`,
 * `Mrs`, `Ms`, `Dr`, a period allowed) with white space after it, to the end. Of several readings the
 * earliest start, read word by word from the end.
 */
function complementStart(lead: string): number {
  const last = spaceBefore(lead, lead.length);
  if (last < 0) return -1;
  let earliest = -1;
  /** The starts of a preposition, or a preposition, white space and `the`, ending at `end`. */
  const consider = (end: number): void => {
    for (const at of [end, theBefore(lead, end)]) {
      const start = at < 0 ? -1 : prepositionBefore(lead, at);
      if (start >= 0 && (earliest < 0 || start < earliest)) earliest = start;
    }
  };
  consider(last);
  const titleEnd = lead[last - 1] === '.' ? last - 1 : last;
  const titleStart = runBefore(lead, titleEnd, LETTER_RE);
  if (!COMPLEMENT_TITLES.has(lead.slice(titleStart, titleEnd))) return earliest;
  // Before the title, up to two lowercase words, each read as the words before it allow.
  let at = spaceBefore(lead, titleStart);
  for (let words = 0; at >= 0; words++) {
    consider(at);
    if (words === 2) break;
    const wordStart = runBefore(lead, at, LOWERCASE_RE);
    at = wordStart < at ? spaceBefore(lead, wordStart) : -1;
  }
  return earliest;
}

/** Where the white space before a `the` or `The` that ends at `end` begins (where its preposition ends), or -1. */
function theBefore(text: string, end: number): number {
  const start = runBefore(text, end, LETTER_RE);
  const word = text.slice(start, end);
  return word === 'the' || word === 'The' ? spaceBefore(text, start) : -1;
}

/**
 * The subject of a phrase that ends at `end` (the text up to a verb, minus adverbs): the tokens back to
 * a clause boundary, read as a pronoun, a name, or a description.
 */
function phraseSubject(state: QuoteState, from: number, end: number, depth = 0): Subject | null {
  const { text } = state;
  const toks = tokens(text, Math.max(from, end - PHRASE_WINDOW), end);
  // (A name's own abbreviation keeps its stop: `Tomas Ruel Jr. told`, `Orvel Foods Inc. said`.)
  const dotted =
    text[end - 1] === '.' &&
    NAME_ABBREVIATIONS.has(
      /\b\p{L}+\.$/u.exec(text.slice(Math.max(from, end - 6), end))?.[0].slice(0, -1) ?? '',
    );
  if (toks.length === 0 || toks[toks.length - 1]!.end !== (dotted ? end - 1 : end)) return null;
  // Back to a clause boundary: punctuation between tokens, or a clause word.
  let k = toks.length - 1;
  while (k > 0) {
    const between = text.slice(toks[k - 1]!.end, toks[k]!.start);
    const title = /^\.\s+$/.test(between) && /^(?:Mr|Mrs|Ms|Dr)$/.test(toks[k - 1]!.text);
    // An initial's stop (`A.Q. Shipley`, `R. Nicholas Burns`) is inside the name.
    const initial = /^\.\s*$/.test(between) && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(toks[k - 1]!.text);
    if (!title && !initial && !/^\s+$/.test(between) && !/^\s*[’']s\s+$/.test(between)) break;
    if (isClauseWord(text, toks[k - 1]!) || toks.length - k >= 10) break;
    k--;
  }
  const phrase = toks.slice(k);
  const last = phrase[phrase.length - 1]!;
  // `she’s demanded`, `they’ve said`: the pronoun before its auxiliary's contraction.
  const lower = last.text.toLowerCase().replace(CONTRACTION_RE, '');
  const g = PRONOUN_GENDER.get(lower);
  // `he` or `she` right before the verb is its subject after any opening phrase (`In the video he says`),
  // unless joined to another subject (`Roe and he said`); `they` and `it` only alone (`a world they said
  // was …` is no one's clause of its own).
  const opened =
    phrase.length > 1 &&
    (g === 'm' || g === 'f') &&
    !/^(?:and|or|nor)$/i.test(phrase[phrase.length - 2]!.text);
  if (g && (phrase.length === 1 || opened) && (lower !== 'i' || /^I(?:$|[’'])/.test(last.text)))
    return { kind: 'pronoun', at: last.start, text: last.text, gender: g };
  let start = phrase[0]!.start;
  // A name that holds a clause word of its own (`Universities and Colleges Employers’ Association`).
  const spanning = mentionsIn(state, Math.max(0, start - PHRASE_WINDOW), start).find(
    (m) => m.start < start && m.end === end,
  );
  if (spanning) start = spanning.start;
  const inPhrase = mentionsIn(state, start, end).filter((m) => m.end <= end);
  const named = inPhrase.length > 0 ? inPhrase[inPhrase.length - 1]! : null;
  // `The president, in a letter to Ana Roe, said`: a phrase set off by commas that opens on a preposition
  // is a setting; the name in it is its object, and the subject comes before it.
  if (
    named &&
    SETTING_PREPOSITIONS.has(phrase[0]!.text) &&
    /,\s*$/.test(text.slice(Math.max(from, start - 3), start))
  )
    return null;
  if (named && named.end === end) {
    // `Harbor’s Owner’s Manual states`: a document the text names speaks for its owner.
    if (DOCUMENT_NOUNS.has(named.text.split(' ').at(-1)!.toLowerCase())) {
      // (Not a word of the document's own name: `Owner’s Manual`.)
      const owner = inPhrase.find(
        (m) =>
          m !== named &&
          /^[’']s\s/.test(text.slice(m.end, m.end + 3)) &&
          m.end + 3 < named.start &&
          canSpeak(state, m),
      );
      if (owner) return { kind: 'mention', mention: owner, text: owner.text };
      return null;
    }
    const lead = text.slice(start, named.start);
    // `a statement released by the Korean Central News Agency read`, `a commentary in the Rodong Sinmun
    // newspaper said`: the document speaks for the one who issued it (a state news agency too).
    const issued = ISSUED_BY_RE.exec(lead);
    if (issued && (DOCUMENT_NOUNS.has(issued[1]!) || WRITTEN_NOUNS.has(issued[1]!)) && canSpeak(state, named))
      return { kind: 'mention', mention: named, text: named.text };
    // `a spokesman for the London Fire Brigade`, `an aide to Dana Ruiz`: who speaks is not the one named.
    const via = /\b([a-z-]+)\s+(?:for|of|from|to|at|with|close to|in|near)\s+(?:the\s+)?$/.exec(lead);
    if (via) {
      const noun = via[1]!;
      const described = describe(state, tokens(text, start, named.start).slice(0, -1), end);
      // (`the engineers at Quell Security`: staff speaking for the organisation named.)
      if (SPOKES_NOUNS.has(noun) || DOCUMENT_NOUNS.has(noun) || STAFF_NOUNS.has(noun))
        return described ?? { kind: 'mention', mention: named, text: named.text };
      // `her envoy to the trade council Mara Velkova`: a title before the person's name.
      if (PERSON_NOUNS.has(noun))
        return typeOf(state, named.entity) === 'person'
          ? { kind: 'mention', mention: named, text: named.text }
          : described;
      if (UNNAMED_NOUNS.has(noun) || /s$/.test(noun))
        return {
          kind: 'description',
          at: start,
          text: text.slice(start, end),
          refers: 'unnamed',
          head: noun,
          definite: false,
          gender: null,
          org: null,
        };
    }
    // A name after a preposition is a complement, not the subject: the subject is the head before it
    // (`Sheriff Joseph Roe of the Las Vegas police`).
    // A phrase that opens with the preposition is only a complement (`Roe, of Veldonia, warned`): no subject.
    // Also past a description and a title (`a poster for the elder Mr. Roe`).
    const complement = complementStart(lead);
    if (complement >= 0) {
      const headEnd = start + complement;
      return headEnd > start && depth < 2 ? phraseSubject(state, from, headEnd, depth + 1) : null;
    }
    return { kind: 'mention', mention: named, text: named.text };
  }
  return describe(state, phrase, end);
}

/** Strips adverbs, auxiliaries and settings off the end of [from, at): where the subject phrase ends. */
function subjectEnd(state: QuoteState, from: number, at: number): number {
  const { text } = state;
  let end = at;
  // `The Rail Accident Investigation Branch (RAIB) said`: the acronym in brackets goes; so does a
  // lawmaker's party and state (`Nancy Pelosi (D-Calif.) told`).
  const acronym = /\s*\((?:[\p{Lu}\d&.-]{2,12}|[DRI][-–—]\s?[\p{L}.]{2,12})\)\s*$/u.exec(
    text.slice(Math.max(from, end - 20), end),
  );
  if (acronym) end -= acronym[0].length;
  for (let n = 0; n < 3; n++) {
    const m =
      SETTING_END_RE.exec(text.slice(Math.max(from, end - 60), end)) ??
      ASIDE_END_RE.exec(text.slice(Math.max(from, end - 30), end));
    if (!m) break;
    end -= m[0].length;
  }
  const toks = tokens(text, Math.max(from, end - 80), end);
  let k = toks.length;
  while (k > 0 && isGapWord(toks[k - 1]!.text)) k--;
  let e = k < toks.length ? toks[k]!.start : end;
  // `Musk, however, said`: the commas around the adverb go with it.
  while (e > from && (/\s/.test(text[e - 1]!) || (k < toks.length && text[e - 1] === ','))) e--;
  // `Kim, for his part has described`: the aside before the auxiliary goes too.
  const aside = ASIDE_END_RE.exec(text.slice(Math.max(from, e - 30), e));
  if (aside) e -= aside[0].length;
  return e;
}

/** `and` before a name, then up to three words (`Russian leader`): the name's phrase joins another. */
const JOINED_CUE_RE = /\s(?:and|&)\s+$/;
const JOINED_WORDS = 3;
const JOINED_WORD_RE = /[\p{L}’'-]/u;

/** Whether a person's name is the second of two people joined as one subject (`Roe and Doe said`). */
function jointSubject(state: QuoteState, from: number, m: Mention): boolean {
  if (typeOf(state, m.entity) !== 'person') return false;
  const lead = state.text.slice(Math.max(from, m.start - 60), m.start);
  const joined = cueBeforeWords(lead, JOINED_CUE_RE, JOINED_WORDS, JOINED_WORD_RE);
  if (joined < 0) return false;
  const at = m.start - lead.length + joined;
  return mentionsIn(state, Math.max(from, at - 60), at).some(
    (o) => o.end === at && o.entity !== m.entity && typeOf(state, o.entity) === 'person',
  );
}

/** `and his co-authors` ending a subject: a group of the person named before it. */
const OWN_GROUP_RE =
  /\s(?:and|&)\s(?:his|her|their)\s(?:co-?authors|colleagues|collaborators|team|research team|teammates|co-workers|fellow researchers)$/;

/** The person of `Ana Roe and her co-authors`, `he and his colleagues` (a pronoun goes on as itself), ending at `end`. */
function leaderOfOwnGroup(state: QuoteState, from: number, end: number): Subject | null {
  const { text } = state;
  const group = OWN_GROUP_RE.exec(text.slice(Math.max(from, end - 40), end));
  if (!group) return null;
  const at = end - group[0].length;
  const pronoun = /(?:^|\s)(he|she|He|She)$/.exec(text.slice(Math.max(from, at - 4), at));
  const gender = pronoun ? PRONOUN_GENDER.get(pronoun[1]!.toLowerCase()) : undefined;
  if (pronoun && gender) return { kind: 'pronoun', at: at - pronoun[1]!.length, text: pronoun[1]!, gender };
  const named = mentionsIn(state, Math.max(from, at - 60), at).find((m) => m.end === at);
  return named && typeOf(state, named.entity) === 'person' && canSpeak(state, named)
    ? { kind: 'mention', mention: named, text: named.text }
    : null;
}

/** `’s official website`: a document of the name right before it. */
const OWNED_DOCUMENT_RE = /^[’']s\s+(?:(?:official|own|latest|new)\s+)?([a-z-]+)$/;

/** The subject of a verb at `at`, read back to `from` (the sentence start or the last closing mark). */
export function subjectBefore(state: QuoteState, from: number, at: number): Subject | null {
  const { text } = state;
  let end = subjectEnd(state, from, at);
  if (end <= from) return null;
  // `Roe herself said`: the intensifying pronoun leaves the subject as it is.
  const intensifier = /\s+(?:himself|herself|itself|themselves)$/.exec(
    text.slice(Math.max(from, end - 14), end),
  );
  if (intensifier) end -= intensifier[0].length;
  // A relative clause: `Neil Roe, who said`: the subject is the one `who` stands for.
  const relative = /,?\s*\b(?:who|which|that)$/.exec(text.slice(Math.max(from, end - 12), end));
  if (relative) {
    end -= relative[0].length;
    if (end <= from) return null;
    // `a quote from Mr Roe, who told the magazine`: the name the relative hangs on, whatever leads to it.
    while (end > from && /\s/.test(text[end - 1]!)) end--;
    const near = mentionsIn(state, Math.max(from, end - ANTECEDENT_CHARS), end);
    const antecedent = near.find((m) => m.end === end);
    if (antecedent && relative[0].trimStart().startsWith(',') && canSpeak(state, antecedent))
      return { kind: 'mention', mention: antecedent, text: antecedent.text };
    // `AC Milan’s website, which said`: the owner of the document speaks.
    const owner = near.findLast((m) => canSpeak(state, m));
    const document = owner ? OWNED_DOCUMENT_RE.exec(text.slice(owner.end, end)) : null;
    if (owner && document && DOCUMENT_NOUNS.has(document[1]!.toLowerCase()) && relative[0].includes(','))
      return { kind: 'mention', mention: owner, text: owner.text };
  }
  // `Mr Roe, who knew the pilot of the plane that went missing, called for`: a relative clause set off
  // between the name and its verb, however long.
  const aside = WHO_ASIDE_RE.exec(text.slice(Math.max(from, end - WHO_ASIDE_CHARS), end));
  if (aside) {
    let antecedent = nameEndingAt(state, from, end - aside[0].length);
    // `Ana Roe, the MP for Newcastle Central, who …, said`: a name a preposition hangs in the appositive
    // is not what `who` stands for; the person the appositive describes is.
    if (
      antecedent &&
      OBJECT_OF_RE.test(text.slice(Math.max(from, antecedent.start - 12), antecedent.start))
    ) {
      const head = mentionsIn(state, from, antecedent.start).find(
        (m) => typeOf(state, m.entity) === 'person' && text[m.end] === ',',
      );
      if (head) antecedent = head;
    }
    if (antecedent && typeOf(state, antecedent.entity) === 'person' && canSpeak(state, antecedent))
      return { kind: 'mention', mention: antecedent, text: antecedent.text };
    // `One official, who spoke on condition of anonymity, said`: the description the aside hangs on,
    // and no one the text names when the aside says so (`the coach, who asked not to be named, said`).
    if (!antecedent) {
      const described = phraseSubject(state, from, end - aside[0].length);
      if (described?.kind === 'description')
        return ANONYMITY_RE.test(aside[0]) ? { ...described, refers: 'unnamed' } : described;
    }
  }
  const direct = phraseSubject(state, from, end);
  // `Ana Roe and her co-authors warned`: the named one speaks for the group of her own.
  const leader = direct === null || direct.kind === 'description' ? leaderOfOwnGroup(state, from, end) : null;
  if (leader) return leader;
  // `Xi Jinping and Russian leader Vladimir Putin hailed …`: two people speak; the words are neither's alone.
  if (direct?.kind === 'mention' && jointSubject(state, from, direct.mention)) return null;
  if (direct && (direct.kind === 'pronoun' || (direct.kind === 'mention' && canSpeak(state, direct.mention))))
    return direct;
  // An appositive whose closing comma is missing: `Tong Roe, a fellow at the Orsk Institute in Caspara told`.
  const opened = unclosedAppositive(state, from, end);
  if (opened) return opened;
  // `The NAACP, the nation’s largest civil rights group, has released`, `Ana Roe, a witness, said`: a
  // description set off by commas after a name is that name's appositive; the name speaks.
  if (direct?.kind === 'description' && APPOSED_REFERS.has(direct.refers)) {
    const named = appositiveSubject(state, from, end, at);
    if (named?.kind === 'mention') return named;
  }
  // `A France supporter, Ana Roe, told`, `The mayor, Ana Roe, said`: the name set off after its role.
  if (direct === null) {
    const comma = /,\s*$/.exec(text.slice(Math.max(from, end - 3), end));
    const named = comma ? nameEndingAt(state, from, end - comma[0].length) : undefined;
    if (named && typeOf(state, named.entity) === 'person') {
      const lead = text
        .slice(from, named.start)
        .replace(/^.*[.!?:;“”"]\s*/s, '')
        .trimStart();
      if (roleBeforeAppositive(lead))
        return { kind: 'mention', mention: named, text: named.text, phrase: named.start - lead.length };
    }
  }
  return direct ?? appositiveSubject(state, from, end, at);
}

/** A preposition (and article) right before a name: the name is its object. */
const OBJECT_OF_RE = /\b(?:for|of|at|in|from|with|to)\s+(?:the\s+)?$/;

/** How far before a relative clause the name it hangs on may start. */
const ANTECEDENT_CHARS = 80;

/** The name that ends at `at`, white space before `at` aside (the one a relative clause hangs on), or undefined. */
function nameEndingAt(state: QuoteState, from: number, at: number): Mention | undefined {
  let e = at;
  while (e > from && /\s/.test(state.text[e - 1]!)) e--;
  return mentionsIn(state, Math.max(from, e - ANTECEDENT_CHARS), e).find((m) => m.end === e);
}

/** A relative clause set off by commas or dashes right before a verb: `, who knew the pilot …,`, ` – who survived the attack –`. */
const WHO_ASIDE_RE = /(?:,\s{1,4}who\s[^,;:“”"]{1,240},|\s[–—]\s{1,4}who\s[^–—;:“”"]{1,240}\s[–—])\s{0,4}$/;
const WHO_ASIDE_CHARS = 260;

/** A preposition right before a name: the name is its object (`the girlfriend of Ivo Doe`). */
const PREPOSITION_BEFORE_RE = /\b(?:of|for|to|with|from|by|at)\s+$/;

/** Descriptions that, set off after a name, only describe it. */
const APPOSED_REFERS = new Set(['unnamed']);

/**
 * The subject before an appositive between subject and verb, up to `end`: `Scott Roe, an analyst at NK
 * Pro, said`, `Roe, 45, said`, also with an adverb after it.
 */
/** Whether the closing mark at `at` closes a title or name in marks, not anyone's words. */
function titleAt(state: QuoteState, at: number): boolean {
  const m = markAround(state, at);
  return m !== null && m.close === at + 1 && m.kind === null;
}

/** Whether someone's words in marks (a quote, not a title) overlap text[from, to). */
function wordsIn(state: QuoteState, from: number, to: number): boolean {
  const around = markAround(state, from);
  if (around !== null && around.kind !== null) return true;
  const marks = state.marks;
  for (let i = lowerBound(marks, from, (m) => m.open); i < marks.length && marks[i]!.open < to; i++)
    if (marks[i]!.kind !== null) return true;
  return false;
}

function appositiveSubject(state: QuoteState, from: number, end: number, at: number): Subject | null {
  const { text } = state;
  // (`Roe, of Veldonia, today warned`: the adverb took its comma along.)
  // The chunks before each comma are read nearest first; a person named wins over anything else.
  if (text[end - 1] !== ',' && text[end] === ',' && end < at) end++;
  // (`Roe, the producer of Ana Pell’s “Cold Harbor,” admitted`: a title's closing mark after the comma.)
  if (/^,[”"’']$/.test(text.slice(end - 2, end)) && titleAt(state, end - 1)) end--;
  if (text[end - 1] !== ',') return null;
  let comma = end - 1;
  let found: Subject | null = null;
  for (let n = 0; n < 3; n++) {
    comma = text.lastIndexOf(',', comma - 1);
    if (comma < from || end - comma > PHRASE_WINDOW) break;
    if (/[;:]/.test(text.slice(comma, end)) || wordsIn(state, comma, end)) break;
    let e = comma;
    while (e > from && /\s/.test(text[e - 1]!)) e--;
    const subject = phraseSubject(state, from, e);
    // `The governor, Marco Bellini, said`, `his brother, Eric Roe, told`, `Premier League chief
    // executive, Richard Roe, said`: the name in the appositive to a role.
    const owner = mentionsIn(state, Math.max(from, e - PHRASE_WINDOW), e).findLast((m) => m.end <= e);
    const role = owner !== undefined && rolePhrase(state, owner, e) ? owner.start : null;
    // `The head of Malaysia’s Civil Aviation Authority, Azharuddin Rahman, called`: a role of an
    // organisation the name in apposition holds.
    const chunk = text.slice(Math.max(from, text.lastIndexOf(',', comma - 1) + 1), e).trim();
    const roleOf = ROLE_OF_RE.exec(chunk);
    const holds = roleOf !== null && PERSON_NOUNS.has(roleOf[1]!.toLowerCase());
    if (subject?.kind === 'description' || role !== null || holds) {
      // (Not in a setting: `The president, in a letter to Ana Roe, said`.)
      const setting = SETTING_PREPOSITIONS.has(
        /^,\s*(\p{Ll}+)/u.exec(text.slice(comma, comma + 16))?.[1] ?? '',
      );
      const person = setting
        ? undefined
        : mentionsIn(state, comma, end).find(
            (m) =>
              typeOf(state, m.entity) === 'person' && !PREPOSITION_BEFORE_RE.test(text.slice(comma, m.start)),
          );
      if (person)
        return {
          kind: 'mention',
          mention: person,
          text: person.text,
          phrase: role ?? (subject?.kind === 'description' ? subject.at : comma),
        };
    }
    if (!subject) continue;
    // `Ana Roe, the girlfriend of Ivo Doe, a passenger, said`: a name after a preposition is no subject.
    if (subject.kind === 'mention' && PREPOSITION_BEFORE_RE.test(text.slice(comma, subject.mention.start)))
      continue;
    if (subject.kind === 'mention' && typeOf(state, subject.mention.entity) === 'person') return subject;
    if (subject.kind === 'pronoun') return subject;
    found ??= subject;
  }
  return found;
}

/**
 * Whether an organisation or place and up to three role words after it, to `end`, make a role
 * (`Premier League chief executive`, `Interpol's head`): the person in apposition holds it.
 */
function rolePhrase(state: QuoteState, m: Mention, end: number): boolean {
  if (typeOf(state, m.entity) === 'person') return false;
  const words = state.text.slice(m.end, end).replace(POSSESSIVE_RE, '').trim().split(/\s+/);
  return words[0] !== '' && words.length <= 3 && words.every(isRoleWord);
}

/** A closed appositive after a name, up to its comma: `, the girlfriend of Ivo Doe`. */
const CLOSED_APPOSITIVE_RE = /^,\s+(?:a|an|the|his|her)\s+[^,;:“”"‘()]{1,80}$/u;
/**
 * An appositive's opening words after its comma: an article and a lower-case word (`, a fellow at`), or
 * a role of one or two lower-case words and its preposition (`, board member of`, `, head of`).
 */
const APPOSITIVE_OPEN_RE =
  /^\s+(?:(?:a|an|the)\s+\p{Ll}|(?:a|an)\s+\p{Lu}[\p{L}.-]{0,30}\s+\p{Ll}|\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?\s(?:of|at|for)\s)/u;

/**
 * The person who opens the clause before `end` with an appositive never closed by its comma
 * (`Tong Roe, a fellow at the Orsk Institute in Caspara told CNN`): the appositive's last words (a
 * place, an institution) are not the subject, the person before its comma is.
 */
function unclosedAppositive(state: QuoteState, from: number, end: number): Subject | null {
  const { text } = state;
  const floor = Math.max(from, end - PHRASE_WINDOW);
  const comma = text.lastIndexOf(',', end - 1);
  if (comma <= floor || /[;:“”"‘()]/.test(text.slice(comma, end))) return null;
  if (!APPOSITIVE_OPEN_RE.test(text.slice(comma + 1, comma + 40))) return null;
  // Names after a preposition belong to a closed appositive before (`Ana Roe, the girlfriend of Ivo Doe,
  // a passenger said`): they are not the subject.
  const before = mentionsIn(state, floor, comma).filter(
    (m) => m.end <= comma && !PREPOSITION_BEFORE_RE.test(text.slice(Math.max(floor, m.start - 8), m.start)),
  );
  const person = before[0];
  if (!person || person !== before[before.length - 1] || typeOf(state, person.entity) !== 'person')
    return null;
  // The person ends right at the comma, or at a closed appositive to it, and opens the clause (nothing
  // but spaces or a stop before it).
  const between = text.slice(person.end, comma);
  if (!/^\s*$/.test(between) && !CLOSED_APPOSITIVE_RE.test(between)) return null;
  if (!/(?:^|[.!?]["”’]?)\s*$/.test(text.slice(from, person.start))) return null;
  return { kind: 'mention', mention: person, text: person.text };
}

/** A setting that may open a clause before its subject (`Today,`, `On Friday,`, `In a statement,`). */
const OPENING_SETTING_RE =
  /^\s*(?:(?:[Oo]n|[Ii]n|[Ll]ater|[Ee]arlier)\b[^,]{0,40},|(?:Despite|After|Before|Amid|Following|During|Since|While|When|Although|Though|Unlike|Without|Under|At|By)\b[^,;:“”"]{0,80},|\p{Lu}\p{Ll}+,)?\s*/u;

/** A word that may stand before a name opening a clause: an article or a capitalised title. */
const TITLE_WORD_RE = /^(?:the|The|\p{Lu}[\p{L}.]*)$/u;
/** At most this many such words. */
const MAX_TITLE_WORDS = 3;

/** Whether `lead` is nothing, or up to three titles or articles each followed by white space; read word by word. */
function titlesOnly(lead: string): boolean {
  if (lead === '') return true;
  if (!/\s$/.test(lead) || /^\s/.test(lead)) return false;
  const words = lead.trimEnd().split(/\s+/);
  return words.length <= MAX_TITLE_WORDS && words.every((word) => TITLE_WORD_RE.test(word));
}

/** `The mayor, `, `Its chief executive, `: an article or possessive and up to three role words, then a comma. */
const APPOSED_DETERMINER_RE = /^(?:the|a|an|its|his|her|their)$/i;
const ROLE_WORD_RE = /^[\p{L}'’-]+$/u;

function roleBeforeAppositive(lead: string): boolean {
  // Read word by word: a determiner, one to three words, the last ending in `, ` (and nothing after it).
  if (!lead.endsWith(', ')) return false;
  const words = lead.slice(0, -2).split(' ', 5);
  if (words.length < 2 || words.length > 4 || !APPOSED_DETERMINER_RE.test(words[0]!)) return false;
  if (!words.every((w, i) => i === 0 || ROLE_WORD_RE.test(w))) return false;
  // A role (`The mayor, `), one a team's or country's name qualifies (`A France supporter, `), or any
  // other noun (`the harbour master, `, `a local fisherman, `): the name after it is set off by commas.
  const head = words[words.length - 1]!;
  return isRoleWord(head) || UNNAMED_NOUNS.has(head.toLowerCase()) || /^\p{Ll}+$/u.test(head);
}

/** Words that end a clause's opening noun phrase: an auxiliary, a preposition, a relative. */
const PHRASE_END_WORDS = new Set(
  'is are was were has have had will would can could may might must did does do on in at for with by from who which that and but after before during'.split(
    ' ',
  ),
);
/** Most lower-case words of an opening noun phrase after its article. */
const OPENING_PHRASE_WORDS = 4;

/**
 * Someone unnamed a clause opens on (`A federal judge on Tuesday blocked …`, `Several senators have …`):
 * an indefinite article or a number, then lower-case words up to an auxiliary, a preposition or a verb in
 * -ed. A participle later in the clause is theirs (`…, declaring the plan “arbitrary”`), not a name in
 * its object's. Null when the clause opens otherwise.
 */
export function unnamedOpener(state: QuoteState, from: number, end: number): Subject | null {
  const { text } = state;
  const at = from + (OPENING_SETTING_RE.exec(text.slice(from, end))?.[0].length ?? 0);
  // (One clause up to the participle's comma: `A couple days after the backlash, Roe walked back …` opens
  // on a time, then its subject.)
  if (/[,;:]/.test(text.slice(at, end).replace(/,\s*$/, ''))) return null;
  const words = text.slice(at, Math.min(end, at + 80)).split(/\s+/);
  if (!/^(?:A|An|One|Two|Three|Several|Some|Many)$/.test(words[0] ?? '')) return null;
  let k = 1;
  while (k < words.length && k <= OPENING_PHRASE_WORDS && /^[a-z][a-z-]*$/.test(words[k]!)) {
    if (PHRASE_END_WORDS.has(words[k]!) || (k > 1 && /ed$/.test(words[k]!))) break;
    k++;
  }
  if (k < 2 || k > OPENING_PHRASE_WORDS || !/^[a-z]/.test(words[k] ?? '')) return null;
  const phrase = words.slice(0, k).join(' ');
  return {
    kind: 'description',
    at,
    text: phrase,
    refers: 'unnamed',
    head: words[k - 1]!,
    definite: false,
    gender: null,
    org: null,
  };
}

/** The person or organisation a clause opens with (after a setting), or null when it opens otherwise. */
export function clauseOpener(state: QuoteState, from: number, end: number): Subject | null {
  const { text } = state;
  const at = from + (OPENING_SETTING_RE.exec(text.slice(from, end))?.[0].length ?? 0);
  const first = mentionsIn(state, at, end).find((m) => m.end <= end);
  // A possessive opens a longer subject (`Washington's ambassador Nikki Roe`), not this name.
  if (!first || !canSpeak(state, first) || /^[’']s\b/.test(text.slice(first.end, first.end + 3))) return null;
  // Only a title or an article may stand before the name (`The Roe Corporation`, `Minister Ana Roe`), or
  // a role set off before it that the name's commas close (`The mayor, Ana Roe, was defiant`).
  const lead = text.slice(at, first.start);
  if (!titlesOnly(lead) && !(roleBeforeAppositive(lead) && /^,\s/.test(text.slice(first.end, first.end + 2))))
    return null;
  const who = personAfterRole(state, first, end);
  if (who) return { kind: 'mention', mention: who, text: who.text };
  // `Georgia election officials disputed …`, `The GOP leader rejected …`: someone the name only
  // qualifies, whom the clause does not name.
  const role = roleAfterName(state.text.slice(first.end, Math.min(end, first.end + 60)));
  if (role !== null && typeOf(state, first.entity) !== 'person')
    return {
      kind: 'description',
      at: first.start,
      text: state.text.slice(first.start, first.end + role),
      refers: 'unnamed',
      head: state.text
        .slice(first.end, first.end + role)
        .trim()
        .split(/\s+/)
        .at(-1)!,
      definite: false,
      gender: null,
      org: null,
    };
  return { kind: 'mention', mention: first, text: first.text };
}

/** Groups and candidates a name may qualify (`election officials`, `front-runner`), besides titles and roles. */
const QUALIFIED_NOUNS = new Set([
  'officials',
  'authorities',
  'lawmakers',
  'leaders',
  'officers',
  'prosecutors',
  'investigators',
  'front-runner',
  'frontrunner',
  'hopeful',
  'contender',
  'managers',
]);
/** Most lower-case words of such a role after the name. */
const QUALIFIED_WORDS = 3;
const LOWER_WORD_CHAR_RE = /[a-z-]/;

/**
 * The length of up to three lower-case words at the start of `after` (a space first) that end in a role
 * or a group (`' election officials'`, `' leader'`), when a verb or a comma follows them, not a name; else null.
 */
function roleAfterName(after: string): number | null {
  let at = 0;
  for (let n = 0; n < QUALIFIED_WORDS; n++) {
    const start = spaceFrom(after, at);
    if (start === at) return null;
    const end = runFrom(after, start, LOWER_WORD_CHAR_RE);
    if (end === start) return null;
    const word = after.slice(start, end);
    if (isRoleWord(word) || QUALIFIED_NOUNS.has(word)) {
      // (`Chelsea manager Jose Roe`: the name after the role is the person, read by `personAfterRole`.)
      return /^\s+\p{Lu}/u.test(after.slice(end)) ? null : end;
    }
    at = end;
  }
  return null;
}

/**
 * The person a place or organisation qualifies through a role (`UK PM David Cameron`, `Premier League
 * chief executive Richard Scudamore`, `Chelsea boss Jose Mourinho`): the name after up to three role
 * words, each a title or a person's noun, or right after the name (`CNN iReporter Chris Morrow`).
 */
function personAfterRole(state: QuoteState, m: Mention, end: number): Mention | null {
  if (typeOf(state, m.entity) === 'person') return null;
  const next = mentionsIn(state, m.end, Math.min(end, m.end + 60)).find((o) => o.start > m.end);
  if (!next || typeOf(state, next.entity) !== 'person') return null;
  const between = state.text.slice(m.end, next.start);
  // `CNN iReporter Chris Morrow`: the role read into the organisation's name, the person right after it.
  if (/^ $/.test(between)) return next;
  const words = between.trim().split(/\s+/);
  if (words.length === 0 || words.length > 3 || words[0] === '') return null;
  return words.every((w) => isRoleWord(w) || QUALIFIED_NOUNS.has(w)) ? next : null;
}

/** The possessive ending right after an organisation's name (`Interpol's head`). */
const POSSESSIVE_RE = /^[’']s?\s/;

/** Where a subject phrase after its verb ends: punctuation, not a title's or an initial's stop (`Mr.`, `A.`). */
function phraseStop(window: string): number {
  const re = /[,.;:!?“”"()—–]|\s[-–]\s/g;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (m[0] === '.' && isAbbreviationStop(window, m.index)) continue;
    return m.index;
  }
  return -1;
}

/** The subject after an inverted verb (`,” said Musk`, `, added the spokesman`, `said he`), up to `limit`. */
export function subjectAfter(state: QuoteState, verbEnd: number, limit: number): Subject | null {
  const { text } = state;
  const namedAs = nameGivenAfter(state, verbEnd, limit);
  if (namedAs) return { kind: 'mention', mention: namedAs, text: namedAs.text };
  const window = text.slice(verbEnd, Math.min(limit, verbEnd + 90));
  const stop = phraseStop(window);
  const phraseEnd = verbEnd + (stop >= 0 ? stop : window.length);
  const toks = tokens(text, verbEnd, phraseEnd);
  if (toks.length === 0) return null;
  const first = toks[0]!;
  const g = PRONOUN_GENDER.get(first.text.toLowerCase());
  if (g && g !== 'self' && /^\s+$/.test(text.slice(verbEnd, first.start)))
    return { kind: 'pronoun', at: first.start, text: first.text, gender: g };
  if (!/^\s+$/.test(text.slice(verbEnd, first.start))) return null;
  // `wrote on Twitter`, `said in Paris`: a setting after the verb, not its subject.
  if (SETTING_PREPOSITIONS.has(first.text)) return null;
  // The phrase runs to a clause word (`said Musk, who ...` stops at the comma already).
  let k = 0;
  while (k + 1 < toks.length && !CLAUSE_WORDS.has(toks[k + 1]!.text) && k < 9) k++;
  const end = toks[k]!.end;
  const people = mentionsIn(state, first.start, end).filter((m) => m.end <= end);
  // The last person is the head (`said Cubs fan Rodrigo Roe`, `said Doe's lawyer John Roe`).
  const named =
    people.findLast((m) => typeOf(state, m.entity) === 'person') ??
    people.find((m) => canSpeak(state, m)) ??
    people[0];
  // `said Premier League Chief Executive, Richard Scudamore`, `said Interpol's head, Ronald Roe`, `said
  // Kelm's lawyer, Piet Dorn`: the name after the role's comma (the possessive is no role word).
  const owned = named !== undefined && POSSESSIVE_RE.test(text.slice(named.end, named.end + 3));
  if (named && (typeOf(state, named.entity) !== 'person' || owned) && text[phraseEnd] === ',') {
    const role = text.slice(named.end, phraseEnd).replace(POSSESSIVE_RE, '').trim().split(/\s+/);
    const person = mentionsIn(state, phraseEnd, phraseEnd + 4).find(
      (m) => typeOf(state, m.entity) === 'person',
    );
    if (person && role[0] !== '' && role.length <= 3 && role.every(isRoleWord))
      return { kind: 'mention', mention: person, text: person.text };
  }
  // `said the Norway captain`, `said the Chelsea manager`: a person the named team or country only
  // qualifies, described by the noun after it.
  const qualifier =
    named !== undefined && typeOf(state, named.entity) !== 'person' && describesAfter(state, toks, named);
  if (named && !qualifier) {
    const before = text.slice(first.start, named.start);
    // `said a spokesman for X`: the organisation; `said an aide to X`: someone unnamed.
    if (/\b(?:for|of|from|to|at|with|close to)\s+(?:the\s+)?$/.test(before))
      return phraseSubject(state, first.start, named.end);
    // Only titles and role words may stand before the name (`said Assistant Chief Constable Robin Smith`).
    if (before.length <= 60) return { kind: 'mention', mention: named, text: named.text };
  }
  const described = describe(state, toks.slice(0, Math.min(k, 5) + 1), toks[Math.min(k, 5)]!.end);
  // `said the federation’s chief economist, Renata Vogl`: the name in the appositive; `declared a later
  // chancellor, Bernhard von Bülow, in 1897`: an unnamed one's too, when the name closes the appositive.
  if (described?.kind === 'description' && text[phraseEnd] === ',') {
    const person = mentionsIn(state, phraseEnd, phraseEnd + 4).find(
      (m) => typeOf(state, m.entity) === 'person',
    );
    const closed = person !== undefined && /^\s*(?:[,.;]|$)/.test(text.slice(person.end, person.end + 2));
    if (person && (described.refers !== 'unnamed' || closed))
      return { kind: 'mention', mention: person, text: person.text };
  }
  // `the Norway captain`: a role the named team or country qualifies, kept with it (see `org`).
  if (qualifier && named && described?.kind === 'description' && described.refers === 'role')
    return { ...described, org: named };
  return described;
}

/**
 * Prepositions that open a setting, not a subject: after a verb (`wrote on Twitter`, `said in a
 * statement`), or set off between a subject and its verb (`The president, in a letter to Ana Roe, said`).
 */
const SETTING_PREPOSITIONS = new Set(
  'on in at during via through over from to with for after before'.split(' '),
);

/** How the text gives an unnamed speaker's name (`named only as Jean`, `who asked to be identified only as Paul`). */
const NAMED_AS_RE =
  /\b(?:named|identified|known|gave (?:his|her|their) (?:first )?name|give (?:his|her|their) (?:first )?name)\s+(?:only\s+)?as\s+$/;
/** How far after an inverted verb the speaker's description may run before the name it is given. */
const NAMED_AS_REACH = 120;

/**
 * The person an inverted verb's description is then named as (`,” said one officer involved in the raid,
 * named only as Jean`), in the same sentence.
 */
function nameGivenAfter(state: QuoteState, verbEnd: number, limit: number): Mention | null {
  const { text } = state;
  const end = Math.min(limit, verbEnd + NAMED_AS_REACH);
  const person = mentionsIn(state, verbEnd, end).find(
    (m) => m.end <= end && typeOf(state, m.entity) === 'person',
  );
  if (!person) return null;
  const between = text.slice(verbEnd, person.start);
  if (/[.!?;:“”"]/.test(between)) return null;
  return NAMED_AS_RE.test(between) ? person : null;
}

/** Whether a known noun of a person or a role follows mention `m` at once, heading the phrase (`Norway captain`). */
function describesAfter(state: QuoteState, toks: readonly Token[], m: Mention): boolean {
  const next = toks.find((t) => t.start >= m.end);
  if (next === undefined || !/^\s+$/.test(state.text.slice(m.end, next.start))) return false;
  // `said one GOP operative`, `said a Pentagon official`: after an indefinite article any common noun
  // is someone the organisation only qualifies.
  const indefinite = INDEFINITE_BEFORE_RE.test(state.text.slice(Math.max(0, m.start - 10), m.start));
  return PERSON_NOUNS.has(next.text.toLowerCase()) || (indefinite && /^\p{Ll}+$/u.test(next.text));
}
const INDEFINITE_BEFORE_RE = /\b(?:a|an|one|another)\s+$/;

/** The source after `according to`: a name, a document of an organisation, or someone unnamed. */
export function sourceAfter(state: QuoteState, from: number, limit: number): Subject | null {
  const { text } = state;
  const window = text.slice(from, Math.min(limit, from + 90));
  const stop = window.search(/[,.;:!?“”"()—–]/);
  const end = from + (stop >= 0 ? stop : window.length);
  const toks = tokens(text, from, end);
  if (toks.length === 0) return null;
  const named = mentionsIn(state, toks[0]!.start, end).filter((m) => m.end <= end);
  const first = named[0];
  if (first && first.start - from <= 50) {
    const words = text.slice(from, first.start).toLowerCase().split(/\s+/).filter(Boolean);
    if (words.some((w) => DOCUMENT_NOUNS.has(w) || SPOKES_NOUNS.has(w) || UNNAMED_NOUNS.has(w)))
      return phraseSubject(state, toks[0]!.start, first.end);
    // `according to Wilson Center director Rojansky`: the person the body and the role words lead to.
    const person = named.find(
      (m) => m !== first && typeOf(state, m.entity) === 'person' && m.start > first.end,
    );
    if (person && typeOf(state, first.entity) !== 'person') {
      // (Or its possessive: `according to RedMonk’s Stephens`.)
      const between = text
        .slice(first.end, person.start)
        .replace(/^[’']s?\s/, ' ')
        .trim();
      const role = between.split(/\s+/);
      if (between === '' || (role.length <= 3 && role.every(isRoleWord)))
        return { kind: 'mention', mention: person, text: person.text };
    }
    return { kind: 'mention', mention: first, text: first.text };
  }
  // `according to the friend,`, `according to a neighbour`: someone the text leaves unnamed.
  const last = toks[toks.length - 1]!;
  if (named.length === 0 && toks.length <= 4 && UNNAMED_NOUNS.has(last.text.toLowerCase()))
    return phraseSubject(state, toks[0]!.start, last.end);
  return null;
}

/**
 * @module analyze/quotes/find-reported-speech
 * Step `findReportedSpeech`: reported speech in sentences without a direct quote: `X said (that) …`,
 * `…, X said`, `according to X, …`, `…, according to X`, with the innermost speaker as the speaker and
 * the outer ones as the chain the words came through (`Sarkis said Weil supported …, AP reported`). An
 * unnamed source (`an aide to X`, `regional officials`) is kept as the speaker's text with no entity.
 * The speaker of a pronoun is the one `resolveSpeakers` gave the cue.
 */
import type { Quote, Sentence } from '../../types.js';
import { MONTHS } from '../entities/words.js';
import { sentenceAt } from '../sentences.js';
import { findVia } from './find-via.js';
import { type Cue, cuesIn, isMedia, mentionsIn, nameOf, type QuoteState, typeOf } from './state.js';
import { canSpeak } from './subjects.js';
import { charAt, runFrom, spaceFrom, withoutQuotations } from './word-runs.js';
import { DOCUMENT_NOUNS, isRoleWord, PARTY_MEMBER_RE, SPOKES_NOUNS } from './words.js';

interface Speaker {
  readonly entity: string | null;
  readonly text: string;
  /** The name's span, when the speaker is named (not a pronoun or a phrase). */
  readonly start?: number;
  readonly end?: number;
}

const PRONOUN_RE = /\b(?:he|she|they|He|She|They)\b/g;
const REPORTED_VERB_RE =
  /\b(?:estimates|estimated|argues|confirmed|denied|said|says|say|told|tells|added|adds|noted|notes|stressed|warned|urged|insisted|explained|declared|announced|wrote|asked|replied|argued|claimed|reiterated|emphasi[sz]ed|remarked|saying|adding|telling|calling|described|called for|continued|acknowledged|affirmed|observed|recalled|suggested|reported|according to)\b/g;
const NESTED_VERB_RE =
  /\b(?:said|says|told|added|noted|stressed|warned|insisted|reported|claimed|reiterated|estimates|estimated|argues|argued|confirmed|denied|predicted)\b/g;
const ACCORDING_START_RE = /^According to\s+([^,]+),\s*/;
/**
 * How much of a sentence's end the trailing attribution is looked for in: the attribution (up to seven
 * words, the verb, five more, an `according to` clause) runs to a few dozen words, and the bound keeps the
 * scans below on a short span, however long the sentence.
 */
const TAIL_REACH = 400;
/** Who someone `told` when it is not a name (`told reporters that`). */
const LISTENER_RE =
  /^\s+(?:reporters|journalists|lawmakers|senators|voters|supporters|colleagues|investors|analysts|members|residents|fans|students|staff|employees|parliament|the media|the press|the world|the court|the judge|the jury|the crowd|(?:an?|the) audience|her|him|them|me|us|(?:this|our)\s+(?:newspaper|paper|reporter|publication|website|station|programme|program|magazine)|(?:a|the)\s+(?:news\s+)?(?:conference|briefing))\s*(?:that\s+)?/;

/** A trailing attribution: `…, Sarkis said` (its verb) or `…, according to Tass` (its source). */
interface Tail {
  /** Offset of the comma that opens it, in the text scanned. */
  readonly index: number;
  /** `said`, `reported`, …, or `according to` / `as per`. */
  readonly verb: string;
  /** Offset of the verb in the text scanned (the speaker's words stand before it). */
  readonly verbAt: number;
  /** For `according to X`: X. */
  readonly source: string | null;
  /** The verb opens the tail and its subject follows it (`…, said Mila Kelm, 88`). */
  readonly inverted?: boolean;
}

const TAIL_VERBS = ['said', 'reported', 'says', 'added', 'noted', 'told'];
/** Words before the verb (`the ministry's spokesman`, `Mr. Roe`) and after it (`on Monday`). */
const WORD_BEFORE_RE = /[\p{L}’'.-]/u;
const WORD_AFTER_RE = /[\p{L}’'-]/u;
const SPACE_RE = /\s/;
const ACCORDING_CLAUSE_RE = /^,\s+(?:according to|as per|citing)\s+[^,]+$/;
const ACCORDING_TAIL_RE = /^,\s+(according to|as per)\s+([^,]+)$/;
/** Most words between the comma and the verb, and after the verb. */
const MAX_WORDS_BEFORE = 7;
const MAX_WORDS_AFTER = 5;

/** Whether `verb` at `at` ends the text: up to five words, then an `according to X` clause or the end. */
function verbEndsText(text: string, at: number): boolean {
  let p = at;
  for (let n = 0; n < MAX_WORDS_AFTER; n++) {
    const word = runFrom(text, p, SPACE_RE);
    if (word === p || word === text.length || !WORD_AFTER_RE.test(text[word]!)) break;
    p = runFrom(text, word, WORD_AFTER_RE);
  }
  return p === text.length || (text[p] === ',' && ACCORDING_CLAUSE_RE.test(text.slice(p)));
}

/** A verb in the past or present right before a name, which takes the name as its object: `arrested `, `thanked the `. */
const OBJECT_OF_VERB_RE = /\b\p{Ll}{2,}(?:ed|s)\s+(?:the\s+)?$/u;

/** A conjunction opening the words after a comma: a clause of its own, no attribution of the one before. */
const CLAUSE_OPENER_RE = /^(?:and|but|or|while|whereas|because|although|though|so|yet)\s/;

/** `, [up to seven words] said [up to five words][, according to X]` from the comma at `comma`. */
function verbTailAt(text: string, comma: number, invertedAt: (at: number) => boolean): Tail | null {
  let p = runFrom(text, comma + 1, SPACE_RE);
  if (p === comma + 1) return null;
  // `…, said Mila Kelm, 88, who …`: an inverted verb, its speaker (a name or a description) after it
  // (as the cue finder read it: not `…, said the two leaders would meet`).
  const inverted = invertedVerb(text.slice(p, p + INVERTED_REACH));
  if (inverted && invertedAt(p) && subjectOnly(text.slice(p + inverted[0].length, p + INVERTED_REACH)))
    return { index: comma, verb: inverted[1]!, verbAt: p, source: null, inverted: true };
  // `…, and its chief Ana Roe said inflation was easing`: a clause of its own, whose words follow its
  // verb; only one telling someone (`…, and Mia Dorn told this newspaper`) attributes the clause before.
  const opener = CLAUSE_OPENER_RE.test(text.slice(p, p + 12));
  for (let n = 0; n <= MAX_WORDS_BEFORE; n++) {
    const verb = TAIL_VERBS.find((v) => text.startsWith(v, p) && verbEndsText(text, p + v.length));
    if (verb)
      return opener && !/^tel|^told/.test(verb) ? null : { index: comma, verb, verbAt: p, source: null };
    if (n === MAX_WORDS_BEFORE) break;
    // The shortest way first: one more word before the verb, then a space.
    const wordEnd = runFrom(text, p, WORD_BEFORE_RE);
    const next = runFrom(text, wordEnd, SPACE_RE);
    if (wordEnd === p || next === wordEnd) return null;
    p = next;
  }
  return null;
}

/**
 * The speaker after an inverted verb at `verbAt`: the one the verb's cue was resolved to (`said a friend
 * of Anna Roe` is someone unnamed, not Roe), else the first who can speak after it.
 */
function invertedSpeaker(state: QuoteState, verbAt: number, from: number, to: number): Speaker | null {
  const cue = cueAt(state, verbAt);
  if (cue?.subject) {
    const subject = cue.subject;
    return {
      entity: cue.speaker ?? null,
      text: subject.kind === 'mention' ? subject.mention.text : subject.text,
    };
  }
  const found = speakerIn(state, from, to, 'start');
  // `says a GoFundMe page set up by his family`: a page, a post or a video says it, not the site.
  if (found?.end !== undefined && DOCUMENT_AFTER_NAME_RE.test(state.text.slice(found.end, found.end + 16)))
    return { entity: null, text: state.text.slice(from, to).trim() };
  return found;
}

/** A document the name before it only qualifies (`a GoFundMe page`, `a Facebook post`). */
const DOCUMENT_AFTER_NAME_RE =
  /^\s+(?:page|post|account|website|site|video|report|document|letter|statement|filing|profile|feed|channel)\b/;
/** A source phrase that names whom something was sent to (`a letter sent to President Biden`). */
const RECIPIENT_IN_SOURCE_RE = /\b(?:sent|addressed|written|delivered|given|submitted)\s+to\b/;
/** Whether a source phrase names only a recipient: sent to someone, and by no one (`a summary submitted to Congress by X`). */
const onlyRecipient = (source: string): boolean =>
  RECIPIENT_IN_SOURCE_RE.test(source) && !/\bby\s/.test(source);

/** How far after an inverted verb its subject phrase is read. */
const INVERTED_REACH = 120;
/** A verb of a clause: what follows `said` is then what was said, not who said it (`said the charges were false`). */
const CLAUSE_VERB_RE =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|been)\b/;

/** Whether the words after an inverted verb, up to a comma or the end, are only its subject. */
function subjectOnly(after: string): boolean {
  const comma = after.indexOf(',');
  return !CLAUSE_VERB_RE.test(comma < 0 ? after : after.slice(0, comma));
}

/** An inverted speech verb opening a sentence's last clause, then its subject: a name or `the`/`a` description. */
const INVERTED_TAIL_RE = /^(said|says|added|adds|explained|noted)\s+(?=\p{Lu}|(?:the|a|an|one)\s)/u;
/** The verb alone, for a bare role before the name (`says certified personal trainer Ana Roe`). */
const INVERTED_VERB_RE = /^(said|says|added|adds|explained|noted)\s+/;
/** Most words of a bare role before the name, and words that open no role (`said in a statement`). */
const MAX_ROLE_WORDS = 4;
const NOT_ROLE_WORDS = new Set([
  'in',
  'at',
  'on',
  'to',
  'that',
  'by',
  'for',
  'from',
  'with',
  'of',
  'and',
  'it',
  'they',
  'he',
  'she',
  'we',
]);

/** A lower-case word of a bare role. */
const LOWER_ROLE_RE = /[a-z-]/;

/** The inverted verb at the start of `text` and its length, when its subject follows (see `INVERTED_TAIL_RE`). */
function invertedVerb(text: string): RegExpExecArray | null {
  const plain = INVERTED_TAIL_RE.exec(text);
  if (plain) return plain;
  const verb = INVERTED_VERB_RE.exec(text);
  if (!verb) return null;
  // Lower-case words of a role, then a capital: `says certified personal trainer Ana Roe`.
  let at = verb[0].length;
  for (let n = 0; n < MAX_ROLE_WORDS; n++) {
    const wordEnd = runFrom(text, at, LOWER_ROLE_RE);
    if (wordEnd === at || NOT_ROLE_WORDS.has(text.slice(at, wordEnd))) return null;
    const next = spaceFrom(text, wordEnd);
    if (next === wordEnd) return null;
    if (UPPER_RE.test(charAt(text, next))) return verb;
    at = next;
  }
  return null;
}

/**
 * The trailing attribution of a sentence's end, from the first comma that opens one: a scan over each
 * comma's next words (the span is bounded by `TAIL_REACH`), not a pattern that backs off through them.
 */
function trailingAttribution(text: string, invertedAt: (at: number) => boolean): Tail | null {
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    const verbal = verbTailAt(text, comma, invertedAt);
    if (verbal) return verbal;
    const according = ACCORDING_TAIL_RE.exec(text.slice(comma));
    if (according) return { index: comma, verb: according[1]!, verbAt: text.length, source: according[2]! };
  }
  return null;
}

/** After `said`: where it was said (`in a statement`, `at a news conference on Monday that`), read this far. */
const SETTING_REACH = 80;
const SETTING_START_RE = /^(?:in|at|during)\s+(?:a|an|the)\s+/;
const SETTING_NOUN_RE =
  /^(?:statement|interview|briefing|conference|speech|post|letter|video)\s+(?:on\s+\w+\s+)?(?:that\s+)?/;
/** Words allowed between the article and the setting's noun (`a written statement`). */
const SETTING_WORDS = 2;
const SETTING_WORD_RE = /[a-z-]/;

/** The length of the setting at the start of `text`, or 0: the fewest words between article and noun. */
function settingLength(text: string): number {
  const start = SETTING_START_RE.exec(text);
  if (!start) return 0;
  let at = start[0].length;
  for (let words = 0; ; words++) {
    const noun = SETTING_NOUN_RE.exec(text.slice(at));
    if (noun) return at + noun[0].length;
    if (words === SETTING_WORDS) return 0;
    const wordEnd = runFrom(text, at, SETTING_WORD_RE);
    const next = spaceFrom(text, wordEnd);
    if (wordEnd === at || next === wordEnd) return 0;
    at = next;
  }
}

const THE_RE = /^the\s+/;
const THAT_RE = /^that\s+/;
const MEDIUM_RE =
  /^(?:newspaper|agency|news agency|broadcaster|channel|daily|magazine|website|radio|television)\s+/;
/** Words allowed before the listener's name (`told the Italian daily Corriere`). */
const LISTENER_WORDS = 3;
const LISTENER_WORD_RE = /[\p{L}’'-]/u;
const NAME_CHAR_RE = /[\p{L}-]/u;
const UPPER_RE = /\p{Lu}/u;

/**
 * The end of a run of capitalised words at `at` and the space after its last spaced word, then a kind of
 * medium (`Reuters news agency `); null when no capitalised word there is followed by space.
 */
function nameRunEnd(text: string, at: number): number | null {
  let spaced = -1;
  for (let i = at; UPPER_RE.test(charAt(text, i)); ) {
    const wordEnd = runFrom(text, i, NAME_CHAR_RE);
    const spaceEnd = spaceFrom(text, wordEnd);
    if (spaceEnd === wordEnd) break;
    spaced = spaceEnd;
    i = spaceEnd;
  }
  if (spaced < 0) return null;
  return spaced + (MEDIUM_RE.exec(text.slice(spaced))?.[0].length ?? 0);
}

/**
 * What follows `told` before the words told: space, then maybe the listener (`the`, up to three words,
 * a capitalised name, its medium) and `that`; its length, or null when `rest` does not start with space.
 * The fewest words before a name win, `the` first read as the article.
 */
function toldObjectLength(rest: string): number | null {
  const spaceEnd = spaceFrom(rest, 0);
  if (spaceEnd === 0) return null;
  const the = THE_RE.exec(rest.slice(spaceEnd));
  let end: number | null = null;
  for (const start of the ? [spaceEnd + the[0].length, spaceEnd] : [spaceEnd]) {
    for (let at = start, words = 0; end === null; words++) {
      end = nameRunEnd(rest, at);
      if (end !== null || words === LISTENER_WORDS) break;
      const wordEnd = runFrom(rest, at, LISTENER_WORD_RE);
      const next = spaceFrom(rest, wordEnd);
      if (wordEnd === at || next === wordEnd) break;
      at = next;
    }
    if (end !== null) break;
  }
  const at = end ?? spaceEnd;
  return at + (THAT_RE.exec(rest.slice(at))?.[0].length ?? 0);
}

const LOWER_WORD_RE = /^[a-z-]+$/;
const SOURCE_NOUN_RE =
  /^(?:aide|official|spokesperson|spokesman|spokeswoman|adviser|source|member|diplomat)s?$/;
const TIED_TO_RE = /^\s+(?:to|of|for|close to|in|at)\b/;
const GROUP_NOUN_RE =
  /^(?:officials?|sources?|police|authorities|officers?|residents?|witnesses|analysts|experts|diplomats?)$/;

/**
 * An unnamed source tied to a named person (`an aide to X`, `a senior official in X`): the speaker is
 * not X. An article, up to two lower-case words, the source noun, then the word that ties it.
 */
function unnamedSource(phrase: string): boolean {
  const words = [...phrase.matchAll(/\S+/g)];
  if (words[0]?.index !== 0 || !/^(?:an?|one|the)$/.test(words[0][0])) return false;
  for (let k = 1; k <= 3 && k < words.length; k++) {
    if (k > 1 && !LOWER_WORD_RE.test(words[k - 1]![0])) return false;
    const noun = words[k]!;
    if (SOURCE_NOUN_RE.test(noun[0]) && TIED_TO_RE.test(phrase.slice(noun.index + noun[0].length)))
      return true;
  }
  return false;
}

/** An unnamed group as a whole phrase (`regional officials`, `the local police`): up to three lower-case words first. */
function unnamedGroup(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  const head = words.slice(0, -1);
  return (
    GROUP_NOUN_RE.test(words.at(-1) ?? '') &&
    head.every((w) => LOWER_WORD_RE.test(w)) &&
    (head.length <= 3 || (head.length === 4 && head[0] === 'the'))
  );
}

/** A pronoun subject's speaker: what `resolveSpeakers` gave the cue it is the subject of, else the person before it. */
function pronounSpeaker(state: QuoteState, at: number): string | null {
  for (const cue of cuesIn(state, at, at + 120)) {
    const s = cue.subject;
    if (s && s.kind === 'pronoun' && s.at === at) return cue.speaker ?? null;
  }
  const { sentences } = state;
  const si = sentenceAt(sentences, at);
  const here = sentences[si];
  const person = (from: number, to: number) =>
    mentionsIn(state, from, to).find((m) => typeOf(state, m.entity) === 'person');
  if (here) {
    const before = person(Math.max(here.start, at - 400), at);
    if (before) return before.entity;
  }
  for (let i = si - 1; i >= 0 && i >= si - 4; i--) {
    const s = sentences[i]!;
    const p = person(Math.max(s.start, s.end - 400), s.end);
    if (p) return p.entity;
  }
  return null;
}

/** The cue whose verb is at `verbAt`, if `findCues` read one there. */
const cueAt = (state: QuoteState, verbAt: number): Cue | undefined => cuesIn(state, verbAt, verbAt + 1)[0];

/** How far before its verb a cue's named subject may end (a name and a closed appositive or two). */
const CUED_SUBJECT_REACH = 160;

/**
 * The speaker `resolveSpeakers` found for the cue whose verb is at `verbAt`, when its subject is a
 * name (`Ana Roe, the girlfriend of Ivo Doe, a passenger said`: the subject reading knows the
 * appositives), else null.
 */
function cueSpeaker(cue: Cue | undefined, verbAt: number, from: number): Speaker | null {
  const s = cue?.subject;
  if (!cue?.speaker || s?.kind !== 'mention' || s.mention.entity !== cue.speaker) return null;
  // Only a subject within the words scanned (`Roe said … . Doe said`: not a name before them).
  if (s.mention.start < from || verbAt - s.mention.end > CUED_SUBJECT_REACH) return null;
  return { entity: cue.speaker, text: s.mention.text, start: s.mention.start, end: s.mention.end };
}

/** A name the description serves, not one it belongs to (`Ambassador to the United Nations`, `adviser to Roe`). */
const SERVED_RE = /\s(?:to|at|with)\s+(?:the\s+)?\p{Lu}/u;

/**
 * The words of the cue's subject when the cue whose verb is at `verbAt` has a description within the
 * words scanned that `resolveSpeakers` found no one for, and the name in it is one the described person
 * serves (`the US Ambassador to the United Nations said`: the ambassador, whom the text does not name,
 * never the body they are sent to), else null. (`The health ministry of Freedonia` is Freedonia's.)
 */
function unresolvedDescription(
  state: QuoteState,
  cue: Cue | undefined,
  verbAt: number,
  from: number,
): string | null {
  const s = cue?.subject;
  if (s?.kind !== 'description' || cue!.speaker || s.at < from || verbAt - s.at > CUED_SUBJECT_REACH)
    return null;
  return SERVED_RE.test(state.text.slice(s.at, verbAt)) ? s.text : null;
}

/** The speaker named in `[from, to)`: the mention or pronoun nearest `to` (or `from`), people and organisations first. */
function speakerIn(state: QuoteState, from: number, to: number, nearestTo: 'end' | 'start'): Speaker | null {
  // (Only who can speak: not `With the new Galaxy S5, the Korean company says …`'s phone.)
  // (Nor one named in brackets between the subject and its verb: `Paul Roe (who wrote the Heise story) noted`.)
  const ms = mentionsIn(state, from, to).filter(
    (m) => m.end <= to && canSpeak(state, m) && !inBrackets(state.text, m.start, to),
  );
  const text = state.text.slice(from, to);
  PRONOUN_RE.lastIndex = 0;
  let pronoun: { at: number; text: string } | null = null;
  for (let p = PRONOUN_RE.exec(text); p; p = PRONOUN_RE.exec(text)) {
    pronoun = { at: from + p.index, text: p[0] };
    if (nearestTo === 'start') break;
  }
  const rank = (entity: string): number => {
    const t = typeOf(state, entity);
    return t === 'person' ? 0 : t === 'organization' ? 1 : 2;
  };
  let pick: (typeof ms)[number] | undefined;
  for (const m of ms) {
    if (
      !pick ||
      rank(m.entity) < rank(pick.entity) ||
      (rank(m.entity) === rank(pick.entity) && nearestTo === 'end')
    )
      pick = m;
  }
  if (pronoun && (!pick || (nearestTo === 'end' ? pronoun.at > pick.start : pronoun.at < pick.start)))
    return {
      entity: pronounSpeaker(state, pronoun.at),
      text: pronoun.text,
      start: pronoun.at,
      end: pronoun.at + pronoun.text.length,
    };
  // (`The Democrat, who served two terms, said`: one of the party's members, not the party.)
  if (pick && PARTY_MEMBER_RE.test(pick.text)) return { entity: null, text: pick.text };
  if (pick) return { entity: pick.entity, text: pick.text, start: pick.start, end: pick.end };
  return null;
}

/** How far before a name its bracket may open. */
const BRACKET_REACH = 120;

/** Whether `at` is inside brackets opened (within `BRACKET_REACH`) and closed before `to`. */
function inBrackets(text: string, at: number, to: number): boolean {
  // (Both searches bounded: a text without brackets is not scanned again for each name.)
  const from = Math.max(0, at - BRACKET_REACH);
  const found = text.slice(from, at + 1).lastIndexOf('(');
  if (found < 0) return false;
  const close = text.slice(from + found, to).indexOf(')');
  return close >= 0 && from + found + close > at;
}

/** How a channel is named: a news organisation by its name, else the phrase (`Chinese state media`). */
function channelName(state: QuoteState, speaker: Speaker, verbAt: number): string {
  const id = speaker.entity;
  if (!id || speaker.start === undefined) return id ? nameOf(state, id) : speaker.text;
  if (typeOf(state, id) === 'person' || isMedia(state, id)) return nameOf(state, id);
  const phrase = state.text
    .slice(speaker.start, verbAt)
    .replace(/\s+(?:reported|said|says|told|noted)\b.*$/s, '')
    .trim();
  return phrase || nameOf(state, id);
}

interface Content {
  start: number;
  end: number;
  speaker: Speaker;
  verb: string;
  via: string[];
}

/** What after a speech verb says the verb reports no words (see `nested`). */
const NO_CONTENT_RE =
  /^(?:\s+according to\b|\s+from\s+\p{Lu}|\s+by\s(?!then|now|the time|tele|phone|e-?mail|text|video|letter|satellite)|\s+at\s+(?:\d|noon\b|midnight\b)(?![^.;]*\bthat\s)|\s+(?:the same thing|something|nothing|much|little)\b)/u;

/**
 * Words between a speech verb and `that` that say when, where or how it was said, or to whom (`said
 * Wednesday that`, `argued in court that`, `noted simply that`, `said in a late night tweet on Monday
 * that`): with them, `that` opens the words said (see `leadLength`).
 */
const LEAD_WORDS = new Set(
  (
    'on in at during to with before after a an the his her their its late early last this next past ' +
    'night morning afternoon evening week weekend month year day today yesterday tonight earlier later ' +
    'again also repeatedly previously recently already simply once separately privately publicly ' +
    'statement interview court tweet post letter hearing briefing conference speech release filing ' +
    'testimony video message email e-mail call phone remarks news radio television over via memo note ' +
    'report blog podcast broadcast internal written joint formal separate brief emailed recorded televised online'
  ).split(' '),
);
const WEEKDAY_RE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** A day named (`said Monday the bill …`, `said yesterday the …`), and the words around it: no part of what was said. */
const NAMED_DAYS = new Set(['today', 'yesterday', 'tonight']);
const PERIOD_WORDS = new Set(['week', 'month', 'year', 'weekend']);
const DAY_ONLY_WORDS = new Set(['night', 'morning', 'afternoon', 'evening', 'late', 'early', 'on', 'last']);
/** Most words before `that` read as the setting. */
const MAX_LEAD_WORDS = 12;
const LEAD_WORD_RE = /[\p{L}’'.()–-]/u;

/**
 * How much of `rest` (after a speech verb) is its setting, not the words said: up to `that` when every
 * word before it is a setting's (`LEAD_WORDS`, a weekday, a month, an adverb in -ly, a name: `told Sen.
 * Ana Roe (D-Mass.) that`), else a day alone (`said Monday the bill …`); -1 when the day is all that
 * follows before a comma (`…, Roe said Thursday, though …`: the words said are before the verb).
 */
function leadLength(rest: string): number {
  let at = spaceFrom(rest, 0);
  let onlyDay = true;
  let weekday = false;
  let dayEnd = 0;
  for (let n = 0; n < MAX_LEAD_WORDS; n++) {
    const end = runFrom(rest, at, LEAD_WORD_RE);
    if (end === at) break;
    const word = rest.slice(at, end);
    if (word === 'that') return n === 0 ? 0 : spaceFrom(rest, end);
    const lower = word.toLowerCase();
    // (`said last year the firm …`: a period just past names the day as a weekday does.)
    const named =
      WEEKDAY_RE.test(word) || NAMED_DAYS.has(lower) || (n > 0 && PERIOD_WORDS.has(lower) && onlyDay);
    if (onlyDay && (named || DAY_ONLY_WORDS.has(lower))) {
      weekday ||= named;
      if (weekday) dayEnd = end;
    } else onlyDay = false;
    const setting =
      LEAD_WORDS.has(lower) ||
      named ||
      MONTHS.has(word) ||
      /^\(?\p{Lu}/u.test(word) ||
      /^[a-z]+ly$/.test(word);
    if (!setting) break;
    if (rest[end] === ',') {
      if (onlyDay && weekday) return -1;
      break;
    }
    const next = spaceFrom(rest, end);
    if (next === end) break;
    at = next;
  }
  return dayEnd > 0 ? spaceFrom(rest, dayEnd) : 0;
}

/**
 * Lower-case words after a name (and its possessive) that end in a role: `'s navy chief`, ` minority
 * leader`. (Not a spokesperson's or press secretary's: they speak for the body, see `resolveSpeakers`.)
 */
function describedAfterName(after: string): boolean {
  const words = wordsAfterName(after.replace(/^['’]s?/, ''));
  const last = words?.at(-1);
  return (
    words !== null &&
    last !== undefined &&
    isRoleWord(last) &&
    !SPOKES_NOUNS.has(last) &&
    !/\bpress secretary$/.test(words.join(' '))
  );
}

/** The words between a name and its verb when they are at most three lower-case words, else null. */
function wordsAfterName(after: string): string[] | null {
  const words = after.trim().split(/\s+/);
  return words.length <= 3 && words.every((w) => LOWER_WORD_RE.test(w)) ? words : null;
}

/**
 * Words after a name before its speech verb that make a group of the person's the subject (`the Trump
 * administration said`, `Mr Roe's legal team argues`): the group speaks, not the person.
 */
/** A day or a time said right before the verb (`on Monday`, `late Tuesday`, `last week`). */
const WHEN_BEFORE_VERB_RE =
  /\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:last|this)\s+(?:week|month|year))\s+$/;

/** An auxiliary right before the verb (`have said`, `has claimed`). */
const AUXILIARY_BEFORE_VERB_RE = /\s+(?:has|have|had)\s+$/;
/** A hyphen and a lower-case word right after a name (`-backed`, `-based`, `-led`): a modifier made of it. */
const COMPOUND_AFTER_NAME_RE = /^[-–]\p{Ll}/u;

/**
 * An unnamed source the name only qualifies (`An Iranian military official said`, `Chinese diplomatic
 * sources said`): up to two lower-case words, then the source noun (not a spokesperson, who speaks
 * for what the name names).
 */
function sourceAfterName(after: string): boolean {
  const last = wordsAfterName(after)?.at(-1);
  // (Or a group of them, `U.S. authorities`; not a city's `police`, which speaks for its force.)
  const source = SOURCE_NOUN_RE.test(last ?? '') || (GROUP_NOUN_RE.test(last ?? '') && last !== 'police');
  return last !== undefined && source && !SPOKES_NOUNS.has(last.replace(/s$/, ''));
}

const GROUP_AFTER_NAME_RE =
  /^(?:['’]s?)?\s+(?:[a-z]+\s+)?(?:administration|campaign|team|lawyers|attorneys|allies|aides|advisers|advisors|officials|staff|staffers|supporters|family|camp)\s+$/;

/** How far before a name an appositive's head may be named (`Ana Roe, the physician to …`). */
const APPOSITIVE_REACH = 100;

/**
 * The person an appositive that holds `speaker` describes (`Ronny Roe, the physician to presidents Ana
 * Doe and Tom Hale, has denied …`: Roe, not Hale), when `speaker` ends a phrase set off by commas after
 * that person's name; else `speaker`.
 */
function appositiveHead(state: QuoteState, speaker: Speaker | null, verbAt: number): Speaker | null {
  if (speaker?.start === undefined || speaker.end === undefined) return speaker;
  if (!/^,\s*(?:has\s+|had\s+|have\s+)?$/.test(state.text.slice(speaker.end, verbAt))) return speaker;
  const from = Math.max(0, speaker.start - APPOSITIVE_REACH);
  const head = mentionsIn(state, from, speaker.start)
    .filter((m) => typeOf(state, m.entity) === 'person' && m.entity !== speaker.entity)
    .findLast((m) => /^,\s+(?:the|a|an)\s/.test(state.text.slice(m.end, m.end + 6)));
  if (!head || /[,;.]/.test(state.text.slice(head.end + 1, speaker.start))) return speaker;
  return { entity: head.entity, text: head.text, start: head.start, end: head.end };
}

/**
 * Whether a speech verb reports no words (`rest` after it, `gap` between its subject and it, `before`
 * it): a figure added (`The economy added 136,000 jobs`, `a painkiller added to increase its weight`),
 * what was not said (`She should have told him …`), a passive's agent (`reported by Nashi Groshi`), the
 * time it was said (`reported at 1:30 p.m.`), something said without its words (`said the same thing`),
 * or the end of a participle's phrase (`Roe, no age or address reported, was driving`).
 */
/** After `added`, an amount (`added 136,000 jobs`, `added fewer jobs than expected`): something grew, no one spoke. */
const ADDED_AMOUNT_RE =
  /^\s+(?:\d|(?:about|some|nearly|almost|more than|another|over|to|fewer|more|less|jobs|workers|points|runs|goals)\b)/;
/** After `denied`, a request (`denied an appeal from …`, `denied bail`): refused, not contradicted in words. */
const REFUSED_REQUEST_RE =
  /^\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[a-z]+\s+)?(?:appeals?|requests?|motions?|bail|entry|access|permission|petitions?|applications?|visas?|parole|asylum|stay)\b/;

function saysNothing(verb: string, rest: string, gap: string, before: string): boolean {
  if (verb === 'added' && ADDED_AMOUNT_RE.test(rest)) return true;
  // `The court denied an appeal`, `was denied bail`: a request refused, no words reported.
  if (verb === 'denied' && REFUSED_REQUEST_RE.test(rest)) return true;
  if (/\b(?:should|would|could|might|must)(?: not)? have\s+$/.test(before)) return true;
  return NO_CONTENT_RE.test(rest) || (gap.startsWith(',') && /^\s*,(?!\s+[a-z]+ing\b)/.test(rest));
}

/**
 * The speaker a name before the verb stands for: the name's, unless a group of the person's speaks
 * (`The Trump administration said`) or someone the name only qualifies (`The Senate minority leader
 * said`, `An Iranian military official said`), whom the text does not name.
 */
function namedOrGroup(state: QuoteState, speaker: Speaker, verbAt: number): Speaker {
  if (speaker.start === undefined || speaker.end === undefined) return speaker;
  // (When it was said may stand between: `The Trump administration on Monday said`.)
  // (So may an auxiliary: `who U.S. authorities have said`.)
  const after = state.text
    .slice(speaker.end, verbAt)
    .replace(WHEN_BEFORE_VERB_RE, ' ')
    .replace(AUXILIARY_BEFORE_VERB_RE, ' ');
  // `A Big Tech-backed outfit claimed`, `a Moscow-based firm said`: the name only makes up a modifier.
  if (COMPOUND_AFTER_NAME_RE.test(after))
    return { entity: null, text: state.text.slice(speaker.start, verbAt).trim() };
  const group =
    GROUP_AFTER_NAME_RE.test(after) &&
    speaker.entity !== null &&
    // (Only a person has an administration: one whose name the text gives no evidence of is still theirs.)
    (typeOf(state, speaker.entity) === 'person' || /\badministration\s+$/.test(after));
  // (A country's source is no word of the country's: `An Iranian military official said` is not Iran.
  // A body's is: `a YouTube spokesperson`, `Chinese government sources` speak for it.)
  const countrySource =
    sourceAfterName(after) && speaker.entity !== null && typeOf(state, speaker.entity) === 'place';
  return group || describedAfterName(after) || countrySource
    ? {
        entity: null,
        text: state.text
          .slice(speaker.start, verbAt)
          .replace(WHEN_BEFORE_VERB_RE, ' ')
          .replace(AUXILIARY_BEFORE_VERB_RE, ' ')
          .trim(),
      }
    : speaker;
}

/** An auxiliary right before the verb: the verb is passive. */
const PASSIVE_GAP_RE = /\b(?:was|were|is|are|be|been|being|get|got|gets)\s+$/;

/**
 * `to` and then only names, titles and `and` before a name: the name is the object of `to` (`physician
 * to US presidents Ana Roe and`), not the clause's subject (but `according to` names a source).
 */
/** A word that may stand between `to` and the name it governs: a name's or a title's, `and`, a comma. */
const TO_OBJECT_WORD_RE = /^(?:US|U\.S\.|former|presidents?|\p{Lu}[\p{L}.'’-]*|and|,)$/u;
const WORD_CHAR_RE = /\w/;

/**
 * Whether `lead` (the words before a name) ends with `to` and then only such words, each followed by
 * white space (`physician to US presidents Ana Roe and `), and not `according to`. Read word by word
 * from the end: a pattern repeating a group of alternatives that overlap (`US` is also a capitalised
 * word) backtracks exponentially in the words it is given.
 */
function toObjectBefore(lead: string): boolean {
  let end = lead.length;
  for (;;) {
    let spaceStart = end;
    while (spaceStart > 0 && SPACE_RE.test(lead[spaceStart - 1]!)) spaceStart--;
    if (spaceStart === end) return false;
    let wordStart = spaceStart;
    while (wordStart > 0 && !SPACE_RE.test(lead[wordStart - 1]!)) wordStart--;
    const word = lead.slice(wordStart, spaceStart);
    if (word.endsWith('to')) {
      const at = spaceStart - 2;
      // (`to` starts a word of its own: `\bto`, as in `(to`, never `into`.)
      if (at === 0 || !WORD_CHAR_RE.test(lead[at - 1]!)) return !lead.slice(0, at).endsWith('according ');
    }
    if (!TO_OBJECT_WORD_RE.test(word)) return false;
    end = wordStart;
  }
}
/** A possessive and the noun it owns, up to the verb: `’s uncle `, `’s eldest son `. */
const OWNED_NOUN_RE = /^[’']s\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s*$/u;

/** How far before a name its `to` is looked for. */
const TO_OBJECT_REACH = 60;

/** `X said (that) CONTENT` within [from, to): the innermost speaker, the outer ones as via. */
function nested(state: QuoteState, from: number, to: number): Content | null {
  const { text } = state;
  const seg = text.slice(from, to);
  const via: string[] = [];
  let result: Content | null = null;
  let cursor = 0;
  NESTED_VERB_RE.lastIndex = 0;
  for (let m = NESTED_VERB_RE.exec(seg); m; m = NESTED_VERB_RE.exec(seg)) {
    const verbAt = from + m.index;
    const subjectFrom = Math.max(from + cursor, verbAt - 70);
    // A description no one was found for (`the US Ambassador to the United Nations said`) reports no one
    // named: not the body in its complement.
    const cue = cueAt(state, verbAt);
    if (unresolvedDescription(state, cue, verbAt, subjectFrom) !== null) continue;
    const cued = cueSpeaker(cue, verbAt, from + cursor);
    const nearest = cued ?? speakerIn(state, subjectFrom, verbAt, 'end');
    if (!nearest) continue;
    // `The physician to presidents Ana Roe and Tom Hale has denied …`: a name after `to` in the
    // subject is whom its head serves, not the subject.
    if (
      !cued &&
      nearest.start !== undefined &&
      toObjectBefore(text.slice(Math.max(subjectFrom, nearest.start - TO_OBJECT_REACH), nearest.start)) &&
      // (Unless an appositive holds it: `Ana Roe, the physician to presidents …, has denied` is Roe's.)
      appositiveHead(state, nearest, verbAt) === nearest
    )
      continue;
    // (The gap is read from the name nearest the verb, whoever the appositive it ends describes.)
    const gap = text.slice(nearest.end !== undefined ? Math.max(nearest.end, subjectFrom) : verbAt, verbAt);
    // `Callum’s uncle said`: someone the name owns speaks, whom the text does not name (a spokesman or a
    // statement speaks for its owner).
    const owned = cued ? null : OWNED_NOUN_RE.exec(gap);
    const speaker: Speaker =
      owned && !SPOKES_NOUNS.has(owned[1]!) && !DOCUMENT_NOUNS.has(owned[1]!)
        ? { entity: null, text: text.slice(nearest.start ?? verbAt, verbAt).trim() }
        : (cued ?? appositiveHead(state, nearest, verbAt)!);
    // `Bellini said`, or an appositive subject: `Sen. Ron Wyden, D-Oregon, said`, `The governor, Marco Bellini, said`.
    // (Not a new clause: `born in Idlib, Syria, and the Paris prosecutor's office said`.)
    const appositive = /^,(?!\s+(?:and|but|or|while|as|whereas|because|when)\b)[^,;]{0,60},?\s*$/.test(gap);
    if (!cued && ((/[,;]/.test(gap) && !appositive) || (gap.length > 40 && !appositive))) continue;
    // A passive (`Roe was told to leave`, `Roe is said to be ill`): Roe is told, or spoken of; not the speaker.
    if (PASSIVE_GAP_RE.test(gap)) continue;
    // `Police arrested Ana Roe and said …`: a name a verb before it takes as its object is not the subject
    // of the verb joined after it.
    if (
      !cued &&
      nearest.start !== undefined &&
      /^\s+and\s+$/.test(gap) &&
      OBJECT_OF_VERB_RE.test(text.slice(Math.max(from, nearest.start - 30), nearest.start))
    )
      continue;
    let cStart = verbAt + m[0].length;
    const rest = text.slice(cStart, to);
    if (saysNothing(m[0], rest, gap, text.slice(Math.max(from, verbAt - 20), verbAt))) continue;
    const obj = toldObjectLength(rest);
    const listener = LISTENER_RE.exec(rest);
    const skipObj =
      m[0] === 'told' && listener
        ? listener[0].length
        : m[0] === 'told' && obj !== null
          ? obj
          : (/^\s+(?:that\s+)?/.exec(rest)?.[0].length ?? 0);
    cStart += skipObj;
    // `said in a statement (that)`, `told a news conference on Monday that`.
    cStart += settingLength(text.slice(cStart, cStart + SETTING_REACH));
    // `said Wednesday that`, `argued in court that`: when, where and to whom it was said are no part of it.
    const lead = leadLength(text.slice(cStart, Math.min(to, cStart + SETTING_REACH)));
    if (lead < 0) continue;
    cStart += lead;
    // `told me when I visited the lab`: when it was said, and nothing of what. (After `said`, a clause
    // opening `while …` or `when …` is often what was said.)
    if (
      m[0] === 'told' &&
      skipObj > 1 &&
      /^(?:when|while|as|during|after|before)\b/.test(text.slice(cStart, cStart + 8))
    )
      continue;
    // (`said last year; now …`: the clause ends with its setting.)
    if (/^[;:,)]/.test(text.slice(cStart, cStart + 1))) continue;
    if (to - cStart < 12) continue;
    if (result) via.push(channelName(state, result.speaker, from + cursor));
    result = { start: cStart, end: to, speaker: namedOrGroup(state, speaker, verbAt), verb: m[0], via: [] };
    cursor = cStart - from;
    if (m[0] === 'reported') continue;
    break;
  }
  if (result) result.via = via.reverse();
  return result;
}

function reported(
  state: QuoteState,
  start: number,
  end: number,
  s: Sentence,
  speaker: Speaker | null,
  verb: string,
  via: string[],
): Quote | null {
  const { text } = state;
  let a = start;
  let b = end;
  while (a < b && /[\s,]/.test(text[a]!)) a++;
  while (b > a && /[\s,.]/.test(text[b - 1]!)) b--;
  if (b - a < 12) return null;
  return {
    start: a,
    end: b,
    text: text.slice(a, b),
    kind: 'reported',
    speaker: speaker?.entity ?? null,
    speakerText: speaker?.text ?? null,
    verb,
    via: via.filter((v, i) => v && via.indexOf(v) === i),
    sentence: s.index,
  };
}

function reportedIn(state: QuoteState, s: Sentence): Quote | null {
  const { text } = state;
  const body = s.text;
  REPORTED_VERB_RE.lastIndex = 0;
  if (!REPORTED_VERB_RE.test(body)) return null;
  let endTrim = s.end;
  while (endTrim > s.start && /[\s.!?”"’]/.test(text[endTrim - 1]!)) endTrim--;
  let via: string[] = [];
  // A trailing attribution: `..., Sarkis said, according to Tass.` / `..., AP reported.`
  const tailFrom = Math.max(s.start, endTrim - TAIL_REACH);
  const tail = trailingAttribution(
    text.slice(tailFrom, endTrim),
    (at) => cueAt(state, tailFrom + at)?.form === 'inverted',
  );
  if (tail) {
    const attrStart = tailFrom + tail.index;
    via = findVia(state, attrStart, s.end, null);
    const verbAt = tailFrom + tail.verbAt;
    const verbal = tail.source === null;
    // (A description no one was found for names no one: not the body in its complement.)
    const unresolved =
      verbal && unresolvedDescription(state, cueAt(state, verbAt), verbAt, attrStart) !== null;
    // After an inverted verb the speaker follows it (`…, said Mila Kelm, 88.`); else it comes before.
    const inverted = tail.inverted === true;
    let speaker = inverted
      ? invertedSpeaker(state, verbAt, verbAt + tail.verb.length, endTrim)
      : verbal && !unresolved
        ? speakerIn(state, attrStart, verbAt, 'end')
        : null;
    // `an aide to Majority Leader Dana Ruiz said`: someone unnamed, not the person named.
    const phrase = text.slice(attrStart, verbAt).replace(/^,\s*/, '').trim();
    if (verbal && !inverted && unnamedSource(phrase)) speaker = { entity: null, text: phrase };
    if (!verbal) {
      // `..., according to X`: X is the source when it names a person or an organisation.
      const source = tail.source!.trim();
      const found = speakerIn(state, attrStart, s.end, 'start');
      // (`according to a letter sent to President Biden`: whom it was sent to is no source.)
      const named =
        found?.entity && typeOf(state, found.entity) !== 'place' && !onlyRecipient(source) ? found : null;
      speaker = named ?? { entity: null, text: source };
      const name = named?.entity ? nameOf(state, named.entity) : source;
      via = via.filter((v) => v !== name);
    } else if (speaker?.entity) {
      const name = nameOf(state, speaker.entity);
      via = via.filter((v) => v !== name);
    }
    // A nested speaker inside the content: `Sarkis said Weil supported ..., AP reported.`
    const content = nested(state, s.start, attrStart);
    if (content)
      return reported(state, content.start, content.end, s, content.speaker, content.verb, [
        ...via,
        ...(speaker?.entity ? [nameOf(state, speaker.entity)] : []),
      ]);
    // An unnamed source (`..., regional officials said.`): the words are kept with the phrase as speaker.
    if (!speaker && verbal && unnamedGroup(phrase)) speaker = { entity: null, text: phrase };
    // (`Yik-Kiong Hue, a next-of-kin, said in an email to AFP.` after a quotation: the words before the
    // comma are the speaker, not what was said.)
    const speakerOpens =
      speaker?.start !== undefined && !/\p{L}/u.test(withoutQuotations(text.slice(s.start, speaker.start)));
    if (speaker && !speakerOpens) return reported(state, s.start, attrStart, s, speaker, tail.verb, via);
  }
  // `according to X, ...` at the start.
  const acc = ACCORDING_START_RE.exec(body);
  if (acc) {
    const src = onlyRecipient(acc[1]!)
      ? null
      : speakerIn(state, s.start + 13, s.start + acc[1]!.length + 13, 'end');
    const content = nested(state, s.start + acc[0].length, endTrim);
    const viaName = src?.entity ? nameOf(state, src.entity) : acc[1]!;
    if (content)
      return reported(state, content.start, content.end, s, content.speaker, content.verb, [viaName]);
    return reported(
      state,
      s.start + acc[0].length,
      endTrim,
      s,
      src ?? { entity: null, text: acc[1]! },
      'according to',
      [],
    );
  }
  const content = nested(state, s.start, endTrim);
  if (content)
    return reported(state, content.start, content.end, s, content.speaker, content.verb, [
      ...content.via,
      ...findVia(state, s.start, s.end, content.speaker.entity).filter((v) => !content.via.includes(v)),
    ]);
  return null;
}

export function findReportedSpeech(state: QuoteState): void {
  const { sentences } = state;
  const direct = new Set<number>();
  for (const m of state.marks) {
    if (m.kind !== 'direct') continue;
    const last = sentenceAt(sentences, Math.max(m.open, m.close - 1));
    for (let i = sentenceAt(sentences, m.open); i <= last; i++) direct.add(i);
  }
  for (const s of sentences) {
    if (s.heading || direct.has(s.index) || s.end - s.start > 3000) continue;
    const q = reportedIn(state, s);
    if (q) state.quotes.push(q);
  }
}

/**
 * @module analyze/quotes/resolve-speakers
 * Step `resolveSpeakers`: turns each cue's subject into the entity who speaks, then gives each
 * quotation its speaker. A name is its entity (a person, an organisation, a seat of power standing for
 * its state; never a product, a place, a photo credit, or a news outlet that only carries the words).
 * A pronoun or a description (`he`, `the actress`, `the company`, `a spokesman for X`) goes to the most
 * salient entity of its gender and kind in the sentences before: recent, a subject of its sentence, and
 * above all one who was just speaking (so `said Roe, an analyst. “…,” he said` is Roe, not a man named
 * in Roe's sentence). Unnamed sources (`a witness`, `officials`) have no speaker. A quotation with no
 * cue goes on the words of the last speaker when it follows them in the same paragraph or opens the
 * next one (the convention for a quote continued across paragraphs), over any caption line between.
 */
import type { Mention } from '../../types.js';
import { ORDINARY_PEOPLE, THE_BEFORE_RE } from '../entities/words.js';
import { COUNTRY_BY_DEMONYM } from '../gazetteer.js';
import { sentenceAt } from '../sentences.js';
import { byNationality, demonymCountry, someoneTied } from './nationality.js';
import {
  blockAt,
  type Cue,
  cuesIn,
  inCredit,
  isMedia,
  isWordChar,
  lastMentionBefore,
  lowerBound,
  type Marked,
  markAround,
  mentionsIn,
  nameOf,
  type QuoteState,
  type Subject,
  timesNamed,
  typeOf,
} from './state.js';
import { canSpeak, clauseOpener, knownNoun } from './subjects.js';
import { onlyCapitalisedWordsFrom, runFrom, spaceFrom, withoutQuotations } from './word-runs.js';
import {
  DOCUMENT_NOUNS,
  FEMALE_WORDS,
  type Gender,
  isRoleWord,
  KIN_NOUNS,
  MALE_WORDS,
  PARTY_MEMBER_RE,
  PERSON_DEMONYMS,
  REPORTING_RE,
  SPEAKING_RE,
  SPOKES_NOUNS,
  UNNAMED_NOUNS,
} from './words.js';

/** How many sentences back a pronoun or description looks for whom it stands for. */
const PERSON_REACH = 5;
const ORG_REACH = 4;
const SPEAKER_REACH = 12;
/** How many mentions back a description looks for the person given its role. */
const ROLE_REACH = 400;
/** Nouns of a body of people, never one person. */
const COLLECTIVE = new Set([
  'police',
  'staff',
  'people',
  'authorities',
  'military',
  'public',
  'crew',
  'family',
]);
/** Verbs that name something rather than report words said (`called it`, `dubbed`). */
const NAMING_RE =
  /^(?:called|calls|calling|dubbed|dubbing|branded|branding|labell?ed|labell?ing|termed|deemed|deeming|describes|described|describing)$/;
/** A fragment this short (in words) named by no one is a term, not a quote. */
const SHORT_TERM = 3;
/** How many sentences back the sentence that introduced a document is looked for. */
const DOCUMENT_REACH = 5;
/** Characters back, whatever the sentences: keeps a run-on paragraph linear. */
const CHAR_REACH = 3000;

interface Candidate {
  readonly entity: string;
  score: number;
}

/** A clause a sentence opens with before its main clause (`When Roe left, …`, `After the call, …`). */
const LEADING_CLAUSE_RE =
  /^\s*[“"‘']?(?:When|If|After|Although|Though|Because|While|As|Since|Before|Until|Once|Despite|Unlike|Like|With|Without|Whereas|Even though|Following|Amid|During|Upon|Ahead of|Prior to|In the wake of)\b[^,;]{0,200}$/;

/** Whether a mention sits in a clause that opens its sentence before the main clause. */
function inLeadingClause(state: QuoteState, m: Mention, sentenceStart: number): boolean {
  return LEADING_CLAUSE_RE.test(state.text.slice(sentenceStart, m.start));
}

/** Finite verbs that, standing before a name in its clause, make the name an object, not the subject. */
const FINITE_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'can',
  'could',
]);
/** Words a clause's own subject opens with: a determiner or a pronoun. */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'he', 'she', 'they']);
/** Conjunctions and adverbs that may come before a clause's subject. */
const CLAUSE_LINKS = new Set(['but', 'and', 'yet', 'so', 'still', 'now', 'meanwhile']);

/**
 * Whether a name comes after its clause's subject and verb (`But the former coach is content after
 * signing Roe`: Roe is an object): the words after the last comma before the name open with a determiner
 * or a pronoun (after a conjunction) and hold a finite verb. `Among the fans was Roe` opens otherwise:
 * there Roe is the subject. Read word by word.
 */
function objectOfClause(lead: string): boolean {
  const words = lead
    .slice(lead.lastIndexOf(',') + 1)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  const first = CLAUSE_LINKS.has(words[0] ?? '') ? 1 : 0;
  return SUBJECT_OPENERS.has(words[first] ?? '') && words.some((w) => FINITE_VERBS.has(w));
}

/** A leading clause's opener (`When `, `After `), followed by the clause. */
const LEADING_OPENER_RE =
  /^\s*[“"‘']?(?:When|If|After|Although|Though|Because|While|As|Since|Before|Until|Once|Whereas|Even though)\s+/u;
/** Characters of a name's or title's word after its capital (`O’Neill`, `St.`, `Jean-Luc`). */
const NAME_WORD_RE = /[\p{L}.’'-]/u;

/**
 * Whether a mention is the subject of the clause its sentence opens with: right after the opener, only
 * names and titles between (`When President Roe`, not `After meeting Roe`).
 */
function subjectOfLeadingClause(state: QuoteState, m: Mention, sentenceStart: number): boolean {
  const lead = state.text.slice(sentenceStart, m.start);
  const opener = LEADING_OPENER_RE.exec(lead);
  return (
    opener !== null &&
    onlyCapitalisedWordsFrom(lead, opener[0].length, Number.POSITIVE_INFINITY, NAME_WORD_RE)
  );
}

/** Whether `at` (a pronoun) opens the main clause after a leading clause (`After …, he`). */
function opensMainClause(state: QuoteState, at: number): boolean {
  const s = state.sentences[sentenceAt(state.sentences, at)];
  return s !== undefined && LEADING_CLAUSE_RE.test(state.text.slice(s.start, at).replace(/,\s*$/, ''));
}

/** How far into its sentence a description may start and still open it (spaces, a quotation mark). */
const OPENING_REACH = 4;
/** How far into the sentence before a name may open it (after a dateline: `NEW YORK (AP) — Roe said`). */
const OPENING_NAME_REACH = 80;
/** How far after a description its sentence's pronouns are read for its gender. */
const PRONOUN_REACH = 400;

/** A person's name opening a sentence, then its verb: `Roe is mourning`, `NEW YORK — Roe said`. */
const OPENING_NAME_RE = /^(?:[\p{Lu} ,.]{2,40}(?:\([^()]{1,20}\))?\s*[—–-]\s*)?$/u;
const VERB_AFTER_RE = /^(?:,\s\d{1,3},)?\s+\p{Ll}/u;

/**
 * The person whose name opens the sentence before the one `at` opens, as its subject: whom a role
 * description opening the next sentence stands for (`Roe is mourning her cousin. The singer posted
 * photos of herself`), when the two sentences give them the same gender. An age (`Roe is blunt about
 * money. “…,” the 81-year-old said.`) is news about the one the sentence before is about: it needs no
 * gender, only none that differs.
 */
function openingSubject(
  state: QuoteState,
  at: number,
  gender: Gender | null,
  anyGender = false,
): string | null {
  const { sentences, text } = state;
  // (After a quotation that opens its sentence, `“…,” the 81-year-old said`, the description is its
  // sentence's subject too: the sentence before is the one before the quotation's.)
  const quoted = anyGender ? openingQuotationBefore(state, at) : null;
  const opens = quoted ?? at;
  const si = sentenceAt(sentences, opens);
  const here = sentences[si];
  const before = sentences[si - 1];
  if (!here || !before || opens - here.start > OPENING_REACH || !/^\s*$/.test(text.slice(here.start, opens)))
    return null;
  // The first person named, past a dateline's place (`NEW YORK — Rihanna is …`).
  let k = lowerBound(state.mentions, before.start, (x) => x.start);
  while (
    state.mentions[k] !== undefined &&
    typeOf(state, state.mentions[k]!.entity) !== 'person' &&
    state.mentions[k]!.start - before.start <= OPENING_NAME_REACH
  )
    k++;
  const m = state.mentions[k];
  if (!m || m.start >= before.end || m.start - before.start > OPENING_NAME_REACH) return null;
  if (
    !OPENING_NAME_RE.test(text.slice(before.start, m.start)) ||
    !VERB_AFTER_RE.test(text.slice(m.end, m.end + 8))
  )
    return null;
  // The gender the sentence gives the description (`The singer posted photos of herself`) must be theirs.
  const said =
    gender === 'm' || gender === 'f'
      ? gender
      : pronounGender(state, at, Math.min(here.end, at + PRONOUN_REACH));
  if (said === null) return anyGender ? m.entity : null;
  return state.genders.get(m.entity) === said ? m.entity : null;
}

/** What may stand between a quotation's closing mark and the description after it: `,” the`, `,’ said the`. */
const AFTER_CLOSE_RE = /^[\s,]*(?:(?:said|says|added|adds|replied)\s+)?$/;
/** How far before a description its quotation's closing mark may be. */
const CLOSE_REACH = 12;

/** The opening mark of the quotation that closes just before `at` (`“…,” the 81-year-old said`), if any. */
function openingQuotationBefore(state: QuoteState, at: number): number | null {
  const marks = state.marks;
  for (let i = lowerBound(marks, at, (m) => m.open) - 1; i >= 0; i--) {
    const m = marks[i]!;
    if (m.parent !== null) continue;
    if (m.close > at || at - m.close > CLOSE_REACH) return null;
    return AFTER_CLOSE_RE.test(state.text.slice(m.close, at)) ? m.open : null;
  }
  return null;
}

/** The gender of the first of `he`, `his`, `she`, `herself` … in [from, to), outside quotation marks. */
function pronounGender(state: QuoteState, from: number, to: number): 'm' | 'f' | null {
  const re = /\b(?:(he|his|him|himself)|(she|her|hers|herself))\b/gi;
  const window = state.text.slice(from, to);
  for (let p = re.exec(window); p; p = re.exec(window))
    if (markAround(state, from + p.index) === null) return p[1] ? 'm' : 'f';
  return null;
}

/** Sentences within which a repeated definite description (`the brother`) is the one it was just found to be. */
const REPEATED_DESCRIPTION_REACH = 3;

interface Spoken {
  readonly entity: string;
  readonly at: number;
  readonly sentence: number;
  /** The cue's subject was a spokesperson description (`a spokesman for X`): X speaks through them. */
  readonly spokes: boolean;
}

/** Quotations read after a cue for where its speaker's words go on (bounded work per cue). */
const CONTINUED_MARKS = 8;

/**
 * The last sentence a cue's speaker speaks in: the cue's own, or that of the last quotation going on
 * after it in its paragraph with no cue of its own (`“…,” Roe said. “He sent a walker.”`).
 */
function quotedThrough(state: QuoteState, cue: Cue): number {
  const block = blockAt(state, cue.at);
  let through = cue.sentence;
  const from = lowerBound(state.marks, cue.at, (m) => m.open);
  for (let i = from; i < state.marks.length && i < from + CONTINUED_MARKS; i++) {
    const m = state.marks[i]!;
    if (m.parent !== null || !m.kind) continue;
    if ((m.cue && m.cue !== cue) || blockAt(state, m.open) !== block) break;
    through = Math.max(through, sentenceAt(state.sentences, Math.max(m.open, m.close - 1)));
  }
  return through;
}

/** A sentence opening on someone's case or part (`In Hajjaj's case,`, `For Roe's part,`): its subject is them. */
const OWN_CASE_RE = /^["“‘']?(?:In|For)\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?[’']s\s+(?:case|part),/u;

/** A noun a name qualifies (`the Obama administration`, `the Roe campaign`): the name is no one acting. */
const NAME_AS_MODIFIER_RE = /^\s(?:administration|presidency|government|campaign|era)\b/;

/** The most salient person (or organisation) before `at`, of a gender compatible with `gender`. */
function salient(
  state: QuoteState,
  at: number,
  kind: 'person' | 'org' | 'media',
  gender: Gender | null,
  speakers: readonly Spoken[],
  onlySpeakers = false,
  head: string | null = null,
): string | null {
  const { sentences } = state;
  const si = sentenceAt(sentences, at);
  const reach = kind === 'person' ? PERSON_REACH : ORG_REACH;
  const firstSentence = sentences[Math.max(0, si - reach)];
  const from = Math.max(firstSentence ? firstSentence.start : 0, at - CHAR_REACH);
  const scores = new Map<string, Candidate>();
  const kindType = kind === 'person' ? 'person' : 'organization';
  const fits = (entity: string): number => {
    const t = typeOf(state, entity);
    if (t !== kindType || (kind === 'org' && isMedia(state, entity))) return 0;
    const g = state.genders.get(entity);
    if (kind !== 'person' || gender === null || gender === 'p') return 1;
    if (g === undefined) return 0.7;
    return g === gender ? 1 : 0;
  };
  // `the airline` is more likely American Airlines than the NAACP named after it.
  const named = (entity: string): number =>
    head !== null && nameOf(state, entity).toLowerCase().includes(head) ? 60 : 0;
  const add = (entity: string, score: number): void => {
    score += named(entity);
    const c = scores.get(entity);
    if (c) c.score = Math.max(c.score, score);
    else scores.set(entity, { entity, score });
  };
  // Recency first (halved each sentence back), a sentence's subject before the rest, and one who was
  // speaking in this sentence or the one before above all (`said Roe, an analyst. “…,” he said`).
  let lastSentence = -1;
  let firstInSentence = true;
  const scope = markAround(state, at);
  // How often each entity was named before the window: the story's protagonists stay in mind.
  const floor = Math.max(0, at - 4 * CHAR_REACH);
  if (!onlySpeakers)
    for (const m of mentionsIn(state, from, at)) {
      // Names inside someone's quoted words are not who the reporter's pronouns stand for (a pronoun
      // inside a quotation may stand for a name in the reporter's words or in that quotation).
      if (m.end > at || inCredit(state, m.start)) continue;
      const around = markAround(state, m.start);
      if (around !== null && around !== scope) continue;
      const fit = fits(m.entity);
      const ms = sentenceAt(sentences, m.start);
      if (ms !== lastSentence) {
        lastSentence = ms;
        // (A sentence opening on a definite role has its subject already: `The president, in a letter to
        // Ana Roe, …` is not about Roe.)
        firstInSentence = !opensOnRole(state, sentences[ms]!.start, at);
      }
      if (fit === 0) {
        if (typeOf(state, m.entity) === kindType) firstInSentence = false;
        continue;
      }
      let score = 100 * 0.5 ** Math.max(0, si - ms);
      // A name in brackets is an aside (`the first track even samples the voice of (…) Carl Sagan`), not
      // whom the sentence is about.
      if (inBrackets(state.text, sentences[ms]!.start, m.start)) {
        add(m.entity, (score - 40) * fit);
        continue;
      }
      // A possessive is no subject (`Roe's lawyer said`: the lawyer), nor what a pronoun likely stands for.
      // (Nor is a name that only qualifies a noun: `backed by the Obama administration`.)
      const possessive =
        /^[’']s\b/.test(state.text.slice(m.end, m.end + 3)) ||
        NAME_AS_MODIFIER_RE.test(state.text.slice(m.end, m.end + 16));
      // The subject of the sentence's main clause (`When Roe left, Doe directed …`: Doe).
      if (possessive && OWN_CASE_RE.test(state.text.slice(sentences[ms]!.start, m.end + 16))) {
        // `In Hajjaj's case, she decided …`, `For Roe's part, he …`: the one whose case the sentence tells.
        score += 30;
        firstInSentence = false;
      } else if (possessive) {
        score -= 30;
        firstInSentence = false;
      } else if (
        firstInSentence &&
        !inLeadingClause(state, m, sentences[ms]!.start) &&
        !(kind === 'person' && objectOfClause(state.text.slice(sentences[ms]!.start, m.start)))
      ) {
        score += 30;
        firstInSentence = false;
      } else if (
        ms === si &&
        inLeadingClause(state, m, sentences[ms]!.start) &&
        subjectOfLeadingClause(state, m, sentences[ms]!.start) &&
        opensMainClause(state, at)
      ) {
        // `After Roe made the remark, he issued a statement`: the main clause's pronoun is Roe.
        score += 60;
      } else if (ms === si && inLeadingClause(state, m, sentences[ms]!.start) && opensMainClause(state, at)) {
        // `After meeting Roe, he said`: Roe is the one met, hardly the one who speaks.
        score -= 40;
      }
      score += Math.min(20, 2 * timesNamed(state, m.entity, floor, from));
      add(m.entity, score * fit);
    }
  // Speakers reach further back, and one who has spoken often (a feature's subject) stays in mind;
  // `she also wrote` goes on the words of one who was speaking.
  const continuing = CONTINUING_RE.test(state.text.slice(at, at + 24));
  const spoken = new Map<string, number>();
  const speakerFrom = Math.max(sentences[Math.max(0, si - SPEAKER_REACH)]?.start ?? 0, at - 2 * CHAR_REACH);
  for (let i = lowerBound(speakers, speakerFrom, (x) => x.at); i < speakers.length; i++) {
    const sp = speakers[i]!;
    if (sp.at >= at) break;
    const n = (spoken.get(sp.entity) ?? 0) + 1;
    spoken.set(sp.entity, n);
    // A gender the text never gave weighs less against one it did, but little for one just speaking.
    const fit = fits(sp.entity);
    if (fit === 0) continue;
    const d = Math.max(0, si - sp.sentence);
    add(
      sp.entity,
      (100 * 0.5 ** d + (d <= 1 ? 70 : 10) + Math.min(30, 8 * (n - 1)) + (continuing ? 60 : 0)) *
        Math.max(fit, 0.9),
    );
  }
  // Someone the reporter introduced without a name (`One man … told CNN`) is who a later `he` most
  // likely stands for: such a subject competes as "no one", and winning leaves the speaker unnamed.
  if (kind === 'person' && !onlySpeakers)
    for (let ms = Math.max(0, si - reach); ms <= si; ms++) {
      const sentence = sentences[ms]!;
      const opening = state.text.slice(sentence.start, Math.min(at, sentence.start + 80));
      const noun = unnamedOpening(opening) ?? ownedKinOpening(opening);
      if (noun === null) continue;
      const g = nounGender(noun);
      if (gender !== null && gender !== 'p' && g !== null && g !== gender) continue;
      add(UNNAMED, 100 * 0.5 ** (si - ms) + 30);
    }
  // A sentence opening on a definite role (`The president, in a letter to Ana Roe, levied …. “…,” he
  // wrote.`) is about whoever holds it: the one the text gave that role, or no one it names, never the
  // person named after it in the sentence.
  if (kind === 'person' && !onlySpeakers)
    for (let ms = Math.max(0, si - 1); ms <= si; ms++) {
      const sentence = sentences[ms]!;
      const role = opensOnRole(state, sentence.start, at);
      if (role === null) continue;
      const country = PERSON_DEMONYMS.get(role);
      const holder =
        country === undefined
          ? byRole(state, role, sentence.start)
          : byNationality(state, country, null, sentence.start);
      if (holder !== null && fits(holder) === 0) continue;
      add(holder ?? UNNAMED, 100 * 0.5 ** (si - ms) + 40);
    }
  let best: Candidate | null = null;
  // On a tie the one named last, nearest the pronoun, wins (candidates are in order of first mention).
  for (const c of scores.values()) if (!best || c.score >= best.score) best = c;
  return best && best.score >= 20 && best.entity !== UNNAMED ? best.entity : null;
}

/** Nouns that give a person's age, with the ages they span. */
const AGE_NOUNS = new Map<string, readonly [number, number]>([
  ['teenager', [13, 19]],
  ['teen', [13, 19]],
  ['sexagenarian', [60, 69]],
  ['septuagenarian', [70, 79]],
  ['octogenarian', [80, 89]],
  ['nonagenarian', [90, 99]],
  ['centenarian', [100, 130]],
]);

/** An age among a person's roles: `19-year-old`. */
const AGE_ROLE_RE = /^(\d{1,3})-year-old$/;

/** The last person before `at` the text gave an age within `span` (`the teenager`: 13 to 19), or null. */
function byAge(state: QuoteState, span: readonly [number, number], at: number): string | null {
  return lastNamedBefore(state, at, (entity) => {
    for (const role of state.roles.get(entity) ?? []) {
      const age = AGE_ROLE_RE.exec(role);
      if (age && Number(age[1]) >= span[0] && Number(age[1]) <= span[1]) return true;
    }
    return false;
  });
}

/**
 * A word after a demonym before its verb, or after it in an inverted cue (`said the Turkish official`):
 * the demonym qualifies a noun, it is no one's name.
 */
const NOUN_AFTER_RE = /^\s+(?!who\b|whose\b)\p{Ll}/u;
const NOUN_REACH = 12;

/**
 * The country code of a subject that is a demonym with `the` (`said the Norwegian`, `the American
 * said`), read as a mention of its country: the speaker is a person of that country. Null otherwise.
 */
function demonymSubject(state: QuoteState, m: Mention): string | null {
  if (
    typeOf(state, m.entity) !== 'place' ||
    !THE_BEFORE_RE.test(state.text.slice(Math.max(0, m.start - 4), m.start))
  )
    return null;
  return demonymCountry(m.text);
}

/**
 * The organisation a common noun stands for (`the charity`): the one named in the sentences before
 * whose name holds the noun, else the only one named there; null when several could be meant.
 */
function soleBody(state: QuoteState, at: number, head: string): string | null {
  const si = sentenceAt(state.sentences, at);
  const from = state.sentences[Math.max(0, si - ORG_REACH)]?.start ?? 0;
  const orgs = new Set(
    mentionsIn(state, from, at)
      .filter(
        (m) => typeOf(state, m.entity) === 'organization' && !isMedia(state, m.entity) && canSpeak(state, m),
      )
      .map((m) => m.entity),
  );
  const named = [...orgs].filter((e) => nameOf(state, e).toLowerCase().includes(head));
  if (named.length === 1) return named[0]!;
  return orgs.size === 1 ? [...orgs][0]! : null;
}

/** How far back an aside's opening bracket is looked for. */
const BRACKET_REACH = 200;

/** Whether `at` stands inside brackets opened after `from` (its sentence's start), read back a short way. */
function inBrackets(text: string, from: number, at: number): boolean {
  for (let i = at - 1; i >= Math.max(from, at - BRACKET_REACH); i--) {
    if (text[i] === ')') return false;
    if (text[i] === '(') return true;
  }
  return false;
}

/**
 * A sentence opening on a definite role, set off or acting: `The president, in a letter …`, `The senator
 * said`, also after a clause that sets the scene (`Asked whether the toss had cost them, the captain
 * bristled.`, `But the senator said`). (Not one a name follows in apposition: `The minister, Orla Keenan,
 * was asked …` is about Keenan.)
 */
const DEFINITE_ROLE_OPENING_RE =
  /^(?:(?:But|And|Yet|Still|Then)\s+)?(?:(?:Asked|Pressed|Questioned|Speaking|Sitting|Standing|Later|Earlier|Afterwards|Meanwhile|When|After|Before|While)\b[^,;:“”"]{0,100},\s+)?[Tt]he (\p{Ll}+|CEO|CFO)(?:,(?!\s*\p{Lu})|\s(?!(?:of|in|at|for|and|or|to|with|from|on|by|as|who|which|that|whose)\b)\p{Ll}+\b)/u;

/** How far into its sentence a role may open the main clause (past a clause that sets the scene). */
const ROLE_OPENING_REACH = 160;

/** The role a sentence opens on (`The president, in a letter …` -> `president`), read before `at`; null if none. */
function opensOnRole(state: QuoteState, start: number, at: number): string | null {
  const role = DEFINITE_ROLE_OPENING_RE.exec(
    state.text.slice(start, Math.min(at, start + ROLE_OPENING_REACH)),
  );
  const word = role?.[1]?.toLowerCase();
  return word !== undefined && isRoleWord(word) && !KIN_NOUNS.has(word) ? word : null;
}

/** A pronoun going on with what its speaker said: `She also wrote`, `he again said`. */
const CONTINUING_RE = /^\p{L}+\s+(?:also|again|further)\s/u;

/** Verbs that go on with what the same speaker just said (`he added`). */
const ADDING_RE = /^(?:added|adds|continued|continues)$/;

/** How many sentences back `she also wrote` looks for the cue it goes on from. */
const CONTINUED_CUE_REACH = 2;

/** The head noun of a group of people (`officials`, `sources`, `lawmakers`). */
const PLURAL_HEAD_RE = /^\p{Ll}+s$/u;

/**
 * Whether a pronoun's cue goes on from a cue just before (`she also wrote`, `he again said`, or a plain
 * `he said` after an unnamed man's words) whose speaker was found to be no one named (`The singer posted
 * photos, writing that …`, `His brother told AFP …`): then the pronoun is that same unnamed speaker,
 * never someone else mentioned meanwhile.
 */
function continuesUnresolved(state: QuoteState, cue: Cue): boolean {
  const s = cue.subject;
  if (s?.kind !== 'pronoun') return false;
  const continuing = CONTINUING_RE.test(state.text.slice(s.at, s.at + 24));
  for (let i = cueIndex(state, cue) - 1; i >= 0; i--) {
    const before = state.cues[i]!;
    if (cue.sentence - before.sentence > CONTINUED_CUE_REACH) return false;
    if (before.subject === null || markAround(state, before.at) !== null) continue;
    const unresolved = before.speaker === null || before.speaker === undefined;
    // `His brother, 34, told AFP … . “…,” he said.`: a plain `he` goes on from someone unnamed of that
    // gender just speaking, too, not to the man the brother spoke of.
    // (So does a `he` right after a `he` that went on from such a one: `His brother told AFP … . “…,” he
    // said. … “…,” he said, adding …`.)
    // (And `he added` after `said the official`, whose gender the text did not give.)
    const sameUnnamed =
      cue.sentence - before.sentence <= 1 &&
      (before.subject.kind === 'description' || before.subject.kind === 'pronoun') &&
      (s.gender === 'm' || s.gender === 'f') &&
      (before.subject.gender === s.gender ||
        (before.subject.kind === 'description' &&
          !before.subject.gender &&
          // (And `he said` right after a paragraph `according to the friend`: the friend goes on.)
          (ADDING_RE.test(cue.verb) || before.form === 'according')));
    // (A plain `they` after an unnamed group's words is that group: `Officials said they were not told. But
    // they have reaffirmed …`.)
    const sameGroup =
      cue.sentence - before.sentence <= 1 &&
      s.gender === 'p' &&
      before.subject.kind === 'description' &&
      PLURAL_HEAD_RE.test(before.subject.head);
    return unresolved && (continuing || sameUnnamed || sameGroup);
  }
  return false;
}

/** Where a cue stands among the cues, sorted by position: found by search, not by a walk from the start. */
function cueIndex(state: QuoteState, cue: Cue): number {
  let index = lowerBound(state.cues, cue.at, (c) => c.at);
  while (index < state.cues.length && state.cues[index] !== cue) index++;
  return index;
}

/**
 * The organisation an unnamed spokesperson spoke for in the cue just before (this sentence or the one
 * before), when a plain `he said` / `she said` goes on with no one named between: or null.
 */
function spokespersonGoingOn(state: QuoteState, cue: Cue): string | null {
  const s = cue.subject;
  if (s?.kind !== 'pronoun' || (s.gender !== 'm' && s.gender !== 'f')) return null;
  // The cue before with a subject of its own (a verb the parser took for one, `ended`, has none).
  let i = cueIndex(state, cue) - 1;
  while (i >= 0 && !state.cues[i]!.subject && cue.sentence - state.cues[i]!.sentence <= 1) i--;
  const before = state.cues[i];
  if (before === undefined || cue.sentence - before.sentence > 1) return null;
  const b = before.subject;
  const spokes =
    (b?.kind === 'description' && SPOKES_NOUNS.has(b.head)) ||
    (b?.kind === 'mention' &&
      SPOKES_FOR_RE.test(state.text.slice(Math.max(0, b.mention.start - 40), b.mention.start)));
  if (!spokes || !before.speaker) return null;
  if (typeOf(state, before.speaker) !== 'organization') return null;
  // No one named between them whom the pronoun could stand for.
  const between = mentionsIn(state, before.at, s.at).some((m) => typeOf(state, m.entity) === 'person');
  return between ? null : before.speaker;
}

/** `a spokesperson for the`, right before the organisation's name. */
const SPOKES_FOR_RE =
  /\b(?:spokesman|spokeswoman|spokesperson|representative)\s+(?:for|of|from)\s+(?:the\s+)?$/i;

/** The candidate that stands for a person the text introduced without a name. */
const UNNAMED = '\u0000unnamed';
/** The indefinite article or `One` an unnamed person's sentence opens with (`One man who …`). */
const UNNAMED_ARTICLE_RE = /^\s*[“"‘']?(?:A|An|One|Another)\s+/;
/** The same article after an opening setting, in lower case (`At dawn, a witness …`). */
const SET_ARTICLE_RE = /^(?:a|an|one|another)\s+/;
/** Words that open a setting of time or place before a clause's subject. */
const OPENING_SETTING_RE =
  /^\s*(?:At|On|In|By|Later|Earlier|Moments later|Minutes later|Shortly after|Outside|Inside|Afterward|Afterwards|Nearby|Meanwhile|Elsewhere)\b/;
/** A setting is at most this long, to its comma. */
const SETTING_CHARS = 40;
/** The nouns of a person the reporter leaves unnamed, at the start of the text read. */
const UNNAMED_NOUN_RE = new RegExp(`^(${[...ORDINARY_PEOPLE].join('|')})\\b`);
/** A name set off right after an unnamed noun (`, Fahmi,`, `, Ana Roe,`): the person is named after all. */
const NAMED_AFTER_RE = /^,\s\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){0,2},/u;
/** A capitalised word (a nationality, when the gazetteer knows it) and what may follow one that stands alone for a person. */
const DEMONYM_WORD_RE = /^(\p{Lu}\p{Ll}+)(?=[\s,])/u;
const DEMONYM_ALONE_RE = /^(?:,|\s+who\b)/;
/** Lower-case words that may come between the article and the noun (`one elderly local …`). */
const UNNAMED_MODIFIERS = 2;
const MODIFIER_CHAR_RE = /[a-z-]/;

/**
 * The noun of an indefinite unnamed person a sentence opens on (`One man who was leaving …` -> `man`,
 * `A young witness said` -> `witness`), after up to two lower-case words, or null; read word by word.
 */
function unnamedOpening(text: string): string | null {
  // After a setting of time or place (`At 10:08 p.m., an officer on the scene sounds the alarm`).
  const setting = OPENING_SETTING_RE.exec(text);
  const comma = setting ? text.indexOf(',', setting[0].length) : -1;
  const from = comma > 0 && comma <= SETTING_CHARS ? spaceFrom(text, comma + 1) : 0;
  const article = (from > 0 ? SET_ARTICLE_RE : UNNAMED_ARTICLE_RE).exec(text.slice(from));
  if (!article) return null;
  let i = from + article[0].length;
  for (let modifiers = 0; ; modifiers++) {
    // The longest noun is eleven letters: what follows it decides the word's end.
    const noun = UNNAMED_NOUN_RE.exec(text.slice(i, i + 16));
    // `Another spectator, Fahmi, was …`: the name set off after the noun names them.
    if (noun)
      return NAMED_AFTER_RE.test(text.slice(i + noun[0].length, i + noun[0].length + 60)) ? null : noun[1]!;
    if (modifiers === UNNAMED_MODIFIERS) return null;
    // A nationality stands for a person (`An unnamed Iranian, who …`) or describes one (`an Iranian student`).
    const demonym = DEMONYM_WORD_RE.exec(text.slice(i, i + 30));
    if (demonym && COUNTRY_BY_DEMONYM.has(demonym[1]!)) {
      if (DEMONYM_ALONE_RE.test(text.slice(i + demonym[1]!.length, i + demonym[1]!.length + 8)))
        return 'person';
      i = spaceFrom(text, i + demonym[1]!.length);
      continue;
    }
    const wordEnd = runFrom(text, i, MODIFIER_CHAR_RE);
    const next = spaceFrom(text, wordEnd);
    if (wordEnd === i || next === wordEnd) return null;
    i = next;
  }
}
/** A capitalised word of a name, and the possessive and the relative after it (`’s eldest uncle`). */
const NAME_WORD_AT_RE = /^\p{Lu}[\p{L}-]*/u;
const OWNED_KIN_RE = /^[’']s\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u;
/** A setting before the sentence's subject: `Speaking outside court, `, `Outside the hall, `. */
const KIN_SETTING_RE =
  /^\s*(?:Speaking|Asked|Outside|Inside|After|At|In|On|Later|Earlier|Afterward|Afterwards)\b[^,;:“”"]{0,40},\s/;
/** How many words a possessor's name holds at most (`Callum Dwyer’s`). */
const OWNER_WORDS = 3;

/**
 * The relative a sentence opens on as someone's (`Callum’s uncle said …` -> `uncle`), or null: whom a
 * later `he said` most likely stands for, someone the text does not name (never the owner).
 */
function ownedKinOpening(text: string): string | null {
  // (After a setting: `Speaking outside court, Callum’s uncle said`.)
  const setting = KIN_SETTING_RE.exec(text);
  let i = spaceFrom(text, setting ? setting[0].length : 0);
  for (let words = 0; words < OWNER_WORDS; words++) {
    const word = NAME_WORD_AT_RE.exec(text.slice(i));
    if (!word) return null;
    i += word[0].length;
    const owned = OWNED_KIN_RE.exec(text.slice(i));
    // (`’s uncle`, or `’s eldest son`: the relative first, or after one word that qualifies it; not one
    // named right after, `Whitford’s widow, Hannah Reyes-Whitford, read …`.)
    if (owned) {
      const kin = [owned[1], owned[2]].find((w) => w !== undefined && KIN_NOUNS.has(w));
      const after = text.slice(i + owned[0].length, i + owned[0].length + 60);
      return kin === undefined || NAMED_AFTER_RE.test(after) ? null : kin;
    }
    if (text[i] !== ' ') return null;
    i++;
  }
  return null;
}

/** The gender a noun for a person gives (`man`, `mother`, `uncle`), or null. */
function nounGender(noun: string): Gender | null {
  return FEMALE_WORDS.has(noun) ? 'f' : MALE_WORDS.has(noun) ? 'm' : null;
}

/** The person the text gave this role or age (`the singer`, `the 23-year-old`), most recently named before `at`. */
function byRole(
  state: QuoteState,
  head: string,
  at: number,
  allowed: (entity: string) => boolean = () => true,
): string | null {
  return lastNamedBefore(
    state,
    at,
    (entity) => state.roles.get(entity)?.has(head) === true && allowed(entity),
  );
}

/** The entity of the last mention before `at`'s sentence, within `ROLE_REACH` mentions, that `fits`, or null. */
function lastNamedBefore(state: QuoteState, at: number, fits: (entity: string) => boolean): string | null {
  return lastMentionBefore(state, at, ROLE_REACH, (m) => fits(m.entity))?.entity ?? null;
}

/**
 * A role a common noun owns (`the company’s chief executive`, `the club’s manager`): the holder of that
 * post, whom only the role's words can name, never whoever spoke last.
 */
const OWNED_ROLE_RE = /^[Tt]he\s+\p{Ll}+[’']s\s/u;

/** An age in a description (`the 69-year-old singer`), as roles record it. */
const AGE_WORD_RE = /\b\d{1,3}-year-old\b/;

/**
 * Whether the roles the text gave a person name the organisation or place `org` (`Syriza leader Alexis
 * Roe`, `the leader of Syriza, Alexis Roe`): a word of the name as the text spells it or of its entity's name.
 */
function servesOrg(state: QuoteState, entity: string, org: Mention): boolean {
  const roles = state.roles.get(entity);
  if (!roles) return false;
  const words = `${org.text} ${nameOf(state, org.entity)}`.toLowerCase().split(/[\s’']+/);
  return words.some((w) => w.length > 1 && roles.has(w));
}

/**
 * The one person named before `at` whom the text ties to the organisation at all (`Evangelos Roe, whose
 * Pasok party …` for `the Pasok leader`), when there is exactly one; else null.
 */
function onlyOneServing(state: QuoteState, org: Mention, at: number): string | null {
  // (A country's role is no tie: `the US President` is not whoever else the text calls a US official.)
  if (typeOf(state, org.entity) !== 'organization') return null;
  const mentions = state.mentions;
  const before = lowerBound(mentions, at, (m) => m.start);
  const found = new Set<string>();
  for (let i = before - 1; i >= Math.max(0, before - ROLE_REACH); i--) {
    const e = mentions[i]!.entity;
    if (typeOf(state, e) === 'person' && servesOrg(state, e, org)) found.add(e);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * Who wrote the document a description names (`the letter began`): the speaker of the sentence that
 * introduced it (`Palmer announced his retirement in an open letter`), within a few sentences; null
 * when no sentence there names the document with a speaker, and undefined when none names it at all.
 */
function author(state: QuoteState, head: string, sentence: number, at = -1): string | null | undefined {
  const { sentences, text } = state;
  /** Whether the sentence holds the head word (or its plural) as a whole word, outside quotations. */
  const holds = (body: string): boolean => {
    // (`“We appreciate the points raised in this letter,” he said` names a letter he did not write.)
    const lower = withoutQuotations(body).toLowerCase();
    for (let at = lower.indexOf(head); at !== -1; at = lower.indexOf(head, at + 1)) {
      const before = lower[at - 1] ?? ' ';
      let end = at + head.length;
      if (lower[end] === 's') end++;
      if (!isWordChar(before) && !isWordChar(lower[end] ?? ' ')) return true;
    }
    return false;
  };
  // (The description's own sentence may have named it before: `While the letter … . The letter said`
  // read as one sentence.)
  const own = sentences[sentence];
  let named =
    own !== undefined && at > own.start && holds(text.slice(own.start, Math.min(at, own.start + 2000)));
  for (let i = sentence - 1; i >= 0 && i >= sentence - DOCUMENT_REACH; i--) {
    const s = sentences[i]!;
    if (s.end - s.start > 2000 || !holds(text.slice(s.start, s.end))) continue;
    named = true;
    // A news outlet that obtained or reports the document did not write it. (Someone unnamed who put it
    // out, `Six executives called the academy “out of touch” in a joint letter`, is its author: no one
    // the text names.)
    const cue = cuesIn(state, s.start, s.end).find(
      (c) =>
        markAround(state, c.at) === null &&
        !(c.speaker
          ? isMedia(state, c.speaker)
          : c.subject?.kind === 'mention' && isMedia(state, c.subject.mention.entity)),
    );
    if (cue) return cue.speaker ?? null;
  }
  return named ? null : undefined;
}

/** The last speaker before `at` within `reach` sentences that matches `which`. */
function lastSpeaker(
  speakers: readonly Spoken[],
  at: number,
  sentence: number,
  reach: number,
  which: (sp: Spoken) => boolean,
): string | null {
  for (let i = lowerBound(speakers, at, (x) => x.at) - 1; i >= 0; i--) {
    const sp = speakers[i]!;
    if (sentence - sp.sentence > reach) break;
    if (which(sp)) return sp.entity;
  }
  return null;
}

/**
 * The police force `police` or `the Harlow police` stands for: the one organisation the article names
 * (a bare `police`: in this sentence or the two before) whose name holds `police` and every word before
 * it (`Harlow Police Department`), or null when there is none or more than one.
 */
function policeForce(state: QuoteState, description: string, at: number): string | null {
  const words = description
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== 'the' && w !== 'police');
  // A bare `police` stands for a force only just named (this sentence or the two before).
  const si = sentenceAt(state.sentences, at);
  const from = words.length > 0 ? 0 : (state.sentences[Math.max(0, si - 2)]?.start ?? 0);
  const to = words.length > 0 ? state.text.length : at;
  const forces = new Map<string, string>();
  for (const m of mentionsIn(state, from, to)) {
    if (typeOf(state, m.entity) !== 'organization' || forces.has(m.entity)) continue;
    const name = nameOf(state, m.entity).toLowerCase();
    if (/\bpolice\b/.test(name) && words.every((w) => name.split(/\s+/).includes(w)))
      forces.set(m.entity, name);
  }
  // `Harlow Police` and `Harlow Police Department` are one force: the names that no other name holds.
  const names = [...forces.values()];
  const whole = [...forces].filter(([, n]) => !names.some((o) => o !== n && o.startsWith(`${n} `)));
  return whole.length === 1 ? whole[0]![0] : null;
}

const POLICE_NAME_WORD_RE = /^[\p{L}-]+$/u;

/**
 * `police`, `the police`, `Harlow police`, `the Greater Harlow police`: up to two words before `police`,
 * `the` first besides; each word before `police` of letters and hyphens only, case aside.
 */
function isPoliceName(text: string): boolean {
  const words = text.split(/\s+/);
  if (!words.every((word) => POLICE_NAME_WORD_RE.test(word))) return false;
  if (words[words.length - 1]!.toLowerCase() !== 'police') return false;
  const the = words.length > 1 && words[0]!.toLowerCase() === 'the' ? 1 : 0;
  return words.length - 1 - the <= 2;
}

/** Right after a closing mark: `,” the ` before an outlet's name. */
const AFTER_QUOTE_RE = /[”"’'][\s,.]*(?:the\s+)?$/i;

/** The entity a cue's subject stands for, or null (unnamed, unknown, or no one who can speak). */
function resolveSubject(state: QuoteState, cue: Cue, speakers: readonly Spoken[]): string | null {
  const s: Subject | null = cue.subject;
  if (!s) return null;
  // `Police said`, `the Harlow police said`: the force the article names, when it names one.
  if (s.kind === 'description' && s.head === 'police' && isPoliceName(s.text))
    return policeForce(state, s.text, s.at);
  const named = (m: Mention | null): string | null => {
    if (!m || inCredit(state, m.start) || !canSpeak(state, m)) return null;
    // `The Democrat, who served two terms, said`: one of the party's members, whom the text does not name.
    if (PARTY_MEMBER_RE.test(m.text)) return null;
    // A word typed with no evidence at all (taken for an organisation) is no one to put words on.
    // (Unless it is the very subject of the verb of saying: `As FierceWireless notes, …`, `Amaq said`.)
    if (
      state.entities.info.get(m.entity)?.guessed &&
      !(cue.form === 'verb' && m.end <= cue.at && /^\s*$/.test(state.text.slice(m.end, cue.at)))
    )
      return null;
    // A news outlet `according to` which the words are reported, or that `reported` them, carries
    // them; it did not say them.
    // (An outlet that reported what it quotes after it, `Newsweek reported the ads read: “…”`, quotes
    // someone else; after the quotation, `“…,” the AP reported`, it is the source the words are known by.)
    if (
      REPORTING_RE.test(cue.verb) &&
      cue.at > m.start &&
      isMedia(state, m.entity) &&
      !AFTER_QUOTE_RE.test(state.text.slice(Math.max(0, m.start - 8), m.start))
    )
      return null;
    return m.entity;
  };
  switch (s.kind) {
    case 'mention': {
      // `said the Norwegian, who …`: a person of that country, never the country.
      const country = demonymSubject(state, s.mention);
      if (country === null) return named(s.mention);
      // `said the Turkish official`: someone of that country the text does not name.
      const after =
        cue.at < s.mention.start
          ? state.text.slice(s.mention.end, s.mention.end + NOUN_REACH)
          : state.text.slice(s.mention.end, Math.max(s.mention.end, cue.at));
      if (NOUN_AFTER_RE.test(after)) return null;
      return (
        byNationality(state, country, null, s.mention.start) ??
        (someoneTied(state, s.mention.start)
          ? null
          : salient(state, s.mention.start, 'person', null, speakers))
      );
    }
    case 'pronoun':
      // `Ana Roe: I told him, “…”`: in an interview's answer, `I` is the one the answer is labelled with.
      if (s.gender === 'self') return s.text.toLowerCase() === 'i' ? interviewee(state, s.at) : null;
      // `She also wrote` goes on the words of the one just speaking: one the text left unresolved stays so.
      if (continuesUnresolved(state, cue)) return null;
      {
        // `A spokesman for X said … . “…,” he said.`: the spokesman goes on speaking for X.
        const spoken = spokespersonGoingOn(state, cue);
        if (spoken !== null) return spoken;
      }
      if (s.gender === 'm' || s.gender === 'f') return salient(state, s.at, 'person', s.gender, speakers);
      // `It read: “…”`: a message or letter the sentence before introduced, written by its author.
      if (READING_RE.test(cue.verb)) return documentAuthor(state, cue.sentence);
      return salient(state, s.at, 'org', null, speakers);
    case 'description':
      switch (s.refers) {
        case 'unnamed':
          return null;
        case 'person':
          return salient(state, s.at, 'person', s.gender, speakers);
        case 'role': {
          // `the singer`: the one introduced so; else (`the director`) one who has been speaking.
          // A body of people (`the police`, `the officials`) is no one person given that role.
          if (COLLECTIVE.has(s.head) || (UNNAMED_NOUNS.has(s.head) && s.head.endsWith('s'))) return null;
          // `the Spaniard`, `the Frenchwoman`: the one the text tied to that country, or no one.
          const country = PERSON_DEMONYMS.get(s.head);
          if (country !== undefined) {
            const gender = s.head.endsWith('woman')
              ? 'f'
              : s.head.endsWith('man')
                ? 'm'
                : s.gender === 'm' || s.gender === 'f'
                  ? s.gender
                  : null;
            const tied = byNationality(state, country, gender, s.at);
            if (tied !== null) return tied;
            // (One the text tied to no country may be anyone of it: unless it tied others to theirs;
            // like an age, it is most likely the one the sentence before is about.)
            if (someoneTied(state, s.at)) return null;
            const opening = openingSubject(state, s.at, s.gender, true);
            if (opening !== null) return opening;
          }
          // `the Wigan manager`: one introduced in that role for that team, or no one; never whoever
          // was last named, nor the leader of another party (`the Pasok leader` is not `Syriza's leader`).
          if (s.org) {
            const org = s.org;
            return (
              byRole(state, s.head, s.at, (e) => servesOrg(state, e, org)) ??
              onlyOneServing(state, org, s.at) ??
              describedAgain(state, s.at, cue.sentence, speakers, s.head)
            );
          }
          // `the brother said`: a relation, so the one who has been speaking (`another brother, Eric
          // Roe, said`), never the one they speak of (`his brother, Ray Roe`).
          if (KIN_NOUNS.has(s.head)) {
            const spoke = new Set(speakers.filter((sp) => sp.at < s.at).map((sp) => sp.entity));
            return (
              byRole(state, s.head, s.at, (e) => spoke.has(e)) ??
              salient(state, s.at, 'person', s.gender, speakers, true)
            );
          }
          // `the 69-year-old singer`: the one of that age; not a singer the text gave no age (`U2 singer
          // Bono` two paragraphs before the story's `Mick Jagger`): an age is news about the one the
          // story is about, whom salience finds.
          const age = AGE_WORD_RE.exec(s.text)?.[0];
          const aged = age ? byRole(state, age, s.at) : null;
          if (aged) return aged;
          // `the coroner`, a role only this text's words made one: the one it was given to, or no one.
          if (!knownNoun(s.head)) return byRole(state, s.head, s.at);
          // `the teenager`: the one the text gave an age of 13 to 19 or called so, or no one.
          const span = AGE_NOUNS.get(s.head);
          if (span) return byAge(state, span, s.at) ?? byRole(state, s.head, s.at);
          return (
            (age === undefined ? byRole(state, s.head, s.at) : null) ??
            (UNNAMED_NOUNS.has(s.head) || OWNED_ROLE_RE.test(s.text)
              ? null
              : (openingSubject(state, s.at, s.gender, age !== undefined) ??
                salient(state, s.at, 'person', s.gender, speakers, true)))
          );
        }
        case 'org':
          if (s.org) return named(s.org);
          // `a spokesperson for the charity`: the one body of that kind the text can mean, or no one.
          if (s.forBody) return soleBody(state, s.at, s.head);
          return salient(state, s.at, 'org', null, speakers, false, s.head);
        case 'media':
          return salient(state, s.at, 'media', null, speakers);
        case 'spokes':
          // `the spokesman`: the one introduced so, or whom the last spokesperson spoke for;
          // `a spokesman` right after an organisation's words speaks for it.
          if (s.definite)
            return (
              byRole(state, s.head, s.at) ?? lastSpeaker(speakers, s.at, cue.sentence, 8, (sp) => sp.spokes)
            );
          return (
            lastSpeaker(
              speakers,
              s.at,
              cue.sentence,
              2,
              (sp) => typeOf(state, sp.entity) === 'organization',
            ) ?? previousOpener(state, cue.sentence)
          );
        case 'document': {
          // `The executives’ letter`: the possessor wrote it, someone the text does not name.
          if (/\p{Ll}s?['’]s?\s/u.test(s.text)) return null;
          // (A document named before with no one writing it (`While the letter to the board …, the
          // women … condemned his comments`) is not the last speaker's.)
          const wrote = author(state, s.head, cue.sentence, s.at);
          return wrote === undefined
            ? lastSpeaker(speakers, s.at, cue.sentence, 3, (sp) => !isMedia(state, sp.entity))
            : wrote;
        }
      }
  }
}

/**
 * The person a description never given to anyone stands for when it can only be them (`“…,” he said.
 * “…,” said the Wigan manager.`, `the signing of Andriy Roe … “…,” said the Ukraine captain`): the
 * last person the reporter named before it, when that person also spoke in this sentence or the one
 * before, or when no other person has been named so far and no one else has spoken.
 */
function describedAgain(
  state: QuoteState,
  at: number,
  sentence: number,
  speakers: readonly Spoken[],
  head: string,
): string | null {
  const found = describedAgainAnyRole(state, at, sentence, speakers);
  // (Not one the text gave another role of a person: `the US President` is not `US ambassador Dana Haley`.)
  const roles = found === null ? undefined : state.roles.get(found);
  if (roles && OFFICES.has(head) && !roles.has(head) && [...roles].some((r) => OFFICES.has(r))) return null;
  return found;
}

/** Offices one person holds one of at a time: given another, a person is not `the president`. */
const OFFICES = new Set([
  'president',
  'ambassador',
  'minister',
  'secretary',
  'governor',
  'mayor',
  'senator',
  'chancellor',
  'premier',
  'king',
  'queen',
  'pope',
  'judge',
  'prosecutor',
  'spokesman',
  'spokeswoman',
]);

/** `describedAgain` before the check of offices: the last person named, when nothing else could be meant. */
function describedAgainAnyRole(
  state: QuoteState,
  at: number,
  sentence: number,
  speakers: readonly Spoken[],
): string | null {
  const own = state.sentences[sentence];
  // Bounded work per cue: names further back than this are not read, and then others may have been named.
  const from = Math.max(0, at - 4 * CHAR_REACH);
  const persons = mentionsIn(state, from, own ? own.start : at).filter(
    (m) =>
      typeOf(state, m.entity) === 'person' &&
      markAround(state, m.start) === null &&
      !inCredit(state, m.start),
  );
  const last = persons[persons.length - 1]?.entity;
  if (last === undefined) return null;
  const spoke = lastSpeaker(speakers, at, sentence, 1, (sp) => typeOf(state, sp.entity) === 'person');
  if (spoke !== null) return spoke === last ? last : null;
  const alone = from === 0 && persons.every((m) => m.entity === last);
  return alone && speakers.every((sp) => sp.at >= at || sp.entity === last) ? last : null;
}

/** Verbs a written text takes (`it read`, `it reads`), never an organisation speaking. */
const READING_RE = /^(?:read|reads)$/;

/** The label of an interview's answer: a name, then a colon, opening the paragraph (`Ana Roe: …`). */
const LABEL_GAP_RE = /^\s?:\s/;

/** The person an interview's answer is labelled with (`Ana Roe: They are fine. I said …`), else null. */
function interviewee(state: QuoteState, at: number): string | null {
  const block = state.blocks[blockAt(state, at)];
  if (!block) return null;
  const first = mentionsIn(state, block.start, Math.min(at, block.start + 60))[0];
  if (!first || !/^\s*$/.test(state.text.slice(block.start, first.start))) return null;
  if (!LABEL_GAP_RE.test(state.text.slice(first.end, first.end + 3))) return null;
  return typeOf(state, first.entity) === 'person' ? first.entity : null;
}

/**
 * Who wrote the text an `it` stands for: the speaker of the sentence before when it introduces a
 * document (`he posted an image of a text message`), else no one.
 */
function documentAuthor(state: QuoteState, sentence: number): string | null {
  const before = state.sentences[sentence - 1];
  if (!before) return null;
  const words =
    state.text
      .slice(before.start, before.end)
      .toLowerCase()
      .match(/[a-z-]+/g) ?? [];
  const noun = words.find((w) => DOCUMENT_NOUNS.has(w) || DOCUMENT_NOUNS.has(w.replace(/s$/, '')));
  return noun ? (author(state, noun.replace(/s$/, ''), sentence) ?? null) : null;
}

/**
 * The organisation the sentence before opens with (`Samsung has now confirmed … . In a statement, a
 * company spokesperson told …`): whom an unnamed spokesperson right after speaks for.
 */
function previousOpener(state: QuoteState, sentence: number): string | null {
  const before = state.sentences[sentence - 1];
  if (!before) return null;
  const opener = clauseOpener(state, before.start, before.end);
  return opener?.kind === 'mention' && typeOf(state, opener.mention.entity) === 'organization'
    ? opener.mention.entity
    : null;
}

interface Event {
  readonly at: number;
  readonly speaker: string | null;
  readonly text: string | null;
  readonly gender: 'm' | 'f' | null;
  /** A quotation's own attribution, when the event is a quotation. */
  readonly cue?: Cue | null;
}

/** The gender the article's words give a cue's speaker: its pronoun or description, else the text's evidence. */
function genderOf(state: QuoteState, cue: Cue): 'm' | 'f' | null {
  const s = cue.subject;
  if (s?.kind === 'pronoun' && (s.gender === 'm' || s.gender === 'f')) return s.gender;
  if (s?.kind === 'description' && (s.gender === 'm' || s.gender === 'f')) return s.gender;
  const g = cue.speaker ? state.textGenders.get(cue.speaker) : undefined;
  return g === 'm' || g === 'f' ? g : null;
}

export function resolveSpeakers(state: QuoteState): void {
  const speakers: Spoken[] = [];
  /** Who the last cue with each definite role description (`the brother`) was found to be, and where. */
  const described = new Map<string, { entity: string; sentence: number }>();
  // A cue of any verb that opens whole sentences of speech (`Roe called Doe “a gift. He’d just get on
  // with it.”`) has its subject speaking, as `said` does.
  const speaking = new Set(state.marks.flatMap((m) => (m.cue && m.kind === 'direct' ? [m.cue] : [])));
  for (const cue of state.cues) {
    const s = cue.subject;
    // (`the Velmora leader` and `the Orsk leader` are two roles: the qualifier is part of it.)
    const role =
      s?.kind === 'description' && s.refers === 'role' && s.definite
        ? s.org
          ? `${s.org.text.toLowerCase()} ${s.head}`
          : s.head
        : null;
    // `The brother told CBS …. “…,” the brother said`: a description repeated within a few sentences
    // is the one it was just found to be, whoever else has been named meanwhile.
    const last = role === null ? undefined : described.get(role);
    cue.speaker =
      last !== undefined && cue.sentence - last.sentence <= REPEATED_DESCRIPTION_REACH
        ? last.entity
        : resolveSubject(state, cue, speakers);
    if (role !== null && cue.speaker) described.set(role, { entity: cue.speaker, sentence: cue.sentence });
    if (
      cue.speaker &&
      (SPEAKING_RE.test(cue.verb) || speaking.has(cue)) &&
      markAround(state, cue.at) === null
    ) {
      const s = cue.subject;
      const spokes = s?.kind === 'description' && (SPOKES_NOUNS.has(s.head) || DOCUMENT_NOUNS.has(s.head));
      speakers.push({ entity: cue.speaker, at: cue.at, sentence: quotedThrough(state, cue), spokes });
    }
  }
  const { text } = state;
  const narrative = state.cues.filter((c) => c.subject !== null && markAround(state, c.at) === null);
  let k = 0;
  let lastCue: Cue | null = null;
  let lastMark: Event | null = null;
  for (const mark of state.marks) {
    if (!mark.kind) continue;
    const cue = mark.cue;
    if (cue) {
      mark.speaker = cue.speaker ?? null;
      mark.speakerText = cue.subject?.text ?? null;
      mark.speakerGender = mark.speaker ? genderOf(state, cue) : null;
    } else if (mark.kind === 'direct' && mark.parent === null) {
      // (A cue inside what an earlier cue of its sentence reports, `Bajc said … authorities believed …`,
      // whose subject is no one named, does not take over from the one who spoke.)
      while (k < narrative.length && narrative[k]!.at < mark.open) {
        const next = narrative[k++]!;
        if (!(lastCue?.speaker && !next.speaker && next.sentence === lastCue.sentence)) lastCue = next;
      }
      // A quotation's own attribution after it (`“…,” stated Roe.`) is still that quotation, which may go on.
      const lastOwn: Cue | null | undefined = (lastMark as Event | null)?.cue;
      const ownCue: boolean =
        lastCue !== null && (lastOwn === lastCue || sourceOfAttribution(lastCue, lastOwn));
      const lastCueEvent: Event | null =
        lastCue && !ownCue && (!lastMark || lastCue.at > lastMark.at)
          ? {
              at: lastCue.at,
              speaker: lastCue.speaker ?? null,
              text: lastCue.subject?.text ?? null,
              gender: lastCue.speaker ? genderOf(state, lastCue) : null,
            }
          : null;
      const event: Event | null = lastCueEvent ?? lastMark;
      const block: number = blockAt(state, mark.open);
      const eventBlock: number = event ? blockAt(state, event.at) : -2;
      const opensBlock = block >= 0 && OPENS_RE.test(text.slice(state.blocks[block]!.start, mark.open));
      // The paragraph before, over any heading or caption line set between two paragraphs of a quote.
      // Only a quotation goes on over such a line: a narrative cue before it is another paragraph's.
      let previous = block - 1;
      if (event !== null && event === lastMark && state.blocks[eventBlock]?.kind !== 'heading')
        while (previous > eventBlock && setBetween(state, previous)) previous--;
      // `“…” That was how Ana Roe put it.`: the sentence after names whose words they were, over any
      // speaker going on from before.
      const namedAfter = namerAfter(state, mark, block);
      const introduced: Pick<Mention, 'entity' | 'text'> | null =
        namedAfter ?? (event && eventBlock === block ? null : introducedBy(state, mark, block, speakers));
      if (introduced) {
        mark.speaker = introduced.entity;
        mark.speakerText = introduced.text;
        mark.speakerGender = null;
      } else if (
        event &&
        (eventBlock === block ||
          // (An organisation a paragraph's facts are `according to` says nothing the next paragraph goes
          // on with; a person it names may: `according to Ana Roe, director of …` then her words.)
          (eventBlock === previous &&
            opensBlock &&
            !(
              event === lastCueEvent &&
              lastCue?.form === 'according' &&
              (event.speaker === null || typeOf(state, event.speaker) !== 'person')
            )))
      ) {
        mark.speaker = event.speaker;
        mark.speakerText = event.text;
        mark.speakerGender = event.gender;
      } else {
        // `“…” Roe reminded senators that …`: a paragraph that opens on a whole quotation and goes on with
        // one named speaker's cue is that speaker's.
        const following: Cue | null = opensBlock ? cueOpeningNextSentence(state, mark, block) : null;
        mark.speaker = following?.speaker ?? null;
        mark.speakerText = following?.subject?.text ?? null;
        if (following) mark.speakerGender = genderOf(state, following);
      }
    } else {
      mark.speaker = null;
      mark.speakerText = null;
    }
    if (mark.parent === null)
      lastMark = {
        at: mark.close - 1,
        speaker: mark.speaker,
        text: mark.speakerText,
        gender: mark.speakerGender ?? null,
        cue: mark.cue ?? null,
      };
  }
  inheritRepeatedWords(state);
  // A short fragment only named with a word (`called themselves “hobbyists”`) by no one named is a term.
  for (const m of state.marks)
    if (
      m.kind === 'partial' &&
      !m.speaker &&
      m.cue &&
      NAMING_RE.test(m.cue.verb) &&
      (!m.cue.subject ||
        unnamed(m.cue) ||
        /^\s+(?:themselves|itself|himself|herself)\b/.test(text.slice(m.cue.end, m.cue.end + 12))) &&
      text.slice(m.start, m.end).split(/\s+/).length <= SHORT_TERM
    )
      m.kind = null;
}

/**
 * Whether `cue` is an `according to` in the sentence of a quotation's own attribution (`“…,” Roe said in
 * an interview, according to a statement from the Vatican.`): it names the source the words came
 * through, so the next quotation still goes on with the speaker's words, not the source's.
 */
function sourceOfAttribution(cue: Cue, own: Cue | null | undefined): boolean {
  return cue.form === 'according' && own !== null && own !== undefined && own.sentence === cue.sentence;
}

/**
 * The cue that opens the sentence right after a quotation, in its paragraph, with a name as its subject
 * (`“…” Roe reminded senators that …`), when the quotation ends its own sentence: or null.
 */
function cueOpeningNextSentence(state: QuoteState, mark: Marked, block: number): Cue | null {
  const { sentences } = state;
  const closing = sentenceAt(sentences, Math.max(mark.open, mark.close - 1));
  const next = sentences[closing + 1];
  if (!next || blockAt(state, next.start) !== block || next.start < mark.close) return null;
  const cue = cuesIn(state, next.start, next.end)[0];
  if (!cue?.speaker || cue.subject?.kind !== 'mention' || cue.form !== 'verb') return null;
  // The name opens the sentence (`Roe said`, not `Officials told Roe`).
  if (cue.subject.mention.start - next.start > 2) return null;
  return cue;
}

/**
 * What opens a sentence that names whose words the quotation before it were, up to their name: `That was
 * how `, `That was the verdict of `, `Those were the words of Dr `.
 */
const NAMER_RE =
  /^\s*(?:That|This|Those|Such)\s+(?:was|were|is)\s+(?:how|the\s+(?:\p{Ll}+\s+)?(?:verdict|assessment|view|reaction|message|warning|words?|conclusion|response|answer|advice|judge?ment|opinion|explanation|prediction)\s+(?:of|from))\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?\s+)?$/u;

/**
 * The person (or body) the sentence right after a quotation names as its speaker (`“…” That was the
 * assessment of Ana Roe, a former official.`), in the quotation's paragraph, when the quotation ends
 * its own sentence: or null.
 */
function namerAfter(state: QuoteState, mark: Marked, block: number): Mention | null {
  const { sentences, text } = state;
  const closing = sentenceAt(sentences, Math.max(mark.open, mark.close - 1));
  const next = sentences[closing + 1];
  if (!next || blockAt(state, next.start) !== block || next.start < mark.close) return null;
  const named = mentionsIn(state, next.start, next.end)[0];
  if (!named || !canSpeak(state, named)) return null;
  return NAMER_RE.test(text.slice(next.start, named.start)) ? named : null;
}

/** Only space before a quotation's mark in its paragraph: the first of a doubled single (`''We will…''`) too. */
const OPENS_RE = /^\s*'?$/;

/** Words of a line set between two paragraphs of one quotation: a heading, a video's title, a pull quote. */
const BETWEEN_MAX_WORDS = 20;

/**
 * Whether block `i` is a line a page sets between paragraphs (a heading, a caption, a pull quote and its
 * speaker's name: `Chris Grayling on Croydon tram crash`), not a paragraph: a heading, or a short line
 * that ends without a sentence's closing punctuation and holds no quotation mark.
 */
function setBetween(state: QuoteState, i: number): boolean {
  const block = state.blocks[i];
  if (!block) return false;
  if (block.kind === 'heading') return true;
  const line = state.text.slice(block.start, block.end).trim();
  if (line === '' || /[.!?…:;"“”‘’']$/.test(line) || /["“”]/.test(line)) return false;
  return line.split(/\s+/).length <= BETWEEN_MAX_WORDS;
}

/** A written work and its author's name after it: `a poem by the artist `, `a letter written by `. */
const WORK_BY_RE =
  /\b(?:poem|poems|song|lyrics|letter|essay|verse|verses|lines|note|message|prayer|speech)\s+(?:(?:written|penned|composed)\s+)?by\s+(?:the\s+)?(?:[a-z-]+\s+)?$/;

/** Someone's words, verdict or answer, then what opens the quotation: `verdict: `, `words, `, `message was simple: `. */
const OWN_WORDS =
  '\\s+(?:own\\s+)?(?:words|verdict|response|reply|answer|message|advice|explanation|warning|assessment|conclusion|plea)(?:\\s+(?:was|is)\\s+[a-z]+)?\\s*[:,]\\s*$';
/** `Vance’s verdict: `, `In Vance’s words, `: a person's words, verdict or answer, right before a quotation. */
const WHOSE_WORDS_RE = new RegExp(`^(?:In\\s+)?([^,:;“”"]{2,60}?)[’']s?${OWN_WORDS}`);
/** `Her verdict: `, `In his words, `: the words of the one the pronoun stands for. */
const PRONOUN_WORDS_RE = new RegExp(`^(?:In\\s+)?(His|Her|his|her)${OWN_WORDS}`);
/** `In the words of Ana Roe, `. */
const IN_THE_WORDS_OF_RE = /^In\s+the\s+words\s+of\s+([^,:;“”"]{2,60}),\s*$/;

/**
 * The person a quotation's paragraph has just introduced, when the quotation opens the sentence right
 * after (`Yoshihiro Roe, 77, opposed the idea. “The commitment we made …”`): the person who opens that
 * sentence, which holds no quotation and no speech cue of its own.
 */
function introducedBy(
  state: QuoteState,
  mark: Marked,
  block: number,
  speakers: readonly Spoken[],
): Pick<Mention, 'entity' | 'text'> | null {
  const { text, sentences } = state;
  const si = sentenceAt(sentences, mark.open);
  const own = sentences[si];
  if (!own) return null;
  // `Premier League spokesman Dan Roe ruled out a reduction: “…”`: the sentence's subject, then a colon.
  const lead = text.slice(own.start, mark.open);
  // `Vance’s verdict: “…”`, `In Vance’s words, “…”`, `In the words of Ana Roe, “…”`: whose words they are.
  const whose = WHOSE_WORDS_RE.exec(lead) ?? IN_THE_WORDS_OF_RE.exec(lead);
  if (whose && cuesIn(state, own.start, mark.open).length === 0) {
    const end = own.start + whose.index + whose[0].indexOf(whose[1]!) + whose[1]!.length;
    const named = mentionsIn(state, own.start, end).filter(
      (m) => m.end === end && typeOf(state, m.entity) === 'person',
    );
    if (named.length > 0) return named[named.length - 1]!;
  }
  const pronounWords = PRONOUN_WORDS_RE.exec(lead);
  if (pronounWords && cuesIn(state, own.start, mark.open).length === 0) {
    const gender = pronounWords[1]!.toLowerCase() === 'his' ? 'm' : 'f';
    const entity = salient(state, own.start, 'person', gender, speakers);
    if (entity !== null) return { entity, text: pronounWords[1]! };
  }
  if (/:\s*$/.test(lead) && !/[“”"]/.test(lead) && cuesIn(state, own.start, mark.open).length === 0) {
    // `Lorde stitched a poem by the artist Jenny Roe into her dress: “…”`: the words are the work's, its author's.
    const author = mentionsIn(state, own.start, mark.open).find(
      (m) =>
        typeOf(state, m.entity) === 'person' &&
        WORK_BY_RE.test(text.slice(Math.max(own.start, m.start - 40), m.start)),
    );
    if (author) return author;
    const opener = clauseOpener(state, own.start, mark.open);
    // Only the one person of the clause: `Lorde stitched Jenny Roe’s words into her dress: “…”` is no one's.
    if (
      opener?.kind === 'mention' &&
      typeOf(state, opener.mention.entity) === 'person' &&
      !mentionsIn(state, opener.mention.end, mark.open).some(
        (m) => m.entity !== opener.mention.entity && typeOf(state, m.entity) === 'person',
      )
    )
      return opener.mention;
  }
  const before = sentences[si - 1];
  if (!before || !/^[\s“"‘']*$/.test(lead)) return null;
  const beforeBlock = blockAt(state, before.start);
  // The paragraph before, a sentence that only introduces someone (`Witness Chris Roe was staying
  // nearby.`), for a quotation that opens the next paragraph alone.
  const opensBlock = block >= 0 && OPENS_RE.test(text.slice(state.blocks[block]!.start, mark.open));
  const introducing =
    beforeBlock === block ||
    (beforeBlock === block - 1 &&
      opensBlock &&
      state.blocks[beforeBlock]!.start === before.start &&
      /\.\s*$/.test(text.slice(before.start, before.end)) &&
      !setBetween(state, beforeBlock));
  if (!introducing) return null;
  const words = text.slice(before.start, before.end);
  if (/[“”"]/.test(words) || cuesIn(state, before.start, before.end).length > 0) return null;
  const opener = clauseOpener(state, before.start, before.end);
  // `She has a simple explanation. ¶ “…”`: a pronoun opening the sentence, for the one it stands for.
  const pronoun = opener === null ? /^\s*(He|She)\s+\p{Ll}/u.exec(words) : null;
  if (pronoun) {
    // (Not after a sentence opening on a name the analysis does not know: `Dan (not his real name) ….
    // He doesn't …` is Dan, not the last person it did know.)
    const earlier = state.sentences[si - 2];
    const unknownOpener =
      earlier !== undefined &&
      /^\s*\p{Lu}\p{Ll}+\s/u.test(earlier.text) &&
      !/^\s*(?:The|A|An|In|On|At|But|And|This|That|It|He|She|They|We|I)\s/.test(earlier.text) &&
      clauseOpener(state, earlier.start, earlier.end) === null;
    const entity = unknownOpener
      ? null
      : salient(state, before.start, 'person', pronoun[1] === 'He' ? 'm' : 'f', speakers);
    return entity === null ? null : { entity, text: pronoun[1]! };
  }
  if (opener?.kind !== 'mention' || typeOf(state, opener.mention.entity) !== 'person')
    return passiveAgent(state, before.start, before.end);
  return opener.mention;
}

/** A passive that tells how something was put, right before its agent: `was summed up by `, `was described by `. */
const PUT_BY_RE =
  /\b(?:summed up|summari[sz]ed|described|put|explained|captured|expressed|echoed|voiced|shared)\s+by\s+(?:the\s+)?$/;

/**
 * The agent of a sentence that tells who put something into words (`The mood was summed up by Mandy
 * Roe, a New Yorker. “It is morose.”`), when that person is the only one it names; else null.
 */
function passiveAgent(state: QuoteState, from: number, to: number): Mention | null {
  const people = mentionsIn(state, from, to).filter((m) => typeOf(state, m.entity) === 'person');
  const first = people[0];
  if (!first || people.some((m) => m.entity !== first.entity)) return null;
  return PUT_BY_RE.test(state.text.slice(Math.max(from, first.start - 30), first.start)) ? first : null;
}

/** Whether a cue says the speaker is someone the text leaves unnamed (`a witness said`, `I said`). */
function unnamed(cue: Cue | null | undefined): boolean {
  const s = cue?.subject;
  return (
    (s?.kind === 'description' && s.refers === 'unnamed') || (s?.kind === 'pronoun' && s.gender === 'self')
  );
}

/** The folded opening words of a quotation: the key under which a repeated quote is found. */
function openingWords(text: string): string | null {
  const words = plainWords(text.slice(0, 80));
  return words.length >= 24 ? words.slice(0, 24) : null;
}

/**
 * A quotation the article gives twice (a standfirst or caption repeating the body) has the speaker the
 * attributed copy has, when the unattributed one has none.
 */
function inheritRepeatedWords(state: QuoteState): void {
  const { text } = state;
  const known = new Map<string, { speaker: string; text: string | null; gender: 'm' | 'f' | null }>();
  for (const m of state.marks) {
    if (!m.kind || !m.speaker || !m.cue) continue;
    const key = openingWords(text.slice(m.start, m.end));
    if (key && !known.has(key))
      known.set(key, { speaker: m.speaker, text: m.speakerText ?? null, gender: m.speakerGender ?? null });
  }
  if (known.size === 0) return;
  const marks = state.marks;
  marks.forEach((m, i) => {
    if (!m.kind || m.speaker || unnamed(m.cue)) return;
    const key = openingWords(text.slice(m.start, m.end));
    // A pull quote's words may sit inside the attributed quotation (`“We ran out of fuel.”` … `“And now
    // …: we ran out of fuel.”`): among the nearby quotations only, so the work stays linear.
    // (Not words quoted inside a longer quotation: `… shouting: ‘He’s armed.’ …` are someone else's.)
    const words = key === null || m.parent !== null ? null : plainWords(text.slice(m.start, m.end));
    const copy =
      (key ? known.get(key) : undefined) ?? (words === null ? undefined : containing(state, i, words));
    if (copy) {
      m.speaker = copy.speaker;
      m.speakerText = copy.text;
      m.speakerGender = copy.gender;
    }
  });
}

/** How many quotations either side a pull quote's words are looked for in. */
const PULL_QUOTE_REACH = 40;

/** A quotation's words, lower case, in single spaces, for finding them inside another. */
const plainWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The speaker of an attributed quotation near mark `i` that holds `words`, or undefined. */
function containing(
  state: QuoteState,
  i: number,
  words: string,
): { speaker: string; text: string | null; gender: 'm' | 'f' | null } | undefined {
  const marks = state.marks;
  for (let j = Math.max(0, i - PULL_QUOTE_REACH); j < Math.min(marks.length, i + PULL_QUOTE_REACH); j++) {
    const c = marks[j]!;
    if (j === i || !c.kind || !c.speaker || c.end - c.start <= words.length) continue;
    // (Another copy, not the quotation around it.)
    if (c.open <= marks[i]!.open && c.close >= marks[i]!.close) continue;
    if (plainWords(state.text.slice(c.start, c.end)).includes(words))
      return { speaker: c.speaker, text: c.speakerText ?? null, gender: c.speakerGender ?? null };
  }
  return undefined;
}

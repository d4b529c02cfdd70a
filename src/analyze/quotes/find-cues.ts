/**
 * @module analyze/quotes/find-cues
 * Step `findCues`: every speech cue of the article with its subject, sentence by sentence: `X said`,
 * `said X` after a quote, `according to X`, and participles that go on their clause's subject
 * (`..., saying`). A passive (`was called`, `is said to`) is no cue. Cues inside a quotation are kept
 * for the quotations nested in it (`He said: ‘I promise you…’` inside someone's account).
 */
import { sentenceAt } from '../sentences.js';
import {
  type Cue,
  inCredit,
  lastCloseBefore,
  type Marked,
  markAround,
  mentionsIn,
  type QuoteState,
  type Subject,
  typeOf,
} from './state.js';
import {
  canSpeak,
  clauseOpener,
  sourceAfter,
  subjectAfter,
  subjectBefore,
  unnamedOpener,
} from './subjects.js';
import { onlyCapitalisedWordsFrom, runFrom, spaceFrom } from './word-runs.js';
import {
  ANONYMITY_RE,
  DOCUMENT_NOUNS,
  INVERTING,
  PARTICIPLE_RE,
  PRONOUN_GENDER,
  RECIPIENT_BEFORE_RE,
  SIGNATURE_VERB,
  scanCues,
} from './words.js';

/**
 * Whether a quotation ends the reporter's clause before a participle: a whole quotation does; a fragment
 * or a term in marks inside the clause (`She addressed her “proud” gaffe, saying …`) does not, so when
 * the words after the fragment hold no subject, the participle's subject is read from the clause's start.
 */
const endsClause = (m: Marked): boolean => m.kind === 'direct';

/** Whether a mark holds someone's words (a quote or fragment), not a title or a name. */
const isWords = (m: Marked): boolean => m.kind !== null;

/**
 * Words that make an infinitive cue a finite one with its own subject: what someone is about to say
 * (`“It’s finally over,” McConnell is expected to say`, `Roe is set to tell the crowd`).
 */
const FUTURE_BEFORE_RE =
  /\b(?:is|are|was|were)\s+(?:expected|set|due|scheduled|poised|going|likely)\s+$|\b(?:plans?|planned|intends?|intended)\s+$/;

/** How far back a subject is looked for, in characters. */
const SUBJECT_WINDOW = 200;
/**
 * A passive before the verb (`was told`, `is widely said`, `it is often said`): no one speaking. An
 * adverb of frequency alone is not one (`he often said`).
 */
const PASSIVE_RE =
  /\b(?:(?:was|were|been|be|is|are|being|get|gets|got|so)\s+(?:[a-z]+ly\s+)?|(?:it|was|were|been|be|is|are|[’']s)\s+(?:widely|often|commonly)\s+)$/i;
/** `has added`, `have now added`: a perfect, before a verb that may add a thing rather than a remark. */
const PERFECT_BEFORE_RE = /\b(?:has|have|had)\s+(?:\w+ly\s+|now\s+|also\s+)?$/i;
/** An object after `added`: a thing or amount added, not words (`added value added tax`, `added 2,000 jobs`). */
const OBJECT_AFTER_RE = /^\s+(?:a|an|the|some|more|new|another|its|their|value|\d)/i;
/** A verb of saying followed by `to be` / `to have` is a passive without its `is` (`some said to be`). */
const HEARSAY_AFTER_RE = /^\s+to\s+(?:be|have)\b/;
/** A participle's clause subject: a name followed by a verb-like word, not a possessive or an object. */
const OBJECT_BEFORE_RE =
  /\b(?:of|to|from|with|by|for|at|in|on|about|against|between|as|than|like|into)\s+(?:the\s+)?$/i;

/** Inside a relative clause opened after a comma and not yet closed (`, who’s the sister of …`). */
const IN_RELATIVE_RE = /,\s(?:who|whose|whom|which|who[’']s)\b[^,]*$/;
/** Characters read back for such a clause's opening. */
const RELATIVE_REACH = 80;

/** `, with X saying`: the participle's own subject X (no comma or clause between). */
const WITH_SUBJECT_RE = /(?:^|[\s,])with\s+([^,;:“”"]{1,120}?)\s+$/;

/** The subject of a participle (`Haley dismissed the offer, calling it...`): the nearest name that heads a clause. */
/**
 * The subject of a participle after a comma (`Roe struck a softer note on Tuesday, urging Doe to “come to
 * the table”`): the name the sentence opens with, else the clause's subject.
 */
function participleSubject(
  state: QuoteState,
  scopeStart: number,
  clauseStart: number,
  from: number,
  at: number,
): Subject | null {
  // (`The Department of Justice has reacted by saying …`: the clause's subject speaks, by the participle.)
  // (An adverb may stand between: `…, instead saying`, `…, also telling`.)
  const afterComma = AFTER_COMMA_RE.test(state.text.slice(Math.max(from, at - 16), at));
  // (So may another participle it is joined to, over a fragment in marks: `Roe took to Twitter …,
  // slamming the move as a “witch-hunt” and declaring`: the clause the sentence opens with.)
  const joined = JOINED_PARTICIPLE_RE.test(
    state.text.slice(Math.max(scopeStart, at - JOINED_PARTICIPLE_REACH), at),
  );
  return (
    relativeSubject(state, from, at) ??
    (joined ? clauseOpener(state, scopeStart, at) : null) ??
    (afterComma ? (clauseOpener(state, clauseStart, at) ?? unnamedOpener(state, clauseStart, at)) : null) ??
    clauseSubject(state, from, Math.max(clauseStart, at - SUBJECT_WINDOW), at)
  );
}

/** A participle's comma (or `by`) right before it, an adverb allowed between. */
const AFTER_COMMA_RE = /(?:,|\bby)\s*(?:(?:instead|also|then|again|later|further|even|repeatedly)\s+)?$/;

/** A determiner or quantifier right before a word: what follows is a noun phrase's. */
const DETERMINER_BEFORE_RE =
  /\b(?:the|a|an|its|his|her|their|our|your|this|these|those|various|several|many|some|any|no|such|early)\s+$/i;
/** A lower-case word after a modifier that is no preposition or conjunction: the noun it modifies. */
const NOUN_AFTER_RE = /^\s+(?!(?:that|to|of|about|from|by|against|on|in|for|with|and|or|as|at)\b)\p{Ll}+\b/u;
/** A participle after a comma, then `and` right before this one: `, slamming the move and `. */
const JOINED_PARTICIPLE_RE = /,\s+\p{Ll}+ing\s[^,;:]*\band\s+$/u;
/** How far back such a joined participle is looked for. */
const JOINED_PARTICIPLE_REACH = 160;

/** `, he declined, ` right before a participle: a clause with a pronoun subject and its verb. */
const PRONOUN_CLAUSE_RE = /,\s+(he|she|they)\s+(?:then\s+|also\s+)?[a-z]+ed,\s+$/;

/** `, who on Saturday held a news conference ` right before a participle: the relative clause it is in. */
const RELATIVE_CLAUSE_RE = /,\s+who\s+[^,;:“”"]{1,120}$/;
/** How far before the relative clause its antecedent may be named (a name and an appositive). */
const ANTECEDENT_REACH = 120;

/**
 * The subject of a participle inside a relative clause (`… populists like Ana Roe, the leader of the
 * party, who on Saturday held a news conference to declare that …`): the person the clause hangs on, the
 * last one named before its comma.
 */
function relativeSubject(state: QuoteState, from: number, at: number): Subject | null {
  const lead = state.text.slice(Math.max(from, at - 160), at);
  const relative = RELATIVE_CLAUSE_RE.exec(lead);
  if (!relative) return null;
  const comma = at - lead.length + relative.index;
  const person = mentionsIn(state, Math.max(from, comma - ANTECEDENT_REACH), comma)
    .filter((m) => m.end <= comma && typeOf(state, m.entity) === 'person')
    .at(-1);
  return person ? { kind: 'mention', mention: person, text: person.text } : null;
}

function clauseSubject(state: QuoteState, from: number, clauseFrom: number, at: number): Subject | null {
  const { text } = state;
  const before = subjectBefore(state, from, at);
  if (before) return before;
  const named = mentionsIn(state, clauseFrom, at).filter((m) => {
    const t = typeOf(state, m.entity);
    if (t !== 'person' && t !== 'organization') return false;
    if (/^[’']s\b/.test(text.slice(m.end, m.end + 3))) return false;
    if (markAround(state, m.start) !== markAround(state, at)) return false;
    const lead = text.slice(Math.max(clauseFrom, m.start - 20), m.start);
    // (Nor one named inside a relative clause about another: `Roe, who’s the sister of chair Ivo Dorn, …`.)
    return (
      !OBJECT_BEFORE_RE.test(lead) &&
      !RECIPIENT_BEFORE_RE.test(lead) &&
      !IN_RELATIVE_RE.test(text.slice(Math.max(clauseFrom, m.start - RELATIVE_REACH), m.start))
    );
  });
  const last = named[named.length - 1];
  if (last) return { kind: 'mention', mention: last, text: last.text };
  // `South Korea retaliated by threatening to “exterminate” …`: a state opening the clause acts in it,
  // by the participle (`by threatening`) of its own verb.
  const opener = mentionsIn(state, clauseFrom, at)[0];
  if (
    opener &&
    /\bby\s+$/.test(text.slice(Math.max(clauseFrom, at - 4), at)) &&
    typeOf(state, opener.entity) === 'place' &&
    canSpeak(state, opener) &&
    /^\s*(?:the\s+)?$/i.test(text.slice(clauseFrom, opener.start))
  )
    return { kind: 'mention', mention: opener, text: opener.text };
  // `He ruled out another cut, telling reporters …`: a pronoun opening the clause, or right after the
  // clause's opening participle (`Speaking on the radio he bypassed the question, saying …`).
  return (
    openingPronoun(text, clauseFrom, at, CLAUSE_PRONOUN_RE) ??
    openingPronoun(text, clauseFrom, at, AFTER_OPENING_PARTICIPLE_RE)
  );
}

/** A pronoun after a clause's opening participle phrase, with no comma: `Speaking on the radio he …`. */
const AFTER_OPENING_PARTICIPLE_RE =
  /^\s*(?:Speaking|Writing|Talking|Appearing|Responding|Asked)\b[^,;:“”"]{0,80}?\s(he|she|they)\s+(?:also\s+)?\p{Ll}+(?:ed|s)\b/u;

/** A capitalised pronoun opening a clause (`He ruled out …`). */
const CLAUSE_PRONOUN_RE = /^\s*(He|She|They|It|We|I)\b/;
/** A person's pronoun opening the words after a comma (`, she tried …`). */
const PERSON_PRONOUN_RE = /^\s*(he|she|they|He|She|They)\b/;

/** The pronoun `pronouns` reads at the start of `text[from, to)`, as a subject, or null. */
function openingPronoun(text: string, from: number, to: number, pronouns: RegExp): Subject | null {
  const m = pronouns.exec(text.slice(from, to));
  const gender = m ? PRONOUN_GENDER.get(m[1]!.toLowerCase()) : undefined;
  return m && gender ? { kind: 'pronoun', at: from + m[0].length - m[1]!.length, text: m[1]!, gender } : null;
}

/** `X was quoted (by the Ledger) as` (or without `as`, or `cited`) before `saying`: the passive's subject X. */
const QUOTED_PASSIVE_RE =
  /\b(?:was|were|is|are|been|being)\s+(?:quoted|cited)\b[^.;:“”"]{0,100}?\s(?:as\s)?\s*$/;
/** `the Ledger quoted X as` (or `cited X as`) before `saying`: the object X. */
const QUOTED_ACTIVE_RE = /\b(?:quot|cit)(?:ed|es|ing)\s+([^,;:“”"]{1,100}?)\s+as\s+$/;

/** The one quoted in `X was quoted as saying` or `the Ledger quoted X as saying`, or null. */
function quotedSubject(state: QuoteState, from: number, at: number): Subject | null {
  const lead = state.text.slice(Math.max(from, at - 160), at);
  const base = at - lead.length;
  const passive = QUOTED_PASSIVE_RE.exec(lead);
  if (passive) return subjectBefore(state, from, base + passive.index);
  const active = QUOTED_ACTIVE_RE.exec(lead);
  if (
    !active ||
    /^\s*(?:was|were|is|are|been|being)\s/.test(lead.slice(Math.max(0, active.index - 8), active.index))
  )
    return null;
  const objectStart = base + active.index + active[0].indexOf(active[1]!);
  return subjectBefore(state, objectStart, objectStart + active[1]!.length);
}

/** Characters of a title's word after its capital (`Prime`, `Rev.`). */
const TITLE_WORD_RE = /[\p{L}.]/u;
/** Titles that may stand between an inverted verb and its subject's name. */
const MAX_TITLES_BEFORE_NAME = 3;

/** Whether `between` (an inverted verb's end to its subject's name) is white space and titles only (`said Prime Minister Roe`). */
function onlyTitlesBeforeName(between: string): boolean {
  const at = spaceFrom(between, 0);
  return at > 0 && onlyCapitalisedWordsFrom(between, at, MAX_TITLES_BEFORE_NAME, TITLE_WORD_RE);
}
/** Verbs whose next name is the one spoken to (`…, told the Daily Roe`), not the speaker. */
const LISTENING_AFTER = new Set([
  'told',
  'tells',
  'asked',
  'asks',
  'informed',
  'informs',
  'assured',
  'thanked',
]);

/** A participle opening a sentence whose clause says what someone calls or judges a thing. */
const OPENING_PARTICIPLE_RE =
  /^(Calling|Describing|Declaring|Deeming|Dubbing|Branding|Labell?ing|Hailing|Praising|Dismissing|Considering|Terming)\s/;

/**
 * `Calling the release “significant,” Ana Roe said …`, `Describing the plan as “a disaster”, Mayor Ivo
 * Marr refused …`: a participle opening the sentence, whose subject is the one its main clause opens on
 * after the participle's clause (the first comma outside quotation marks).
 */
function openingParticiple(
  state: QuoteState,
  start: number,
  end: number,
): Omit<Cue, 'sentence' | 'form'> | null {
  const { text } = state;
  const lead = /^[\s“"‘']*/.exec(text.slice(start, start + 4))![0].length;
  const m = OPENING_PARTICIPLE_RE.exec(text.slice(start + lead, start + lead + 16));
  if (!m) return null;
  const at = start + lead;
  for (let i = text.indexOf(',', at); i !== -1 && i < end; i = text.indexOf(',', i + 1)) {
    // A comma inside quotation marks ends the clause only right before the closing mark (`“smart,” Roe`).
    const closing = /^[”"’']/.test(text[i + 1] ?? '');
    if (markAround(state, i) !== null && !closing) continue;
    const from = closing ? i + 2 : i + 1;
    const subject = clauseOpener(state, from, end) ?? pronounOpener(text, from);
    if (subject?.kind === 'pronoun' || (subject?.kind === 'mention' && canSpeak(state, subject.mention)))
      return { verb: m[1]!.toLowerCase(), at, end: at + m[1]!.length, subject };
  }
  return null;
}

/** Verbs whose object is the words' source (`Reuters cited the agency`, `the paper quoted Roe`). */
const CITING = new Set(['cited', 'cites', 'quoted', 'quotes']);
/** Where a cited source's name ends its clause, a noun of what it is allowed (`the Amaq agency.`). */
const SOURCE_END_RE =
  /^(?:\s+(?:news\s+)?(?:agency|website|site|newspaper|paper|outlet|channel|broadcaster|network|media))?\s*(?:[,.;]|$)/;
const AS_SAYING_RE = /^\s[^.;:“”"]{1,100}?\sas\s+saying\b/;

/** The source right after a citing verb (`cited the Amaq agency`), when a name that can speak ends the clause there. */
function citedSource(state: QuoteState, verbEnd: number, limit: number): Subject | null {
  // `Barr quoted from Mueller’s report`: the document's author said the words, not the one quoting
  // (from a document of no one named, no one named).
  const from = QUOTED_FROM_RE.exec(state.text.slice(verbEnd, Math.min(limit, verbEnd + 80)));
  if (from) {
    const owner = from[1] ? mentionsIn(state, verbEnd, verbEnd + from[0].length)[0] : undefined;
    if (owner && canSpeak(state, owner)) return { kind: 'mention', mention: owner, text: owner.text };
    const at = verbEnd + from[0].length - from[2]!.length;
    return {
      kind: 'description',
      at,
      text: from[2]!,
      refers: 'unnamed',
      head: from[2]!,
      definite: true,
      gender: null,
      org: null,
    };
  }
  const next = mentionsIn(state, verbEnd, Math.min(limit, verbEnd + 40))[0];
  if (!next || !canSpeak(state, next)) return null;
  if (!/^\s+(?:the\s+)?$/.test(state.text.slice(verbEnd, next.start))) return null;
  // `quoted Roe as saying` is read at `saying`; a name going on into a clause is not the source alone.
  if (!SOURCE_END_RE.test(state.text.slice(next.end, next.end + 24))) return null;
  return { kind: 'mention', mention: next, text: next.text };
}

/** What words are quoted from besides documents: `quoted from the ruling`, `from his speech`. */
const QUOTED_WORKS = ['book', 'speech', 'ruling', 'decision', 'opinion', 'testimony', 'review', 'audit'];
/** `quoted from Mueller’s report`, `quoted from the letter`: the document quoted and its owner, if named. */
const QUOTED_FROM_RE = new RegExp(
  `^\\s+from\\s+(?:(\\p{Lu}[\\p{L}.'’ -]{0,40}?)[’']s|the|a|an|his|her|their|its)\\s+(?:\\p{Ll}+\\s+)?(${[
    ...DOCUMENT_NOUNS,
    ...QUOTED_WORKS,
  ].join('|')})\\b`,
  'u',
);

/** A pronoun opening the clause at `from` (`, she tried …`), as a subject. */
function pronounOpener(text: string, from: number): Subject | null {
  return openingPronoun(text, from, from + 8, PERSON_PRONOUN_RE);
}

/**
 * Words said, named as a noun with the one who said them (`defended claims from Redford manager Kevin
 * Marlow that …`, `remarks by the minister`): the words in its clause are that speaker's.
 */
const SAID_BY_RE =
  /\b(claims|comments|remarks|warnings?|accusations|allegations|assertions?|criticism|complaints?|insistence)\s+(?:from|by)\s+/gi;

/**
 * Words someone heard another say (`she heard a man shout “Get down!”`, `heard the gunmen tell the
 * others:`): the one heard speaks, not the one who heard. The words after `heard` are scanned one by one
 * (at most `HEARD_REACH` before the verb), so no expression backtracks over them.
 */
const HEARD_RE = /\bheard\s+/gi;
const HEARD_VERBS = new Set(
  'shout shouting yell yelling scream screaming say saying tell telling whisper whispering cry crying call calling chant chanting order ordering'.split(
    ' ',
  ),
);
/** Words between `heard` and the verb: the one heard is named in a few. */
const HEARD_REACH = 8;
const HEARD_WORD_CHAR_RE = /[\p{L}\p{N}’'.-]/u;
const LETTER_CHAR_RE = /\p{L}/u;
const WORD_CHAR_RE = /[\p{L}\p{N}_]/u;

/** The verb of hearing's object (`shout` in `heard a man shout`) after one to eight words from `at`, or null. */
function heardVerb(text: string, at: number, to: number): { at: number; verb: string } | null {
  let word = at;
  for (let words = 0; words <= HEARD_REACH; words++) {
    const end = runFrom(text, word, HEARD_WORD_CHAR_RE);
    if (end === word || end > to) return null;
    // The verb as a whole word (`say.` ends at its stop; `sayings` is no `say`).
    const letters = runFrom(text, word, LETTER_CHAR_RE);
    const verb = text.slice(word, letters).toLowerCase();
    if (words > 0 && HEARD_VERBS.has(verb) && !WORD_CHAR_RE.test(text[letters] ?? ''))
      return { at: word, verb };
    const next = spaceFrom(text, end);
    if (next === end) return null;
    word = next;
  }
  return null;
}

/**
 * The matches of `re` (global) in text[from, to), each turned into a cue by `read` (null: none), after a
 * plain search for one of `needles` (most sentences hold none: the expression only runs where it may match).
 */
function cuesMatching(
  state: QuoteState,
  from: number,
  to: number,
  needles: readonly string[],
  re: RegExp,
  read: (m: RegExpExecArray, at: number) => Cue | null,
): Cue[] {
  const found: Cue[] = [];
  const window = state.text.slice(from, to);
  if (!needles.some((n) => window.includes(n))) return found;
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const cue = read(m, from + m.index);
    if (cue) found.push(cue);
  }
  return found;
}

/** The cues of words heard (`heard a man shout`), with the one heard as subject, in text[from, to). */
function heardSaying(state: QuoteState, from: number, to: number, sentence: number): Cue[] {
  return cuesMatching(state, from, to, ['heard', 'Heard'], HEARD_RE, (m, start) => {
    const named = start + m[0].length;
    const heard = heardVerb(state.text, named, to);
    if (!heard) return null;
    const subject = subjectBefore(state, named, heard.at);
    return {
      verb: heard.verb,
      at: heard.at,
      end: heard.at + heard.verb.length,
      sentence,
      form: 'verb',
      subject,
      heard: true,
    };
  });
}

/** The cues of nouns of speech with their speakers (`claims from Kevin Marlow`) in text[from, to). */
function saidBy(state: QuoteState, from: number, to: number, sentence: number): Cue[] {
  return cuesMatching(state, from, to, [' from ', ' by '], SAID_BY_RE, (m, at) => {
    const subject = subjectAfter(state, at + m[0].length - 1, to);
    if (subject?.kind !== 'mention' || !canSpeak(state, subject.mention)) return null;
    return { verb: m[1]!.toLowerCase(), at, end: at + m[1]!.length, sentence, form: 'verb', subject };
  });
}

export function findCues(state: QuoteState): void {
  const { text } = state;
  const cues: Cue[] = [];
  for (const s of state.sentences) {
    if (s.heading || inCredit(state, s.start)) continue;
    const opening = openingParticiple(state, s.start, s.end);
    if (opening) cues.push({ ...opening, sentence: s.index, form: 'participle' });
    const nominal = [
      ...saidBy(state, s.start, s.end, s.index),
      ...heardSaying(state, s.start, s.end, s.index),
    ].sort((a, b) => a.at - b.at);
    for (const found of scanCues(text, s.start, s.end)) {
      const { at, verb } = found;
      const end = at + verb.length;
      while (nominal.length > 0 && nominal[0]!.at < at) cues.push(nominal.shift()!);
      // `claims from Roe`: the noun's cue, read above, stands for this word.
      if (nominal[0]?.at === at) {
        cues.push(nominal.shift()!);
        continue;
      }
      if (verb !== 'according to' && PASSIVE_RE.test(text.slice(Math.max(s.start, at - 24), at))) continue;
      // `with some said to be “bright”`, `a man said to have fled`: hearsay, no one speaking.
      if (HEARSAY_AFTER_RE.test(text.slice(end, end + 12))) continue;
      // `the ministry has added value added tax`: a perfect `added` with an object adds a thing, says nothing.
      if (
        verb === 'added' &&
        PERFECT_BEFORE_RE.test(text.slice(Math.max(s.start, at - 12), at)) &&
        OBJECT_AFTER_RE.test(text.slice(end, end + 16))
      )
        continue;
      // `Trump insists on funding for a wall`: insisting on a thing demands it, says no words; nor does
      // going on doing something (`continues to slam X for complaining that …`).
      if (/^insist/.test(verb) && /^\s+on\b/.test(text.slice(end, end + 4))) continue;
      if (/^continue/.test(verb) && /^\s+(?:to|with)\b/.test(text.slice(end, end + 6))) continue;
      // `who asked not to be named`, `asked that his name not be used`: a request for anonymity says nothing.
      if (/^ask/.test(verb) && ANONYMITY_RE.exec(text.slice(end, end + 40))?.index === 1) continue;
      // `value added tax`: an adjective, no verb.
      if (verb === 'added' && /^\s+tax\b/i.test(text.slice(end, end + 8))) continue;
      // `ignored various warning signs`, `a calling card`: a participle between a determiner and a noun
      // is the noun's modifier, no clause going on from its subject (`a warning that …` is a statement).
      if (
        PARTICIPLE_RE.test(verb) &&
        DETERMINER_BEFORE_RE.test(text.slice(Math.max(s.start, at - 12), at)) &&
        NOUN_AFTER_RE.test(text.slice(end, end + 24))
      )
        continue;
      // `quoted Roe as saying`: read at `saying`, whose subject is the one quoted.
      if (CITING.has(verb) && AS_SAYING_RE.test(text.slice(end, end + 120))) continue;
      const inside = markAround(state, at);
      const scopeStart = inside ? Math.max(s.start, inside.start) : s.start;
      const scopeEnd = inside ? Math.min(s.end, inside.end) : s.end;
      // A title in marks (`the producer of “Night Proof,” admitted`) is part of the subject's words.
      const from = lastCloseBefore(state, Math.max(scopeStart, at - SUBJECT_WINDOW), at, isWords);
      let form: Cue['form'] = 'verb';
      let subject: Subject | null = null;
      const quoted = verb === 'saying' ? quotedSubject(state, from, at) : null;
      // (`McConnell is expected to say`: the infinitive's subject is the clause's, before its auxiliary.)
      const future = verb.startsWith('to ')
        ? FUTURE_BEFORE_RE.exec(text.slice(Math.max(from, at - 40), at))
        : null;
      if (verb === 'according to') {
        form = 'according';
        subject = sourceAfter(state, end, scopeEnd);
      } else if (quoted) {
        // `Roe was quoted by the Ledger as saying`, `the Ledger quoted Roe as saying`: Roe speaks.
        subject = quoted;
      } else if (PARTICIPLE_RE.test(verb) && !future) {
        form = 'participle';
        // `X insisted …, describing it as …`: the subject of the sentence's last speech verb.
        const previous = cues[cues.length - 1];
        // `Seoul welcomed it, with press secretary Yoon Roe saying …`: the participle has its own subject.
        const withClause = WITH_SUBJECT_RE.exec(text.slice(Math.max(from, at - SUBJECT_WINDOW), at));
        const own = withClause
          ? subjectBefore(state, at - withClause[0].length + withClause[0].indexOf(withClause[1]!), at)
          : null;
        // `When Winfrey asked …, he declined, saying …`: a clause of its own between them (a comma, a
        // pronoun and its verb) has the participle's subject; the earlier cue was another clause's.
        const lead = text.slice(Math.max(previous?.end ?? at, at - 60), at);
        const clause = previous?.sentence === s.index ? PRONOUN_CLAUSE_RE.exec(lead) : null;
        const pronoun: Subject | null = clause
          ? {
              kind: 'pronoun',
              at: at - lead.length + clause.index + clause[0].indexOf(clause[1]!),
              text: clause[1]!,
              gender: clause[1] === 'he' ? 'm' : clause[1] === 'she' ? 'f' : 'p',
            }
          : null;
        subject =
          own ??
          pronoun ??
          (previous && previous.sentence === s.index && previous.subject && previous.form !== 'according'
            ? previous.subject
            : (participleSubject(state, scopeStart, lastCloseBefore(state, scopeStart, at), from, at) ??
              participleSubject(
                state,
                scopeStart,
                lastCloseBefore(state, scopeStart, at, endsClause),
                from,
                at,
              )));
      } else {
        // `…, being too tough could be disastrous, said Mayor Roe.`: a comma, the verb, then a name that
        // ends the clause is the inverted attribution, whatever names the clause before holds.
        const lead = text.slice(from, at);
        const after =
          INVERTING.has(verb) && !LISTENING_AFTER.has(verb) && /,\s*$/.test(lead)
            ? subjectAfter(state, end, scopeEnd)
            : null;
        // The name right after the verb (titles between: `said Mayor Roe`), and ending the clause there.
        const closes =
          after?.kind === 'mention' &&
          onlyTitlesBeforeName(text.slice(end, after.mention.start)) &&
          /^\s*(?:[,.;]|$)/.test(text.slice(after.mention.end, after.mention.end + 2));
        if (after && closes) {
          cues.push({ verb, at, end, sentence: s.index, form: 'inverted', subject: after });
          continue;
        }
        // `“…,” Reuters cited the Amaq agency.`: the one cited is the source, the citing outlet carries it.
        subject =
          (CITING.has(verb) ? citedSource(state, end, scopeEnd) : null) ??
          subjectBefore(state, from, future ? at - future[0].length : at);
        // `The Lions missed the play-offs and announced:`: the subject of the first verb, the one the
        // clause opened with (`Roe Corp told the Ledger it was looking into it and said`), not the nearest name.
        if (
          !subject &&
          /\b(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$/.test(text.slice(Math.max(from, at - 30), at))
        ) {
          // `He said the Cardinals had the best owner and called Keim his “little brother”`: a verb joined
          // to the sentence's earlier speech verb shares its subject, not the reported clause's.
          const previous = cues[cues.length - 1];
          subject =
            (previous && previous.sentence === s.index && previous.form === 'verb'
              ? previous.subject
              : null) ??
            clauseOpener(state, from, at) ??
            clauseSubject(state, from, Math.max(scopeStart, at - SUBJECT_WINDOW), at);
        }
        if (!subject && INVERTING.has(verb) && (/^[\s,.!?—–-]*$/.test(lead) || /[,—–]\s*$/.test(lead))) {
          form = 'inverted';
          subject = subjectAfter(state, end, scopeEnd);
        }
      }
      cues.push({ verb, at, end, sentence: s.index, form, subject });
    }
    cues.push(...nominal);
  }
  // Quotations signed after a dash: their cues join the sentences' cues in text order.
  const signed = state.marks.flatMap((mark) => signatureCue(state, mark) ?? []);
  state.cues = signed.length === 0 ? cues : [...cues, ...signed].sort((a, b) => a.at - b.at);
}

/** A dash right after a quotation's closing mark, then the name that signs it. */
const SIGNING_DASH_RE = /^\s{0,2}[—–-]\s{0,2}(?=\p{Lu})/u;
/** What may follow the signing name: its role after a comma, or the end of the line. */
const AFTER_SIGNATURE_RE = /^(?:\s*$|\s*\n|,\s[^“”"]{0,80}$|,\s[^“”"\n]{0,80}\n|\s*\()/;

/**
 * A quotation signed after a dash, as pull quotes and epigraphs are (`“The plan is dead on arrival” —
 * Tomas Varga, council member`): the person named right after the dash said it.
 */
function signatureCue(state: QuoteState, mark: Marked): Cue | null {
  const { text } = state;
  const dash = SIGNING_DASH_RE.exec(text.slice(mark.close, mark.close + 6));
  if (!dash || mark.parent) return null;
  const at = mark.close + dash[0].length;
  const person = mentionsIn(state, at, at + 1).find(
    (m) => m.start === at && typeOf(state, m.entity) === 'person',
  );
  if (!person) return null;
  const lineEnd = text.indexOf('\n', person.end);
  if (!AFTER_SIGNATURE_RE.test(text.slice(person.end, lineEnd === -1 ? text.length : lineEnd + 1)))
    return null;
  return {
    verb: SIGNATURE_VERB,
    at: mark.close,
    end: at,
    sentence: sentenceAt(state.sentences, at),
    form: 'inverted',
    subject: { kind: 'mention', mention: person, text: person.text },
  };
}

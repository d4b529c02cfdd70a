/**
 * @module analyze/measures
 * What each figure measures, read from the words around it in its clause, so that later stages compare
 * only figures of one thing: the dead with the dead ("seven people were killed", "killing at least 84",
 * "the death toll rose to 85"), an age with the same person's age ("Hannah Collier, 23", "the
 * 42-year-old driver"), an offer with an offer ("a $121 billion offer"). Steps, in order, for each
 * quantity: `readRole` (a part, an increment or a previous value is no total: "including 10 children",
 * "2.5 million more", "from 4.2%"), `readAge`, `readPredicate` (the verb or noun of the clause that says
 * what happened to what is counted), `readHead` (else the nearest content word) and `readAbout` (the
 * named person or thing it belongs to). A figure whose measure cannot be read keeps `measure: null`,
 * and is never compared. Once the quotes are found, `readSpeakerAges` gives an age that describes a
 * quotation's speaker (`the 21-year-old said`) to that speaker.
 */

import { groupBy } from '../multimap.js';
import type { Mention, Quantity, QuantityRole, Quote, Sentence } from '../types.js';
import { singularNoun } from './english.js';
import { DAYS, MONTHS } from './entities/words.js';
import { dimensionOf } from './quantities.js';
import { CUE_WORDS } from './quotes/words.js';
import { sentenceAt } from './sentences.js';

/** Predicates (word stems) that say what happened to what a count counts, by measure. */
const PREDICATES: readonly (readonly [string, RegExp])[] = [
  [
    'dead',
    /^(?:kill(?:ed|ing|s)?|dead|die[ds]?|dying|deaths?|toll|fatalit(?:y|ies)|perish(?:ed)?|slain|lives|fatally|bodies)$/,
  ],
  ['injured', /^(?:injur(?:e|ed|es|ing|y|ies)|wound(?:ed|ing|s)?|hurt)$/],
  ['hospitalised', /^(?:hospitali[sz](?:ed|ation)|hospitals?|treatment|treated|treating)$/],
  ['critical', /^(?:critical(?:ly)?|serious(?:ly)?|life-threatening)$/],
  ['missing', /^(?:missing|unaccounted)$/],
  // (The verb only: a `rescue unit` or `rescue equipment` is no one rescued.)
  ['rescued', /^(?:rescu(?:ed|ing)|saved)$/],
  ['released', /^(?:releas(?:ed|e|ing)|freed|free(?:ing)?)$/],
  ['arrested', /^(?:arrest(?:ed|s|ing)?|detain(?:ed|ing)?|custody)$/],
  ['charged', /^(?:charg(?:ed|es|ing)|indict(?:ed|ment)|counts?)$/],
  ['trapped', /^trapp(?:ed|ing)$/],
  ['evacuated', /^evacuat(?:ed|ion|ing)$/],
  ['affected', /^(?:affect(?:ed|ing)|expos(?:ed|ing)|impacted|compromised|breached|stolen|hacked|accessed)$/],
  ['displaced', /^(?:displaced|displacement|homeless)$/],
  ['attended', /^(?:attend(?:ed|ing|ance)|crowds?|spectators|gathered|watched)$/],
  ['abducted', /^(?:abduct(?:ed|ion|ions)|kidnapp?(?:ed|ing)?|seized)$/],
  ['held', /^(?:captive|captivity|held|hostages?)$/],
  // "carrying 150 passengers", "239 people on board".
  ['aboard', /^(?:aboard|board|onboard|carrying|carried)$/],
];

/** Nouns that count people: "seven people" and "seven victims" count the same thing. */
const PEOPLE =
  /^(?:people|persons?|victims?|individuals?|others|those|men|women|passengers|residents|civilians)$/;

/** Words that bridge a count and its predicate: "were", "have been", "reportedly", "still". */
const BRIDGE = new Set(
  'were was are is be been being have has had reportedly also still now all later who that which remain remained remains left believed thought said feared confirmed more other people taken rushed brought admitted sent airlifted to in for lost their as having now'.split(
    ' ',
  ),
);
/** A number in words or digits: the start of another figure. */
const NUMBER_WORD_RE =
  /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|dozens?)$)/;
/** Words that end a clause: a figure's predicate is not read across them. */
const CLAUSE_END = /[;:()[\]—–]|,\s/;

/** Function words skipped when the nearest content word is read. */
const FUNCTION_WORDS = new Set(
  'a an the of in on at to for from by with before after during since until while when because and or but as than that this these those its his her their our your it he she they we you i be is are was were been being has have had do does did will would can could may might must shall should up down out over under into about some any each more most less least very also just only than then there here not no per nearly about around almost roughly approximately some estimated least'.split(
    ' ',
  ),
);

interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = from;
  for (let m = WORD_RE.exec(text); m && m.index < to; m = WORD_RE.exec(text)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The measure a predicate word names, or null. */
function predicateMeasure(word: string): string | null {
  const w = word.replace(/['’]s$/, '');
  for (const [measure, re] of PREDICATES) if (re.test(w)) return measure;
  return null;
}

/** What a count counts, as one class: people, or the noun itself ("children", "tankers"). */
function countedClass(q: Quantity): string {
  // Money by currency; lengths, weights and speeds by dimension ("998 miles" is set against "1,000 km"
  // once both are in metres); other measures by unit.
  if (q.kind === 'money') return q.unit;
  if (q.kind === 'measure') return dimensionOf(q.unit)?.dimension ?? q.unit;
  if (q.kind !== 'count') return q.kind;
  const unit = q.unit.toLowerCase();
  return PEOPLE.test(unit) || unit === '' ? 'people' : singularNoun(unit);
}

export interface MeasureContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  /** Entity types by id, to tell a person (whose age it is) from anything else. */
  readonly typeOf: (entity: string) => string;
}

/**
 * The mentions overlapping `[from, to)`, found by binary search (mentions are sorted and do not
 * overlap): reading a figure's neighbours stays linear however many names the text has.
 */
function mentionsIn(ctx: MeasureContext, from: number, to: number): Mention[] {
  const ms = ctx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < ms.length && ms[i]!.start < to; i++) out.push(ms[i]!);
  return out;
}

/** The clause around a quantity: from the last clause break before it to the next one after it. */
function clauseOf(ctx: MeasureContext, q: Quantity): { from: number; to: number } {
  const s = ctx.sentences[q.sentence];
  const sStart = s?.start ?? Math.max(0, q.start - 200);
  const sEnd = s?.end ?? Math.min(ctx.text.length, q.end + 200);
  let from = Math.max(sStart, q.start - 160);
  let to = Math.min(sEnd, q.end + 160);
  const before = ctx.text.slice(from, q.start);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('—'), before.lastIndexOf(': '));
  if (cut !== -1) from += cut + 1;
  const after = ctx.text.slice(q.end, to);
  const stop = after.search(/[;—]|:\s|\.\s/);
  if (stop !== -1) to = q.end + stop;
  return { from, to };
}

/** Step 1: a part of a total, an increment, or a previous value. */
function readRole(ctx: MeasureContext, q: Quantity): QuantityRole {
  const before = ctx.text.slice(Math.max(0, q.start - 40), q.start).toLowerCase();
  // "Five other defendants", "2.5 million more Americans": the figure adds to one said before.
  if (/\b(?:other|more|additional|another|further|extra)\b/i.test(q.text) && !/more than/i.test(q.text))
    return 'increment';
  // "12 patients, three of whom are in intensive care and nine who went home": parts of a whole.
  const sentence = ctx.sentences[q.sentence];
  const clauseBefore = ctx.text.slice(Math.max(sentence?.start ?? 0, q.start - 60), q.start).toLowerCase();
  if (/\b(?:of whom|of which|of them|among them|including)\b/.test(clauseBefore)) return 'part';
  const after = ctx.text.slice(q.end, q.end + 40).toLowerCase();
  if (
    /\b(?:including|includ(?:ed|es)|among them|of whom|of which|of them)\s+(?:at least\s+|about\s+|some\s+)?$/.test(
      before,
    )
  )
    return 'part';
  if (/^\s*(?:of (?:whom|them|those|the)\b|were (?:children|women|men|among))/.test(after)) return 'part';
  // "all four attackers there were dead": those at one place of several.
  if (/^\s*(?:[\p{L}-]+\s+)?(?:there|inside)\b/u.test(after) && q.kind === 'count') return 'part';
  if (/\b(?:another|an additional|additional|a further|further)\s+$/.test(before)) return 'increment';
  if (/^\s*(?:more|additional|extra|others?|other\b)/.test(after) && !/^\s*more than/.test(after))
    return 'increment';
  // (Not the next figure's hedge: `25 fire engines and more than a hundred firefighters`.)
  if (
    /^\s*[\p{L}-]*\s*(?:more(?!\s+than)|additional|extra|other)\b/u.test(after) &&
    !/^\s*more than/.test(after)
  )
    return 'increment';
  if (
    /\b(?:from|down from|up from|compared with|compared to|versus|vs\.?|previously|earlier estimate of|initially)\s+$/.test(
      before,
    )
  )
    return 'previous';
  if (/^\s*(?:a year (?:earlier|ago|before)|last year|the previous year|previously|earlier)\b/.test(after))
    return 'previous';
  return 'total';
}

/** Step 2: an age: `Hannah Collier, 23,`, `the 42-year-old driver`, `aged 23`, `23 years old`. */
function readAge(ctx: MeasureContext, q: Quantity): { about: string | null } | null {
  const { text } = ctx;
  const after = text.slice(q.end, q.end + 30);
  const before = text.slice(Math.max(0, q.start - 60), q.start);
  const yearOld =
    /^[\s-]*(?:years?[\s-]*old|-year-old|old\b|yo\b)/i.test(after) ||
    /-year-old/.test(text.slice(q.start, q.end + 10));
  const aged = /\b(?:aged|age)\s+$/i.test(before);
  const appositive =
    /^\s*[,)]/.test(after) && /,\s*$|\(\s*$/.test(before) && q.kind === 'count' && q.unit === '';
  if (!yearOld && !aged && !appositive) return null;
  if (q.value < 1 || q.value > 120) return null;
  // Whose age: the person named just before (`Collier, 23`), else the noun after (`42-year-old driver`).
  const people = mentionsIn(ctx, q.start - 13, q.start + 1).filter(
    (m) => m.end <= q.start && q.start - m.end <= 12 && ctx.typeOf(m.entity) === 'person',
  );
  if (people.length > 0) return { about: people[people.length - 1]!.entity };
  if (aged) {
    // "a boy aged five", "the driver, aged 42,": the noun before `aged`.
    const noun = /\b([a-z]+),?\s+aged\s+$/.exec(before)?.[1];
    return noun && !FUNCTION_WORDS.has(noun) && !/s$/.test(noun)
      ? { about: `noun:${noun}` }
      : { about: null };
  }
  if (appositive && !yearOld && !aged) {
    // "The tram driver, 42, from Beckenham": the age of the noun before the comma.
    const noun = /([a-z]+)\s*[,(]\s*$/.exec(before);
    return noun ? { about: `noun:${noun[1]}` } : null;
  }
  const later = mentionsIn(ctx, q.end, q.end + 31).find(
    (m) => m.start >= q.end && m.start - q.end <= 30 && ctx.typeOf(m.entity) === 'person',
  );
  if (later) return { about: later.entity };
  // "the 42-year-old driver", "a 42-year-old man": the noun after; a verb after ("the 23-year-old said") says nothing.
  const noun = /^[\s-]*(?:years?[\s-]*old|-year-old|old)\s+([a-z]+)/i
    .exec(text.slice(q.end, q.end + 50))?.[1]
    ?.toLowerCase();
  if (noun === undefined || /(?:ed|s)$/.test(noun) || FUNCTION_WORDS.has(noun) || CUE_WORDS.has(noun))
    return { about: null };
  return { about: `noun:${noun}` };
}

/** "… killed (including the gunman)": the count takes in one attacker. */
const WITH_ATTACKER =
  /^[^.;]{0,30}?\bincluding (?:the )?(?:shooter|gunman|attacker|bomber|assailant|perpetrator|suspect)\b/i;

/** "three of the", "all of its": a figure after these is the whole a part is taken from. */
const PARTITIVE_BEFORE =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|all|most|many|some|none|several|half)\s+of\s+(?:the|its|their|all)\s+$/i;

/** Prepositions that end a noun phrase (`$5 billion in damage across the state`). */
const PHRASE_PREPOSITION =
  /^(?:across|through|throughout|among|between|against|toward|towards|onto|upon|within|without|beyond|per|via|including|worth)$/;

/** The word `of` right before a figure (past a hedge): `net income of $2.07 billion`. */
const OF_BEFORE_RE =
  /\bof\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|almost\s+|just\s+|more than\s+|over\s+|an estimated\s+)?$/i;

/** Words between a thing and its "lasted": `the call, which had lasted`. */
const LASTED_SKIPPED = new Set(['had', 'has', 'have', 'which', 'that', 'only', 'just', 'already']);

/** "the death toll … rose to 17", "the toll stood at 84": the toll governs a figure later in its clause. */
const TOLL_BEFORE =
  /\b(?:(?:death|casualty)?\s*toll|number of (?:people |persons |those )?(?:killed|dead|deaths|who died|fatalities))\b[^.;:!?]{0,80}?\b(?:to|at|of|is|was|reached|hit|passed|topped|climbed)\s+(?:at least\s+|more than\s+|over\s+|nearly\s+|about\s+|some\s+)?$/i;
/** "38 people remained in hospital", "are still being treated": who is in hospital now, not all taken there. */
const STILL_IN_HOSPITAL =
  /^[\s\w,]{0,40}?\b(?:remain(?:ed|s)?|still|are being|were being|being)\b[\s\w]{0,20}?\b(?:in hospital|hospitali[sz]ed|treated|in (?:a )?(?:critical|serious) condition)/i;

/** Step 3: the predicate of what is counted: after it (`seven people were killed`) or before (`killing 84`). */
function readPredicate(
  ctx: MeasureContext,
  q: Quantity,
  clause: { from: number; to: number },
): string | null {
  if (TOLL_BEFORE.test(ctx.text.slice(Math.max(clause.from, q.start - 120), q.start))) return 'dead';
  // "Three of the 307 people aboard died": the whole of a part; what happened is the part's.
  if (PARTITIVE_BEFORE.test(ctx.text.slice(Math.max(clause.from, q.start - 30), q.start))) return null;
  // Read up to the next figure or conjunct: "30 were taken to hospital and 12 remained in hospital".
  const after = ctx.text.slice(q.end, Math.min(clause.to, q.end + 80));
  const own = after.slice(0, Math.max(0, after.search(/\s(?:and|while|but)\s|\d/)) || after.length);
  if (STILL_IN_HOSPITAL.test(own)) return 'in-hospital';
  const left = wordsOf(ctx.text, clause.from, q.start);
  // A verb right before the figure governs it: "killing 84", "trapping five people".
  const next = left[left.length - 1];
  if (next && /(?:ing|ed)$/.test(next.lower)) {
    const measure = predicateMeasure(next.lower);
    // "critically injured 99 others": how badly says which count it is.
    const how = left[left.length - 2]?.lower ?? '';
    if (measure === 'injured' && predicateMeasure(how) === 'critical') return 'critical';
    if (measure && !CLAUSE_END.test(ctx.text.slice(next.end, q.start))) return measure;
  }
  const right = wordsOf(ctx.text, q.end, clause.to);
  // "21 of the 276 girls kidnapped": what follows "of" is the whole; this figure's predicate is before it.
  if (right[0]?.lower === 'of') right.length = 0;
  // Only a predicate close to the figure is its own: "seven people were killed", "84 dead". Farther on,
  // a clause may be about something else ("12 patients were admitted overnight, of which three …").
  for (let i = 0, bridged = 0; i < Math.min(right.length, 4) && bridged <= 3; i++) {
    const w = right[i]!;
    const gap = ctx.text.slice(i === 0 ? q.end : right[i - 1]!.end, w.start);
    if (CLAUSE_END.test(gap) && i > 0) break;
    // `eight fire engines, five rescue units …`: the next figure of a list has its own words.
    if (i === 0 && gap.includes(',') && NUMBER_WORD_RE.test(w.lower)) break;
    // "… and injuring another 40", "… and four rescue units": a new conjunct, not this figure's predicate.
    if (/^(?:and|or|but)$/.test(w.lower)) {
      const ahead = right.slice(i + 1, i + 4);
      if (
        /ing$/.test(right[i + 1]?.lower ?? '') ||
        ahead.some((x) => /^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|another)$/.test(x.lower))
      )
        break;
    }
    const measure = predicateMeasure(w.lower);
    if (measure) return measure;
    if (BRIDGE.has(w.lower) || w.lower === q.unit.toLowerCase() || PEOPLE.test(w.lower)) {
      bridged++;
      continue;
    }
    // One adjective or noun may stand between ("seven Palestinian civilians killed"); more ends the search.
    if (i >= 2) break;
  }
  // "killed by three assailants": the figure counts who did it, not who it was done to.
  if (next?.lower === 'by') return null;
  for (let i = left.length - 1, steps = 0; i >= 0 && steps < 3; i--, steps++) {
    const w = left[i]!;
    const gap = ctx.text.slice(w.end, i === left.length - 1 ? q.start : left[i + 1]!.start);
    if (CLAUSE_END.test(gap)) break;
    const measure = predicateMeasure(w.lower);
    if (measure) return measure;
  }
  return null;
}

/** A figure above one with its unit in the singular (`40 minute`, `two hour`): it qualifies the noun after it. */
const SINGULAR_UNIT_RE =
  /^(?:\d*[02-9]|\d+1\d|[a-z]+)\s(?:second|minute|hour|day|week|month|year|mile|kilometre|kilometer|metre|meter|foot|inch)$/i;

/** Step 4: else the nearest content word: the noun after a money figure, or the word before it. */
function readHead(ctx: MeasureContext, q: Quantity, clause: { from: number; to: number }): string | null {
  const content = (w: Word) =>
    !FUNCTION_WORDS.has(w.lower) && !/^\d/.test(w.lower) && w.lower !== q.unit.toLowerCase();
  // A conversion in brackets right after the figure (`3,700 km (2,300 miles) high`) is read past.
  const aside = /^\s*\([^()]{0,60}\)/.exec(ctx.text.slice(q.end, Math.min(clause.to, q.end + 64)));
  const rightStart = q.end + (aside?.[0].length ?? 0);
  const fromRight = (): string | null => {
    const right = wordsOf(ctx.text, rightStart, clause.to);
    // "38 billion cubic metres of Norraskan gas": what it is of, past names.
    if (right[0]?.lower === 'of') {
      const of = right.slice(1, 5).find((w) => content(w) && !/^\p{Lu}/u.test(w.text));
      if (of) return of.lower.replace(/['’]s$/, '');
    }
    const w = right.slice(0, 3).find(content);
    return w ? w.lower.replace(/['’]s$/, '') : null;
  };
  const fromLeft = (): string | null => {
    const left = wordsOf(ctx.text, clause.from, q.start).slice(-3).reverse();
    const w = left.find(content);
    return w ? w.lower.replace(/['’]s$/, '') : null;
  };
  /**
   * The last noun of a phrase's content words, which end at a verb in -ed after the noun (`a 17-minute
   * rain delay followed`, `earnings reinvested abroad`), at a word `ends` stops, or after a word a
   * comma or stop follows when `clauseEnds`.
   */
  const phraseHead = (
    words: readonly Word[],
    ends: (w: Word) => boolean,
    clauseEnds: boolean,
  ): string | null => {
    let head: string | null = null;
    for (const w of words) {
      if (!content(w) || ends(w) || (head !== null && /ed$/.test(w.lower))) break;
      head = w.lower.replace(/['’]s$/, '');
      if (clauseEnds && /[,.;]/.test(ctx.text.charAt(w.end))) break;
    }
    return head;
  };
  /** "a 17-minute rain delay": the last noun of the compound the figure qualifies. */
  const compoundHead = (): string | null =>
    phraseHead(wordsOf(ctx.text, rightStart, clause.to).slice(0, 3), () => false, false);
  /** "$1.9 billion in quarterly earnings for …": the last noun of the phrase the figure is "in". */
  const inHead = (): string | null => {
    const right = wordsOf(ctx.text, rightStart, clause.to).slice(0, 5);
    if (right[0]?.lower !== 'in') return null;
    return phraseHead(
      right.slice(1),
      (w) => PHRASE_PREPOSITION.test(w.lower) || /^\p{Lu}/u.test(w.text),
      true,
    );
  };
  /** "a rain delay of around half an hour": the noun the figure is "of". */
  const ofHead = (): string | null => {
    const before =
      /([a-z]+)\s+(of|lasting|lasted|lasts|for)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|almost\s+|just\s+|more than\s+|over\s+)?$/i.exec(
        ctx.text.slice(Math.max(clause.from, q.start - 60), q.start),
      );
    if (!before) return null;
    // "the conversation lasted 85 minutes", "the call, which lasted nearly 90": what lasted is the measure.
    if (/^last/i.test(before[2]!) || /^last/i.test(before[1]!)) return lastedSubject(before.index);
    return FUNCTION_WORDS.has(before[1]!.toLowerCase()) ? null : before[1]!.toLowerCase();
  };
  /**
   * The noun before "lasted" (past "had", "which" and commas): `The assault had lasted three minutes` is
   * the assault's length; `It lasted for 10 minutes` names nothing, and stays a bare `last`.
   */
  const lastedSubject = (offset: number): string => {
    const from = Math.max(clause.from, q.start - 60);
    const words = wordsOf(ctx.text, clause.from, from + offset + 1).reverse();
    const lasted = words.findIndex((w) => /^last/.test(w.lower));
    const subject = words.slice(lasted + 1).find((w) => !LASTED_SKIPPED.has(w.lower));
    return subject && content(subject) && !/^\p{Lu}/u.test(subject.text) ? subject.lower : 'last';
  };
  // A duration is of what comes before it ("lasted 85 minutes", "a delay of half an hour"), unless it
  // is an adjective ("a 17-minute rain delay"); money is of the noun after ("a $5 billion charge").
  // (A unit in the singular after a plural figure is an adjective too: `a 40 minute phone conversation`.)
  if (q.kind === 'duration')
    return /-/.test(q.text) || SINGULAR_UNIT_RE.test(q.text)
      ? (compoundHead() ?? fromLeft())
      : (ofHead() ?? fromLeft() ?? fromRight());
  // A length or weight is of what comes before it too: `a depth of 40 metres`, `an altitude of 770 km`;
  // of the word right after it when that word qualifies it (`110 metres deep`, `3,700 km (2,300 miles)
  // high`), else of the verb before (`flew about 950 kilometres before falling`: a flight, not a fall).
  if (q.kind === 'measure') {
    const next = wordsOf(ctx.text, rightStart, clause.to)[0];
    return (
      ofHead() ??
      (next && (content(next) || next.lower === 'of') ? fromRight() : null) ??
      fromLeft() ??
      fromRight()
    );
  }
  // Money is of what it is in or of: `$32.6 billion in undistributed foreign earnings`, `net income
  // of $2.07 billion`, `a fine of $2 million`; else of the noun after it (`a $5 billion charge`).
  if (q.kind === 'money')
    return (
      inHead() ??
      (OF_BEFORE_RE.test(ctx.text.slice(clause.from, q.start)) ? ofHead() : null) ??
      fromRight() ??
      fromLeft()
    );
  return fromRight() ?? fromLeft();
}

/** The adjectives of a thing's dimensions. */
const DIMENSION_WORDS = 'deep|high|tall|long|wide|thick';
/** A dimension's adjective right after a length (`110 metres deep`, `107-metre-deep`). */
const DIMENSION_AFTER_RE = new RegExp(`^(?:\\s+|-)(?:${DIMENSION_WORDS})\\b`);
/** A thing a dimension's compound describes: `a 107-metre-deep well`. */
const COMPOUND_THING_RE = new RegExp(`^-(?:${DIMENSION_WORDS})\\s+([a-z]+)\\b`);
/** The thing a dimension is stated of, before the figure: `the well (in Orvel) was 110 metres deep`, `a well 107 metres deep`. */
const THING_BEFORE_RE =
  /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+([a-z]+)(?:\s+(?:in|at|near)\s+[A-Z][\w-]*)?(?:\s+(?:is|was|are|were|measures|measured|stands|stood))?\s+(?:(?:about|around|nearly|almost|roughly|some|over|more than|at least)\s+)?$/;

/**
 * A length's thing when the figure is one dimension of it (`the well was 110 metres deep`, `a
 * 107-metre-deep well`): `noun:well`, so that two outlets' depths of the well meet while the depth at
 * which the boy is trapped stays apart. Null when the text names no such thing.
 */
function dimensionThing(text: string, q: Quantity): string | null {
  if (q.kind !== 'measure' || !DIMENSION_AFTER_RE.test(text.slice(q.end, q.end + 8))) return null;
  const thing =
    COMPOUND_THING_RE.exec(text.slice(q.end, q.end + 30))?.[1] ??
    THING_BEFORE_RE.exec(text.slice(Math.max(0, q.start - 50), q.start))?.[1];
  return thing && !FUNCTION_WORDS.has(thing) ? `noun:${thing}` : null;
}

/** Step 5: the named thing a figure belongs to (not a place): `Falcon Heavy's thrust`, `Broadcom's offer`. */
function readAbout(ctx: MeasureContext, q: Quantity, clause: { from: number; to: number }): string | null {
  let best: Mention | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const m of mentionsIn(ctx, clause.from, clause.to)) {
    if (ctx.typeOf(m.entity) === 'place') continue;
    const d = m.end <= q.start ? q.start - m.end : m.start - q.end;
    if (d >= 0 && d < distance) {
      best = m;
      distance = d;
    }
  }
  return best?.entity ?? null;
}

/**
 * Reads what every quantity measures. Returns the quantities with `measure`, `about` and `role` set.
 * @example readMeasures(ctx, quantities).find((q) => q.measure === 'dead')?.value
 */
/** "the 23-year-old", "a 42 year old man": read as a duration of years, it is an age in years. */
function asAge(ctx: MeasureContext, q: Quantity): Quantity {
  if (q.kind !== 'duration' || !/year/i.test(q.text)) return q;
  if (!/^[\s-]*old\b/i.test(ctx.text.slice(q.end, q.end + 8)) && !/-year-old/i.test(q.text)) return q;
  const years = q.value / 525960;
  return {
    ...q,
    kind: 'count',
    value: years,
    low: (q.low / q.value) * years,
    high: (q.high / q.value) * years,
    unit: '',
  };
}

/** Words that can follow a name's number but never be what a count counts. */
const AFTER_NAME_NUMBER =
  /^\s+(?:that|which|who|was|were|is|are|had|has|have|went|will|would|could|crashed|disappeared|vanished|flew|landed|took|carried|carrying|in|on|at|from|to|with|and|or)\b/;
/** Nouns whose number is a name: "flight 447", "runway 27". */
const NUMBERED_NOUN =
  /\b(?:flight|route|runway|gate|platform|terminal|exit|pier|article|section|chapter|page|room|channel)\s$/i;
/** The capitalised word right before a number. */
const CAPITALISED_BEFORE = /\b(\p{Lu}[\p{L}'’-]*)\s$/u;

/** Whether a bare number is part of a name: after a capitalised word or a numbered noun, and not followed by what it counts. */
function inName(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - 30), q.start);
  const after = text.slice(q.end, q.end + 16);
  // (A month or weekday names no thing: "On Sunday 12 people died" counts people. Their three-letter
  // abbreviations are words of names too: `Sheff Wed 313`, `Sun Sentinel`.)
  const word = CAPITALISED_BEFORE.exec(before)?.[1];
  const calendar =
    word !== undefined && (MONTHS.has(word) || DAYS.has(word)) && (word.length > 3 || word === 'May');
  const named = NUMBERED_NOUN.test(before) || (word !== undefined && !calendar);
  return named && (!/^\s+\p{Ll}/u.test(after) || AFTER_NAME_NUMBER.test(after));
}

/** A figure with its unit, then an opening bracket: what follows in the bracket converts it. */
const CONVERSION_BEFORE_RE = /\d[\d,.]*\s*[\p{L}/]+\s*\(\s*$/u;

/**
 * `of 338 seats`, `of the 338` right after a share: the total it is a share of (group 1) and, when
 * written, what both count (group 2).
 */
export const SHARE_OF_TOTAL_RE = /^\s+of\s+(?:the\s+)?(\d[\d,]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?/u;

/** A bare number counting a share of a total named after it (`won 157 of 338 seats`): it counts that total's noun. */
function shareOfTotal(ctx: MeasureContext, q: Quantity): Quantity | null {
  if (q.kind !== 'count' || q.unit !== '' || !/^\d[\d,]*$/.test(q.text)) return null;
  const noun = SHARE_OF_TOTAL_RE.exec(ctx.text.slice(q.end, q.end + 40))?.[2];
  return noun ? { ...q, unit: noun, role: 'part' } : null;
}

export function readMeasures(ctx: MeasureContext, quantities: readonly Quantity[]): Quantity[] {
  return quantities.map((found) => {
    if (found.kind === 'ordinal') return found;
    const share = shareOfTotal(ctx, found);
    const q = share ?? asAge(ctx, found);
    // A number in a name ("Route 91 Harvest festival", "Apollo 11", "the Boeing 777 that went missing",
    // "flight 447") measures nothing.
    if (/^\d+$/.test(q.text) && inName(ctx.text, q)) return q;
    // A conversion in brackets after a figure (`3,700 km (2,300 miles)`) restates it: no figure of its own.
    if (q.kind === 'measure' && CONVERSION_BEFORE_RE.test(ctx.text.slice(Math.max(0, q.start - 40), q.start)))
      return q;
    const role = share ? 'part' : readRole(ctx, q);
    const clause = clauseOf(ctx, q);
    const age = readAge(ctx, q);
    if (age) {
      // `42-year-old` whole, as a reader writes the age (the figure was read up to `42-year`).
      const old = /^-old\b/.exec(ctx.text.slice(q.end, q.end + 5));
      const end = old ? q.end + old[0].length : q.end;
      return { ...q, end, text: ctx.text.slice(q.start, end), measure: 'age', about: age.about, role };
    }
    const counted = countedClass(q);
    const predicate = q.kind === 'count' ? readPredicate(ctx, q, clause) : null;
    if (predicate) {
      // "Four people were killed (including the shooter)": three victims and the attacker.
      const low =
        predicate === 'dead' && WITH_ATTACKER.test(ctx.text.slice(q.end, q.end + 60)) ? q.low - 1 : q.low;
      return { ...q, low, measure: `${predicate}:${counted}`, about: null, role };
    }
    const head = readHead(ctx, q, clause);
    if (head === null) return { ...q, role };
    // A count is of its noun ("four photos", "five rescue units"): the noun says what is counted.
    if (q.kind === 'count' && counted !== 'people')
      return { ...q, measure: `count:${counted}`, about: readAbout(ctx, q, clause), role };
    const about = dimensionThing(ctx.text, q) ?? readAbout(ctx, q, clause);
    return { ...q, measure: `${q.kind}:${counted}:${head}`, about, role };
  });
}

/**
 * After the quotes: an age that describes a quotation's speaker (`“…,” the 21-year-old said`) is the age of
 * the person the quote was found to be by, when no one else was read for it.
 */
export function readSpeakerAges(
  quantities: readonly Quantity[],
  quotes: readonly Quote[],
  typeOf: (id: string) => string,
): Quantity[] {
  // The quotes of each sentence, gathered once: every age looks only at its own sentence's.
  const bySentence = groupBy(quotes, (x) => x.sentence);
  return quantities.map((q) => {
    if (q.measure !== 'age' || q.about !== null) return q;
    const quote = bySentence
      .get(q.sentence)
      ?.find(
        (x) =>
          x.speaker !== null &&
          typeOf(x.speaker) === 'person' &&
          x.speakerText !== null &&
          x.speakerText.includes(q.text),
      );
    return quote ? { ...q, about: quote.speaker } : q;
  });
}

/** "no one was hurt", "nobody died", "no injuries were reported", "without casualties": a count of zero. */
const NONE_RE =
  /\b(?:(no one|nobody|no-one|none)\s+(?:else\s+)?(?:(?:was|were|had been|has been|is|are|appeared to be|appears to be)\s+(?:reported\s+)?(?:seriously\s+)?)?(killed|hurt|injured|harmed|died|dead|wounded|missing)|(no|without)\s+(?:any\s+|immediate\s+|reported\s+)?(injuries|casualties|deaths|fatalities))\b/gi;

/**
 * Zero counts said in words, as quantities: "no one was hurt" against "two were hurt" is a
 * disagreement about one figure.
 */
export function findNoneCounts(text: string, sentences: readonly Sentence[]): Quantity[] {
  const out: Quantity[] = [];
  NONE_RE.lastIndex = 0;
  for (let m = NONE_RE.exec(text); m; m = NONE_RE.exec(text)) {
    const word = (m[2] ?? m[4] ?? '').toLowerCase();
    const measure = /casualt/.test(word) ? 'injured' : predicateMeasure(word.replace(/ies$/, 'y'));
    if (measure === null) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: 'count',
      value: 0,
      low: 0,
      high: 0,
      unit: 'people',
      hedge: null,
      sentence: sentenceAt(sentences, m.index),
      measure: `${measure}:people`,
      about: null,
      role: 'total',
    });
  }
  return out;
}

/**
 * @module synthesize/polarity
 * One outlet says something did not happen, another that it did: "the minister made no mention of Tarnland"
 * against "the two leaders also discussed the war in Tarnland"; "did not rule out a further cut" against
 * "ruled out another cut". A negated statement is matched with affirmative statements of other sources
 * that use a verb of the same family about the same thing (a shared name, or two shared content words).
 */
import type { Contradiction } from '../types.js';
import { publishedTime } from './published.js';
import { citationOf, type StoryContext } from './story-context.js';
import { termsOf } from './terms.js';

interface Described {
  readonly text: string;
  readonly names: Set<string>;
  readonly terms: Set<string>;
}

interface Family {
  readonly name: string;
  /** Negations with their object after the verb (group 1) or before it (group 2). */
  readonly negated: readonly RegExp[];
  readonly affirmed: readonly RegExp[];
  /**
   * A state that news updates (someone missing, then found): the two sides must name one person or
   * thing, and only a negation published no earlier than the affirmation disagrees with it.
   */
  readonly updates?: true;
  /**
   * Whose intention it is matters (`Roe is not planning to …` against `Hale is considering …`): both
   * sides must name one person or body just before their verb.
   */
  readonly sameSubject?: true;
  /**
   * The two sides must name one and the same person or thing and nothing more: `Ana Roe’s brother was
   * killed` is not about `Ana Roe`.
   */
  readonly oneName?: true;
  /** How the summary asks and answers, when `was <name>: it was not / it was` reads wrong of a person. */
  readonly wording?: { readonly question: string; readonly negated: string; readonly affirmed: string };
  /**
   * What is done matters, not to what: the two sides must name one person or body before their verb
   * (`Westmark Rail apologised to passengers` against `Westmark Rail has not apologised`), and, as news
   * updates (an apology may come later), only a negation published no earlier than the affirmation
   * disagrees with it.
   */
  readonly bySubject?: true;
  /**
   * What the family asks of the story's one happening, when no object names it (`not a swap`): the
   * two sides need no shared object, and the summary asks this.
   */
  readonly topic?: string;
}

const OBJECT = '(.{3,90}?)(?:[,;.]|$| during| in the | at the | when | because | as )';
/** An object that may be missing (`has not apologised.`): the words up to the clause's end, or none. */
const OPTIONAL_OBJECT = '((?:\\s[^,;.]{0,80})?)';
/**
 * The subject of "… was not mentioned": up to nine words, the first a capitalised word or an article. It
 * starts where a word starts: tried inside a word, every capital of a long word was a start that read to
 * the word's end (quadratic in the word), and "data was not mentioned" gave the subject "a". Its words run
 * to 40 letters at most, so that each start reads a bounded span.
 */
const SUBJECT = "(?<![\\p{L}’'-])((?:[A-Z][\\p{L}’'-]{0,40}|the|a|an)(?:\\s+[\\p{L}’'-]{1,40}){0,8}?)";

/** Verb families whose negation and affirmation contradict each other. */
const FAMILIES: readonly Family[] = [
  {
    name: 'discussed',
    negated: [
      new RegExp(
        `\\b(?:made no (?:mention|reference) (?:of|to)|no (?:mention|reference) (?:of|to)|(?:did not|didn't|never|failed to|would not|did not once) (?:mention|discuss|raise|address|refer to|bring up|touch on)|[Nn]either [\\p{L} ]{0,30}?(?:mentioned|raised|discussed|referred to|brought up)|without (?:mentioning|referring to|raising))\\s+${OBJECT}`,
        'u',
      ),
      new RegExp(
        `${SUBJECT}\\s+(?:was|were) not (?:mentioned|discussed|raised|addressed|brought up|on the agenda)`,
        'u',
      ),
      new RegExp(`${SUBJECT}\\s+(?:did not|didn't|never) come up`, 'u'),
    ],
    affirmed: [
      new RegExp(
        `\\b(?:discussed|mentioned|raised|addressed|referred to|brought up|touched on|talked about|spoke about|focused on)\\s+${OBJECT}`,
        'u',
      ),
      new RegExp(
        `${SUBJECT}\\s+(?:was|were) (?:also )?(?:discussed|raised|mentioned|addressed|on the agenda)`,
        'u',
      ),
      new RegExp(`${SUBJECT}\\s+(?:also )?came up`, 'u'),
    ],
  },
  {
    name: 'ruled out',
    negated: [
      new RegExp(
        `\\b(?:did not|didn't|would not|wouldn't|refused to|declined to|could not|cannot) rule out\\s+${OBJECT}`,
        'u',
      ),
      new RegExp(`${SUBJECT}\\s+(?:was|were|is|are|has not been) not ruled out`, 'u'),
    ],
    affirmed: [
      new RegExp(`(?<!not |n't |to )\\bruled out\\s+${OBJECT}`, 'u'),
      new RegExp(`${SUBJECT}\\s+(?:was|were|is|are|has been) ruled out`, 'u'),
    ],
  },
  {
    // `Tomas Ruel was rescued` against `the fate of Tomas Ruel remains unknown`, `Ruel is still missing`.
    name: 'found',
    updates: true,
    negated: [
      /\bfate of\s+(.{3,90}?)\s+(?:remains|remained|is|was|are|were)\s+(?:still\s+)?unknown/u,
      new RegExp(
        `${SUBJECT},?\\s+(?:remains?|remained|is|are|was|were)\\s+(?:still\\s+)?(?:missing|unaccounted for)`,
        'u',
      ),
      new RegExp(`${SUBJECT},?\\s+(?:has|have) (?:still )?not been (?:found|located|rescued)`, 'u'),
    ],
    affirmed: [
      new RegExp(
        `${SUBJECT},?\\s+(?:was|were|has been|have been)\\s+(?:rescued|found(?!\\s+(?:guilty|liable|innocent|not|to|that|in|responsible))|located|pulled out|recovered|freed)\\b`,
        'u',
      ),
    ],
  },
  {
    // `Tomas Ruel was found alive` against `Tomas Ruel was found dead`: one person's fate. Someone found
    // alive may die later (an update); someone reported dead and then alive is a disagreement.
    name: 'dead',
    updates: true,
    oneName: true,
    wording: { question: 'is alive', negated: 'alive', affirmed: 'dead' },
    negated: [
      new RegExp(
        `${SUBJECT},?\\s+(?:was|were|has been|have been)\\s+(?:found|pulled out|pulled|rescued|brought out|recovered)\\s+alive\\b`,
        'u',
      ),
      new RegExp(`${SUBJECT},?\\s+(?:is|are|was|were)\\s+(?:still\\s+)?alive\\b`, 'u'),
    ],
    affirmed: [
      new RegExp(
        `${SUBJECT},?\\s+(?:was|were|has been|have been)\\s+(?:(?:found|pulled out|recovered)\\s+dead|killed)\\b`,
        'u',
      ),
      new RegExp(`${SUBJECT},?\\s+(?:has\\s+)?died\\b`, 'u'),
      /\bbod(?:y|ies) of\s+(.{3,90}?)\s+(?:was|were|has been|have been)\s+(?:found|recovered|pulled out)/u,
    ],
  },
  {
    // `Trump said he was not planning to waive the Jones Act` against `Trump said he is considering
    // lifting the Jones Act`.
    name: 'considered',
    sameSubject: true,
    negated: [
      new RegExp(
        `\\b(?:is|was|are|were|am)\\s+not\\s+(?:planning|considering|weighing|mulling|thinking about)\\s+(?:to\\s+)?${OBJECT}`,
        'u',
      ),
      new RegExp(`\\b(?:has|had|have)\\s+no\\s+plans?\\s+to\\s+${OBJECT}`, 'u'),
      new RegExp(`\\b(?:does|did|do)(?:\\s+not|n't)\\s+plan\\s+to\\s+${OBJECT}`, 'u'),
    ],
    affirmed: [
      new RegExp(
        `\\b(?:is|was|are|were)\\s+(?:considering|weighing|mulling|["“]thinking about["”]|thinking about)\\s+${OBJECT}`,
        'u',
      ),
    ],
  },
  {
    // `Haldane apologised to the residents` against `Haldane did not apologise to the court`, `offered no
    // apology`.
    name: 'apologised',
    bySubject: true,
    wording: { question: 'apologised', negated: 'no', affirmed: 'yes' },
    negated: [
      new RegExp(
        `\\b(?:did not|didn't|has not|hasn't|have not|haven't|had not|hadn't|never|refused to|declined to)\\s+(?:yet\\s+)?apologi[sz]ed?\\b${OPTIONAL_OBJECT}`,
        'u',
      ),
      new RegExp(`\\b(?:offered|made|issued|gave|with)\\s+no\\s+apology\\b${OPTIONAL_OBJECT}`, 'u'),
    ],
    affirmed: [
      new RegExp(`\\bapologi[sz]ed\\b${OPTIONAL_OBJECT}`, 'u'),
      new RegExp(
        `\\b(?:issued|offered|made|gave)\\s+(?:an?\\s+)?(?:public\\s+|formal\\s+|full\\s+|unreserved\\s+)?apology\\b${OPTIONAL_OBJECT}`,
        'u',
      ),
    ],
  },
  {
    // `this is not a swap`, `denied that the girls were exchanged for prisoners` against `were released
    // as part of a prisoner swap`, `were exchanged for four militants`: a release's one question.
    name: 'swapped',
    topic: 'the captives were freed in an exchange',
    negated: [
      /\b(?:not|no) (?:an? )?(?:prisoner |hostage )?(?:swap|exchange)\b()/u,
      /\bdenied\b[^.;]{0,80}?\b(?:exchanged|swapped|in exchange for)\b()/u,
      /\bno\b[^.;]{0,60}?\b(?:released|freed) in exchange for\b()/u,
    ],
    affirmed: [
      /\b(?:prisoner|hostage) (?:swap|exchange)\b()/u,
      /\b(?:exchanged|swapped|traded|in exchange) for\b[^.;,]{0,50}?\b(?:prisoners|militants|fighters|detainees|captives|commanders|leaders|suspects|hostages)\b()/u,
    ],
  },
  {
    // `no ransom was paid`, `the government did not pay a ransom` against `a ransom of $2 million was
    // paid`, `the families paid a ransom`: a release's other question.
    name: 'ransomed',
    topic: 'a ransom was paid',
    negated: [
      /\bno ransom\b()/u,
      /\b(?:did not|didn't|never|refused to|would not|will not) pay (?:a |any )?ransom\b()/u,
      /\bdenied\b[^.;]{0,60}?\bransom\b()/u,
    ],
    affirmed: [
      /\bpaid (?:a |the )?ransom\b()/u,
      /\bransom\b[^.;,]{0,40}?\b(?:was|had been|has been) paid\b()/u,
    ],
  },
  {
    name: 'attended',
    negated: [
      new RegExp(
        `\\b(?:did not|didn't|will not|won't|would not) (?:attend|visit|travel to|take part in)\\s+${OBJECT}`,
        'u',
      ),
    ],
    affirmed: [
      new RegExp(
        `\\b(?:attended|visited|travelled to|traveled to|took part in|will attend|would attend)\\s+${OBJECT}`,
        'u',
      ),
    ],
  },
];

/** A word that negates the clause of an affirmative match: that sentence is a negation too. */
const NEGATION = /\b(?:not|never|no|neither|nor|without)\b|n't\b/i;

/** A word that makes the clause of an affirmative match a question: `whether it’s a prisoner swap`. */
const ASKED = /\b(?:whether|if)\b/i;

/** What follows an object phrase that still says what it is about ("a further cut at the April meeting"). */
const OBJECT_CONTEXT = 50;

interface ObjectPhrase {
  readonly text: string;
  /** Where the object starts in its sentence. */
  readonly at: number;
  /** The verb and its object as the text writes them (`not planning to waive the act`). */
  readonly phrase: string;
  /** The object and the words just after it. */
  readonly context: string;
}

/** Names (capitalised words) of the object phrase, and content terms of it and its context. */
function describe(object: ObjectPhrase): Described {
  const names = new Set<string>();
  for (const m of object.text.matchAll(/\b([A-Z][\p{L}]+)/gu))
    if (!['The', 'A', 'An', 'Neither'].includes(m[1]!)) names.add(m[1]!.toLowerCase());
  return { text: object.text.trim(), names, terms: new Set(termsOf(object.context)) };
}

/** The same thing: a shared name, or two shared content words. */
function sameObject(a: Described, b: Described): boolean {
  if (sameName(a, b)) return true;
  let shared = 0;
  for (const t of a.terms) if (b.terms.has(t)) shared++;
  return shared >= 2;
}

/** A name (capitalised word) both name. */
function sameName(a: Described, b: Described): boolean {
  for (const n of a.names) if (b.names.has(n)) return true;
  return false;
}

/** The same names and no one else's: neither names someone through a possessive (`Roe’s brother`). */
function sameNames(a: Described, b: Described): boolean {
  const own = (d: Described): boolean => !/[’']s\b/.test(d.text);
  return (
    own(a) &&
    own(b) &&
    a.names.size === b.names.size &&
    sameName(a, b) &&
    [...a.names].every((n) => b.names.has(n))
  );
}

/** Whether the affirmation came later than the negation (or either time is unknown): news, not a disagreement. */
function updated(context: StoryContext, negation: number, affirmation: number): boolean {
  const at = (i: number) => publishedTime(context.sources[context.statements[i]!.source]!.published);
  const n = at(negation);
  const a = at(affirmation);
  return n === null || a === null || a > n;
}

/** One side of a family's disagreement: the statement, its object, the names before it, its words. */
interface Side {
  readonly i: number;
  readonly object: Described;
  readonly subject: Set<string>;
  readonly phrase: string;
}

/** How far before its object a side's subject is read. */
const SUBJECT_REACH = 80;
/**
 * The last run of capitalised words before a phrase (`Westmark Rail has not apologised` -> `Westmark
 * Rail`), or null: never a name inside the phrase (`… did not apologise to Ana Roe` is not Roe's).
 */
function subjectName(text: string, phrase: string): string | null {
  const at = text.indexOf(phrase);
  const before = text.slice(Math.max(0, at - SUBJECT_REACH), Math.max(0, at));
  let name: string | null = null;
  // Each run of capitalised words: its first word found by search, the words after it one by one.
  NAME_WORD_RE.lastIndex = 0;
  for (let m = NAME_WORD_RE.exec(before); m !== null; m = NAME_WORD_RE.exec(before)) {
    let end = m.index + m[0].length;
    for (NEXT_NAME_WORD_RE.lastIndex = end; NEXT_NAME_WORD_RE.test(before); )
      end = NEXT_NAME_WORD_RE.lastIndex;
    NAME_WORD_RE.lastIndex = end;
    const run = before.slice(m.index, end);
    if (!NO_SUBJECT.test(run)) name = run;
  }
  return name;
}

/** A capitalised word of two letters or more, and the next one of its run after white space. */
const NAME_WORD_RE = /\b\p{Lu}[\p{L}’'-]+/gu;
const NEXT_NAME_WORD_RE = /\s+\p{Lu}[\p{L}’'-]+/uy;

/** Capitalised words that name no one: a weekday, a month, a sentence's opening article. */
const NO_SUBJECT =
  /^(?:The|A|An|He|She|They|It|On|In|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The capitalised words before an object phrase (its clause's subject and speaker), lower-cased. */
function namesBefore(text: string, object: ObjectPhrase): Set<string> {
  const at = object.at;
  const before = text.slice(Math.max(0, at - SUBJECT_REACH), Math.max(0, at));
  const names = new Set<string>();
  for (const m of before.matchAll(/\b([A-Z][\p{L}’'-]+)/gu))
    if (!NO_SUBJECT.test(m[1]!)) names.add(m[1]!.toLowerCase());
  return names;
}

function firstObject(patterns: readonly RegExp[], text: string): ObjectPhrase | null {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m === null || m[1] === undefined) continue;
    // (An object left out, `has not apologised.`, stands right after the verb.)
    const at = m.index + (m[1] === '' ? m[0].length : m[0].indexOf(m[1]));
    return {
      text: m[1],
      at,
      phrase: text.slice(m.index, at + m[1].length).trim(),
      context: text.slice(at, at + m[1].length + OBJECT_CONTEXT),
    };
  }
  return null;
}

export function findPolarityConflicts(context: StoryContext): Contradiction[] {
  const found: Contradiction[] = [];
  const { statements } = context;
  for (const family of FAMILIES) {
    const negatives: Side[] = [];
    const affirmatives: Side[] = [];
    statements.forEach((s, i) => {
      const text = s.sentence.text;
      const negated = firstObject(family.negated, text);
      if (negated !== null) {
        negatives.push({
          i,
          object: describe(negated),
          subject: namesBefore(text, negated),
          phrase: negated.phrase,
        });
        return;
      }
      const affirmed = firstObject(family.affirmed, text);
      if (affirmed === null) return;
      const at = affirmed.at;
      // "X was not mentioned, but Y was discussed" stays a negation; a plain affirmation has no negator near its verb.
      // Nor is one asked (`whether it’s a prisoner swap`).
      const before = text.slice(Math.max(0, at - 40), at);
      if (NEGATION.test(before) || ASKED.test(before)) return;
      affirmatives.push({
        i,
        object: describe(affirmed),
        subject: namesBefore(text, affirmed),
        phrase: affirmed.phrase,
      });
    });
    const sameSubject = (a: Set<string>, b: Set<string>): boolean =>
      !(family.sameSubject || family.bySubject) || [...a].some((n) => b.has(n));
    // (A state that updates, or a deed that may come later: an affirmation published after the negation is news.)
    const news = (negation: number, affirmation: number): boolean =>
      (family.updates === true || family.bySubject === true) && updated(context, negation, affirmation);
    const used = new Set<number>();
    for (const neg of negatives) {
      if (used.has(neg.i)) continue;
      const against = affirmatives.filter(
        (a) =>
          statements[a.i]!.source !== statements[neg.i]!.source &&
          sameSubject(neg.subject, a.subject) &&
          !news(neg.i, a.i) &&
          (family.bySubject ||
            family.topic !== undefined ||
            (family.updates ? sameName(neg.object, a.object) : sameObject(neg.object, a.object))) &&
          (!family.oneName || sameNames(neg.object, a.object)),
      );
      if (against.length === 0) continue;
      // Every negation of the same thing stands on one side.
      const side = negatives.filter(
        (n) => n === neg || family.topic !== undefined || sameObject(neg.object, n.object),
      );
      const againstSources = new Set(against.map((a) => statements[a.i]!.source));
      const sameSide = side.filter((n) => !againstSources.has(statements[n.i]!.source));
      for (const n of sameSide) used.add(n.i);
      const what =
        (family.bySubject ? subjectName(statements[neg.i]!.sentence.text, neg.phrase) : null) ??
        neg.object.text
          .replace(/^(?:the|a|an)\s+/i, '')
          .split(/\s+/)
          .slice(0, 8)
          .join(' ');
      const count = (ids: readonly number[]): string => {
        const sources = new Set(ids.map((i) => statements[i]!.source)).size;
        const origins = new Set(ids.map((i) => statements[i]!.origin)).size;
        return `${sources} source${sources === 1 ? '' : 's'} (${origins} origin${origins === 1 ? '' : 's'}) ${sources === 1 ? 'says' : 'say'}`;
      };
      // (An intention's object is a verb's phrase: the two sides are shown in their own words.)
      const [no, yes] = [count(sameSide.map((n) => n.i)), count(against.map((a) => a.i))];
      const { wording } = family;
      const summary = family.sameSubject
        ? `Outlets disagree on what is intended: ${no} “${neg.phrase}”, ${yes} “${against[0]!.phrase}”.`
        : family.topic !== undefined
          ? `Outlets disagree on whether ${family.topic}: ${no} no, ${yes} yes.`
          : wording
            ? `Outlets disagree on whether ${what} ${wording.question}: ${no} ${wording.negated}, ${yes} ${wording.affirmed}.`
            : `Outlets disagree on whether ${what} was ${family.name}: ${no} it was not, ${yes} it was.`;
      found.push({
        kind: 'polarity',
        summary,
        sides: [...sameSide.map((n) => n.i), ...against.map((a) => a.i)].map((i) => citationOf(context, i)),
      });
      // (A story's one happening asks its question once.)
      if (family.topic !== undefined) break;
    }
  }
  return found;
}

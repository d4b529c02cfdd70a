/**
 * @module synthesize/roles
 * Different people in the same role, or one person in different roles: "Transport Minister Paulo
 * Vessant" in four outlets against "Transport Minister Henrike Dalmau" in a fifth; "Plant manager Orel
 * Vasko" against "Orel Vasko, the plant's safety officer". Precision first: a role counts only with a
 * known role noun, and two outlets disagree only when neither names the other's person in that role.
 */

import { lowerBound } from '../analyze/quotes/state.js';
import { groupBy } from '../multimap.js';
import type { Contradiction } from '../types.js';
import { entityById } from './by-sentence.js';
import { spelledAlike } from './spelling.js';
import { analysedText, citationOf, SIMILAR_STATEMENTS, type StoryContext } from './story-context.js';

/** Role nouns, in families of near-synonyms: two roles of one family are the same kind of post. */
const ROLE_FAMILIES: readonly (readonly string[])[] = [
  ['minister'],
  ['secretary'],
  ['director'],
  ['chairman', 'chairwoman', 'chair'],
  ['president'],
  ['premier', 'chancellor'],
  ['governor'],
  ['mayor'],
  ['manager'],
  ['officer'],
  ['economist'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['aide', 'adviser', 'advisor', 'assistant'],
  ['ambassador', 'envoy'],
  ['commissioner'],
  ['prosecutor'],
  ['judge'],
  ['commander'],
  ['engineer'],
  ['inspector'],
  ['editor'],
  ['treasurer'],
];
/**
 * Generic words for whoever leads something ("the Russian leader", "security chief"): they fit any post,
 * so they never contradict a specific role.
 */
const GENERIC = new Set(['leader', 'chief', 'head', 'boss']);
const FAMILY = new Map<string, number>();
ROLE_FAMILIES.forEach((family, i) => {
  for (const noun of family) FAMILY.set(noun, i);
});
for (const noun of GENERIC) FAMILY.set(noun, -1);
/** Role nouns in either case at their first letter; names stay capitalised (no `i` flag). */
const NOUNS = [...FAMILY.keys()].map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`).join('|');

/** A name of two to six words (bounded: an unbounded run of capitalised words made the search quadratic). */
const NAME = String.raw`([A-Z][\p{L}'’-]{1,40}(?:\s+[A-Z][\p{L}'’-]{1,40}){1,5})`;
/**
 * "Transport Minister Paulo Vessant", "Chief economist Selin Odabas", "plant manager Orel Vasko". The
 * phrase starts where a word starts: tried inside a word, every letter of a long word was a start that
 * read to the word's end (quadratic in the word). Its words, like the name's, run to 40 letters at most,
 * and the spaces between them to 20, so that each start reads a bounded span.
 */
const ROLE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}’'-])((?:[\p{L}’'-]{1,40}\s{1,20}){0,2}?(?:${NOUNS}))\s+${NAME}`,
  'gu',
);
/** "Orel Vasko, the plant's safety officer," and "Selin Odabas, chief economist at the bank,". */
const ROLE_AFTER = new RegExp(
  String.raw`${NAME},\s+(?:the\s+|its\s+|a\s+|an\s+)?((?:[\p{L}’'-]{1,40}\s{1,20}){0,3}?(?:${NOUNS}))\b`,
  'gu',
);

/** Words that narrow a post when they stand before its phrase: an acting or interim holder is another. */
const NARROWER_BEFORE_RE = /\b(acting|interim|deputy|former|then)\s$/i;

/** "… of the Malaysian Chinese Association", "at Goldman Sachs": the post is in a body named after it. */
const NAMED_BODY_AFTER = /^\s+(?:of|at)\s+(?:the\s+)?\p{Lu}/u;

/** Words in a role phrase that say nothing about the post. */
const FILLER = new Set([
  'the',
  'its',
  'a',
  'an',
  'his',
  'her',
  'their',
  'former',
  'then',
  'new',
  'said',
  'and',
  'of',
]);

interface Claim {
  readonly statement: number;
  readonly source: number;
  readonly person: string;
  readonly surname: string;
  /** The role's last two words, lower-cased, possessives dropped ("transport minister"). */
  readonly role: string;
  /**
   * The words before those that narrow the post ("belgian" of "Belgian Justice Minister", "deputy" of
   * "deputy prime minister"), or '': only roles narrowed alike are one post.
   */
  readonly qualifier: string;
  readonly family: number;
  /** Whether the role is said to be in a body named after it ("president of the Malaysian Chinese Association"). */
  readonly namedBody: boolean;
}

function normaliseRole(phrase: string): { role: string; qualifier: string; family: number } | null {
  const words = phrase
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '' && !FILLER.has(w) && !/[’']s$/.test(w));
  const head = words.at(-1);
  if (head === undefined) return null;
  const family = FAMILY.get(head);
  if (family === undefined) return null;
  return { role: words.slice(-2).join(' '), qualifier: words.slice(0, -2).join(' '), family };
}

/** Whether the name starting at `at` in a source's text is one its analysis types other than a person. */
function notAPerson(context: StoryContext, source: number, at: number): boolean {
  const { analysis } = context.documents[source]!;
  const k = lowerBound(analysis.mentions, at + 1, (m) => m.start) - 1;
  const mention = k >= 0 ? analysis.mentions[k] : undefined;
  if (mention === undefined || mention.end <= at) return false;
  const type = entityById(analysis).get(mention.entity)?.type;
  return type !== undefined && type !== 'person';
}

export function findRoleConflicts(context: StoryContext): Contradiction[] {
  const claims: Claim[] = [];
  context.statements.forEach((s, statement) => {
    const text = s.sentence.text;
    const add = (phrase: string, person: string, at: number, after = ''): void => {
      const role = normaliseRole(phrase);
      if (role === null) return;
      // A role belongs to a person: a name the analysis knows as a place or a body holds none.
      if (notAPerson(context, s.source, s.sentence.start + at)) return;
      // A role word that is part of the name ("President Street") or a lone title is no claim.
      if (person.split(/\s+/).some((w) => FAMILY.has(w.toLowerCase()))) return;
      claims.push({
        statement,
        source: s.source,
        person,
        surname: person.split(/\s+/).at(-1)!.toLowerCase(),
        ...role,
        namedBody: NAMED_BODY_AFTER.test(after),
      });
    };
    // (A word before the phrase may narrow the post further: `acting Malaysian Transport Minister`.)
    for (const m of text.matchAll(ROLE_BEFORE)) {
      const narrower = NARROWER_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
      add(narrower ? `${narrower} ${m[1]!}` : m[1]!, m[2]!, m.index + m[0].length - m[2]!.length);
    }
    for (const m of text.matchAll(ROLE_AFTER))
      add(m[2]!, m[1]!, m.index, text.slice(m.index + m[0].length, m.index + m[0].length + 12));
  });
  /** Each source's text in lower case, made once however many claims ask. */
  const lowered = new Map<number, string>();
  const mentions = (source: number, surname: string): boolean => {
    let text = lowered.get(source);
    if (text === undefined)
      lowered.set(source, (text = analysedText(context.documents[source]!).toLowerCase()));
    return text.includes(surname);
  };

  const found: Contradiction[] = [];
  // Different people named to one specific role, narrowed alike: Belgium's justice minister is not
  // France's, nor a deputy prime minister the prime minister.
  // (A generic head, "Newcastle boss", "defence force chief", fits whoever held the post at any time.)
  const byRole = groupBy(
    claims.filter((c) => c.role.includes(' ') && !GENERIC.has(c.role.split(' ').at(-1)!)),
    (c) => `${c.qualifier}|${c.role}`,
  );
  for (const list of byRole.values()) {
    const role = list[0]!.role;
    const people = [...new Set(list.map((c) => c.surname))];
    if (people.length !== 2) continue;
    const [p, q] = people as [string, string];
    // One person spelled two ways ("Cazeneuve", "Cazaneuve") is no second person.
    if (spelledAlike(p, q)) continue;
    const withP = list.filter((c) => c.surname === p);
    const withQ = list.filter((c) => c.surname === q);
    const sourcesP = new Set(withP.map((c) => c.source));
    const sourcesQ = new Set(withQ.map((c) => c.source));
    const exclusive =
      [...sourcesP].every((s) => !mentions(s, q)) && [...sourcesQ].every((s) => !mentions(s, p));
    if (!exclusive) continue;
    // Two people in one generic role ("general manager", "chief executive") are a disagreement only
    // when the statements say the same thing: one team's general manager is not another's.
    const generic =
      /^(?:general|chief|deputy|assistant|senior|executive|acting|vice|managing|head|team|club|interim)\s/.test(
        role,
      );
    const linked =
      !generic ||
      withP.some((x) =>
        withQ.some(
          (y) =>
            context.sameFact(x.statement, y.statement) ||
            context.alignment.score(x.statement, y.statement) >= SIMILAR_STATEMENTS,
        ),
      );
    if (!linked) continue;
    found.push({
      kind: 'person',
      summary: `Sources name different people as ${role}: ${withP[0]!.person} and ${withQ[0]!.person}.`,
      sides: uniqueStatements([...withP, ...withQ]).map((i) => citationOf(context, i)),
    });
  }
  // One person given roles of different kinds.
  const byPerson = groupBy(claims, (c) => c.surname);
  for (const all of byPerson.values()) {
    // (A post in a named body, "the president of the Malaysian Chinese Association", is a second hat.)
    const list = all.filter((c) => !GENERIC.has(c.role.split(' ').at(-1)!) && !c.namedBody);
    const families = [...new Set(list.map((c) => c.family))];
    if (families.length !== 2) continue;
    const [f, g] = families as [number, number];
    const inF = list.filter((c) => c.family === f);
    const inG = list.filter((c) => c.family === g);
    const sourcesF = new Set(inF.map((c) => c.source));
    const sourcesG = new Set(inG.map((c) => c.source));
    // An outlet giving the person both roles is describing two hats, not disagreeing.
    if ([...sourcesF].some((s) => sourcesG.has(s))) continue;
    found.push({
      kind: 'person',
      summary: `Sources give ${inF[0]!.person} different roles: ${inF[0]!.role} and ${inG[0]!.role}.`,
      sides: uniqueStatements([...inF, ...inG]).map((i) => citationOf(context, i)),
    });
  }
  return found;
}

function uniqueStatements(claims: readonly Claim[]): number[] {
  return [...new Set(claims.map((c) => c.statement))];
}

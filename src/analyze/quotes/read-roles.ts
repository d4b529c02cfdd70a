/**
 * @module analyze/quotes/read-roles
 * Step `readRoles`: the roles and ages the text gives each person, so a description names the one it
 * describes: `the singer` is the person introduced as `singer Rihanna`, `the 23-year-old` the one
 * introduced as `Hannah Roe, 23,`, `the spokesman` the one introduced as `Park Roe, the spokesman for
 * …`, `the brother` the one introduced as `his brother, Eric Roe`. Read from the words right before a
 * name (`Arizona Cardinals coach Bruce Roe`, `his brother, Eric Roe`) and from an appositive right after
 * it (`Roe, a ballistic missile analyst at NK Pro,`).
 */

import { HONORIFICS, KIN_NOUNS } from '../entities/words.js';
import { type QuoteState, typeOf, wordsBefore } from './state.js';
import { runFrom, spaceFrom } from './word-runs.js';
import { PERSON_NOUNS, UNNAMED_NOUNS } from './words.js';

const APPOSITIVE_LEAD_RE = /^,\s+/u;
const DETERMINER_RE = /^(?:a|an|the|his|her|their|its)\s+/u;
const APPOSITIVE_WORD_RE = /[\p{L}\d’'-]/u;
/** Words that open a clause or an adverbial after a name's comma, never a role. */
const NOT_APPOSITIVE_RE =
  /^(?:according|said|says|told|who|whom|whose|which|where|when|while|as|in|on|at|from|with|by|for|to|of|and|or|but|after|before|despite|including|if|though|although|because|then|however|also|now)\b/i;

/**
 * The words of an appositive right after a name, up to ten, ended by a comma, period, semicolon or the
 * end (`Roe, a ballistic missile analyst at NK Pro,` -> `ballistic missile analyst at NK Pro`), its
 * determiner left out (`a`, `an`, `the`, `his`, `her`, `their`, `its`), read word by word: words of
 * letters, digits, apostrophes and hyphens after the comma, the fewest that reach an ending (see `phraseFrom`).
 */
function appositiveAfter(after: string): string | null {
  const lead = APPOSITIVE_LEAD_RE.exec(after);
  if (!lead) return null;
  const start = lead[0].length;
  // `the Stade de France, according to a police source,`: a clause, not what the name is.
  if (NOT_APPOSITIVE_RE.test(after.slice(start, start + 16))) return null;
  const determiner = DETERMINER_RE.exec(after.slice(start));
  return (determiner && phraseFrom(after, start + determiner[0].length)) || phraseFrom(after, start);
}

/**
 * How many words an appositive holds at most: `executive vice president of mobile product planning at
 * Samsung` is ten.
 */
const APPOSITIVE_WORDS = 10;

/** Up to `APPOSITIVE_WORDS` words from `start`, separated by white space, the last one followed by an end. */
function phraseFrom(text: string, start: number): string | null {
  let at = start;
  for (let words = 0; ; words++) {
    const wordEnd = runFrom(text, at, APPOSITIVE_WORD_RE);
    if (wordEnd === at) return null;
    const next = spaceFrom(text, wordEnd);
    if (next === text.length || ',.;'.includes(text[next]!)) return text.slice(start, wordEnd);
    if (words === APPOSITIVE_WORDS - 1 || next === wordEnd) return null;
    at = next;
  }
}
const AGE_RE = /^,\s+(\d{1,3}),/;
/** Words that end a premodifier when read backwards: verbs (`-ed`, `-ing`, `said`) and function words. */
const NOT_PREMODIFIER =
  /^(?:[a-z]+(?:ed|ing)|said|says|told|tells|to|by|of|for|with|and|or|but|as|at|in|on|from|that|than|is|was|are|were|be|has|have|had|the|a|an|his|her|their|its)$/;
const DETERMINERS = new Set(['his', 'her', 'their', 'the', 'a', 'an', 'another']);
/** A capitalised name in the possessive (`Velmora’s`, `Britain's`). */
const POSSESSIVE_RE = /^\p{Lu}[\p{L}.-]*[’']s$/u;
/** The word right before a name, its stop and the space after it (`Dr `, `Mrs. `): an honorific when `HONORIFICS` has it. */
const WORD_BEFORE_NAME_RE = /(?:^|[\s,])(\p{L}+\.?\s+)$/u;
const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';

/** The singular of a plural noun for people (`journalists` -> `journalist`), or null. */
function singularNoun(word: string): string | null {
  if (!word.endsWith('s')) return null;
  const one = word.slice(0, -1);
  return PERSON_NOUNS.has(one) || UNNAMED_NOUNS.has(one) ? one : null;
}

/** A capitalised preposition opening a sentence's introductory phrase (`Like his brother, …`). */
const INTRO_RE = /^(?:Like|Unlike|For|After|Before|With|Without|Despite|Besides|Beside|Including|To|From)$/;

/**
 * The role words and age the text gives a person at one mention: the words right before the name back
 * to a verb or function word (`Arizona Cardinals coach Bruce Roe`), a determined phrase and comma right
 * before it (`his brother, Eric Roe`), an age (`Roe, 23,`) and an appositive after it (`Roe, a
 * ballistic missile analyst at NK Pro,`). Lowercase.
 */
export function roleWords(text: string, start: number, end: number): string[] {
  return rolesAt(text, start, end).words;
}

/**
 * A role phrase's head noun: its last word before a complement (`analyst at NK Pro` -> `analyst`), one
 * shaped like a noun for someone who does something (`coroner`, `superintendent`, `columnist`,
 * `representative`) or a kin noun (`aunt`), so a word the lead-in swept up (`but`, `when`, `shows`) is none.
 */
const HEAD_NOUN_RE =
  /^\p{Ll}[\p{Ll}-]{2,}(?:er|or|ist|ian|ant|ent|man|woman|person|ess|ee|ive|yst|ain|ect|ic)$/u;
/** Function words of that shape. */
const NOT_HEAD = new Set(
  'after other never whether either neither rather over ever together later further however whatever whenever under per whoever wherever meanwhile'.split(
    ' ',
  ),
);
const COMPLEMENT_WORDS = new Set(['at', 'of', 'for', 'in', 'with', 'from', 'on', 'to', 'and', 'who']);

function headOf(words: readonly string[]): string | null {
  const end = words.findIndex((w) => COMPLEMENT_WORDS.has(w));
  let last = (end < 0 ? words.length : end) - 1;
  // (`Area coroner Dr Helen Roe`: the honorific is no part of the role.)
  if (last > 0 && HONORIFICS.has(words[last]!.toLowerCase().replace(/\.$/, ''))) last--;
  // A title before the name is its role too: `Superintendent Carla Roe` is `the superintendent`.
  const head = words[last]?.toLowerCase();
  return head !== undefined && ((HEAD_NOUN_RE.test(head) && !NOT_HEAD.has(head)) || KIN_NOUNS.has(head))
    ? head
    : null;
}

/** The role words of one mention (see `roleWords`) and the head nouns of its role phrases. */
function rolesAt(text: string, start: number, end: number): { words: string[]; heads: string[] } {
  const out: string[] = [];
  const heads: string[] = [];
  const phrase = (words: readonly string[]): void => {
    const head = headOf(words);
    if (head !== null) heads.push(head);
    add(words);
  };
  const add = (words: readonly string[]): void => {
    for (const phrase of words)
      for (const w of phrase.toLowerCase().split(/[’']+/)) {
        if (w.length <= 1) continue;
        out.push(w);
        // `journalists Ana Roe and Ivo Doe`: each is `the journalist` too.
        const one = singularNoun(w);
        if (one !== null) out.push(one);
      }
  };
  const lead = wordsBefore(text, start, 4);
  let k = lead.length;
  while (k > 0 && !NOT_PREMODIFIER.test(lead[k - 1]!)) k--;
  phrase(lead.slice(k));
  // (`his brother, Dr Eric Roe`: the honorific is no part of the phrase before it.)
  const before = WORD_BEFORE_NAME_RE.exec(text.slice(Math.max(0, start - 8), start))?.[1];
  const honorific = before !== undefined && HONORIFICS.has(before.trimEnd().toLowerCase());
  let c = start - (honorific ? before.length : 0);
  while (c > 0 && isSpace(text[c - 1]!)) c--;
  if (text[c - 1] === ',') {
    const words = wordsBefore(text, c - 1, 4);
    // (A possessive name determines the phrase too: `Velmora’s prime minister, Ana Roe`.)
    const d = words.findIndex((w) => DETERMINERS.has(w.toLowerCase()) || POSSESSIVE_RE.test(w));
    // `According to the friend, Roe stayed …`, `Like his brother, Roe …`: an opening phrase, not an apposition.
    const opening =
      d >= 1 && (INTRO_RE.test(words[d - 1]!) || /^according to$/i.test(words.slice(d - 2, d).join(' ')));
    if (d >= 0 && d < words.length - 1 && !opening) phrase(words.slice(d + 1));
  }
  const after = text.slice(end, end + 90);
  const age = AGE_RE.exec(after);
  if (age) add([`${age[1]}-year-old`]);
  const appositive = appositiveAfter(after);
  if (appositive) phrase(appositive.split(/\s+/));
  // `chief executive Ana Roe` is `the CEO`, `chief financial officer Ana Roe` `the CFO`.
  for (const [words, acronym] of ROLE_ACRONYMS) if (words.every((w) => out.includes(w))) out.push(acronym);
  return { words: out, heads };
}

/** Posts known by their initials, with the words that spell them out. */
const ROLE_ACRONYMS: readonly [readonly string[], string][] = [
  [['chief', 'executive'], 'ceo'],
  [['chief', 'financial', 'officer'], 'cfo'],
];

export function readRoles(state: QuoteState): void {
  const roles = new Map<string, Set<string>>();
  for (const m of state.mentions) {
    if (typeOf(state, m.entity) !== 'person') continue;
    let set = roles.get(m.entity);
    if (!set) roles.set(m.entity, (set = new Set()));
    const { words, heads } = rolesAt(state.text, m.start, m.end);
    for (const w of words) set.add(w);
    for (const h of heads) state.roleHeads.add(h);
    // `Evangelos Roe, whose socialist Pasok party came third`: the party, team or company is his, and
    // `the Pasok leader` may be him.
    for (const w of whoseBody(state.text.slice(m.end, m.end + 80))) set.add(w);
  }
  state.roles = roles;
}

const WHOSE_LEAD_RE = /^,\s+whose\s+/;
const BODY_WORDS = new Set(['party', 'team', 'club', 'company', 'firm', 'group', 'movement', 'government']);

/**
 * The organisation a relative clause after a name gives the person (`, whose socialist Pasok party` ->
 * `pasok`): up to two lower-case words, one to three capitalised ones, then a body's word. Read word by
 * word over the few words after `whose`.
 */
function whoseBody(after: string): string[] {
  const lead = WHOSE_LEAD_RE.exec(after);
  if (!lead) return [];
  const words = after.slice(lead[0].length).split(/\s+/, 7);
  let i = 0;
  while (i < 2 && i < words.length && /^[a-z-]+$/.test(words[i]!)) i++;
  const name: string[] = [];
  while (name.length < 3 && i < words.length && /^\p{Lu}[\p{L}-]*$/u.test(words[i]!)) name.push(words[i++]!);
  const body = /^[a-z]+/.exec(words[i] ?? '')?.[0];
  return name.length > 0 && body !== undefined && BODY_WORDS.has(body)
    ? name.map((w) => w.toLowerCase())
    : [];
}

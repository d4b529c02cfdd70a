/**
 * @module analyze/quotes/read-genders
 * Step `readGenders`: the gender the text gives each person, so `she said` goes to the last woman
 * speaking and not to the last man named. Evidence, strongest first: a title (`Mr`, `Ms`, `Dame`), a
 * given name that names one gender far more often (`data/given-name-genders.json`), a gendered role next
 * to the name (`actress Uma Roe`, `Roe, a spokeswoman`), and the pronouns that follow a sentence's
 * subject (`Roe arrived. She said…`). Organisations are
 * neuter. Pronouns inside quotation marks are the speaker's own and are not counted.
 */

import { givenNameGender } from '../entities/words.js';
import { sentenceAt } from '../sentences.js';
import { markAround, type QuoteState, typeOf, wordsBefore } from './state.js';
import { runFrom, spaceFrom } from './word-runs.js';
import { FEMALE_WORDS, MALE_WORDS } from './words.js';

/** Titles that say a gender (`Mr Roe`, `Dame Roe`). */
const TITLES = new Set(
  'Mr Mrs Ms Miss Sir Dame Lady Lord King Queen Prince Princess Duke Duchess Madam Baroness Baron'.split(' '),
);
/** `, a`, `, her` and the space after: an appositive that may give a role (`Roe, his former coach`). */
const ROLE_LEAD_RE = /^,\s+(?:a|an|the|his|her)\s+/u;
const ROLE_WORD_RE = /^[a-z]+\b/;
const NAME_WORD_RE = /[\p{L}-]/u;

/**
 * The first of the first four words of an appositive after a name that begins with lowercase letters
 * (`Roe, the Navy nurse` -> `nurse`): after a comma, spaces and a determiner (`a`, `an`, `the`, `his`,
 * `her`), the earliest of the next four words that starts with lowercase ASCII letters, those letters.
 */
function roleAfter(after: string): string | undefined {
  const lead = ROLE_LEAD_RE.exec(after);
  if (!lead) return undefined;
  let at = lead[0].length;
  for (let words = 0; ; words++) {
    const role = ROLE_WORD_RE.exec(after.slice(at));
    if (role) return role[0];
    if (words === 3) return undefined;
    const wordEnd = runFrom(after, at, NAME_WORD_RE);
    const next = spaceFrom(after, wordEnd);
    if (wordEnd === at || next === wordEnd) return undefined;
    at = next;
  }
}
/** A subject is followed by its verb (after an appositive): `Roe said`, `Roe, 57, was`; not `asked Roe to`. */
const SUBJECT_AFTER_RE =
  /^(?:,[^,]{1,60},)?\s+(?!(?:to|and|or|of|for|with|in|on|at|from|by|as|about|into|than|who|whom|that)\b)\p{Ll}/u;
/** Words between a role and a name that make the role another's: `the woman in`, `the wife of`. */
const LINK_WORDS = new Set(
  'in of for with by to at from on and or than like as about who whom whose that which'.split(' '),
);
const PRONOUN_RE = /\b(?:he|his|himself|she|hers|herself)\b/gi;
/** A subject that speaks (`Roe said`, `Roe, the chief executive, told`), and a pronoun that goes on speaking (`he said`). */
const SPEAKS_AFTER_RE = /^(?:,[^,]{1,60},)?\s+(?:said|says|told|added|wrote|explained)\b/;
const SPEAKS_AFTER_PRONOUN_RE = /^\s+(?:said|says|added|adds|told|tells|continued|explained|wrote)\b/;

/** Whether a stretch of text leaves a quotation open: more opening marks than closing ones. */
function openQuote(stretch: string): boolean {
  let open = 0;
  let straight = 0;
  for (const c of stretch) {
    if (c === '“') open++;
    else if (c === '”') open = Math.max(0, open - 1);
    else if (c === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}

export function readGenders(state: QuoteState): void {
  const { text, sentences } = state;
  const votes = new Map<string, { m: number; f: number }>();
  const vote = (entity: string, g: 'm' | 'f', weight: number): void => {
    const v = votes.get(entity) ?? { m: 0, f: 0 };
    v[g] += weight;
    votes.set(entity, v);
  };
  const wordGender = (w: string): 'm' | 'f' | null => {
    const l = w.toLowerCase();
    return FEMALE_WORDS.has(l) ? 'f' : MALE_WORDS.has(l) ? 'm' : null;
  };
  for (const m of state.mentions) {
    if (typeOf(state, m.entity) !== 'person') continue;
    const own = wordGender(m.text.split(/[\s.]/)[0] ?? '');
    // `Mr. Roe`, `Ms Roe`: the word right before the name, a period allowed.
    let t = m.start;
    while (t > 0 && text[t - 1] === ' ') t--;
    if (text[t - 1] === '.') t--;
    const title = wordsBefore(text, t, 1)[0];
    const titleGender = title && TITLES.has(title) ? wordGender(title) : null;
    if (own) vote(m.entity, own, 5);
    else if (titleGender) vote(m.entity, titleGender, 5);
    // `actress Uma Roe`, `his mother, Jane`: a gendered role word right before the name.
    let c = m.start;
    while (c > 0 && text[c - 1] === ' ') c--;
    const lead = text[c - 1] === ',' ? wordsBefore(text, c - 1, 2) : wordsBefore(text, m.start, 3);
    // Up to a word that links the role to something else (`a woman in President Roe's …`: not Roe's).
    const near = lead.slice(lead.findLastIndex((w) => LINK_WORDS.has(w)) + 1);
    // (Not a quotation's last words: `“When I think about my mother,” Obama told me`.)
    const quoted = /["”’'][\s,]*$/.test(text.slice(Math.max(0, m.start - 6), m.start));
    const role = quoted ? undefined : near.find((w) => /^[a-z]/.test(w) && wordGender(w));
    const after = roleAfter(text.slice(m.end, m.end + 60));
    for (const w of [role, after]) {
      const g = w ? wordGender(w) : null;
      if (g) vote(m.entity, g, 2);
    }
  }
  // Pronouns after the subject of a sentence (its first person), in the reporter's words: later in the
  // sentence with no other person between, or in the next sentence before anyone else is named. Only
  // pronouns that cannot be an object (`he`, `she`, `his`, `himself`, `herself`): `her` and `him` are
  // often someone else (`Roe persuaded her`).
  let lastSentence = -1;
  const people = state.mentions.filter((m) => typeOf(state, m.entity) === 'person');
  for (let i = 0; i < people.length; i++) {
    const m = people[i]!;
    const si = sentenceAt(sentences, m.start);
    const s = sentences[si];
    if (!s || si === lastSentence) continue;
    // A possessive is not the subject (`Obama's mother was … . She …`: the mother's pronoun).
    if (/^[’']s\b/.test(text.slice(m.end, m.end + 3))) continue;
    lastSentence = si;
    if (!SUBJECT_AFTER_RE.test(text.slice(m.end, m.end + 80))) continue;
    const next = sentences[si + 1];
    const to = Math.min(people[i + 1]?.start ?? text.length, next ? next.end : s.end, m.end + 400);
    const seg = text.slice(m.end, to);
    PRONOUN_RE.lastIndex = 0;
    for (let p = PRONOUN_RE.exec(seg); p; p = PRONOUN_RE.exec(seg)) {
      // (Inside a quotation, even one whose closing mark the paragraph lacks: the speaker's own words.)
      if (markAround(state, m.end + p.index) || openQuote(seg.slice(0, p.index))) continue;
      // `Roe said … . “…,” he said.`: the speaker's own words go on under the pronoun, which outweighs a
      // given name's usual gender (`Satya`, `Andrea`, `Jean` name both).
      const goesOn =
        SPEAKS_AFTER_RE.test(text.slice(m.end, m.end + 80)) &&
        SPEAKS_AFTER_PRONOUN_RE.test(seg.slice(p.index + p[0].length, p.index + p[0].length + 12));
      vote(m.entity, /^(?:he|his|himself)$/i.test(p[0]) ? 'm' : 'f', goesOn ? 4 : 1);
      break;
    }
  }

  for (const [entity, v] of votes) {
    if (v.m > v.f) state.textGenders.set(entity, 'm');
    else if (v.f > v.m) state.textGenders.set(entity, 'f');
  }
  // The given name of each person's whole name (`Uma Roe`, not `Roe` alone).
  for (const e of state.entities.entities) {
    if (e.type !== 'person' || !e.name.includes(' ')) continue;
    const g = givenNameGender(e.name);
    if (g) vote(e.id, g, 3);
  }
  for (const [entity, v] of votes) {
    if (v.m > v.f) state.genders.set(entity, 'm');
    else if (v.f > v.m) state.genders.set(entity, 'f');
  }
  for (const e of state.entities.entities) if (e.type === 'organization') state.genders.set(e.id, 'n');
}

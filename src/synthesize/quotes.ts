/**
 * @module synthesize/quotes
 * The same utterance across outlets: quotes of one speaker whose words overlap (after folding
 * spellings and paraphrase synonyms, so two translations meet), or that sit in statements aligned as
 * one fact, are one quote with all its variants. A group holds one speaker's words: a quote joins a
 * group only when its speaker, if known, is the group's; the group's speaker is the one most of its
 * variants name, by the person's bare name (no title written into it); a title taken for a name is the
 * person the story gives that title, or no one. Background quotes (in a sentence about a time weeks before the report: an earlier
 * speech, last year's interview) are not variants of today's words unless the words are the same.
 * Each variant cites the exact quoted span. Candidate groups come from shared words and shared facts,
 * so the work stays near linear in the number of quotes.
 */
import {
  FAMILY_FIRST,
  givenNameGender,
  isEnglishWord,
  isRoleWord,
  KIN_NOUNS,
  PERSON_NOUNS,
  roleWords,
  SPOKES_NOUNS,
} from '../analyze/index.js';
import type { AlignedQuote, Citation, Document, Quote } from '../types.js';
import type { StoryEntities } from './entities.js';
import type { StoryContext } from './story-context.js';
import { termsOf } from './terms.js';

interface QuoteItem {
  readonly source: number;
  readonly quote: Quote;
  readonly speaker: number | undefined;
  readonly terms: Set<string>;
  readonly statement: number | undefined;
  /** The quote's sentence is about a time well before the report (an earlier event's words). */
  readonly earlier: boolean;
}

interface Group {
  readonly items: QuoteItem[];
  readonly sources: Set<number>;
  /** Speaker -> how many variants name them. */
  readonly speakers: Map<number, number>;
}

/** Share of the shorter quote's terms the other must carry to be the same words. */
const SAME_WORDS = 0.34;
/** Share of shared words above which two quotes are the same words whatever else differs. */
const VERBATIM = 0.6;
/** Quotations with fewer terms than this are never "the same words" as another's. */
const FEW_TERMS = 3;
/** How many times longer (in terms) one of two translations of an utterance may be than the other. */
const TRANSLATION_LENGTH = 3;
/** Days before publication beyond which a sentence's date makes its quote background. */
const BACKGROUND_DAYS = 14;
/** Groups a shared term points to that are looked at (most recent first): bounds common words. */
const TERM_FANOUT = 60;

const DAY = 86_400_000;

/** The last day a date (`2017`, `2017-05`, `2017-05-04`) covers, as a time. */
function lastDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return Date.UTC(y, 11, 31);
  if (d === undefined) return Date.UTC(y, m, 0);
  return Date.UTC(y, m - 1, d);
}

/** Whether a quote's sentence dates it weeks before its article was published. */
function isEarlier(doc: Document, quote: Quote): boolean {
  const published = doc.article.published?.slice(0, 10);
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return false;
  const pub = lastDay(published);
  for (const d of doc.analysis.dates) {
    if (d.sentence !== quote.sentence || !d.resolved || !d.date) continue;
    if (pub - lastDay(d.until ?? d.date) > BACKGROUND_DAYS * DAY) return true;
  }
  return false;
}

/** Words that open a father's name in Arabic and Malay names (`Abdul Rahman`, `bin Laden`). */
const PATRONYMIC_HEADS = new Set([
  'Abdul',
  'Abdel',
  'Abd',
  'Abu',
  'Bin',
  'bin',
  'Ibn',
  'ibn',
  'Binti',
  'binti',
]);

/**
 * A person's name without the titles and roles an article wrote into it: `Prime Minister Theresa Roe`
 * is Theresa Roe, `Physicist David Roe` (a known given name after an unknown word) David Roe.
 */
export function bareName(name: string): string {
  const words = name.split(/\s+/);
  let k = 0;
  while (k < words.length - 2 && isRoleWord(words[k]!)) k++;
  // A whole name starts at its given name: a word before a known given name and a surname is a role.
  if (
    k === 0 &&
    words.length >= 3 &&
    !FAMILY_FIRST.has(words[0]!) &&
    // An initial is the name's own (`R. Nicholas Burns`).
    !/^\p{Lu}\.$/u.test(words[0]!) &&
    // `Azharuddin Abdul Rahman`: a given name before a father's name is the person's own.
    !PATRONYMIC_HEADS.has(words[1]!) &&
    // `Physicist David Roe`, `CSO Omar Roe`, not `Yunfan Gerry Roe`: the word before is an English word
    // or an acronym (a role), no name.
    (isEnglishWord(words[0]!) || /^\p{Lu}{2,5}$/u.test(words[0]!)) &&
    givenNameGender(words[0]!) === null &&
    givenNameGender(words.slice(1).join(' ')) !== null
  )
    k = 1;
  return words.slice(k).join(' ');
}

/**
 * How a speaker is named: a person by the bare name; anything else by its name, unless titles lead it
 * to a person's name (`Prime Minister Theresa Roe`, typed an organisation by the article that named it).
 */
function speakerName(name: string, type: string): string {
  if (type === 'person') return bareName(name);
  const bare = bareName(name);
  return bare !== name && givenNameGender(bare) !== null ? bare : name;
}

/** The family name of a person's name: the last word, or the first of an East Asian name (`Kim` of `Kim Jong Un`). */
const familyOf = (words: readonly string[]): string =>
  (words.length > 1 && FAMILY_FIRST.has(words[0]!) ? words[0]! : words[words.length - 1]!).toLowerCase();

/**
 * The one story person (of a whole name) whose family name is `surname` and whose given name does not
 * say another gender than `gender`: the only one, or the one named by more sources than any other.
 */
function onlyOfFamily(
  entities: StoryEntities,
  surname: string,
  gender: 'm' | 'f' | undefined,
  except = -1,
): number | undefined {
  const found: number[] = [];
  entities.entities.forEach((e, i) => {
    if (i === except || e.type !== 'person') return;
    const w = bareName(e.name).split(/\s+/);
    if (w.length < 2 || familyOf(w) !== surname) return;
    const g = givenNameGender(bareName(e.name));
    if (gender === undefined || g === null || g === gender) found.push(i);
  });
  // Story entities come most named first.
  const first = found[0];
  if (
    first !== undefined &&
    (found.length === 1 ||
      entities.entities[first]!.sources.length > entities.entities[found[1]!]!.sources.length)
  )
    return first;
  return undefined;
}

/** Offices a title ends in (not `King` or `Star`, which end names of firms and papers too). */
const OFFICES = new Set(
  (
    'secretary minister president premier chancellor governor mayor spokesman spokeswoman spokesperson ' +
    'ambassador envoy commissioner chairman chairwoman senator adviser advisor aide councillor prosecutor sheriff'
  ).split(' '),
);

/** A title taken for a name: capitalised words ending in an office (`Chief Cabinet Secretary`, `London Mayor`). */
function isTitleName(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    OFFICES.has(words[words.length - 1]!.toLowerCase())
  );
}

/** The one story person any article gives all the words of a title as their role, or undefined. */
function titleHolder(
  name: string,
  entities: StoryEntities,
  roles: () => Map<number, Set<string>>,
): number | undefined {
  const wanted = name.split(/\s+/).map((w) => w.toLowerCase());
  const holders = [...roles()]
    .filter(([i, set]) => entities.entities[i]!.type === 'person' && wanted.every((w) => set.has(w)))
    .map(([i]) => i)
    .sort((a, b) => a - b);
  const first = holders[0];
  if (first === undefined) return undefined;
  if (holders.length === 1) return first;
  return entities.entities[first]!.sources.length > entities.entities[holders[1]!]!.sources.length
    ? first
    : undefined;
}

/**
 * The story entity who said a quote, by its whole name. An article that names a person only by surname
 * (`Roe said`) may have resolved them to the wrong `Roe`, or to `Roe` alone: a person whose given name
 * says one gender while the article's words say the other (`she said`), or a surname alone, is the one
 * story person of that surname and a compatible gender, when there is exactly one.
 */
function storySpeaker(
  entities: StoryEntities,
  source: number,
  quote: Quote,
  roles: () => Map<number, Set<string>>,
  /** The speaker's name in the quote's own article. */
  ownName: string | undefined,
): number | undefined {
  if (quote.speaker === null) return undefined;
  const index = entities.lookup(source, quote.speaker);
  if (index === undefined) return undefined;
  const entity = entities.entities[index]!;
  // A title taken for a name is the person holding it, or no one (a title says no one in particular).
  if (isTitleName(entity.name)) return titleHolder(entity.name, entities, roles);
  if (entity.type !== 'person') {
    // `Roe said`, with `Roe` taken for an organisation: the story's one person of that family name.
    if (entity.type === 'organization' && !entity.name.includes(' '))
      return onlyOfFamily(entities, entity.name.toLowerCase(), quote.speakerGender) ?? index;
    return index;
  }
  const words = bareName(entity.name).split(/\s+/);
  const given = words.length > 1 ? givenNameGender(words.join(' ')) : null;
  const conflict = quote.speakerGender !== undefined && given !== null && given !== quote.speakerGender;
  if (words.length > 1 && !conflict) return index;
  const surname = words.length === 1 ? words[0]!.toLowerCase() : familyOf(words);
  // With no other of the family to be, the one an article resolved a pronoun to, or named in full, is
  // kept: the article weighed its own words on the gender against the given name's (`Satya Roe … he
  // said`); a surname alone (`Obama said`) may be the wrong one of the family.
  const spokenOf =
    quote.speakerText !== null &&
    (/^(?:he|she)$/i.test(quote.speakerText) ||
      (ownName !== undefined && ownName.includes(' ') && quote.speakerText.includes(ownName)));
  return (
    onlyOfFamily(entities, surname, quote.speakerGender, index) ?? (conflict && !spokenOf ? undefined : index)
  );
}

const THE_RE = /^the\s+/i;
const DESCRIPTION_WORD_RE = /^[\p{L}\d’'-]+$/u;
/** The head: with the `i` flag `\p{Ll}` takes a letter of either case. */
const DESCRIPTION_HEAD_RE = /^[\p{Ll}\d-]+$/iu;

/**
 * A definite description as a speaker (`the director`, `the 23-year-old`): its head word, the last of one
 * to four words after "the", or undefined when the speaker is not one.
 */
function descriptionHead(speaker: string): string | undefined {
  const the = THE_RE.exec(speaker);
  if (!the) return undefined;
  const words = speaker.slice(the[0].length).split(/\s+/);
  if (words.length > 4) return undefined;
  const head = words.pop()!;
  if (!DESCRIPTION_HEAD_RE.test(head) || !words.every((w) => DESCRIPTION_WORD_RE.test(w))) return undefined;
  return head;
}

/** A word before a description's head that names or ages whom it describes (`Pasok`, `69-year-old`). */
const QUALIFIER_RE = /^(?:\p{Lu}|\d{1,3}-year-old$)/u;

/**
 * The words of a definite description that tie its role to a name or an age (`the Pasok leader` ->
 * `pasok`, `the 69-year-old singer` -> `69-year-old`), lowercase and split at apostrophes as role words
 * are: the one the description stands for must have been given them too, not the role alone.
 */
function descriptionQualifiers(speaker: string): string[] {
  const words = speaker.replace(THE_RE, '').split(/\s+/).slice(0, -1);
  return words
    .filter((w) => QUALIFIER_RE.test(w))
    .flatMap((w) => w.toLowerCase().split(/[’']+/))
    .filter((w) => w.length > 1 && w !== 's');
}

/**
 * The roles and ages each story person is given anywhere in the story (`director Quentin Roe` in one
 * article lets `the director said` in another be him): story entity index -> role words.
 */
function storyRoles(context: StoryContext, entities: StoryEntities): Map<number, Set<string>> {
  const roles = new Map<number, Set<string>>();
  context.documents.forEach((doc, source) => {
    const people = new Set(doc.analysis.entities.filter((e) => e.type === 'person').map((e) => e.id));
    for (const m of doc.analysis.mentions) {
      if (!people.has(m.entity)) continue;
      const index = entities.lookup(source, m.entity);
      if (index === undefined) continue;
      let set = roles.get(index);
      if (!set) roles.set(index, (set = new Set()));
      for (const w of roleWords(doc.article.text, m.start, m.end)) set.add(w);
    }
  });
  return roles;
}

/**
 * A speaker the article named only by a description: the one story person any article gives that role
 * (or the most widely named of them), whoever the article itself took it for.
 */
function byStoryRole(
  quote: Quote,
  entities: StoryEntities,
  roles: () => Map<number, Set<string>>,
): number | undefined {
  const head = quote.speakerText ? descriptionHead(quote.speakerText)?.toLowerCase() : undefined;
  if (!head || (!PERSON_NOUNS.has(head) && !/^\d{1,3}-year-old$/.test(head))) return undefined;
  // `the brother` is someone's brother: another article's `his brother, Roe` may be the other brother.
  if (KIN_NOUNS.has(head)) return undefined;
  const qualifiers = descriptionQualifiers(quote.speakerText!);
  const holders = [...roles()]
    .filter(([, set]) => set.has(head) && qualifiers.every((w) => set.has(w)))
    .map(([i]) => i)
    .sort((a, b) => a - b);
  const first = holders[0];
  if (first === undefined) return undefined;
  if (holders.length === 1) return first;
  return entities.entities[first]!.sources.length > entities.entities[holders[1]!]!.sources.length
    ? first
    : undefined;
}

export function alignQuotes(context: StoryContext, entities: StoryEntities): AlignedQuote[] {
  const items: QuoteItem[] = [];
  let roles: Map<number, Set<string>> | null = null;
  const lazyRoles = (): Map<number, Set<string>> => (roles ??= storyRoles(context, entities));
  context.documents.forEach((doc, source) => {
    const names = new Map(doc.analysis.entities.map((e) => [e.id, e.name]));
    for (const quote of doc.analysis.quotes) {
      if (quote.kind === 'reported') continue;
      items.push({
        source,
        quote,
        speaker:
          byStoryRole(quote, entities, lazyRoles) ??
          storySpeaker(entities, source, quote, lazyRoles, names.get(quote.speaker ?? '')),
        terms: new Set(termsOf(quote.text)),
        statement: context.statementAt(source, quote.sentence),
        earlier: isEarlier(doc, quote),
      });
    }
  });

  const perStatement = new Map<number | undefined, number>();
  for (const item of items) perStatement.set(item.statement, (perStatement.get(item.statement) ?? 0) + 1);
  /** The only quote in its sentence. */
  const alone = (item: QuoteItem): boolean =>
    item.statement !== undefined && perStatement.get(item.statement) === 1;
  // How rare each term is across the story's sentences: words every report uses (the country, the
  // weapon) say little about whether two quotations are the same words.
  const df = new Map<string, number>();
  for (const st of context.statements) for (const t of new Set(st.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const weight = (t: string): number => Math.log((context.statements.length + 1) / (1 + (df.get(t) ?? 0)));
  /** Share of the shorter quote's terms the other carries, each term weighed by its rarity in the story. */
  const sharedWords = (a: QuoteItem, b: QuoteItem): number => {
    const [small, large] = a.terms.size <= b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
    let all = 0;
    let shared = 0;
    for (const t of small) {
      all += weight(t);
      if (large.has(t)) shared += weight(t);
    }
    return all === 0 ? 0 : shared / all;
  };
  /**
   * Words the article gives someone it only describes (`the South’s foreign ministry said`) and a named
   * speaker's words are two utterances unless they are the same words; so in a group, one with the other.
   */
  const describedApart = (a: QuoteItem, b: QuoteItem): boolean => {
    const described = (x: QuoteItem, y: QuoteItem): boolean => {
      if (x.speaker !== undefined || !x.quote.speakerText || y.speaker === undefined) return false;
      // `the US President` may be the named speaker when the story gives them that role; `his
      // spokeswoman` speaks for someone, who may be the named speaker.
      const head = /([\p{L}-]+)\s*$/u.exec(x.quote.speakerText)?.[1]?.toLowerCase();
      if (head !== undefined && SPOKES_NOUNS.has(head)) return false;
      return !(head !== undefined && PERSON_NOUNS.has(head) && lazyRoles().get(y.speaker)?.has(head));
    };
    // (A word or two quoted alone is in anyone's words, `calls`, unless both quote just those words.)
    const few =
      Math.min(a.terms.size, b.terms.size) < FEW_TERMS &&
      (a.terms.size !== b.terms.size || [...a.terms].some((t) => !b.terms.has(t)));
    return (described(a, b) || described(b, a)) && (few || sharedWords(a, b) < VERBATIM);
  };
  const sameUtterance = (a: QuoteItem, b: QuoteItem): boolean => {
    if (describedApart(a, b)) return false;
    if (a.source === b.source) return false;
    if (a.speaker !== undefined && b.speaker !== undefined && a.speaker !== b.speaker) return false;
    const [small, large] = a.terms.size <= b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
    let shared = 0;
    for (const t of small) if (large.has(t)) shared++;
    // (A word or two quoted alone, `truly strategic`, are a longer quotation's words only when it holds
    // all of them; two short ones, `grand plan` and `new blueprint`, may be one phrase translated.)
    const partOf = small.size < FEW_TERMS && large.size >= FEW_TERMS && shared < small.size;
    const words = small.size === 0 || partOf ? 0 : shared / small.size;
    // Words from an earlier event and today's words are two utterances unless they are the same words.
    if (a.earlier !== b.earlier && words < VERBATIM) return false;
    if (small.size === 0) return false;
    const inOneFact =
      a.statement !== undefined && b.statement !== undefined && context.sameFact(a.statement, b.statement);
    const knownSpeaker = a.speaker !== undefined && a.speaker === b.speaker;
    const oneUnknown = a.speaker === undefined || b.speaker === undefined;
    return (
      (words >= SAME_WORDS && (knownSpeaker || words >= VERBATIM)) ||
      // Two translations share few words; being one fact and one speaker says they are one utterance.
      // With two quotes in one sentence, only the one sharing words is that utterance; sharing none,
      // they must at least be of a length (a translation does not turn three words into forty).
      (inOneFact &&
        (knownSpeaker || oneUnknown) &&
        (shared > 0 || (alone(a) && alone(b) && large.size <= TRANSLATION_LENGTH * small.size)))
    );
  };
  /** A group takes a quote whose speaker, if known, is the only speaker the group names. */
  const speakerFits = (g: Group, item: QuoteItem): boolean =>
    item.speaker === undefined ||
    g.speakers.size === 0 ||
    (g.speakers.size === 1 && g.speakers.has(item.speaker));

  const groups: Group[] = [];
  const byTerm = new Map<string, number[]>();
  const byFact = new Map<number, number[]>();
  const factOf = (item: QuoteItem): number | undefined =>
    item.statement === undefined ? undefined : context.groupOf.get(item.statement);
  for (const item of items) {
    const candidates = new Set<number>();
    for (const t of item.terms) {
      const list = byTerm.get(t);
      if (list)
        for (let k = list.length - 1; k >= 0 && k >= list.length - TERM_FANOUT; k--) candidates.add(list[k]!);
    }
    const fact = factOf(item);
    if (fact !== undefined) for (const g of byFact.get(fact) ?? []) candidates.add(g);
    let home = -1;
    for (const g of [...candidates].sort((a, b) => a - b)) {
      const group = groups[g]!;
      if (group.sources.has(item.source) || !speakerFits(group, item)) continue;
      if (
        group.items.some((o) => sameUtterance(o, item)) &&
        !group.items.some((o) => describedApart(o, item))
      ) {
        home = g;
        break;
      }
    }
    if (home === -1) {
      home = groups.length;
      groups.push({ items: [], sources: new Set(), speakers: new Map() });
    }
    const group = groups[home]!;
    group.items.push(item);
    group.sources.add(item.source);
    if (item.speaker !== undefined)
      group.speakers.set(item.speaker, (group.speakers.get(item.speaker) ?? 0) + 1);
    for (const t of item.terms) {
      const list = byTerm.get(t) ?? [];
      if (list[list.length - 1] !== home) list.push(home);
      byTerm.set(t, list);
    }
    if (fact !== undefined) {
      const list = byFact.get(fact) ?? [];
      if (!list.includes(home)) list.push(home);
      byFact.set(fact, list);
    }
  }
  return groups
    .map((group) => {
      let speaker: number | undefined;
      let votes = 0;
      for (const [s, n] of group.speakers) if (n > votes) [speaker, votes] = [s, n];
      const variants: Citation[] = group.items.map((g) => ({
        source: context.sources[g.source]!.id,
        text: g.quote.text,
        start: g.quote.start,
        end: g.quote.end,
      }));
      const entity = speaker === undefined ? undefined : entities.entities[speaker]!;
      const name = entity === undefined ? null : speakerName(entity.name, entity.type);
      return { speaker: name, variants };
    })
    .sort((a, b) => b.variants.length - a.variants.length);
}

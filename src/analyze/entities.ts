/**
 * @module analyze/entities
 * Finds people, organisations and places and resolves their mentions within one article. Steps, in
 * order: `scanNameGroups` (runs of capitalised words), `classifyGroups` (gazetteers, titles, organisation
 * words, metonymy of capitals), `resolveSingleNames` (surnames and `Mr Xi` to full names, transliteration
 * variants folded), `resolveRoleDescriptions` (`the Chinese president`, `his Chinese counterpart`,
 * `Kremlin aide` to the person the article introduced with that role).
 */
import type { Entity, EntityType, Mention, Sentence } from '../types.js';
import {
  CITY_COUNTRY,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  COUNTRY_BY_SEAT,
  type Country,
  MEDIA_BY_NAME,
  ORG_BY_NAME,
  REGIONS,
} from './gazetteer.js';
import { foldName, slug, TITLES } from './names.js';

/** What analysis keeps about an entity beyond the public `Entity`. */
export interface EntityInfo {
  readonly entity: Entity;
  /** A news organisation (a channel quotes come through). */
  readonly media: boolean;
  /** Country code for places and for people whose nationality the text gives. */
  readonly country: string | null;
}

export interface EntityResult {
  readonly entities: Entity[];
  /** Sorted by start. */
  readonly mentions: Mention[];
  readonly info: ReadonlyMap<string, EntityInfo>;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface Builder {
  key: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  media: boolean;
  country: string | null;
  /** `CC|role` keys (`CN|leader`, `kremlin|aide`). */
  roles: Set<string>;
  tokens: string[];
  order: number;
}

interface PendingMention {
  readonly start: number;
  readonly end: number;
  readonly builder: Builder;
}

interface Single {
  readonly token: Token;
  /** Where the mention starts when a title precedes (`Mr Xi`). */
  readonly start: number;
  readonly titled: boolean;
  readonly speaking: boolean;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*/gu;
const CONNECTOR_RE = /^ (?:of|for|on|de|da|del|al|bin|van|von|der|du|la|y) $/;
const POSSESSIVE_RE = /[’']s$/;

/** Capitalised words that are not names (sentence starters, pronouns, function words). */
const STOP = new Set(
  (
    'The A An In On At By For From To With Without Since During After Before As But And Or Nor If When While ' +
    'Although Though Despite However Meanwhile This That These Those It He She They We I You His Her Their Its ' +
    'Our My Your There Here Both Neither Either Some Many Most All Several Other Another Each Every According ' +
    'Under Over Amid Among Between Through Into About Against Until Unless Because So Yet Still Also Then Now ' +
    'Thus What Which Who Whom Whose Why How Where No Not Such Even Only Just Total Share Sign Read More See ' +
    'Get Download Subscribe Hot Topics Top Two Three Four Five Six Seven Eight Nine Ten One First Second Third ' +
    'Last Next New Old Photo Picture Video Watch Click Follow Advertise Privacy Terms Copyright Go Source Author ' +
    'Published Updated Mid Late Early Western Eastern Northern Southern Central State Chinese-language GDP ' +
    'CEO TV PM AM BST GMT UTC EST PST CET COVID'
  ).split(' '),
);

const MONTHS_AND_DAYS = new Set(
  (
    'January February March April May June July August September October November December Jan Feb Mar Apr ' +
    'Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed ' +
    'Thu Fri Sat Sun Today Yesterday Tomorrow Spring Summer Autumn Winter'
  ).split(' '),
);

/** Articles of other languages that start the names of publications (`Le Monde`, `Il Corriere`). */
const FOREIGN_ARTICLES = new Set([
  'Il',
  'La',
  'Le',
  'Les',
  'El',
  'Los',
  'Las',
  'Der',
  'Die',
  'Das',
  'De',
  'Het',
  'O',
]);

/** A common noun for an organisation right before a single name: `industry group TechNorth`. */
const ORG_NOUN_BEFORE_RE =
  /\b(?:group|company|firm|agency|broadcaster|network|newspaper|daily|organi[sz]ation|party|maker|giant|start-?up|bank|outlet|channel|union|ministry|lender|carrier|insurer|retailer|developer|charity|regulator|watchdog|website|app|platform)\s+$/;

/** A common noun for an organisation right after a name: `the Haven Courant newspaper`. */
const ORG_NOUN_AFTER_RE =
  /^\s+(?:newspaper|agency|news agency|group|company|firm|broadcaster|network|daily|party|institute|foundation|union|bank|website|magazine|weekly)\b/;
/** Where an unknown capitalised run is a place: after a locative preposition. */
const PLACE_BEFORE_RE = /\b(?:in|at|near|outside|from)\s+$/;
/** A single unknown name after `port of`, `city of`: a place. */
const PLACE_OF_RE =
  /\b(?:port|city|town|village|province|region|state|island|county|district|capital) of\s+$/;

/** Titles that end a title phrase whatever precedes them (`Labour Minister`, `Industry Secretary`). */
const HEAD_TITLES = new Set(
  'Minister Secretary President Chancellor Governor Mayor Senator Ambassador Spokesman Spokeswoman Spokesperson Commissioner Director Chairman Chairwoman Chief Envoy Adviser Advisor General Admiral Colonel Judge'.split(
    ' ',
  ),
);

/** Organisation words that alone name nothing (`Party leader`, `Ministry officials`). */
const GENERIC_LONE = new Set(
  (
    'Party Ministry Department Office Group Company Corporation Agency Committee Commission Board Union ' +
    'Association Institute Foundation Fund Bureau Authority Administration Government Police Court Bank ' +
    'University College School Service News Media Press Network Channel Council Forces Army Navy'
  ).split(' '),
);

/** Words that make a capitalised run an organisation. */
const ORG_WORDS = new Set(
  (
    'Ministry Council Organisation Organization Agency Party Bank Company Corporation Corp Inc Ltd LLC ' +
    'University College School Committee Board Commission Court Parliament Congress Senate Army Navy Forces ' +
    'News Times Post Television TV Broadcasting Service Group Association Union Institute Foundation Fund ' +
    'Department Office Authority Bureau Administration Government Assembly Reserve Police Guard Airlines Media ' +
    'Press Cabinet Duma League Alliance Coalition Network Channel Daily Journal Tribune Herald Customs Embassy ' +
    'Wire Federation Commission Secretariat Kremlin Exchange Holdings Motors Energy Petroleum Gazprom Rosneft ' +
    'Metals Mining Industries Technologies Systems Pharmaceuticals Telecom Steel Oil Gas Foods Airways Logistics ' +
    'Shipping Capital Partners Insurance Electric Chemicals Resources Solutions Labs Robotics Semiconductor'
  ).split(' '),
);

/** Words that make a capitalised run an event, law or other non-entity name. */
const OTHER_WORDS = new Set(
  (
    'War Summit Treaty Games Cup Olympics Festival Agreement Accord Plan Initiative Act Day Conference Forum ' +
    'Talks Year Prize Award Calendar Revolution Crisis Deal Pact Law Bill Strategy Programme Program Project ' +
    'Declaration Convention Route Road Belt Station Square Street Avenue Airport Bridge Ocean Sea River Mountains ' +
    'Province Region Oblast County District Strait Peninsula Gulf Islands Island Valley Desert'
  ).split(' '),
);

/** Words after which a capital names the city, not the state (`met in Beijing`). */
const LOCATIVE = new Set(
  'in at from to near visited visit visiting visits across outside inside into via around toward towards reached arrived left leaving through'.split(
    ' ',
  ),
);

/** Seats of power that always stand for the state. */
const INSTITUTIONAL_SEATS = new Set([
  'Kremlin',
  'White House',
  'Pentagon',
  'Downing Street',
  'Whitehall',
  'Zhongnanhai',
]);

const SPEECH_AFTER_RE =
  /^(?:[’']s?\s+)?,?\s*(?:also\s+|has\s+|had\s+|later\s+|then\s+)?(?:said|says|told|tells|added|adds|noted|stressed|warned|urged|insisted|explained|declared|announced|wrote|asked|replied|argued|claimed|reiterated|emphasi[sz]ed|described|called|praised|hailed|welcomed|expressed|highlighted|pointed)\b/;

/** Role words, and the role group they belong to (heads of state share `leader`). */
const ROLE_GROUP = new Map<string, string>([
  ['president', 'leader'],
  ['leader', 'leader'],
  ['premier', 'leader'],
  ['prime minister', 'leader'],
  ['chancellor', 'leader'],
  ['counterpart', 'leader'],
  ['king', 'leader'],
  ['head of state', 'leader'],
  ['foreign minister', 'foreign minister'],
  ['minister', 'minister'],
  ['aide', 'aide'],
  ['adviser', 'aide'],
  ['advisor', 'aide'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['spokesperson', 'spokesperson'],
  ['security chief', 'security chief'],
  ['secretary', 'secretary'],
  ['chief', 'chief'],
  ['official', 'official'],
  ['envoy', 'envoy'],
  ['ambassador', 'ambassador'],
]);
const ROLE_ALT =
  'prime minister|foreign minister|security chief|head of state|president|leader|premier|chancellor|counterpart|king|minister|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|secretary|chief|official|envoy|ambassador'
    .split('|')
    .map((r) => `[${r[0]!.toUpperCase()}${r[0]}]${r.slice(1)}`)
    .join('|');
/** A role right before a name: `China’s foreign minister `, `Kremlin aide `, `his Chinese counterpart `. */
const APPOSITIVE_RE = new RegExp(
  `(?:^|[\\s(“"])(?:(?:the|his|her|their|its)\\s+)?(\\p{Lu}[\\p{L}]+)(?:[’']s)?\\s+((?:[a-z-]+\\s+){0,4}?)(${ROLE_ALT})\\s+$`,
  'u',
);
/** A role standing for a person: `the Chinese president`, `the Russian leader`, `Kremlin aide`. */
const ROLE_MENTION_RE = new RegExp(
  `\\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+)?(\\p{Lu}[\\p{L}]+)(?:[’']s)?\\s+(?:(?:top|senior|chief|foreign|security|defen[cs]e|state|policy|affairs|council)\\s+){0,3}(${ROLE_ALT})\\b(?![’']?s?\\s+\\p{Lu})`,
  'gu',
);
const ROLE_AT_END_RE = new RegExp(`(?:${ROLE_ALT})\\s+$`, 'u');
const POSSESSIVE_COUNTRY_RE = /(\p{Lu}[\p{L}]+)[’']s\s+$/u;

const titleCase = (s: string): string =>
  s.replace(/\p{L}+/gu, (w) => (w.length > 3 ? w[0]! + w.slice(1).toLowerCase() : w));
const isAllCaps = (s: string): boolean => s.length > 1 && s === s.toUpperCase() && /\p{Lu}/u.test(s);

/** Finds entities and their mentions in `text`. */
export function findEntities(text: string, sentences: readonly Sentence[]): EntityResult {
  const state = new State(text, sentences);
  state.scanNameGroups();
  state.resolveSingleNames();
  state.resolveRoleDescriptions();
  return state.finish();
}

class State {
  readonly builders = new Map<string, Builder>();
  readonly pending: PendingMention[] = [];
  readonly singles: Single[] = [];
  /** Folded full names, first and last tokens -> person. */
  readonly byFull = new Map<string, Builder>();
  readonly byLast = new Map<string, Builder>();
  readonly byFirst = new Map<string, Builder>();
  readonly sentenceStarts = new Set<number>();
  readonly headingRanges: [number, number][] = [];

  constructor(
    readonly text: string,
    readonly sentences: readonly Sentence[],
  ) {
    for (const s of sentences) {
      let i = s.start;
      while (i < s.end && '“"‘\'(['.includes(text[i]!)) i++;
      this.sentenceStarts.add(i);
      if (s.heading) this.headingRanges.push([s.start, s.end]);
    }
  }

  builder(
    key: string,
    name: string,
    type: EntityType,
    media = false,
    country: string | null = null,
  ): Builder {
    let b = this.builders.get(key);
    if (!b) {
      b = {
        key,
        name,
        type,
        aliases: new Set(),
        media,
        country,
        roles: new Set(),
        tokens: [],
        order: this.builders.size,
      };
      this.builders.set(key, b);
    }
    return b;
  }

  mention(start: number, end: number, builder: Builder): void {
    this.pending.push({ start, end, builder });
    const surface = this.text.slice(start, end);
    if (surface !== builder.name) builder.aliases.add(surface);
  }

  country(c: Country): Builder {
    return this.builder(`place:${c.code}`, c.name, 'place', false, c.code);
  }

  /** Whether `at` falls in a heading (binary search over the sorted heading ranges). */
  inHeading(at: number): boolean {
    const ranges = this.headingRanges;
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]![1] <= at) lo = mid + 1;
      else hi = mid;
    }
    const r = ranges[lo];
    return r !== undefined && r[0] <= at;
  }

  /** Step 1: runs of capitalised words, split at possessives, months and weekdays. */
  scanNameGroups(): void {
    const { text } = this;
    TOKEN_RE.lastIndex = 0;
    let group: Token[] = [];
    let possessive = false;
    for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
      let word = m[0];
      const start = m.index;
      const isPossessive = POSSESSIVE_RE.test(word);
      if (isPossessive) word = word.slice(0, -2);
      if (word.length === 0) continue;
      const last = group[group.length - 1];
      const gap = last ? text.slice(last.end, start) : '';
      const initial = last !== undefined && last.text.length === 1 && gap === '. ';
      const joins = last !== undefined && !possessive && (gap === ' ' || initial || CONNECTOR_RE.test(gap));
      if (!joins && group.length > 0) {
        this.classify(group);
        group = [];
      }
      for (const part of this.splitHyphenatedPlaces(word, start)) {
        if (MONTHS_AND_DAYS.has(part.text)) {
          if (group.length > 0) this.classify(group);
          group = [];
          continue;
        }
        group.push(part);
      }
      possessive = isPossessive;
    }
    if (group.length > 0) this.classify(group);
  }

  /** `Moscow-Beijing`, `China-Russia` are two places; `Asia-Pacific` stays one word. */
  splitHyphenatedPlaces(word: string, start: number): Token[] {
    if (word.indexOf('-') < 0) return [{ text: word, start, end: start + word.length }];
    const parts = word.split('-');
    const known = (p: string): boolean =>
      COUNTRY_BY_NAME.has(p) || COUNTRY_BY_SEAT.has(p) || COUNTRY_BY_DEMONYM.has(p);
    if (!parts.every(known)) return [{ text: word, start, end: start + word.length }];
    const out: Token[] = [];
    let at = start;
    for (const p of parts) {
      out.push({ text: p, start: at, end: at + p.length });
      at += p.length + 1;
    }
    return out;
  }

  /** Step 2: decide what a run of capitalised words names. */
  classify(tokens: Token[]): void {
    const { text } = this;
    let first = 0;
    // Sentence-initial words that are not names (`Addressing Xi`, `Since Russia`).
    while (first < tokens.length) {
      const t = tokens[first]!;
      if (STOP.has(t.text)) {
        first++;
        continue;
      }
      if (this.sentenceStarts.has(t.start) && /(?:ing|ly|ed)$/.test(t.text) && !this.known(t.text)) {
        first++;
        continue;
      }
      break;
    }
    if (first >= tokens.length) return;
    let rest = tokens.slice(first);
    const heading = this.inHeading(rest[0]!.start);
    const whole = this.spanText(rest);
    if (this.classifyKnown(rest, whole)) return;
    // A lone generic word (`Party leader ...`, `Ministry officials`) names nothing.
    if (rest.length === 1 && GENERIC_LONE.has(rest[0]!.text)) return;
    if (rest.some((t) => ORG_WORDS.has(t.text)) && !heading) {
      const demonym = COUNTRY_BY_DEMONYM.get(rest[0]!.text);
      const b = this.builder(
        `org:${slug(whole)}`,
        whole,
        'organization',
        /News|Television|TV|Broadcasting|Times|Post|Daily|Journal/.test(whole),
        demonym?.code ?? null,
      );
      this.mention(rest[0]!.start, rest[rest.length - 1]!.end, b);
      return;
    }
    if (rest.some((t) => OTHER_WORDS.has(t.text))) return;
    if (rest.length > 1 && FOREIGN_ARTICLES.has(rest[0]!.text) && !heading) {
      // `Il Corriere Veneto`, `Le Monde`, `Die Zeit`: publications and organisations.
      this.mention(
        rest[0]!.start,
        rest[rest.length - 1]!.end,
        this.builder(`org:${slug(whole)}`, whole, 'organization', true),
      );
      return;
    }
    // A leading demonym or country name (`Russian President Vladimir Putin`).
    let nationality: string | null = null;
    while (rest.length > 1) {
      const c = COUNTRY_BY_DEMONYM.get(rest[0]!.text) ?? COUNTRY_BY_NAME.get(rest[0]!.text);
      if (!c) break;
      nationality = c.code;
      this.mention(rest[0]!.start, rest[0]!.end, this.country(c));
      rest = rest.slice(1);
    }
    // Titles (`President`, `Mr`, `Foreign Minister`).
    const titles: string[] = [];
    while (rest.length > 0 && TITLES.has(rest[0]!.text.toLowerCase().replace(/\.$/, ''))) {
      titles.push(rest[0]!.text.toLowerCase().replace(/\.$/, ''));
      rest = rest.slice(1);
    }
    // A portfolio before the title (`Labour Minister Pavel Dragan`): strip through the last head title.
    for (let i = rest.length - 2; i >= 1; i--) {
      if (HEAD_TITLES.has(rest[i]!.text)) {
        for (const t of rest.slice(0, i + 1)) titles.push(t.text.toLowerCase());
        rest = rest.slice(i + 1);
        break;
      }
    }
    if (rest.length === 0) return;
    const name = this.spanText(rest);
    if (titles.length === 0 && this.classifyKnown(rest, name)) return;
    const before = text.slice(Math.max(0, tokens[0]!.start - 80), tokens[0]!.start);
    if (rest.length === 1) {
      const t = rest[0]!;
      if (
        isAllCaps(t.text) &&
        titles.length === 0 &&
        /^\s*[–—]/.test(text.slice(t.end, t.end + 3)) &&
        t.text.length > 3
      ) {
        // An unknown dateline (`KARVELLA –`): the place the story was filed from.
        const place = titleCase(t.text);
        this.mention(t.start, t.end, this.builder(`place:${slug(place)}`, place, 'place'));
        return;
      }
      if (isAllCaps(t.text) && titles.length === 0) {
        if (
          !heading &&
          t.text.length >= 3 &&
          t.text.length <= 6 &&
          first === 0 &&
          !this.sentenceStarts.has(t.start)
        ) {
          const b = this.builder(`org:${slug(t.text)}`, t.text, 'organization');
          this.mention(t.start, t.end, b);
        }
        return;
      }
      if (/^\p{Lu}-\p{Lu}/u.test(t.text)) return; // `D-Oregon`: a party and a state
      if (isAllCaps(t.text) && /^\s*[–—]/.test(text.slice(t.end, t.end + 3))) {
        // An unknown dateline (`KARVELLA –`): the place the story was filed from.
        const place = titleCase(t.text);
        this.mention(t.start, t.end, this.builder(`place:${slug(place)}`, place, 'place'));
        return;
      }
      if (this.quotedTitle(rest)) return;
      if (titles.length === 0 && (ORG_NOUN_BEFORE_RE.test(before) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text))) {
        // `industry group TechNorth`, `broadcaster FRT`; inner capitals (`TechNorth`) name companies.
        this.mention(t.start, t.end, this.builder(`org:${slug(t.text)}`, t.text, 'organization'));
        return;
      }
      if (titles.length === 0 && PLACE_OF_RE.test(before)) {
        this.mention(t.start, t.end, this.builder(`place:${slug(t.text)}`, t.text, 'place'));
        return;
      }
      const speaking = SPEECH_AFTER_RE.test(text.slice(t.end, t.end + 40));
      const start = titles.length > 0 ? tokens[tokens.length - rest.length - titles.length]!.start : t.start;
      this.singles.push({ token: t, start, titled: titles.length > 0, speaking });
      return;
    }
    if (rest.length > 4 || rest.some((t) => isAllCaps(t.text)) || heading) {
      if (heading)
        for (const t of rest) this.singles.push({ token: t, start: t.start, titled: false, speaking: false });
      return;
    }
    if (rest.some((t) => this.known(t.text))) return;
    if (this.quotedTitle(rest)) return;
    if (/ (?:Without|Against|For|Of|And|The|To|In) /.test(name)) {
      // Function words do not occur inside personal names: `Doctors Without Borders`.
      const b = this.builder(`org:${slug(name)}`, name, 'organization');
      this.mention(rest[0]!.start, rest[rest.length - 1]!.end, b);
      return;
    }
    const after = text.slice(rest[rest.length - 1]!.end, rest[rest.length - 1]!.end + 24);
    if (ORG_NOUN_AFTER_RE.test(after) || (titles.length === 0 && ORG_NOUN_BEFORE_RE.test(before))) {
      // `the Haven Courant newspaper`, `the Nordic Wire agency`.
      this.mention(
        rest[0]!.start,
        rest[rest.length - 1]!.end,
        this.builder(`org:${slug(name)}`, name, 'organization'),
      );
      return;
    }
    if (titles.length === 0 && PLACE_BEFORE_RE.test(before)) {
      // `in Port Sala`, `the port of Rotterdam`: a place the gazetteer does not know.
      this.mention(
        rest[0]!.start,
        rest[rest.length - 1]!.end,
        this.builder(`place:${slug(name)}`, name, 'place'),
      );
      return;
    }
    const person = this.person(rest, name);
    const mentionStart =
      titles.length > 0 ? tokens[tokens.length - rest.length - titles.length]!.start : rest[0]!.start;
    // The mention is the name itself; the titled form (`President Anatoly Brekhov`) is kept as an alias.
    this.mention(rest[0]!.start, rest[rest.length - 1]!.end, person);
    if (mentionStart !== rest[0]!.start)
      person.aliases.add(this.text.slice(mentionStart, rest[rest.length - 1]!.end));
    // The role the article gives the person (`Russian President`, `China’s foreign minister`).
    const lead = text.slice(tokens[0]!.start, mentionStart);
    this.registerRoles(person, nationality, titles, before + lead);
  }

  registerRoles(person: Builder, nationality: string | null, titles: string[], before: string): void {
    let country = nationality;
    let affiliation: string | null = null;
    let role: string | null = titles.length > 0 ? titles.join(' ') : null;
    // The full appositive pattern only where the text right before ends with a role word (cheap check).
    const appositive = ROLE_AT_END_RE.test(before.slice(-24)) ? APPOSITIVE_RE.exec(before) : null;
    if (appositive) {
      const word = appositive[1]!;
      const c = COUNTRY_BY_DEMONYM.get(word) ?? COUNTRY_BY_NAME.get(word) ?? COUNTRY_BY_SEAT.get(word);
      if (c) {
        country = c.code;
        if (COUNTRY_BY_SEAT.has(word)) affiliation = word.toLowerCase();
        role = appositive[3]!.toLowerCase();
        const phrase = appositive[0].trim().replace(/^[(“"]/, '');
        person.aliases.add(phrase);
      }
    }
    if (!country) {
      const possessive = POSSESSIVE_COUNTRY_RE.exec(before);
      const c = possessive ? COUNTRY_BY_NAME.get(possessive[1]!) : undefined;
      if (c) country = c.code;
    }
    if (country && !person.country) person.country = country;
    if (!country) return;
    const group = role ? (ROLE_GROUP.get(role) ?? ROLE_GROUP.get(role.split(' ').pop()!) ?? role) : '*';
    person.roles.add(`${country}|${group}`);
    if (affiliation) person.roles.add(`${affiliation}|${group}`);
  }

  /** A run that fills a pair of quotation marks is a title (`“The Silicon Bargain”`), not a name. */
  quotedTitle(tokens: Token[]): boolean {
    let s = tokens[0]!.start;
    while (s > 0 && STOP.has(this.text.slice(Math.max(0, s - 4), s - 1))) s -= 4;
    const open = this.text[tokens[0]!.start - 1] ?? '';
    const open2 = this.text.slice(Math.max(0, tokens[0]!.start - 5), tokens[0]!.start);
    const close = this.text[tokens[tokens.length - 1]!.end] ?? '';
    return ('“"‘'.includes(open) || /[“"‘]The $/.test(open2)) && '”"’'.includes(close);
  }

  /** A place, a news organisation or a known organisation, by the whole run. */
  classifyKnown(tokens: Token[], whole: string): boolean {
    const start = tokens[0]!.start;
    const end = tokens[tokens.length - 1]!.end;
    const lookup = isAllCaps(whole) && whole.length > 3 ? titleCase(whole) : whole;
    const media = MEDIA_BY_NAME.get(whole) ?? MEDIA_BY_NAME.get(lookup);
    if (media) {
      this.mention(start, end, this.builder(`org:${slug(media)}`, media, 'organization', true));
      return true;
    }
    const org = ORG_BY_NAME.get(whole);
    if (org) {
      this.mention(start, end, this.builder(`org:${slug(org)}`, org, 'organization'));
      return true;
    }
    const country = COUNTRY_BY_NAME.get(lookup) ?? COUNTRY_BY_DEMONYM.get(lookup);
    if (country) {
      this.mention(start, end, this.country(country));
      return true;
    }
    const seat = COUNTRY_BY_SEAT.get(lookup);
    if (seat) {
      const prev = /(\p{L}+)\s+(?:the\s+)?$/u.exec(this.text.slice(Math.max(0, start - 24), start));
      // A dateline (`MOSCOW –`, `[BEIJING]`) names the city the story was filed from.
      const dateline = isAllCaps(whole) && /^\s*(?:[–—:-]|\])/.test(this.text.slice(end, end + 3));
      const locative = dateline || (prev !== null && LOCATIVE.has(prev[1]!.toLowerCase()));
      if (INSTITUTIONAL_SEATS.has(lookup) || !locative) {
        this.mention(start, end, this.country(seat));
        return true;
      }
    }
    if (REGIONS.has(lookup)) {
      this.mention(start, end, this.builder(`place:region:${slug(lookup)}`, lookup, 'place'));
      return true;
    }
    const city = CITY_COUNTRY.get(lookup);
    if (city) {
      this.mention(
        start,
        end,
        this.builder(`place:${city.code}:${slug(lookup)}`, lookup, 'place', false, city.code),
      );
      return true;
    }
    return false;
  }

  known(word: string): boolean {
    return (
      COUNTRY_BY_NAME.has(word) ||
      COUNTRY_BY_DEMONYM.has(word) ||
      COUNTRY_BY_SEAT.has(word) ||
      CITY_COUNTRY.has(word) ||
      REGIONS.has(word) ||
      MEDIA_BY_NAME.has(word)
    );
  }

  spanText(tokens: Token[]): string {
    return this.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  }

  /** The person a multi-word name denotes, merging transliteration variants and partial names. */
  person(tokens: Token[], name: string): Builder {
    const folded = tokens.map((t) => foldName(t.text));
    const full = folded.join(' ');
    const existing = this.byFull.get(full);
    if (existing) return existing;
    const last = folded[folded.length - 1]!;
    const sameLast = this.byLast.get(last);
    if (sameLast && folded.every((f) => sameLast.tokens.includes(f))) return sameLast;
    const b = this.builder(`person:${slug(name)}`, name, 'person');
    if (sameLast?.tokens.every((f) => folded.includes(f))) {
      // A longer form of a name seen before: the longer one becomes the name.
      sameLast.aliases.add(sameLast.name);
      sameLast.name = name;
      sameLast.tokens = folded;
      this.byFull.set(full, sameLast);
      this.builders.delete(b.key);
      return sameLast;
    }
    b.tokens = folded;
    this.byFull.set(full, b);
    if (!this.byLast.has(last)) this.byLast.set(last, b);
    const firstToken = folded[0]!;
    if (!this.byFirst.has(firstToken)) this.byFirst.set(firstToken, b);
    return b;
  }

  /** Step 3: single capitalised words: a known person's surname (or family name first), or a new person. */
  resolveSingleNames(): void {
    for (const single of this.singles) {
      const folded = foldName(single.token.text);
      let b = this.byLast.get(folded) ?? this.byFirst.get(folded);
      if (!b && (single.titled || single.speaking) && !this.inHeading(single.token.start)) {
        b = this.builder(`person:${slug(single.token.text)}`, single.token.text, 'person');
        b.tokens = [folded];
        this.byLast.set(folded, b);
      }
      if (!b) continue;
      this.mention(single.start, single.token.end, b);
      if (single.start !== single.token.start) b.aliases.add(this.text.slice(single.start, single.token.end));
    }
  }

  /** Step 4: role descriptions that stand for a person the article named with that role. */
  resolveRoleDescriptions(): void {
    const { text } = this;
    const byRole = new Map<string, Builder | null>();
    const byCountry = new Map<string, Builder | null>();
    /** The one person of a country the article gives any role to (`the American envoy`). */
    const onlyOfCountry = new Map<string, Builder | null>();
    for (const b of this.builders.values()) {
      if (b.type !== 'person') continue;
      for (const r of b.roles) {
        const code = r.split('|')[0]!;
        // A head of state is not `the American envoy`: leaders stay out of this fallback.
        const leader = [...b.roles].some((x) => x.endsWith('|leader'));
        if (!leader)
          onlyOfCountry.set(code, onlyOfCountry.has(code) && onlyOfCountry.get(code) !== b ? null : b);
        byRole.set(r, byRole.has(r) && byRole.get(r) !== b ? null : b);
        const [c, g] = r.split('|');
        if (g === 'leader' || g === '*') {
          const key = c!;
          byCountry.set(key, byCountry.has(key) && byCountry.get(key) !== b ? null : b);
        }
      }
    }
    if (byRole.size === 0) return;
    ROLE_MENTION_RE.lastIndex = 0;
    for (let m = ROLE_MENTION_RE.exec(text); m; m = ROLE_MENTION_RE.exec(text)) {
      const word = m[1]!;
      const role = m[2]!.toLowerCase();
      if (/^[A-Z]/.test(m[2]!) && !/^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/.test(m[0])) continue;
      const c = COUNTRY_BY_DEMONYM.get(word) ?? COUNTRY_BY_NAME.get(word) ?? COUNTRY_BY_SEAT.get(word);
      if (!c) continue;
      const group = ROLE_GROUP.get(role) ?? role;
      const affiliation = COUNTRY_BY_SEAT.has(word) ? word.toLowerCase() : null;
      let b =
        (affiliation ? byRole.get(`${affiliation}|${group}`) : undefined) ?? byRole.get(`${c.code}|${group}`);
      if (b === undefined && group === 'leader') b = byCountry.get(c.code);
      if (b === undefined && group !== 'leader') b = onlyOfCountry.get(c.code);
      if (!b) continue;
      this.mention(m.index, m.index + m[0].length, b);
    }
  }

  finish(): EntityResult {
    const info = new Map<string, EntityInfo>();
    const entities: Entity[] = [];
    const idOf = new Map<Builder, string>();
    const used = new Set<string>();
    const ordered = [...this.builders.values()].sort((a, b) => a.order - b.order);
    for (const b of ordered) {
      let id = b.type === 'person' ? `person:${slug(b.name)}` : b.key;
      while (used.has(id)) id = `${id}-2`;
      used.add(id);
      idOf.set(b, id);
    }
    // Mentions: drop overlaps (keep the earliest, then the longest), sort by start.
    const pending = this.pending
      .filter((p) => idOf.has(p.builder))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    const mentioned = new Set<Builder>();
    let lastEnd = -1;
    for (const p of pending) {
      if (p.start < lastEnd) continue;
      mentions.push({
        start: p.start,
        end: p.end,
        text: this.text.slice(p.start, p.end),
        entity: idOf.get(p.builder)!,
      });
      mentioned.add(p.builder);
      lastEnd = p.end;
    }
    for (const b of ordered) {
      if (!mentioned.has(b)) continue;
      b.aliases.delete(b.name);
      const entity: Entity = { id: idOf.get(b)!, name: b.name, type: b.type, aliases: [...b.aliases] };
      entities.push(entity);
      info.set(entity.id, { entity, media: b.media, country: b.country });
    }
    return { entities, mentions, info };
  }
}

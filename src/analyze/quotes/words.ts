/**
 * @module analyze/quotes/words
 * The word lists quote attribution reads: speech and attribution cues (after the cue lexicons of the
 * PARC attribution corpus, in the forms news prose uses), pronouns with their gender and number, and
 * the nouns of descriptions that stand for a speaker (`the 23-year-old`, `a spokesman for X`, `the
 * company`) or for someone the text leaves unnamed (`a witness`, `officials`).
 */

import { PERSON_DEMONYMS } from '../entities/words.js';
import { TITLES } from '../names.js';

/** Finite speech verbs: the subject says the words (`X said`, `X told reporters`). */
const FINITE =
  'said|says|say|told|tells|added|adds|noted|notes|stated|states|stressed|stresses|warned|warns|urged|urges|' +
  'insisted|insists|explained|explains|declared|declares|announced|announces|wrote|writes|asked|asks|' +
  'replied|replies|responded|argued|argues|claimed|claims|reiterated|emphasi[sz]ed|remarked|continued|continues|' +
  'acknowledged|acknowledges|admitted|admits|affirmed|observed|recalled|recalls|remembered|remembers|' +
  'recounted|recounts|revealed|reveals|suggested|suggests|predicted|confirmed|confirms|denied|denies|' +
  'tweeted|tweets|posted|captioned|blogged|exclaimed|shouted|screamed|yelled|whispered|cried|joked|quipped|' +
  'boasted|vowed|pledged|promised|conceded|complained|lamented|mused|wondered|testified|estimated|' +
  'scoffed|scoffs|sneered|sneers|sniffed|' +
  'estimates|countered|retorted|fumed|snapped|gushed|raved|sighed|agreed|concluded|assured|alleged|' +
  'told|describes|described|called|calls|dubbed|branded|labell?ed|termed|hailed|welcomed|mocked|slammed|' +
  'praised|denounced|decried|derided|deemed|criticised|criticized|blasted|dismissed|accused|thanked|apologi[sz]ed|reported|reports|' +
  'writes|put it|went on|goes on|repeated|repeats|maintained|maintains|asserted|cautioned|demanded|' +
  'threatened|pointed out|contended|reasoned|proposed|suggested|recommended|signalled|signaled|' +
  'congratulated|congratulates|began|begins|reads|read|concluded|ended|indicated|indicates|informed|informs|' +
  'spoke of|speaks of|reaffirmed|reaffirms|reiterates|emphasi[sz]es|underlined|underscored|vows|pledges|' +
  'promises|boasts|reminded|reminds|' +
  // Features' verbs of telling (`,” shared Mr. Roe.`, `she recollected`, `Roe highlights that “…”`).
  'shared|recollected|recollects|commented|penned|implored|implores|highlighted|highlights that|comments that|shares that|' +
  'interjected|chimed in|' +
  // (A perfect of writing: `Lorenz had written, “…”`; not the participle of a passive, `a letter written by`.)
  'had written|has written|have written|' +
  // Orders given in words (`Tarantino instructed her to “hit 40 miles per hour”`).
  'instructed|instructs|ordered|orders|commanded|commands|' +
  // Present tenses of the verbs above that features and analyses write in (`Roe agrees that …`).
  'agrees|concedes|complains|laments|cautions|predicts|contends|asserts|observes|points out|muses|' +
  'wonders|jokes|quips|counters|responds|answers|answered|affirms|' +
  // … and of the verbs of judging that headlines write in (`MP accuses government of being 'caught out'`).
  'accuses|slams|blasts|praises|hails|welcomes|denounces|decries|criticises|criticizes|dismisses|mocks|' +
  'brands|labels|dubs|thanks|deems|derides|' +
  // Views held (PARC's cues of belief): quoted words in the view are the holder's (`Roe believes the
  // talks will "go nowhere"`).
  'believes|believed|thinks|feels|fears|hopes|wishes|' +
  // … and of insisting (`Dorn is emphatic that the league must keep its “essence”`).
  'is emphatic|was emphatic|is adamant|was adamant|remains adamant|remained adamant|is insistent|was insistent|' +
  // Citing (`Reuters cited the Amaq agency`): the cue's object is the source.
  'cited|cites|quoted|quotes';

/** Participles that go on a clause whose subject is the speaker (`..., calling it a "band-aid"`). */
const PARTICIPLES =
  'saying|speaking|adding|telling|calling|describing|noting|warning|writing|insisting|explaining|arguing|declaring|' +
  'stressing|urging|asking|claiming|tweeting|posting|accusing|branding|labell?ing|dubbing|hailing|' +
  'welcoming|mocking|praising|dismissing|referring to|promising|vowing|recalling|acknowledging|admitting|' +
  'confirming|denying|thanking|apologi[sz]ing|threatening|decrying|deeming|complaining|boasting|lamenting';

/** Infinitives after `to` that go on their clause's subject (`used the visit to declare that …`). */
const INFINITIVES =
  'to (?:say|declare|insist|warn|argue|claim|announce|deny|confirm|explain|describe|stress|tell|add)';

/** Words that may describe a statement put out (a closed list: `an accusatory speech about “…”` quotes its topic, not its words). */
const STATEMENT_WORDS =
  'brief|short|written|joint|following|televised|succinct|terse|lengthy|long|formal|official|separate|emailed|prepared|detailed|further|new|second|final';
/**
 * A statement put out (`issued a statement`, `posted the following message`, `had a more succinct
 * statement`): its author speaks.
 */
const STATEMENTS = `(?:issued|released|put out|posted|published|sent|delivered|made|gave|had|offered|provided)\\s+(?:a|an|another|the|this|its|his|her|their)\\s+(?:(?:more|less|most)\\s)?(?:(?:${STATEMENT_WORDS})\\s)?(?:(?:${STATEMENT_WORDS})\\s)?(?:statement|message|note|letter|tweet|post|speech|address)\\b`;

export const PARTICIPLE_RE = new RegExp(`^(?:${PARTICIPLES}|${INFINITIVES})$`);

const expand = (alternatives: string): string[] =>
  alternatives
    .split('|')
    .flatMap((w) => (w.includes('[sz]') ? [w.replace('[sz]', 's'), w.replace('[sz]', 'z')] : [w]))
    .flatMap((w) => (w.includes('l?') ? [w.replace('l?', 'l'), w.replace('l?', '')] : [w]));

/** The one-word cues; two-word cues by their first word (`put it`, `went on`, `pointed out`). */
export const CUE_WORDS = new Set(expand(`${FINITE}|${PARTICIPLES}`).filter((w) => !w.includes(' ')));
const TWO_WORD = new Map<string, Set<string>>();
for (const w of expand(`${FINITE}|${PARTICIPLES}|according to`).filter((x) => x.includes(' '))) {
  const [a, b] = w.split(' ') as [string, string];
  TWO_WORD.set(a, (TWO_WORD.get(a) ?? new Set()).add(b));
}
const INFINITIVE_WORDS = new Set(/\(\?:([^)]*)\)/.exec(INFINITIVES)![1]!.split('|'));
const STATEMENT_RE = new RegExp(STATEMENTS, 'y');
const STATEMENT_STARTS = new Set([
  'issued',
  'released',
  'put',
  'posted',
  'published',
  'sent',
  'delivered',
  'made',
  'gave',
  'had',
  'offered',
  'provided',
]);
/** Lower-case words, and `According` opening a sentence's `According to X, …`. */
const WORD_RE = /[a-z]+|According(?= to\b)/g;

/**
 * The speech cues in text[from, to), in order: one pass over its lowercase words, each looked up in a
 * set (a statement put out is read with a sticky expression from its verb only).
 */
export function scanCues(text: string, from: number, to: number): { at: number; verb: string }[] {
  const out: { at: number; verb: string }[] = [];
  WORD_RE.lastIndex = from;
  for (let m = WORD_RE.exec(text); m && m.index < to; m = WORD_RE.exec(text)) {
    const w = m[0] === 'According' ? 'according' : m[0];
    const at = m.index;
    if (at > 0 && /[A-Za-z]/.test(text[at - 1]!)) continue; // inside a capitalised word
    const end = at + w.length;
    const next = /^ ([a-z]+)/.exec(text.slice(end, end + 14))?.[1];
    if (STATEMENT_STARTS.has(w)) {
      STATEMENT_RE.lastIndex = at;
      const s = STATEMENT_RE.exec(text);
      if (s && at + s[0].length <= to) {
        out.push({ at, verb: s[0] });
        WORD_RE.lastIndex = at + s[0].length;
        continue;
      }
    }
    if (next !== undefined && end + 1 + next.length <= to) {
      if (w === 'to' && INFINITIVE_WORDS.has(next)) {
        out.push({ at, verb: `to ${next}` });
        WORD_RE.lastIndex = end + 1 + next.length;
        continue;
      }
      if (TWO_WORD.get(w)?.has(next)) {
        out.push({ at, verb: `${w} ${next}` });
        WORD_RE.lastIndex = end + 1 + next.length;
        continue;
      }
    }
    if (CUE_WORDS.has(w) && !/[A-Za-z]/.test(text[end] ?? ' ')) out.push({ at, verb: w });
  }
  return out;
}

/** Verbs with which an outlet carries words it reports (`…,” the Daily Clarion reports`, `Newsweek reported …`). */
export const REPORTING_RE = /^report(?:s|ed)?$/;

/** The verb a signature cue stands on: the dash before a quotation's signer (`“…” — Tomas Varga`). */
export const SIGNATURE_VERB = '—';

/** Verbs after which the speaker may follow (`,” said Musk`, `..., added the spokesman`). */
export const INVERTING = new Set(
  (
    'said says added adds explained explains continued continues wrote writes asked asks recalled recalls ' +
    'remembered remembers noted notes warned warns insisted insists replied stated declared tweeted posted ' +
    'countered retorted concluded argued argues observed remarked confirmed reported reports ' +
    'conceded admitted acknowledged claimed revealed joked quipped sighed agreed announced boasted ' +
    'cautioned recounted suggested urged vowed complained lamented predicted promised stressed read reads ' +
    'shared recollected commented interjected'
  ).split(' '),
);

/** Verbs whose object names the listener, not the speaker (`told Reuters`, `asked reporters`). */
export const LISTENER_VERBS = new Set([
  'told',
  'tells',
  'telling',
  'asked',
  'asks',
  'asking',
  'thanked',
  'thanking',
]);

/** Words that may stand between a subject and its verb (`Musk also said`, `she has since said`). */
const GAP_WORDS = new Set(
  (
    'also then later again previously once has had have would will was is since further recently publicly ' +
    'earlier now just reportedly repeatedly even never often first initially subsequently immediately finally ' +
    'simply only however too privately separately directly quickly today yesterday tonight'
  ).split(' '),
);
/** Whether a word may stand between a subject and its verb (an adverb or auxiliary). */
export function isGapWord(word: string): boolean {
  return (
    GAP_WORDS.has(word) ||
    (word.length > 3 && word.endsWith('ly') && /^[a-z]+$/.test(word) && !LY_NOUNS.has(word))
  );
}

/** Words ending in -ly that are nouns, not adverbs (`the family said`). */
const LY_NOUNS = new Set(
  'family ally rally assembly supply monopoly anomaly bully tally jelly belly reply daily weekly monthly quarterly italy'.split(
    ' ',
  ),
);

export type Gender = 'm' | 'f' | 'n' | 'p';

/** Subject pronouns and what they refer to: `m`ale, `f`emale, `n`euter (an organisation), `p`lural. */
export const PRONOUN_GENDER = new Map<string, Gender | 'self'>([
  ['he', 'm'],
  ['she', 'f'],
  ['it', 'n'],
  ['they', 'p'],
  ['i', 'self'],
  ['we', 'self'],
]);

/**
 * Titles and nouns that say a person's gender (`Mrs`, `actress`, `spokeswoman`). `Spokesman`, `chairman`
 * and `actor` are written for women too (`spokesman Heather Roe`): they say nothing.
 */
export const FEMALE_WORDS = new Set(
  (
    'mrs ms miss dame lady queen princess duchess sister mother daughter wife widow girlfriend grandmother ' +
    'aunt niece actress spokeswoman chairwoman businesswoman congresswoman councilwoman woman girl heiress ' +
    'waitress hostess mum mom madam baroness countess empress'
  ).split(' '),
);
export const MALE_WORDS = new Set(
  (
    'mr sir lord king prince duke brother father son husband widower boyfriend grandfather uncle nephew ' +
    'businessman congressman councilman man boy dad baron count emperor'
  ).split(' '),
);

/** Nouns of someone the text does not name: their words have no knowable speaker. */
export const UNNAMED_NOUNS = new Set(
  (
    'source sources official officials witness witnesses eyewitness eyewitnesses resident residents neighbour ' +
    'neighbours neighbor neighbors passenger passengers officer officers person people man men woman women ' +
    'boy girl friend friends relative relatives member members employee employees worker workers student ' +
    'supporter supporters spectator spectators ' +
    'students fan fans onlooker onlookers bystander bystanders survivor survivors victim victims caller callers ' +
    'user users commenter commenters expert experts analyst analysts observer observers insider insiders ' +
    'aide aides diplomat diplomats authorities police investigators insiders someone somebody one another ' +
    'individual individuals customer customers mother father colleague colleagues teammate teammates ' +
    'spectator spectators attendee attendees reporter reporters journalist journalists doctor doctors ' +
    'nurse nurses paramedic paramedics staff shopper shoppers tourist tourists local locals ' +
    'lawmakers legislators politicians critics activists protesters protestors demonstrators campaigners ' +
    'opponents commentators family families parents'
  ).split(' '),
);

/** Nouns that stand for an organisation the text named before (`the company said`). */
export const ORG_NOUNS = new Set(
  (
    'company firm airline carrier agency department ministry government club team group organisation ' +
    'organization charity union council authority service bank network administration campaign military ' +
    'army regulator court school university hospital trust league party brand retailer operator office ' +
    'force foundation institute association federation commission committee board studio startup start-up ' +
    'giant maker manufacturer developer platform website site newspaper outlet broadcaster channel paper ' +
    'media'
  ).split(' '),
);

/** Nouns of someone speaking for an organisation (`a spokesman for X`, `an X spokeswoman`). */
export const SPOKES_NOUNS = new Set(
  'spokesman spokeswoman spokesperson spokespeople representative representatives rep statement'.split(' '),
);

/**
 * Plural nouns of an organisation's staff who speak for it when it is named with them (`the engineers at
 * Quell Security said`, `testers from Lumen Labs`): the organisation speaks.
 */
export const STAFF_NOUNS = new Set(
  'engineers researchers testers scientists staff editors reviewers lawyers attorneys'.split(' '),
);

/** Nouns of a document whose words are quoted (`the statement said`): its author speaks. */
export const DOCUMENT_NOUNS = new Set(
  (
    'statement report letter post tweet note release message filing complaint indictment lawsuit document ' +
    'memo email e-mail study survey advisory announcement notice caption bulletin affidavit warrant ' +
    'transcript website manual handbook policy guidelines story editorial column op-ed blog claim response reply'
  ).split(' '),
);

/** Nouns of a role or description that stands for a person the text named (`the actress`, `the coach`). */
export const PERSON_NOUNS = new Set(
  (
    'actress actor star singer rapper director producer coach manager player quarterback founder co-founder ' +
    'ceo chief executive boss billionaire entrepreneur president minister leader chancellor governor mayor ' +
    'senator lawmaker congressman congresswoman spokesman spokeswoman prosecutor lawyer attorney judge ' +
    'detective sheriff commissioner chairman chairwoman chair head secretary ambassador envoy professor ' +
    'scientist researcher astronaut engineer author writer comedian host presenter model designer teenager ' +
    'pilot driver captain veteran monarch king queen prince princess duke duchess pope cleric priest bishop ' +
    'activist campaigner filmmaker novelist musician artist dancer athlete champion winner striker ' +
    'midfielder goalkeeper defender pitcher owner investor banker economist strategist premier dictator ' +
    'tycoon mogul magnate heir heiress businessman businesswoman politician candidate nominee incumbent chef ' +
    'surgeon teen youngster mother father wife husband daughter son sister brother star performer ' +
    'widow widower legend icon veteran boxer fighter rider cyclist racer golfer skater swimmer runner ' +
    'lady scot scotsman englishman irishman welshman frenchman dutchman spaniard argentine portuguese ' +
    'tyrant despot strongman autocrat frontman frontwoman director-general secretary-general ' +
    'attorney-general governor-general inspector-general mp mep msp mla peer councillor councilman ' +
    'councilwoman assemblyman assemblywoman legislator supervisor delegate'
  )
    .split(' ')
    .concat([...PERSON_DEMONYMS.keys()]),
);

export { KIN_NOUNS, PERSON_DEMONYMS } from '../entities/words.js';

/** A word that is a title or a role before a person's name (`Prime Minister`, `Singer`, `PM`), not part of it. */
export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return TITLES.has(w) || PERSON_NOUNS.has(w);
}

/** Verbs of speaking proper: their subject was speaking (a statement, an interview), not posting or praising. */
export const SPEAKING_RE =
  /^(?:(?:issued|released|put out|posted|published|sent|delivered|made|gave) .*|said|says|say|told|tells|added|adds|explained|explains|stated|states|wrote|writes|noted|notes|stressed|warned|insisted|insists|replied|continued|recalled|recalls|remembered|remembers|declared|announced|argued|argues|claimed|claims|acknowledged|admitted|confirmed|tweeted|according to|saying|speaking|adding|telling|noting|warning|insisting|explaining|writing)$/;

/**
 * A verb that gives something to the name after it (`told the Ledger`, `provided Newsweek a statement`):
 * that name receives the words; it does not say them.
 */
export const RECIPIENT_BEFORE_RE =
  /\b(?:told|tells|informed|informs|provided|provides|gave|gives|sent|sends|emailed|handed|showed|offered|asked|asks|thanked|urged|urges)\s+(?:the\s+)?$/i;

/** A party's member named by the party's singular noun (`the Democrat said`): a person, not the party. */
export const PARTY_MEMBER_RE = /^(?:Democrat|Republican)$/;

/** How a text keeps someone's name out: `spoke on condition of anonymity`, `asked not to be named`. */
export const ANONYMITY_RE =
  /\b(?:for anonymity|anonymity|anonymously|not to be (?:named|identified|quoted)|to remain anonymous|to be identified only|(?:declined|did not want) to be (?:named|identified)|that (?:his|her|their) (?:full )?name not be)\b/;

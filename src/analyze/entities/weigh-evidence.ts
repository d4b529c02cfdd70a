/**
 * @module analyze/entities/weigh-evidence
 * Step `weighEvidence`: what each mention of a candidate name says about its type, by the name's form
 * (a legal suffix, an organisation, place or event word, a model number, a given name) and by its
 * context (a title or honorific, an age, `said`, `'s CEO`, `the … company`, `in …`, `…, Nev.`, `the …
 * rocket`, quotation marks). Votes are summed per name over the article, so every mention of a name
 * lends its context to the others.
 */
import { isEnglishWord } from '../english.js';
import {
  CITY_COUNTRY,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  isKnownPlace,
  MEDIA_BY_NAME,
  PRODUCTS,
  STATES,
} from '../gazetteer.js';
import { foldName } from '../names.js';
import type { EntityState, Run, Token, Votes } from './state.js';
import {
  ADMIN_DIVISIONS,
  CENTRE_FOR_RE,
  CHAMBERS,
  COMPASS,
  CORPORATE_SUFFIXES,
  EAST_ASIAN_SURNAMES,
  FOREIGN_ARTICLES,
  HONORIFICS,
  INNER_FUNCTION_WORDS,
  isGivenName,
  KIN_NOUNS,
  ORDINAL_RE,
  ORDINARY_PEOPLE,
  ORG_WORDS,
  OTHER_WORDS,
  PLACE_FIRST_WORDS,
  PLACE_GIVEN_NAMES,
  PLACE_WORDS,
} from './words.js';

/**
 * Place words that are no one's surname: a country's divisions and the nouns of sites (`Clark County`,
 * `Albert Quay`, `Trinity Church` are places whatever their first word; `Marianne Lake` may be someone).
 */
const DIVISION_WORDS = new Set([
  ...ADMIN_DIVISIONS,
  ...`Quay Locks Airport Station
  Avenue Boulevard Hotel Casino Resort Basin Valley Desert Strait Peninsula Gulf Islands Island Mountains
  Coast Beach Canyon Falls Harbour Harbor Stadium Arena Cathedral Church Mosque Prison Plaza Mall
  Heights Ocean Crater Highway Freeway Expressway Boardwalk Pier Junction Roundabout Gardens Archipelago
  Atoll Reef Lagoon Plateau Glacier Fjord Canal Creek Parkway Wharf`.split(/\s+/),
]);

/** The letters that mark a sports club's name. */
const CLUB_MARKS = new Set([
  'AC',
  'FC',
  'AFC',
  'CF',
  'SC',
  'AS',
  'SS',
  'SV',
  'CD',
  'UD',
  'RC',
  'SL',
  'VfB',
  'VfL',
  'FK',
  'NK',
  'KV',
  // `Real Madrid`, `Real Sociedad`, `Sporting Lisbon`, `Athletic Bilbao`, `Racing Santander`.
  'Real',
  'Sporting',
  'Athletic',
  'Racing',
]);

/** How far after and before a mention the context rules read. */
const WINDOW = 60;
const BEFORE_WINDOW = 40;

const SPEECH_AFTER_RE =
  /^(?:[’']s?\s+)?,?\s*(?:also\s+|has\s+|had\s+|later\s+|then\s+)?(?:said|says|told|tells|added|adds|noted|stressed|warned|urged|insisted|explained|declared|wrote|asked|replied|argued|reiterated|emphasi[sz]ed|recalled|admitted|tweeted)\b/;
/**
 * A person's age or party after the name: `Jane Roe, 45,`, `Jane Roe (45)`, `Jane Roe, D-Ore.`, and a
 * reader's signature under a letter or a joke: `—Ana, age 12`, `Ana aged 8`.
 */
export const AGE_AFTER_RE = /^(?:,\s\d{1,3},|\s\(\d{1,3}\)|,\s[DR]-[A-Z]|,?\s(?:age|Age|aged)\s\d{1,3}\b)/;
/** A lower-case noun for a person right before the name: `actress Uma Thurman`, `gunman Stephen Paddock`. */
const PERSON_NOUN_BEFORE_RE =
  /\b(?:actor|actress|singer|rapper|musician|director|producer|filmmaker|coach|player|driver|founder|co-founder|executive|analyst|professor|lawyer|attorney|author|writer|star|billionaire|entrepreneur|astronaut|astronomer|scientist|researcher|economist|reporter|correspondent|editor|columnist|photographer|spokesman|spokeswoman|spokesperson|agent|senator|congressman|congresswoman|lawmaker|governor|mayor|sheriff|officer|detective|chef|model|comedian|host|anchor|wife|husband|son|daughter|brother|sister|mother|father|girlfriend|boyfriend|partner|fiancée?|widow|victim|suspect|gunman|shooter|attacker|teenager|girl|boy|man|woman|pilot|captain|passenger|investor|inventor|designer|artist|poet|novelist|guard|forward|striker|quarterback|pitcher|midfielder|goalkeeper|boss|manager|chairman|chairwoman|president|minister|leader|chief|head|candidate|nominee|challenger|incumbent|dr|mr|mrs|ms)\.?\s+$/i;
/** A person's noun set off before the name, the name set off after it: `Another spectator, Fahmi, was …`. */
const APPOSED_PERSON_BEFORE_RE = new RegExp(
  `\\b(?:${[...ORDINARY_PEOPLE, ...KIN_NOUNS].join('|')}),\\s$`,
  'i',
);
/** A person's noun and `named` right before the name: `an official named Adrienne Roe`, `a man called Ivo`. */
const NAMED_PERSON_BEFORE_RE =
  /\b(?:man|woman|boy|girl|person|official|officer|employee|worker|executive|manager|agent|spokes(?:man|woman|person)|friend|student|teacher|doctor|nurse|lawyer|driver|soldier|guard|pilot) (?:named|called)\s+$/;
/** A relative clause or participle that only a business takes: `Tramway, which is owned by Roe Group,`, `, run by`. */
const OWNED_AFTER_RE =
  /^,\s(?:(?:which|that)\s(?:is|was|are|were)\s(?:now\s)?)?(?:owned|run|operated|controlled|acquired)\sby\b/;
/** An appositive or relative clause that only a person takes: `Jane Roe, who …`, `Jane Roe, the actress`. */
const PERSON_AFTER_RE =
  /^(?:,\s(?:who|whose)\b|[’']s\s(?:wife|husband|son|daughter|mother|father|family|lawyer|attorney|girlfriend|boyfriend|death|birthday|career|children|parents|brother|sister))/;
/** A campaign named after its candidate: `the Hillary Clinton campaign`. */
const CAMPAIGN_AFTER_RE = /^\s(?:campaign|camp)\b/;
/** The government a person led, named after them: `the Carter administration`, `the Obama presidency`. */
const LED_AFTER_RE = /^\s(?:administration|presidency)\b/;
/** A locative preposition right before a name (`in Morgantown`). */
const LOCATIVE_BEFORE_RE = /\b(?:in|at)\s+$/;
/** A relative clause for a thing: `Demand Abolition, which campaigns …` (a person's is `who`). */
const WHICH_AFTER_RE = /^,\s(?:which|whose\s(?:headquarters|shares|members|stores))\b/;
/** An appositive naming a person's role: `Dalibor Kesten, the finance spokesman of …`. */
const APPOSITIVE_AFTER_RE =
  /^,\s(?:the|a|an|its|their|our|my|his|her|your)\s(?:[\p{Ll}-]+\s){0,3}?(?:\d{1,3}-year-old|spokes(?:man|woman|person)|actor|actress|singer|director|producer|founder|co-founder|chief executive|executive|analyst|professor|lawyer|attorney|author|writer|minister|senator|governor|mayor|sheriff|officer|leader|chairman|chairwoman|president|head|manager|coach|player|driver|star|economist|scientist|researcher|reporter|editor|adviser|advisor|aide|official|secretary|diplomat|envoy|ambassador|commander|general|journalist|correspondent|student|teacher|doctor|nurse|pilot|wife|husband|son|daughter|mother|father|girlfriend|boyfriend|nominee|winner|candidate|woman|man|rapper|musician|artist|athlete|champion|survivor|victim|historian|lecturer|psychologist|psychiatrist|physician|surgeon|engineer|programmer|mathematician|physicist|chemist|biologist|epidemiologist|activist|campaigner|filmmaker|entrepreneur|investor|designer|comedian|novelist|poet|consultant|strategist|pollster|lobbyist|priest|pastor|rabbi|imam|bishop|farmer|veteran|resident|fellow|colleague)\b/u;
/** An appositive naming a venue or a body: `La Petite Folie, one of her favorite Hyde Park restaurants`. */
const VENUE_APPOSITIVE_RE =
  /^,\s(?:the|a|an|its|their|one of (?:the|her|his|their|its|our|my)?)\s?(?:[\p{L}-]+\s){0,4}?(?:restaurants?|bars?|pubs?|caf[eé]s?|bistros?|bakery|bakeries|shops?|stores?|boutiques?|nightclubs?|galler(?:y|ies)|museums?|theat(?:er|re)s?|charit(?:y|ies)|nonprofits?|non-profits?|compan(?:y|ies)|firms?|startups?|chains?|brands?|labels?)(?![\p{L}’'-])/u;
/** An appositive naming a body of people: `Ansar al-Sharia, an al-Qaeda-linked organization`, `…, a militant group`. */
const BODY_NOUN_RE =
  /^(?:organi[sz]ations?|groups?|militias?|movements?|part(?:y|ies)|unions?|agenc(?:y|ies)|associations?|networks?|factions?|coalitions?|alliances?)$/;
/** Words that end the noun phrase an appositive opens with (`a member of the group` is a person). */
const PHRASE_END_RE = /^(?:of|for|in|from|with|at|who|that|which|and|or)$/;

function bodyAppositive(after: string): boolean {
  const open = /^,\s(?:a|an|the)\s/.exec(after);
  if (!open) return false;
  const words = after.slice(open[0].length, open[0].length + 80).split(/[\s,.;:—–]+/, 5);
  for (const w of words) {
    if (BODY_NOUN_RE.test(w)) return true;
    if (PHRASE_END_RE.test(w)) return false;
  }
  return false;
}

/** The inverted attribution: `…,” said Jane Roe`. */
const SPEECH_BEFORE_RE = /\b(?:said|says|added|asked|wrote|told)\s+$/;
/** A stock ticker after a company's name: `Lockheed Martin (NYSE:LMT)`, `Barclays (BCS)`. */
const TICKER_AFTER_RE =
  /^\s\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NYSEArca|OTC)\s?:\s?)?[A-Z]{1,5}(?:\.[A-Z])?\)/;
/** A company speaking of itself: `Goldman Sachs said it …`, `Goldman Sachs expects its …`. */
const IT_AFTER_RE =
  /^,?\s(?:(?:has\s|have\s)?(?:now\s|also\s)?)?(?:said|says|expects?|expected|reported|announced|posted|plans?|warned|added|noted|confirmed|confirms|denied|denies|admitted|stated|insisted)\s(?:that\s)?(?:it|its)\b/;
const ACCORDING_RE = /\baccording to\s+(?:the\s+)?$/i;
/** A possessive ending the text before a name (`NPR's `). */
const POSSESSIVE_BEFORE_RE = /[’']s\s+$/;

/** Whether the text before a name ends with a news outlet's possessive (`Al Jazeera's `, `NPR's `): its last one or two words. */
function outletBefore(before: string): boolean {
  const possessive = POSSESSIVE_BEFORE_RE.exec(before);
  if (!possessive) return false;
  const words = before.slice(0, possessive.index).split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return MEDIA_BY_NAME.has(last) || MEDIA_BY_NAME.has(`${words[words.length - 2] ?? ''} ${last}`);
}
/** An owner's possessive before a name: a person's in full (`Jeff Bezos's`), or a country's official one (`Veldonia's official`). */
const OWNER_BEFORE_RE =
  /(?:\p{Lu}\p{Ll}+ \p{Lu}[\p{L}-]+[’']s?\s+|\p{Lu}[\p{L}-]+[’']s\s+(?:official|state-run|state-owned|state|government) )$/u;
/** What only an organisation has: `X's CEO`, `X shares`, `X employees`. */
const ORG_AFTER_RE =
  /^(?:[’']s?)?\s+(?:CEO|chief executive|chief|founder|co-founder|chairman|board|shares|stock|employees|workers|staff|executives|directors|managers|headquarters|website|app|stores|products|customers|subscribers|users|investors|shareholders|profits?|revenue|earnings|sales|fleet|subsidiary|division|workplace|warehouses?|factories|offices|said in a statement|declined to comment|did not respond)\b/;
/**
 * `a FirstGroup spokesman`, `Wilson Center director Ana Roe`: a spokesperson or director named after an
 * organisation (a person's has an `'s`).
 */
const SPOKESPERSON_AFTER_RE =
  /^\s+(?:spokes(?:man|woman|person)|(?:executive |managing |programme |program |research )?director)\b/;
/** Before an organisation: `CEO of X`, `shares of X`, `the company X`, `broadcaster FRT`. */
const ORG_BEFORE_RE =
  /\b(?:(?:CEO|chief executive|founder|co-founder|chairman|chairwoman|president|officer|director|head|manager|employees|spokes(?:man|woman|person)|shares|executives|staff|workers|officials|members|owner|subsidiary|unit|division)\s+(?:of|at|for)|(?:group|company|firm|agency|broadcaster|network|newspaper|daily|weekly|monthly|tabloid|supermarket|organi[sz]ation|party|maker|giant|start-?up|bank|outlet|channel|union|ministry|lender|carrier|insurer|retailer|developer|charity|regulator|watchdog|website|app|platform|airline|team|club|magazine|publication|studio|label|contractor|manufacturer|automaker|carmaker|chain|brand|service|site|operator|provider|militant group|terror group|extremist group|rival|competitor|startup|analysts? at|economists? at|researchers? at|engineers? at|analysts? with)s?|(?:worked|works|working|joined|left|employed)\s+(?:at|for)|(?:on|via)(?=\s+\S+\s*$))\s+$/i;
/** Who speaks or acts for someone: `spokesman for`, `lawyer for`. */
const SPEAKS_FOR_RE = /\b(?:spokes(?:man|woman|person)|lawyer|attorney|representative|publicist)\s+for\s+$/;
/** A name's first word, then `of` (`Office of …`). */
const BODY_OF_RE = /^(\p{Lu}\p{L}+) of /u;
/** A post held or a degree taken at the name: `director of Policy and Research at X`, `a fellow at the X`, `a graduate of X`. */
const WORKS_AT_RE =
  /\b(?:(?:director|fellow|head|chief|professor|researcher|scientist|analyst|economist|spokes(?:man|woman|person)|president|chairman|chairwoman)\b(?: of [\p{L} &]{1,30})? at|(?:graduate|alumn(?:us|a|i)) of|(?:undergraduate|student|studied|freshman|sophomore) at|graduated from)\s(?:the\s)?$/u;
/** A team's player named after it (`Memphis Hustle guard Ana Roe`): the position, then a name. */
const TEAM_PLAYER_AFTER_RE =
  /^\s+(?:guard|forward|center|centre|defender|defenseman|defenceman|winger|shortstop|catcher|outfielder|infielder|wide receiver|running back|tight end)\s+\p{Lu}/u;
/** `who play for the Memphis Hustle`, `signed with the`: a team. */
const PLAYS_FOR_RE = /\b(?:(?:play|plays|played|playing)\s+for|signed with|traded to)\s+(?:the\s+)?$/;
/** After an organisation: `the Haven Courant newspaper`, `the Nordic Wire agency`. */
const ORG_NOUN_AFTER_RE =
  /^\s+(?:newspaper|agency|hospital|school|college|university|news agency|group|company|firm|broadcaster|network|daily|party|institute|foundation|union|bank|website|magazine|weekly|team|club|airline|brand|studio|label|chain|body|authority|authorities|department|commission|council|regulator|watchdog|organi[sz]ation|association|federation|ministry|committee|militants?|fighters|insurgents|extremists|(?:(?:head|defensive|offensive|assistant) )?(?:coach|co-?ordinator)|quarterback|linebacker|pitcher|striker|midfielder|goalkeeper|roster|franchise|teammates)\b/;
/** `In` opening a sentence (`In Youghal, the bar …`). */
const OPENING_IN_RE = /(?:^|[.!?]["”’]?\s+)In\s+$/;
/** Where a name is a place: after a locative preposition, or `city of`. */
const PLACE_BEFORE_RE =
  /\b(?:(?:in|near|outside|inside|across|throughout|around|towards?|into|along|out of|north of|south of|east of|west of|suburb of|(?:flights?|flew|fly|flying|trips?|travel|travell?(?:ed|ing)|moved|returned|headed|sailed|deported|evacuated|routes?) to|(?:MP|MEP|member) for|(?:ministry|government|[Pp]eople|president|capital|parliament|army|[Cc]itizens|embassy|[Rr]esidents|mayor|outskirts|streets|suburbs|heart|centre|center|stronghold) of|downtown|uptown)|(?:port|city|town|village|province|region|state|island|county|district|capital|suburb|neighbou?rhood|area|cape|peninsula|gulf|bay|strait) of)\s+(?:the\s+)?$/;
/** What a publication holds, then `in` (`an article in `, `a study published in `): the name is the publication. */
const PUBLISHED_IN_RE =
  /\b(?:(?:article|story|report|piece|op-ed|column|editorial|essay|study|paper|review|letter|survey)(?: published)?|published|appeared|wrote|writing) in (?:the )?$/;
/** A place word after the name: `the Sambisa forest`, `the Kaesong industrial complex`. */
const PLACE_AFTER_RE =
  /^\s+(?:(?:industrial|economic|free-trade|special|military|nuclear|refugee|detention|border)\s+)?(?:forest|area|regions?|provinces?|prefectures?|state|county|districts?|city|town|village|camp|border|valley|river|mountains?|islands?|neighbou?rhood|suburb|desert|plant|complex|facility|base|airport|resort|hotel|casino|venue|stadium|[Mm]ayor|[Gg]overnor|[Ss]heriff|cosmodrome|spaceport|launch ?pad|pad|coast|peninsula|harbou?r|municipality|oblast|zone|(?:metro|train|railway|subway|tube|bus) station|(?:tram |bus )?stop(?= on\b|[.,;])|compound|ranch|estate|mansion|villa|palace|castle|mayoral|municipal|police)\b/;
/** A venue's noun after its name: `the Bataclan concert hall`, `the Le Carillon bar`. */
export const VENUE_AFTER_RE =
  /^\s+(?:concert hall|music hall|concert venue|concert|venue|hall|theat(?:re|er)|restaurant|caf[eé]|bar|pub|nightclub)\b/;
/** A journey's end points (`from Wimbledon to`, `to Kumshe via`), or a launch or flight from the name. */
const ROUTE_FROM_RE = /\bfrom\s+$/;
const ROUTE_TO_AFTER_RE = /^\s+to\s+\p{Lu}/u;
const ROUTE_VIA_AFTER_RE = /^\s+via\s+\p{Lu}/u;
const MOVED_FROM_RE =
  /\b(?:launched|fired|flew|flown|fled|evacuated|departed|took off|lifted off|blasted off|travel(?:l)?ed|sailed|drove|walked|returned|moved|brought|taken|transferred)\s+(?:from|to)\s+(?:the\s+)?$/;
/** `Tarsha, which is 15 kilometres from …`: a distance only a place has. */
const DISTANCE_AFTER_RE =
  /^,?\s(?:which|that)\s(?:is|lies|sits)\s(?:about\s|some\s|roughly\s|around\s)?[\d,.]+\s?(?:kilomet(?:re|er)s?|km|miles?)\b/;
/** `-bound`: where a train or flight heads (`the Wimbledon-bound tram`). */
const BOUND_AFTER_RE = /^-bound\b/;
/** A place noun in apposition: `Lintaro, the neighbourhood around the stadium`. */
/** Nouns of a settled place: an appositive or a copula naming one makes the name a place. */
const PLACE_NOUNS =
  'neighbou?rhood|town|city|village|capital|region|province|district|suburb|county|island|port|hamlet|resort';
/**
 * Words that may follow a place noun ending the appositive (`the island nation`, `the town where …`); any
 * other lowercase word makes the place noun a modifier of a person's role (`Ana Roe, the county coroner`).
 */
const PLACE_NOUN_FOLLOWERS =
  'nation|state|country|of|in|on|at|around|near|where|which|that|with|and|or|to|from|by|for|is|was|known|famous|best|home|some|about|just|north|south|east|west';
const PLACE_APPOSITIVE_RE = new RegExp(
  `^,\\s(?:the|a|his|her|their|its)\\s(?:[\\p{L}-]+\\s){0,2}?(?:${PLACE_NOUNS}|estate|ranch|retreat)\\b(?!\\s(?!(?:${PLACE_NOUNS}|${PLACE_NOUN_FOLLOWERS})\\b)\\p{Ll})`,
  'u',
);
/** A country in brackets after the name: `Melkrijk (The Netherlands)`. */
const COUNTRY_BRACKET_RE = /^\s\((?:[Tt]he\s)?(\p{Lu}[\p{L} ]{1,30})\)/u;
/** A name joined to a known place by `and`/`or` (`Hokkaido and Tohoku`): the same kind of name. */
const JOINED_BEFORE_RE = /(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?),? (?:and|or) $/u;
const JOINED_AFTER_RE =
  /^,? (?:and|or) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)(?=[,.;:]|\s(?:and|or|to|in|on|at|were|was|are|is|have|has|had|regions?|areas?|provinces?|prefectures?|states)\b)/u;
/** Someone from the name: `a 42-year-old man from Beckenham`, `the driver, 42, from Beckenham`. */
const PERSON_FROM_RE =
  /\b(?:\d+-year-old|man|woman|men|women|boy|girl|driver|resident|residents|native|family|families|couple|mother|father|son|daughter|student|pensioner|passengers?|fans?|worker|workers|(?:mother|father|grandmother|grandfather|mum|dad) of (?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))(?:,\s+\d{1,3},)?,?\s+from\s+$/;
/** Someone's age, then where they live: `Ana Roe, 34, of Orvel,`. */
const AGE_OF_BEFORE_RE = /\b\d{1,3},\s+of\s+$/;
/** Where something is based or someone was born: `the Orvel-based firm`, `Orvel-born`. */
const BASED_AFTER_RE = /^-(?:based|born|headquartered)\b/;
/** A thing's noun around the name: `the Falcon Heavy rocket`, `the film Pulp Fiction`. */
const THING_NOUNS =
  'film|movie|book|novel|memoir|album|song|single|series|show|play|musical|documentary|episode|game|video game|rocket|booster|spacecraft|spaceship|probe|lander|rover|satellite|capsule|module|telescope|engine|car|vehicle|truck|phone|smartphone|handset|device|tablet|laptop|computer|chip|processor|aircraft|plane|jet|helicopter|ship|vessel|drug|vaccine|software|operating system|missile|launcher|launch vehicle|roadster|sedan|model|hashtag|campaign|movement|operation|mission|festival|event|concert|tournament|race|award|prize|law|bill|act|treaty|policy|directive|programme|program|project|technology|technologies|system|app|algorithm|battery|destroyer|variant|strain|index';
/** A thing noun before the name, perhaps naming it (`a technology called RAISR`, `a battery known as Thaad`). */
const THING_BEFORE_RE = new RegExp(
  `\\b(?:${THING_NOUNS})s?(?:\\s+(?:called|named|dubbed|known as))?(?:\\s+[“"‘']?|,\\s+[“"‘'])$`,
  'i',
);
const THING_AFTER_RE = new RegExp(
  `^\\s+(?:(?:space|carrier|launch|crew|cargo|cruise|ballistic|electric|mobile)\\s)?(?:${THING_NOUNS})s?\\b`,
  'i',
);

/** An institution's name ending right before the name, then a comma (`Radboud University, `). */
const INSTITUTION_COMMA_RE =
  /\b(?:University|College|Institute|Hospital|School|Observatory|Laboratory)\s?,\s$/;
/** A place noun and a comma right before the name (`his neighborhood, `, `the village, `). */
const PLACE_NOUN_BEFORE_RE =
  /\b(?:neighbou?rhood|hometown|home town|town|village|city|suburb|district|province|region|county|island|resort)\s?,\s$/;
/** A number right before the name: it counts what the name names (`27 Merlin engines`). */
const COUNT_BEFORE_RE = /\b\d{1,6}\s$/;
/** A state or country after a comma: `Mesquite, Nev.`, `Sparks, Nevada` (not `Roe, Japan's minister`). */
const PLACE_COMMA_RE = /^,\s((?:\p{Lu}[\p{L}.]*\s?){1,3})/u;
/** First words of a storm's name. */
const STORM_WORDS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Superstorm']);

/** A bare article right before the name: people's names do not take one (`the Falcon Heavy`). */
const ARTICLE_BEFORE_RE = /\b(?:the|a|an)\s+$/i;
/** What ends a noun phrase after a name: a stop or comma, or a preposition, conjunction or verb. */
const NAME_ENDS_RE =
  /^(?:[,.;:!?)]|\s+(?:at|in|on|of|and|or|near|where|which|that|was|is|has|had|said|says|told)\b)/;
/** An event a name qualifies after an article (`the Charlie Hebdo attacks`, `the Bataclan massacre`): no person. */
const EVENT_AFTER_RE =
  /^\s+(?:attacks?|shootings?|bombings?|massacres?|killings|raids?|siege|crash|disaster)\b/;

/** A capitalised plural: `Cardinals`, `Grizzlies`, `Guitars` (not `Ross`, `Davis`, `Paris`). */
export const PLURAL_RE = /^\p{Lu}\p{Ll}+[^su]s$/u;

const emptyVotes = (): Votes => ({ person: 0, organization: 0, place: 0, other: 0 });

/** The votes of a name (folded), created on first use. */
export function votesOf(state: EntityState, name: string): Votes {
  const key = foldName(name);
  let v = state.votes.get(key);
  if (!v) state.votes.set(key, (v = emptyVotes()));
  return v;
}

const hasDigit = (t: Token): boolean => /\d/.test(t.text);
/** A model letter or numeral after a name: `Saturn V`, `Delta IV Heavy`, `iPhone X`, `Galaxy S9`. */
const isModelCode = (t: Token): boolean => /^(?:[A-Z]|[IVX]{1,4}|[A-Z]\d+[A-Za-z]?)$/.test(t.text);

/** A word of initials: `A.Q.`, or a lone capital whose stop is in the gap after it (`J. K.`). */
const INITIALS_RE = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}$/u;

/** The endings of German and Dutch street and square names. */
const STREET_SUFFIX_RE = /(?:stra(?:ss|ß)e|platz|allee|gasse|straat|plein|laan)$/i;

/** A capitol's name: `Capitol`, `U.S. Capitol`, `Capitol Hill`, `Capitol Building` (not `Capitol Police`). */
const CAPITOL_RE = /^(?:(?:U\.S\.|US|United States|State)\s)?Capitol(?:\s(?:Hill|Building))?$/;

/** Votes by the name's own words. */
export function formVotes(tokens: readonly Token[]): Votes {
  const v = emptyVotes();
  const words = tokens.map((t) => t.text);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // A street or square named the German way (`Lüderitzstrasse`, `Manga-Bell-Platz`, `Petersallee`).
  if (STREET_SUFFIX_RE.test(last)) v.place += 6;
  // A capitol is a building (`the U.S. Capitol`, `Capitol Hill`), not the legislature that sits in it.
  if (CAPITOL_RE.test(words.join(' '))) v.place += 6;
  if (words.length === 1) {
    // A legislature's chamber is the body wherever it sits (`235 seats in the House`).
    if (CHAMBERS.has(first)) v.organization += 4;
    if (/\d/.test(first)) v.other += 4;
    // `the Oscars`, `the Olympics`: a kind's word standing alone as a name is an event's.
    if (OTHER_WORDS.has(first)) v.other += 5;
    if (/^\p{Ll}{1,3}\p{Lu}/u.test(first)) v.other += 2; // `iPhone`
    return v;
  }
  if (CORPORATE_SUFFIXES.has(last)) v.organization += 5;
  // A product line's model (`Xbox One`, `PlayStation VR`, `iPhone X`).
  if (PRODUCTS.has(first)) v.other += 5;
  // A broadcaster's or paper's service (`BBC Persian`, `CNN International`).
  if (MEDIA_BY_NAME.has(first)) v.organization += 4;
  // A club's prefix or suffix: `AC Milan`, `FC Porto`, `Ajax FC`, `SV Werder Bremen`.
  if (CLUB_MARKS.has(first) || CLUB_MARKS.has(last)) v.organization += 5;
  if (words.some((w) => ORG_WORDS.has(w))) v.organization += ORG_WORDS.has(last) ? 4 : 3;
  // A place word after a given name may be a surname (`Marianne Lake`): weaker.
  // (Not a division's word, which is no one's surname: `Clark County`, `Marion District`.)
  if (PLACE_WORDS.has(last))
    v.place += words.length === 2 && isGivenName(first) && !DIVISION_WORDS.has(last) ? 2 : 5;
  // A place and a plural: a team (`Arizona Cardinals`, `San Diego Padres`), not a surname (`Davis`).
  const placeFirst = CITY_COUNTRY.has(first) || STATES.has(first) || CITY_COUNTRY.has(`${first} ${words[1]}`);
  if (PLURAL_RE.test(last) && placeFirst) v.organization += 3;
  // `Islamic State`, `Ohio State`; but a state named like its city is told from it so (`New York State`,
  // `Washington State`).
  if (last === 'State') {
    const state = words.slice(0, -1).join(' ');
    if (STATES.has(state) && CITY_COUNTRY.has(state)) v.place += 6;
    else v.organization += 3;
  }
  if (PLACE_FIRST_WORDS.has(first) || PLACE_WORDS.has(first)) v.place += 3; // `Strait of Morwen`
  // A storm's name (`Hurricane Sandy`, `Typhoon Hagibis`, `Tropical Storm Ana`) is an event, not a person.
  if (STORM_WORDS.has(first) || (first === 'Tropical' && words[1] === 'Storm')) v.other += 8;
  // A state's region by its compass point: `Central Florida`, `Northern New Mexico`.
  if (COMPASS.has(first) && STATES.has(words.slice(1).join(' '))) v.place += 6;
  // `New Addington`, `New Delhi`: no one's given name is New; most such names are places.
  if (first === 'New') {
    v.person -= 3;
    v.place += 1;
  }
  // A people (`African Americans`, `Native Americans`): a plural demonym after no given name or place
  // (`Cleveland Indians` is a team).
  if (
    /s$/.test(last) &&
    COUNTRY_BY_DEMONYM.has(last.slice(0, -1)) &&
    !isGivenName(first) &&
    !CITY_COUNTRY.has(first) &&
    !STATES.has(first)
  )
    v.other += 6;
  if (OTHER_WORDS.has(last)) v.other += 5;
  else if (words.some((w) => OTHER_WORDS.has(w))) v.other += 1;
  if (words.length > 1 && FOREIGN_ARTICLES.has(first)) v.organization += 2;
  // Function words do not occur inside personal names: `Doctors Without Borders`, `Bring Back Our Girls`.
  if (words.slice(1).some((w) => INNER_FUNCTION_WORDS.has(w))) v.organization += 3;
  // (Not an ordinal a court, district or unit is counted by: `9th Circuit Court of Appeals`.)
  if (tokens.some((t, i) => hasDigit(t) && !(i === 0 && ORDINAL_RE.test(t.text)))) v.other += 4;
  // A model code after the name (a lone letter only at the end: a middle one is an initial).
  if (tokens.slice(1).some((t, i) => isModelCode(t) && (t.text.length > 1 || i === tokens.length - 2)))
    v.other += 2;
  if (/^\p{Ll}{1,3}\p{Lu}/u.test(first)) v.other += 2; // `iPhone`
  // (`La`, `Le` open no one's name, whatever the list of given names says: `La Marseillaise`.)
  const givenFirst = isGivenName(first) && !FOREIGN_ARTICLES.has(first);
  // A given name that is also a city's (`Vladimir Putin`, `Florence Welch`) before one singular word:
  // a person's name rather than a team's (`Memphis Grizzlies`).
  const givenAndCity = givenFirst && words.length === 2 && !PLURAL_RE.test(last) && !ORG_WORDS.has(last);
  if (words.length > 1 && words.length <= 4 && givenFirst && (!CITY_COUNTRY.has(first) || givenAndCity))
    v.person += 2.5;
  // A given name more often a place's before one word that may be a surname (`Austin Reeve`, `Israel
  // Katz`), not a place's or a body's word nor a name of its own (`Jordan Valley`, `Austin Energy`,
  // `Georgia Tech`, `Dallas Mavericks`).
  // (Two words side by side: `Stade de France`, `Gulf of Thailand` hold a word between theirs.)
  const twoWords = words.length === 2 && tokens[1]!.start === tokens[0]!.end + 1;
  const placeGiven =
    twoWords &&
    PLACE_GIVEN_NAMES.has(first) &&
    /^\p{Lu}\p{Ll}+$/u.test(last) &&
    !PLURAL_RE.test(last) &&
    !ORG_WORDS.has(last) &&
    !PLACE_WORDS.has(last) &&
    !OTHER_WORDS.has(last) &&
    !isKnownPlace(last) &&
    !MEDIA_BY_NAME.has(last);
  if (placeGiven) v.person += 2.5;
  // An everyday word before a country's name is a body's name (`Historic England`, `Natural England`,
  // `Sport England`), not a person's nor a region's (`Northern England`, `Great Britain` aside).
  if (
    twoWords &&
    COUNTRY_BY_NAME.has(last) &&
    isEnglishWord(first.toLowerCase()) &&
    !givenFirst &&
    !COMPASS.has(first) &&
    !REGION_ADJECTIVES.has(first)
  )
    v.organization += 3;
  // Initials before a surname (`A.Q. Shipley`, `J. K. Rowling`), not a place's (`U.S. Navy`, `D.C. Council`).
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.slice(0, -1).every((w) => INITIALS_RE.test(w)) &&
    !CITY_COUNTRY.has(first) &&
    !STATES.has(first) &&
    !COUNTRY_BY_NAME.has(first) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(last) &&
    !ORG_WORDS.has(last) &&
    !PLACE_WORDS.has(last)
  )
    v.person += 3;
  // East Asian names: a family name first (`Wu Yanhua`), a hyphenated given name (`Nam Sung-wook`).
  if (words.length > 1 && words.length <= 3 && words.every((w) => w.length <= 10 && !/\d/.test(w))) {
    if (EAST_ASIAN_SURNAMES.has(first)) v.person += 2;
    else if (EAST_ASIAN_SURNAMES.has(last) && first.length <= 6) v.person += 1.5;
    if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last)) v.person += 3;
  }
  // A known place followed by a name that is not a place word: a team or local body (`Memphis Grizzlies`).
  if (
    words.length > 1 &&
    (CITY_COUNTRY.has(first) || STATES.has(first)) &&
    !PLACE_WORDS.has(last) &&
    !givenAndCity &&
    !placeGiven
  )
    v.organization += 2;
  if (words.length > 2 && (CITY_COUNTRY.has(`${first} ${words[1]}`) || STATES.has(`${first} ${words[1]}`)))
    v.organization += 2;
  return v;
}

/** Words before a country's name that make a region or an era of it (`Greater London`, `Medieval England`). */
const REGION_ADJECTIVES = new Set([
  'Great',
  'Greater',
  'Central',
  'Upper',
  'Lower',
  'Inner',
  'Outer',
  'Old',
  'Medieval',
  'Modern',
  'Ancient',
  'Rural',
  'Mainland',
  'Continental',
]);

/** A surname of two capitalised parts joined by a hyphen (`Quist-Arcton`, `Bowes-Lyon`). */
const DOUBLE_BARRELLED_RE = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/** Step: votes of every run, by form and context, summed per name. */
export function weighEvidence(state: EntityState): void {
  const { text } = state;
  // Words standing alone in the body: a name whose last word does so is a person's (`Thurman said`).
  // (Not one followed by what only an organisation has: `Hustle coach Glynn Roe` is the team's coach.)
  const alone = new Set<string>();
  for (const run of state.runs) {
    if (run.tokens.length !== 1 || run.heading) continue;
    const after = text.slice(run.tokens[0]!.end, run.tokens[0]!.end + WINDOW);
    if (!ORG_NOUN_AFTER_RE.test(after) && !ORG_AFTER_RE.test(after)) alone.add(run.tokens[0]!.text);
  }
  // Surnames the text gives an honorific (`Mr Samaras`): only people take one.
  const honoured = new Set<string>();
  for (const run of state.runs)
    if (run.tokens.length === 1 && run.titles.some((t) => HONORIFICS.has(t)))
      honoured.add(run.tokens[0]!.text);
  for (const run of state.runs) {
    if (run.heading) continue;
    const name = text.slice(run.tokens[0]!.start, run.tokens[run.tokens.length - 1]!.end);
    const v = votesOf(state, name);
    const add = (w: Votes): void => {
      v.person += w.person;
      v.organization += w.organization;
      v.place += w.place;
      v.other += w.other;
    };
    add(formVotes(run.tokens));
    contextVotes(state, run, v);
    const last = run.tokens[run.tokens.length - 1]!.text;
    if (
      run.tokens.length > 1 &&
      run.tokens.length <= 3 &&
      alone.has(last) &&
      !/\d/.test(last) &&
      !PLURAL_RE.test(last)
    )
      v.person += 2;
    // `New Democracy's Antonis Samaras` … `Mr Samaras`: a person whatever the words around one mention say.
    if (run.tokens.length > 1 && run.tokens.length <= 4 && honoured.has(last)) v.person += 4;
    // A company is shortened to its first word (`Lockheed`), a person to the last.
    const first = run.tokens[0]!.text;
    // (East Asian names put the family name first: `Xi` stands for Xi Jinping.)
    const familyFirst = EAST_ASIAN_SURNAMES.has(first);
    // (A double-barrelled surname is a person's: `Ofeibea Quist-Arcton` … `As Ofeibea explains`.)
    if (
      run.tokens.length === 2 &&
      alone.has(first) &&
      !alone.has(last) &&
      !isGivenName(first) &&
      !familyFirst &&
      !DOUBLE_BARRELLED_RE.test(last)
    )
      v.organization += 2;
    // `told The New Yorker`: a capitalised article inside a sentence belongs to a title.
    const lead = text.slice(Math.max(0, run.runStart - 4), run.runStart);
    if (lead === 'The ' && !state.sentenceStarts.has(run.runStart - 4)) {
      v.person -= 3;
      v.organization += 2;
    }
    // `Office of Rail and Road`, `Bank of Tessaly`: a body of something, whatever its last word.
    const body = BODY_OF_RE.exec(name);
    if (body && ORG_WORDS.has(body[1]!)) v.organization += 4;
    // `European Centre for Disease Prevention`: a centre for something is an institution.
    if (CENTRE_FOR_RE.test(name)) v.organization += 6;
    // `Women's March`: a possessive inside the name belongs to groups and events, not people.
    if (/[’']s /.test(name)) v.person -= 2;
    // `Keefe, Bruyette & Woods`, `Guns & Guitars`: partners and shops join names with an ampersand; people never do.
    if (/\s&\s/.test(name)) v.organization += 3;
  }
}

function contextVotes(state: EntityState, run: Run, v: Votes): void {
  const { text } = state;
  const end = run.tokens[run.tokens.length - 1]!.end;
  const before = text.slice(Math.max(0, run.runStart - BEFORE_WINDOW), run.runStart);
  const after = text.slice(end, end + WINDOW);
  const comma = after[0] === ',';
  // Most context words before a name are one or two words long: read them in a short tail.
  const near = before.length > 28 ? before.slice(-28) : before;
  const single = run.tokens.length === 1;
  const givenFirst = isGivenName(run.tokens[0]!.text);
  // A given name and a surname at least: most likely someone's whole name.
  const fullName = !single && givenFirst;
  if (run.titles.length > 0) v.person += 5;
  if (run.work) v.other += 6;
  if (AGE_AFTER_RE.test(after)) v.person += 4;
  if (PERSON_NOUN_BEFORE_RE.test(near)) v.person += 3;
  // (A thing's partner or member, `its partner, BioNTech,`, is another body.)
  if (comma && APPOSED_PERSON_BEFORE_RE.test(near)) {
    if (/\bits\s+\S+,\s$/.test(near)) v.organization += 3;
    else v.person += 3;
  }
  if (NAMED_PERSON_BEFORE_RE.test(before)) v.person += 4;
  // (Not after `in` or `at`: `a radioastronomer at … in Morgantown, who …` speaks of the person
  // before the place.)
  if (PERSON_AFTER_RE.test(after) && !(comma && LOCATIVE_BEFORE_RE.test(near))) v.person += 3;
  if (LED_AFTER_RE.test(after)) v.person += 5;
  // `the Hillary Clinton campaign`: a campaign named after someone named in full is theirs (`the Leave
  // campaign` is no one's).
  if (fullName && CAMPAIGN_AFTER_RE.test(after)) v.person += 5;
  // `Demand Abolition, which …`: a relative clause no person takes.
  if (WHICH_AFTER_RE.test(after)) v.person -= 3;
  if (comma && APPOSITIVE_AFTER_RE.test(after)) v.person += 3;
  if (comma && (VENUE_APPOSITIVE_RE.test(after) || bodyAppositive(after))) v.organization += 4;
  if (SPEECH_BEFORE_RE.test(near)) v.person += 1;
  if (SPEECH_AFTER_RE.test(after)) v.person += 1;
  if (ORG_AFTER_RE.test(after) || SPOKESPERSON_AFTER_RE.test(after)) v.organization += 3;
  if (comma && OWNED_AFTER_RE.test(after)) v.organization += 3;
  // (Someone speaks for a person too: `lawyer and spokesman for Michael Cohen`.)
  if ((ORG_BEFORE_RE.test(before) && !(fullName && SPEAKS_FOR_RE.test(near))) || WORKS_AT_RE.test(before))
    v.organization += 3;
  if (ORG_NOUN_AFTER_RE.test(after)) v.organization += 3;
  // A position and a player's name after it: the team, whatever a given name first suggests.
  if (TEAM_PLAYER_AFTER_RE.test(after)) v.organization += 4;
  if (PLAYS_FOR_RE.test(near)) v.organization += 3;
  // `an article in Healthline`, `published in Nature`: a publication, not a place.
  const published = PUBLISHED_IN_RE.test(before);
  if (published) v.organization += 3;
  else if (PLACE_BEFORE_RE.test(near) || OPENING_IN_RE.test(near)) v.place += single ? 2 : 1.5;
  if (PERSON_FROM_RE.test(before) || AGE_OF_BEFORE_RE.test(before) || BASED_AFTER_RE.test(after))
    v.place += 3;
  if (TICKER_AFTER_RE.test(after)) v.organization += 4;
  if (IT_AFTER_RE.test(after)) v.organization += 2;
  // (Not a given name alone: `according to Anthony, another survivor`.)
  if (ACCORDING_RE.test(near) && !(single && isGivenName(run.tokens[0]!.text))) v.organization += 1;
  // A news outlet's own (`Al Jazeera's Barnaby Roe`, `NPR's Ana Roe`): its correspondent, a person.
  if (outletBefore(before)) v.person += 2;
  // Owned by a person named in full (`Jeff Bezos's Blue Origin`): a thing, not a person; but a given
  // name after the possessive is someone of theirs (`The American Prospect's Ezra Klein`).
  else if (OWNER_BEFORE_RE.test(before) && !(run.tokens.length > 1 && isGivenName(run.tokens[0]!.text))) {
    v.person -= 2;
    v.organization += 1;
  }
  if (PLACE_AFTER_RE.test(after) || VENUE_AFTER_RE.test(after)) v.place += 3;
  if (/\p{Lu}{3,},\s$/u.test(before)) v.place += 3; // a dateline: `LISK, Varland –`
  // `through his neighborhood, Eden Lodge,`: a place noun set off right before the name.
  if (comma && PLACE_NOUN_BEFORE_RE.test(near)) v.place += 3;
  // `Radboud University, Nijmegen,`: the town an institution named just before stands in.
  if (single && INSTITUTION_COMMA_RE.test(near) && /^\s?[,.(]/.test(after)) v.place += 3;
  placeVotes(before, after, comma, single, v, state.surnames);
  if (THING_BEFORE_RE.test(near)) v.other += 3;
  // `the Falcon Heavy rocket` is the rocket; `a SpaceX rocket` is the maker's.
  if (THING_AFTER_RE.test(after)) {
    // `27 Merlin engines`: things counted are things, never their maker; `Nasa’s Orion space capsule`
    // is Nasa’s thing.
    if (single && (COUNT_BEFORE_RE.test(near) || POSSESSIVE_BEFORE_RE.test(near))) v.other += 3;
    else if (single) v.organization += 1;
    else v.other += 3;
  }
  const placeComma = comma ? PLACE_COMMA_RE.exec(after) : null;
  // A possessive is the start of an appositive (`Roe, Japan's chief cabinet secretary,`), not a place.
  // (`Sen. Mitt Romney, Utah Republican,`: a state's member of a party describes a person.)
  if (
    placeComma &&
    !/^[’']/.test(after.slice(placeComma[0].length)) &&
    !/\b(?:Republican|Democrat|Independent)\b/.test(placeComma[1]!)
  ) {
    const next = placeComma[1]!.trim();
    // (Its sentence's stop aside: `Ketchikan, Alaska. There, …`, `Kaitaia, New Zealand.`.)
    const first = next.split(' ')[0]!;
    const bare = (name: string): string =>
      name.endsWith('.') && !STATES.has(name) ? name.slice(0, -1) : name;
    const sentence = bare(next.split(/(?<=\.)\s/)[0]!);
    if (
      [bare(next), sentence].some((name) => STATES.has(name) || COUNTRY_BY_NAME.has(name)) ||
      STATES.has(bare(first))
    )
      v.place += 4;
    // `Sunvale, Pyongyang`: a town, then the larger place it lies in.
    if (CITY_COUNTRY.has(next.replace(/\.$/, ''))) v.place += 2;
  }
  if (ARTICLE_BEFORE_RE.test(near) && !PERSON_NOUN_BEFORE_RE.test(near)) {
    // (A name of two words the article ends, `at the Comptoir Voltaire at`, outweighs a lone surname
    // seen elsewhere; before a noun it may be a modifier, `a Payton Pritchard layup`.)
    // (The article must be the name's own: `Speaker of the House Nancy Pelosi` is not `the Nancy Pelosi`.)
    const own = run.tokens.length === 2 && run.runStart === run.tokens[0]!.start;
    v.person -= own && NAME_ENDS_RE.test(after) ? 3 : 2;
    if (EVENT_AFTER_RE.test(after)) v.other += 3;
    // `the West would become their target`, `the South`: a region by its compass point.
    if (single && COMPASS_POINTS.has(run.tokens[0]!.text) && !/^\s\p{Lu}/u.test(after)) v.place += 5;
  }
}

/** A compass point, standing for its region after `the`. */
const COMPASS_POINTS = new Set(['North', 'South', 'East', 'West']);

/** `Asheville is a small city`, `Orvel was a fishing village`: a place noun within three words of `is a`. */
const COPULA_AFTER_RE = /^\s(?:is|was|remains)\s(?:a|an|the)\s/;
const PLACE_NOUN_RE = new RegExp(`^(?:${PLACE_NOUNS}|country|nation|state)$`);

/** What may follow the place noun that heads the phrase (`a city in …`, `a town, …`), not a noun it qualifies (`a city council`). */
const AFTER_PLACE_NOUN_RE =
  /^(?:[.,;:!?)]|$|\s(?:in|on|of|near|outside|north|south|east|west|that|which|where|with|and|known|famous)\b)/;

function placeByCopula(after: string): boolean {
  const copula = COPULA_AFTER_RE.exec(after);
  if (!copula) return false;
  const rest = after.slice(copula[0].length, copula[0].length + 60);
  const words = /^[\p{L}-]+(?:\s[\p{L}-]+)?(?:\s[\p{L}-]+)?/u.exec(rest)?.[0].split(' ') ?? [];
  let at = 0;
  for (const w of words) {
    at = rest.indexOf(w, at) + w.length;
    if (PLACE_NOUN_RE.test(w.toLowerCase())) return AFTER_PLACE_NOUN_RE.test(rest.slice(at));
  }
  return false;
}

/** A place's officer, named, then `of` (`Mayor Anna Kelm of Orvel`, `Rep. Ana Roe of Ohio`): where they hold office. */
const OFFICE_OF_RE =
  /\b(?:Mayor|Governor|Gov\.|Sheriff|Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Councillor|Councilman|Councilwoman|Supervisor|Assemblyman|Assemblywoman)\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?(?:\s\p{Lu}[\p{L}'’-]+)?\sof\s$/u;

/** Where only a place fits: a journey's end, a distance, `-bound`, a place noun or a country in brackets beside it. */
/** An event held at the name: `the match at `, `a concert at the `, `Sunday's race at `. */
const EVENT_AT_RE =
  /\b(?:match|game|race|final|semi-final|concert|gig|rally|festival|ceremony|show|tournament|fixture|derby|vigil|funeral|memorial|parade|march|protest|summit|conference|championship|grand prix|qualifying|practice)\s+at\s+(?:the\s+)?$/i;

function placeVotes(
  before: string,
  after: string,
  comma: boolean,
  single: boolean,
  v: Votes,
  surnames: ReadonlySet<string>,
): void {
  if (
    (ROUTE_FROM_RE.test(before) && ROUTE_TO_AFTER_RE.test(after)) ||
    ROUTE_VIA_AFTER_RE.test(after) ||
    MOVED_FROM_RE.test(before)
  )
    v.place += 2;
  if (DISTANCE_AFTER_RE.test(after) || BOUND_AFTER_RE.test(after) || OFFICE_OF_RE.test(before)) v.place += 3;
  // `the match at Old Trafford`, `the race at Silverstone`: where an event is held is a venue.
  if (EVENT_AT_RE.test(before)) v.place += 4;
  if ((comma && PLACE_APPOSITIVE_RE.test(after)) || placeByCopula(after)) v.place += 3;
  const bracket = COUNTRY_BRACKET_RE.exec(after);
  if (bracket && COUNTRY_BY_NAME.has(bracket[1]!.trim())) v.place += 3;
  // Only a single word: a person's whole name beside a place (`Ana Roe and US officials`) stays a person.
  const joined = single
    ? (JOINED_BEFORE_RE.exec(before)?.[1] ?? JOINED_AFTER_RE.exec(after)?.[1])
    : undefined;
  // (Not a place's name the text gives someone as a surname: `Warren or Sanders` after `Elizabeth Warren`.)
  if (joined && isKnownPlace(joined) && !surnames.has(joined)) v.place += 1.5;
}

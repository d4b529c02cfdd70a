/**
 * @module analyze/entities/words
 * The word lists entity recognition reads: words that are not names, the words that give a name its
 * type by its form (`Inc`, `Airport`, `Summit`), and the context words around a mention that do
 * (`CEO of`, `the … rocket`, `in`). Every list is a Set or a Map: lookups are constant time.
 */
import genders from '../data/given-name-genders.json' with { type: 'json' };
import givenNames from '../data/given-names.json' with { type: 'json' };

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Capitalised words that are not names (sentence starters, pronouns, function words, page chrome, a people's nouns: `the Scot`; what a family calls its own: `Dad`). */
export const STOP = words(`
  The A An In On At By For From To With Without Since During After Before As But And Or Nor If When While
  Although Though Despite However Meanwhile This That These Those It He She They We I You His Her Their Its
  Our My Your There Here Both Neither Either Some Many Most All Several Other Another Each Every According
  Under Over Amid Among Between Through Into About Against Until Unless Because So Yet Still Also Then Now
  Thus What Which Who Whom Whose Why How Where No Not Such Even Only Just Total Share Sign Read More See
  Get Download Subscribe Hot Topics Top Two Three Four Five Six Seven Eight Nine Ten One First Second Third
  Last Next Photo Picture Video Watch Click Follow Advertise Privacy Terms Copyright Go Source Author
  Published Updated Mid Late Early Western Eastern Northern Southern Central State Chinese-language GDP
  CEO CFO COO CTO CMO CIO TV PM AM BST GMT UTC EST PST CET COVID EDT PDT CDT MDT CST MST ET PT JST KST HKT SGT IST AEST AEDT
  CEST EEST MSK Yes Oh Ah Alas Hey Wow Please Later Earlier Afterwards Afterward Instead Finally Eventually Initially
  Separately Elsewhere Nevertheless Nonetheless Recently Tonight Currently Previously Ultimately
  Do Does Did Is Are Was Were Be Has Have Had Can Could Will Would Should May Might Must Let Like Per Via
  Image Images Caption Courtesy Embed Skip Replay Email Print Comment Comments Continue Related
  Analysis Opinion Explainer Exclusive Factbox
  Advertisement Sponsored Listen Play Pause Close Open Menu Search Home Log Login Register Outside Inside
  Near Across Along Beyond Behind Below Above Around Towards Within Upon Unlike Besides Except Following
  Including Whether Once Whereas Despite Throughout Nearly Almost Millions Thousands Hundreds Dozens
  I'm I’m I've I’ve I'd I’d I'll I’ll It's It’s That's That’s There's There’s He's He’s She's She’s We're
  We’re They're They’re You're You’re Let's Let’s Don't Don’t Can't Can’t Won't Won’t Didn't Didn’t
  Scot Scots Scotsman Scotswoman Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman Frenchman
  Frenchwoman Dutchman Dutchwoman Spaniard Spaniards Briton Britons Brit Brits Aussie Aussies Kiwi Kiwis
  Swede Swedes Dane Danes Argentine Argentines Scotsmen Englishmen Englishwomen Irishmen Irishwomen Welshmen
  Frenchmen Frenchwomen Dutchmen Countrymen
  Dad Daddy Mom Mommy Mum Mummy Grandma Grandpa Gramps Granny Grandad Granddad
  Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays Weekends`);

/** Compass words that open a region's or an institution's name (`Southern California`, `Central Bank`). */
export const COMPASS = new Set(['Western', 'Eastern', 'Northern', 'Southern', 'Central']);

/** Abbreviations that end a name with their stop (`Citigroup Inc.`, `Martin Luther King Jr.`). */
export const NAME_ABBREVIATIONS = words('Inc Corp Co Ltd Jr Sr Bros');

export const MONTHS = words(`
  January February March April May June July August September October November December Jan Feb Mar Apr
  Jun Jul Aug Sep Sept Oct Nov Dec`);
export const DAYS = words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun Today Yesterday
  Tomorrow Spring Summer Autumn Winter`);

/** Days with names of their own: a word and a weekday that are one name, not a word before a date. */
export const NAMED_DAYS = new Set([
  'Super Tuesday',
  'Black Friday',
  'Good Friday',
  'Cyber Monday',
  'Giving Tuesday',
  'Ash Wednesday',
  'Holy Thursday',
  'Maundy Thursday',
  'Holy Saturday',
  'Easter Sunday',
  'Easter Monday',
  'Palm Sunday',
  'Bloody Sunday',
  'Black Monday',
  'Black Tuesday',
  'Black Thursday',
  // Holidays and days of a nation's calendar named by a word and `Eve` or `Day`.
  'Christmas Eve',
  'Christmas Day',
  'Boxing Day',
  'Election Day',
  'Inauguration Day',
  'Memorial Day',
  'Labor Day',
  'Labour Day',
  'Independence Day',
  'Veterans Day',
  'Thanksgiving Day',
  'Remembrance Day',
  'Armistice Day',
]);

/** Chambers of a legislature (`House Republicans`; `House and Senate` are two names). */
export const CHAMBERS = new Set([
  'House',
  'Senate',
  'Congress',
  'Assembly',
  'Parliament',
  'Commons',
  'Lords',
]);

/** Holidays and feasts: alone, a time (`By Thanksgiving, she had …`), never who speaks or acts. */
export const HOLIDAYS = words(`
  Thanksgiving Christmas Easter Halloween Hanukkah Hanukah Ramadan Diwali Passover Pentecost Lent Advent
  Xmas Eid Nowruz Holi Vesak Purim`);

/** Articles of other languages that start the names of publications (`Le Monde`, `Il Corriere`). */
export const FOREIGN_ARTICLES = words('Il La Le Les El Los Las Der Die Das De Het O');

/** A country's administrative divisions (`Clark County`, `Kherson Oblast`): places whatever their first word. */
export const ADMIN_DIVISIONS = words(
  'County District Province Region Oblast Prefecture Parish Township Borough',
);

/** Titles a monarch or a pope bears before a given name (`King Salman`, `Pope Francis`): no surname follows them. */
export const REGAL_TITLES = words('Pope King Queen Prince Princess Emperor Empress Sultan Emir');

/** Titles that end a title phrase whatever precedes them (`Labour Minister`, `Industry Secretary`). */
export const HEAD_TITLES = words(`
  Minister Secretary President Chancellor Governor Mayor Senator Ambassador Spokesman Spokeswoman
  Spokesperson Commissioner Director Chairman Chairwoman Chief Envoy Adviser Advisor General Admiral Colonel
  Judge Sheriff Prosecutor Attorney Superintendent Commander Officer CEO Founder Coach Manager Premier
  Speaker Leader Whip Administrator`);

/** Technical terms written in capitals (`SIM free`, `4G LTE`, `an HDR mode`): things, never a name that acts or speaks. */
export const TECH_TERMS = words(`
  SIM USB LTE GPS NFC HDR LED OLED AMOLED LCD CPU GPU RAM ROM SSD HDMI DNA PIN ATM SUV UHD SMS MMS API PDF
  URL VPN ISP JPEG MRI GUI JSON HTML HTTP HTTPS LAN WAN DVD RPM CPUs GPUs APIs SUVs ATMs PINs
  CEO CEOs CFO CTO COO IPO ETF GDP VAT DIY FAQ ASAP PhD MBA ICU BBQ EV EVs PPE RNA HIV`);

/** Organisation words that alone name nothing (`Party leader`, `Ministry officials`). */
export const GENERIC_LONE = words(`
  Party Ministry Department Office Group Company Corporation Agency Committee Commission Board Union
  Association Institute Foundation Fund Bureau Authority Administration Government Police Court Bank
  University College School Service News Media Press Network Channel Council Forces Army Navy Center
  Centre Airport Station Hotel Casino Festival Summit International Inc Corp Ltd`);

/** The last word of a company's name: its legal form (`Goldman Sachs Group Inc.`). */
export const CORPORATE_SUFFIXES = words(`
  Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC LLP PLC Plc plc AG SA GmbH NV Holdings Group Incorporated
  Limited Company Corporation`);

/** Words that make a capitalised run an organisation. */
export const ORG_WORDS = words(`
  Ministry Council Organisation Organization Agency Party Bank Company Corporation Corp Inc Ltd LLC LLP
  University College School Committee Board Commission Court Parliament Congress Senate Army Navy Forces
  News Times Post Television TV Broadcasting Service Group Association Union Institute Foundation Fund
  Department Office Authority Bureau Administration Government Assembly Reserve Police Guard Airlines Media
  Press Cabinet Duma League Alliance Coalition Network Channel Daily Journal Tribune Herald Customs Embassy
  Wire Federation Commission Secretariat Kremlin Exchange Holdings Motors Energy Petroleum Gazprom Rosneft
  Metals Mining Industries Technologies Systems Pharmaceuticals Telecom Steel Oil Gas Foods Airways Logistics
  Shipping Capital Partners Insurance Electric Chemicals Resources Solutions Labs Robotics Semiconductor
  Airline Air International Academy Guild Society Club Studios Pictures Records Magazine Review Weekly
  Gazette Observer Chronicle Courier Inquirer Reporter Week Directorate Prosecutor Sheriff Sentinel Mirror
  Examiner Dispatch Bulletin Telegraph Register Electronics Wireless Motor Research Tech Railway Railways Railroad Industrial
  Department Dept Securities Bancorp Bancshares Trust Ventures Enterprises Brands Entertainment Games
  Software Networks Communications Broadcasting Airways Aerospace Dynamics Galactic Hospital Clinic
  Command Corps Battalion Regiment Division Fleet Library Museum Gallery Orchestra
  Chamber Tribunal Coatings Agentur Presse Zeitung Music Tavern Pub Restaurant Cafe Café Bistro Brewery
  Bakery Diner Grill Brigade Transport Brotherhood Institution Caucus Movement Observatory Laboratory
  Panel Force Protection Bar Kitchen Salon Shop Store Stores Boutique Services Investigations Operations
  Branch Unit Squadron`);

/** A centre `for` something is an institution, however long its name (`European Centre for Disease Prevention and Control`). */
export const CENTRE_FOR_RE = /\bCent(?:er|re) for /;

/** Last words that make a capitalised run a place (`Las Vegas Strip`, `Savoy Hotel`). */
export const PLACE_WORDS = words(`
  Airport Station Square Street St Avenue Ave Boulevard Blvd Road Rd Bridge Park Hotel Casino Resort Strip
  Zone Basin Forest County District Province Region Oblast Valley Desert Strait Peninsula Gulf Islands
  Island River Lake Mountains Mountain Bay Coast Beach Canyon Falls Harbour Harbor Port Base Stadium Arena
  Palace Tower Towers Castle Cathedral Church Mosque Temple Prison Square Plaza Mall Village Town City
  Heights Hills Sea Ocean Field Fields Complex Pole Crater Highway Freeway Expressway Boardwalk Pier
  Center Centre Corner Junction Crossing Roundabout Gardens Bowl Archipelago Atoll Reef Lagoon Plateau
  Plains Glacier Fjord Canal Creek Neck Parkway Wharf Building Quay Locks Terminal Speedway Superspeedway
  Raceway Racecourse Motordrome`);

/** First words that make a capitalised run a place (`Cape Canaveral`, `Lake Tahoe`, `Mount Everest`). */
export const PLACE_FIRST_WORDS = words(
  'Cape Lake Mount Fort Port Camp Saint San Santa Los Las Gulf Isle Hotel Stade Estadio Stadio Rue Via Plaza Piazza Place',
);

/** Words that make a capitalised run an event, law, work or other non-entity name. */
export const OTHER_WORDS = words(`
  War Summit Treaty Games Cup Olympics Festival Agreement Accord Plan Initiative Act Day Conference Forum
  Talks Year Prize Award Awards Calendar Revolution Crisis Deal Pact Law Bill Strategy Programme Program
  Project Declaration Convention Route Belt Directive Mission Tour Championship Championships Series
  Grand Prix Open Marathon Olympic Paralympics Oscars Globes Emmys Show Rocket Telescope Rover Lander
  Probe Spacecraft Capsule Shuttle Roadster System Edition Phone Camera Core Console Parade Amendment Code
  Depression Recession Outlook Battle Siege Massacre Invasion Uprising Rebellion Revolt Genocide
  Exposition Expo Gala Contest Pageant Average Composite Index Rule Crash Exhibition Doctrine Scandal Medal
  Trophy Syndrome`);

/** Capitalised words standing for a heavenly body: places (`to Mars`, `the Moon`). */
export const HEAVENLY_BODIES = words('Mars Moon Earth Jupiter Saturn Uranus Neptune Pluto');

/**
 * Given names more often places (left out of `GIVEN_NAMES`): before one word that could be a surname
 * (`Austin Reeve`, `Israel Katz`, `Jordan Hale`) still a person's.
 */
export const PLACE_GIVEN_NAMES = words('Paris Houston Dallas Austin Israel Jordan Georgia Virginia Carolina');

/**
 * A verb of saying or deciding right after a name, or a relative clause set off after it: someone or
 * some body acting (`NASA said on Monday`, `Historic England said`, `NASA, which operates Webb, said`),
 * read on the `ACTING_REACH` characters after the name.
 */
export const ACTING_AFTER_RE =
  /^(?:\s(?:said|says|announced|confirmed|denied|told|warned|reported|released|issued|added|stated|declined|wrote|posted|urged|condemned|approved|rejected)\b|,\s(?:which|who)\s)/;
export const ACTING_REACH = 12;

/** Given names: a name starting with one is likely a person's (evidence, not proof: `Wells Fargo`). */
export const GIVEN_NAMES = new Set<string>(givenNames as string[]);

/** Whether a word is a given name, accents aside (`Zoë`). */
export function isGivenName(word: string): boolean {
  if (GIVEN_NAMES.has(word)) return true;
  // Accents only matter for words that have them (a cheap test first).
  return /[^\x00-\x7f]/.test(word) && GIVEN_NAMES.has(word.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** Common Chinese and Korean family names: a short name starting with one is likely a person's. */
export const EAST_ASIAN_SURNAMES = words(`
  Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo Lin Luo Gao Zheng Liang Xie Tang
  Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen
  Yao Cui Zhong Tan Fan Liao Shi Jin Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei
  Tao Mao Hao Gu Gong Shao Wan Qian Dai Kong Xi Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Oh
  Seo Shin Kwon Hwang Ahn Yoo Hong Jeon Ko Moon Son Bae Baek Heo Nam Ri Roh Ryu Chung Pak Choe Hua Geng Wen
  Bo Ji Qi Ning Mo Niu Ou Chai Miao Rao`);

const MALE_NAMES = new Set<string>(genders.m);
const FEMALE_NAMES = new Set<string>(genders.f);

/**
 * Family names that come first in East Asian names (`Kim Jong Un`, `Moon Jae-in`, `Xi Jinping`,
 * `Nguyen Van An`): the first word of such a name is no given name. The Chinese and Korean ones are
 * `EAST_ASIAN_SURNAMES`; Vietnamese ones are added here.
 */
export const FAMILY_FIRST: ReadonlySet<string> = new Set([
  ...EAST_ASIAN_SURNAMES,
  'Song',
  ...'Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly'.split(' '),
]);

/** The gender a person's given name (the first word of a whole name) names far more often, if any. */
export function givenNameGender(name: string): 'm' | 'f' | null {
  const given = name.split(/\s+/)[0] ?? '';
  if (FAMILY_FIRST.has(given)) return null;
  return MALE_NAMES.has(given) ? 'm' : FEMALE_NAMES.has(given) ? 'f' : null;
}

/** Capitalised function words inside a name: people's names never hold them (`Doctors Without Borders`). */
export const INNER_FUNCTION_WORDS = words('Without Against For Of And The To In Our Back');

/** Names that stand together with a possessive: `Women's March`, `People's Daily`. */
export const POSSESSIVE_NAME_WORDS = words(
  // (And the rating agencies named so: `Standard & Poor's 500 Index`, `Moody's Investors Service`.)
  'Women Men People Children Workers Veterans Writers Actors Producers Farmers Poor Moody',
);

/** Nouns for people that open a sentence before a name (`Billionaire Elon Musk`, `Actress Uma Thurman`). */
export const PERSON_NOUNS = words(`
  billionaire actor actress singer rapper musician filmmaker producer director comedian host anchor author
  writer novelist poet artist designer entrepreneur investor founder astronaut astronomer scientist
  researcher economist analyst professor lawyer attorney officer detective sheriff gunman shooter suspect
  victim teenager pilot captain coach player driver star striker quarterback pitcher goalkeeper manager
  boss chairman chairwoman spokesman spokeswoman officials residents survivors witnesses experts fans
  tyrant despot strongman autocrat dictator frontman frontwoman`);

/** Nouns of a relation between people (`the brother`): whose brother depends on who is speaking of whom. */
/**
 * Ordinary people a report may leave unnamed or name only in apposition (`A witness said`, `Another
 * spectator, Fahmi, was …`): one list for the entity typer and the quote finder.
 */
/** `the ` right before a word (read on the four characters before it): `the Norwegian` is a person described. */
export const THE_BEFORE_RE = /\b[Tt]he\s$/;

/** Nouns for a person of a country, with the country's code (`Spaniard` -> ES). */
export const PERSON_DEMONYMS = new Map<string, string>([
  ['spaniard', 'ES'],
  ['briton', 'GB'],
  ['scot', 'GB'],
  ['scotsman', 'GB'],
  ['scotswoman', 'GB'],
  ['englishman', 'GB'],
  ['englishwoman', 'GB'],
  ['welshman', 'GB'],
  ['welshwoman', 'GB'],
  ['cornishman', 'GB'],
  ['irishman', 'IE'],
  ['irishwoman', 'IE'],
  ['frenchman', 'FR'],
  ['frenchwoman', 'FR'],
  ['dutchman', 'NL'],
  ['dutchwoman', 'NL'],
  ['dane', 'DK'],
  ['swede', 'SE'],
  ['finn', 'FI'],
  ['kiwi', 'NZ'],
  ['argentine', 'AR'],
  ['portuguese', 'PT'],
]);

export const ORDINARY_PEOPLE = new Set(
  (
    'man woman boy girl person witness eyewitness resident neighbour neighbor passenger officer friend ' +
    'relative member employee worker student fan onlooker bystander survivor victim caller spectator ' +
    'shopper tourist local customer concertgoer passer-by shopkeeper nurse doctor teacher soldier protester ' +
    'volunteer pilgrim villager farmer mother father trader parent vendor commuter diner patron voter ' +
    'visitor attendee motorist mourner demonstrator pensioner retiree homeowner tenant bouncer colleague ' +
    'coworker co-worker classmate acquaintance stranger'
  ).split(' '),
);

export const KIN_NOUNS = new Set(
  (
    'mother father parent wife husband partner daughter son child sister brother cousin uncle aunt nephew niece ' +
    'grandmother grandfather grandson granddaughter stepfather stepmother stepson stepdaughter widow widower ' +
    'fiance fiancee'
  ).split(' '),
);

/** Titles only a person takes: honorifics, as a run's titles write them (lower case, with or without the stop). */
export const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mr.',
  'mrs.',
  'ms.',
  'dr',
  'dr.',
  'prof',
  'prof.',
  'sir',
  'dame',
]);

/** An ordinal written in figures (`9th`, `82nd`): a court's, district's or unit's number in its name. */
export const ORDINAL_RE = /^\d{1,3}(?:st|nd|rd|th)$/;

/** An honorific or an elected office's abbreviation with its stop right before a word (`Mr. `, `Sen. `). */
export const HONORIFIC_BEFORE_RE = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof)\. $/;

/**
 * @module bench/cluster/synthetic-news
 * An invented news stream: events of a few kinds (launches, storms, fires, elections, ...), each with its
 * own invented people, places and organisations, a date and numbers, reported by several outlets in their
 * own words (each fact has several phrasings), sharing quotes, with wire copies republished under new
 * headlines, trimmed and wrapped in page chrome. Same-kind events in one place are the hard negatives.
 * Every word here is written for the project; the random source is seeded, so a stream is reproducible.
 */

import type { ClusterInput } from '../../src/cluster/index.js';

/** A seeded pseudo-random source (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const ONSETS = [
  'b',
  'br',
  'c',
  'd',
  'dr',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'tr',
  'v',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'th', 'nd'];

/** An invented capitalised name of two or three syllables. */
export function inventName(rand: () => number): string {
  const syllables = 2 + Math.floor(rand() * 2);
  let name = '';
  for (let i = 0; i < syllables; i++)
    name += pick(rand, ONSETS) + pick(rand, VOWELS) + (i === syllables - 1 ? pick(rand, CODAS) : '');
  return name[0]!.toUpperCase() + name.slice(1);
}

/** What an event's facts are filled with. */
export interface EventSlots {
  /** A country or body acting (`Norvania`). */
  readonly actor: string;
  /** Where it happened (`Port Averly`). */
  readonly place: string;
  /** An official (`Mara Tesvik`). */
  readonly person: string;
  /** A second named person. */
  readonly other: string;
  /** An organisation (`Velant Energy`). */
  readonly org: string;
  /** A named thing (a missile, a storm, a vessel). */
  readonly thing: string;
  readonly n: number;
  readonly m: number;
  readonly weekday: string;
}

/** One kind of event: headline and fact phrasings, each fact with several wordings. */
interface EventKind {
  readonly name: string;
  readonly titles: readonly string[];
  readonly facts: readonly (readonly string[])[];
  readonly quotes: readonly string[];
}

const KINDS: readonly EventKind[] = [
  {
    name: 'missile',
    titles: [
      '{actor} fires {thing} missile over {place}',
      '{actor} missile test alarms {place}',
      'New {actor} launch flies over {place}',
    ],
    facts: [
      [
        '{actor} fired a {thing} ballistic missile over {place} early on {weekday}, the defence ministry said.',
        'A {thing} missile launched by {actor} on {weekday} passed over {place} before falling into the sea.',
        'Early on {weekday}, {actor} launched a ballistic missile of the {thing} type that crossed the sky above {place}.',
      ],
      [
        'The missile flew about {n} kilometres and reached an altitude of {m} kilometres.',
        'Officials estimated that the {thing} travelled {n} km, climbing as high as {m} km.',
        'It covered roughly {n} kilometres at a peak height near {m} kilometres.',
      ],
      [
        'Sirens sounded across {place} and residents were told to take shelter.',
        'Residents of {place} woke to warning sirens and alerts on their phones.',
        'Alarms rang out in {place}, where people were urged to seek cover.',
      ],
      [
        '{person}, the regional governor, called the launch reckless.',
        'Governor {person} condemned what she described as a reckless provocation.',
        'The launch was denounced by {person}, who governs the region.',
      ],
      [
        'The {org} convened an emergency session to discuss a response.',
        'An urgent meeting of the {org} was called for later in the week.',
        'Members of the {org} said they would meet in an emergency session.',
      ],
      [
        'It was the {n2}th missile test by {actor} this year.',
        '{actor} has now carried out {n2} missile tests since January.',
        'Analysts counted the launch as the {n2}th of the year by {actor}.',
      ],
      [
        '{other}, a defence analyst, said the flight showed improved range.',
        'According to analyst {other}, the test suggested the missile can now reach further.',
        'The longer flight points to better engines, said {other}, who studies the programme.',
      ],
      [
        'No damage to ships or aircraft was reported.',
        'There were no reports of harm to vessels or planes in the area.',
        'Authorities said no aircraft or ships were hit.',
      ],
    ],
    quotes: [
      '"This is a grave and unacceptable threat to our people," {person} said.',
      '"We will not be intimidated," {person} told reporters.',
    ],
  },
  {
    name: 'storm',
    titles: [
      'Storm {thing} batters {place}',
      '{place} counts damage after Storm {thing}',
      'Thousands without power as {thing} hits {place}',
    ],
    facts: [
      [
        'Storm {thing} struck {place} on {weekday} with winds of up to {n} kilometres an hour.',
        'Winds reaching {n} km/h lashed {place} as Storm {thing} made landfall on {weekday}.',
        'On {weekday}, {thing} hit {place}, bringing gusts as strong as {n} kilometres per hour.',
      ],
      [
        'About {m},000 homes lost power, the utility {org} said.',
        '{org}, the local power company, reported {m},000 households without electricity.',
        'Power was cut to some {m},000 homes, according to {org}.',
      ],
      [
        'Streets in the old harbour district were flooded and several roofs were torn off.',
        'Flood water filled streets near the harbour, and roofs were ripped from buildings.',
        'The harbour quarter flooded, and the wind tore roofs off a number of houses.',
      ],
      [
        'Mayor {person} declared a state of emergency and closed all schools.',
        'Schools were shut after {person}, the mayor, declared an emergency.',
        'A state of emergency was declared by mayor {person}, who ordered schools closed.',
      ],
      [
        'Ferries to the islands were cancelled and the airport suspended flights.',
        'All ferry crossings were called off and flights from the airport were grounded.',
        'The airport halted flights, and island ferries did not sail.',
      ],
      [
        'Forecasters said the rain would ease by {weekday} evening.',
        'The weather service expects the rain to stop by the evening.',
        'Meteorologists predicted calmer weather later in the day.',
      ],
      [
        '{other}, who runs a cafe on the seafront, said the water came in within minutes.',
        'Cafe owner {other} said the sea rushed into her shop in minutes.',
        'On the seafront, {other} watched water flood her cafe almost at once.',
      ],
    ],
    quotes: [
      '"We have never seen water this high in the harbour," {person} said.',
      '"Stay indoors until the wind drops," {person} urged residents.',
    ],
  },
  {
    name: 'fire',
    titles: [
      'Fire destroys {org} plant in {place}',
      'Blaze at {place} factory injures {n2}',
      'Huge fire at {org} site in {place}',
    ],
    facts: [
      [
        'A fire broke out at the {org} plant in {place} on {weekday} night.',
        'Flames engulfed the {org} factory in {place} late on {weekday}.',
        'On {weekday} night a blaze started at a {place} plant owned by {org}.',
      ],
      [
        '{n2} workers were taken to hospital with burns and smoke injuries.',
        'Hospitals treated {n2} employees for burns and for breathing in smoke.',
        'Some {n2} staff were hurt, most of them by smoke.',
      ],
      [
        'More than {n} firefighters fought the blaze for {m} hours.',
        'It took {n} firefighters about {m} hours to bring the fire under control.',
        'Crews numbering over {n} battled the flames for {m} hours.',
      ],
      [
        'A thick plume of black smoke could be seen across {place}.',
        'Black smoke rose over {place} and was visible for miles.',
        'Residents across {place} saw a column of dark smoke.',
      ],
      [
        'Fire chief {person} said the cause was not yet known.',
        'The cause remains under investigation, according to fire chief {person}.',
        '{person}, who leads the fire service, said investigators had not found a cause.',
      ],
      [
        '{org} said production would stop for several weeks.',
        'The company expects the plant to stay shut for weeks.',
        'Output at the site will be halted for some weeks, {org} said.',
      ],
      [
        'Neighbours were told to keep windows closed.',
        'People living nearby were advised to keep their windows shut.',
        'Authorities asked nearby households to close their windows.',
      ],
    ],
    quotes: [
      '"Our crews saved the warehouse next door," {person} said.',
      '"Everyone is accounted for," a spokesman for {org} said.',
    ],
  },
  {
    name: 'election',
    titles: [
      '{person} wins {place} mayoral vote',
      '{place} elects {person} as mayor',
      'Upset in {place} as {person} takes mayor race',
    ],
    facts: [
      [
        '{person} won the mayoral election in {place} on {weekday} with {n2} percent of the vote.',
        'Voters in {place} chose {person} as mayor, giving her {n2} percent.',
        'With {n2} percent of ballots, {person} was elected mayor of {place} on {weekday}.',
      ],
      [
        'Her rival {other} conceded defeat shortly before midnight.',
        '{other}, the runner-up, admitted defeat late in the evening.',
        'Shortly before midnight {other} conceded.',
      ],
      [
        'Turnout reached {m} percent, the highest in two decades.',
        'Some {m} percent of voters took part, a twenty-year high.',
        'Participation rose to {m} percent, the election board said.',
      ],
      [
        '{person} campaigned on cheaper housing and a new tram line.',
        'Her platform promised affordable housing and a tram extension.',
        'Housing costs and a tram project were at the centre of her campaign.',
      ],
      [
        'The {org} party lost control of the city council.',
        'The {org} party no longer holds a majority on the council.',
        'Council control slipped away from the {org} party.',
      ],
      [
        'Supporters celebrated in the main square until late at night.',
        'Crowds of supporters gathered in the central square to celebrate.',
        'Celebrations went on in the square well into the night.',
      ],
    ],
    quotes: [
      '"This city has voted for change," {person} told supporters.',
      '"I wish the new mayor well," {other} said.',
    ],
  },
  {
    name: 'rates',
    titles: [
      '{org} raises rates to {n3} percent',
      '{actor} central bank lifts interest rate',
      '{org} surprises markets with rate increase',
    ],
    facts: [
      [
        'The {org} raised its main interest rate to {n3} percent on {weekday}.',
        'On {weekday} the {org} lifted its benchmark rate to {n3} percent.',
        'Its key rate now stands at {n3} percent after the {org} decision on {weekday}.',
      ],
      [
        'Governor {person} said inflation in {actor} remained too high.',
        'Inflation is still too high, governor {person} told a news conference.',
        '{person}, the bank governor, pointed to stubborn inflation in {actor}.',
      ],
      [
        'Consumer prices rose {m2} percent in the year to last month.',
        'Annual inflation was running at {m2} percent.',
        'Prices climbed by {m2} percent over twelve months.',
      ],
      [
        'The currency gained against the dollar after the announcement.',
        'The decision lifted the currency on foreign exchange markets.',
        'Traders bid up the currency once the move was announced.',
      ],
      [
        'Economist {other} said further increases were likely.',
        'More increases are probably coming, according to economist {other}.',
        '{other}, an economist, expects the bank to keep raising rates.',
      ],
      [
        'Mortgage lenders in {place} said they would pass on the increase.',
        'Banks in {place} are expected to raise mortgage costs.',
        'Home loan rates in {place} will rise, lenders said.',
      ],
    ],
    quotes: [
      '"We will do what it takes to bring inflation down," {person} said.',
      '"Households will feel this," {other} said.',
    ],
  },
  {
    name: 'final',
    titles: [
      '{org} win cup final against {thing}',
      '{org} lift the trophy in {place}',
      'Late goal gives {org} the title',
    ],
    facts: [
      [
        '{org} beat {thing} {n1}-{m1} in the cup final in {place} on {weekday}.',
        'In the final in {place}, {org} defeated {thing} {n1}-{m1}.',
        'A {n1}-{m1} win over {thing} on {weekday} gave {org} the cup.',
      ],
      [
        'Striker {person} scored the winning goal in the last minute.',
        'The decisive goal came from {person} in the final minute.',
        '{person} struck in the dying seconds to settle it.',
      ],
      [
        'A crowd of {n},000 filled the stadium.',
        'Some {n},000 fans watched in the stadium.',
        'The stadium was packed with {n},000 spectators.',
      ],
      [
        'It is the club’s first title in {m} years.',
        'The club had waited {m} years for a trophy.',
        'The victory ended a {m}-year wait for silverware.',
      ],
      [
        'Coach {other} dedicated the win to the supporters.',
        '{other}, the coach, thanked the fans after the match.',
        'The coach, {other}, said the trophy belonged to the supporters.',
      ],
    ],
    quotes: [
      '"I dreamed of this moment as a boy," {person} said.',
      '"These players never gave up," {other} said.',
    ],
  },
  {
    name: 'merger',
    titles: [
      '{org} to buy {thing} for {dollar}{n} billion',
      '{org} agrees {dollar}{n}bn deal for {thing}',
      '{thing} accepts {org} takeover offer',
    ],
    facts: [
      [
        '{org} agreed on {weekday} to buy {thing} for {n} billion dollars.',
        'On {weekday}, {org} struck a deal to acquire {thing} for {dollar}{n} billion.',
        'A {dollar}{n} billion takeover of {thing} by {org} was announced on {weekday}.',
      ],
      [
        'Shares in {thing} jumped {m} percent on the news.',
        '{thing} stock rose {m} percent after the announcement.',
        'Investors sent {thing} shares up by {m} percent.',
      ],
      [
        'Chief executive {person} said the deal would create the largest firm of its kind in {actor}.',
        'The combined company will lead its market in {actor}, said chief executive {person}.',
        '{person}, who runs {org}, said the merger makes it the biggest player in {actor}.',
      ],
      [
        'Regulators in {actor} are expected to review the deal.',
        'The takeover needs approval from competition regulators.',
        'Competition authorities in {actor} will examine the deal.',
      ],
      [
        'The companies employ about {m},000 people combined.',
        'Together they have some {m},000 staff.',
        'Around {m},000 people work for the two firms.',
      ],
      [
        'Analyst {other} said the price was generous.',
        'The offer looks generous, said {other}, an analyst.',
        '{other}, who follows the sector, called the price high.',
      ],
    ],
    quotes: ['"Together we will be stronger," {person} said.', '"This is a full price," {other} said.'],
  },
  {
    name: 'quake',
    titles: [
      'Earthquake shakes {place}',
      'Magnitude {n3} quake hits {place}',
      'Quake damages buildings in {place}',
    ],
    facts: [
      [
        'An earthquake of magnitude {n3} struck near {place} on {weekday}.',
        'A magnitude {n3} quake hit the area around {place} on {weekday}.',
        'On {weekday} the ground shook near {place} in a {n3} magnitude earthquake.',
      ],
      [
        'At least {n2} people were injured and {m} buildings damaged.',
        'Officials said {n2} people were hurt and {m} buildings were damaged.',
        'The quake injured {n2} people and damaged {m} buildings.',
      ],
      [
        'The epicentre was {n} kilometres below the surface.',
        'It struck at a depth of {n} km.',
        'Seismologists put the depth at {n} kilometres.',
      ],
      [
        'Rescue teams searched collapsed houses through the night.',
        'Rescuers worked overnight in the ruins of several houses.',
        'Search teams dug through rubble overnight.',
      ],
      [
        'Regional leader {person} asked the army to help.',
        '{person}, who leads the region, called in the army.',
        'Troops were requested by regional leader {person}.',
      ],
      [
        'Aftershocks continued into the morning, said seismologist {other}.',
        'Seismologist {other} recorded aftershocks through the morning.',
        'More tremors followed, according to {other}, a seismologist.',
      ],
    ],
    quotes: [
      '"The whole house was dancing," a resident told {org}.',
      '"We are sending every rescuer we have," {person} said.',
    ],
  },
];

/** Background sentences any report may carry: they say nothing about which event it is. */
const FILLER = [
  'The full impact is expected to become clearer in the coming days.',
  'Officials promised to publish a detailed account later.',
  'The situation remained tense as night fell.',
  'Local media carried live coverage throughout the day.',
  'Several witnesses described scenes of confusion.',
  'The government said it was monitoring events closely.',
  'Questions remain over how the authorities prepared.',
  'Opposition figures demanded an inquiry.',
  'Markets reacted calmly to the developments.',
  'Community groups offered help to those affected.',
];

/** Common words an event's particulars are drawn from: each event gets its own handful. */
const LEXICON = (
  'bridge tunnel harbour school hospital pension tram railway motorway airport stadium museum library ' +
  'warehouse bakery pharmacy brewery vineyard orchard quarry mine refinery pipeline reservoir dam canal ' +
  'lighthouse ferry barge tanker trawler glacier valley meadow forest marsh island peninsula cliff beach ' +
  'cathedral monastery castle fortress barracks embassy consulate parliament courthouse prison depot ' +
  'market bazaar mall arcade hotel hostel campsite shelter clinic laboratory observatory university ' +
  'factory foundry mill sawmill tannery cannery dairy farm ranch plantation greenhouse granary silo ' +
  'satellite radar antenna turbine generator substation battery cable fibre server network software ' +
  'vaccine antibiotic insulin ambulance helicopter drone tractor lorry bus coach taxi bicycle scooter ' +
  'copper nickel lithium cobalt timber cotton wheat barley coffee cocoa sugar rice salmon tuna oyster ' +
  'violin orchestra choir theatre festival carnival parade marathon regatta tournament rally exhibition ' +
  'pension tariff subsidy levy bond mortgage dividend budget deficit surplus audit lawsuit verdict appeal ' +
  'teacher nurse miner farmer fisherman pilot driver soldier student volunteer lawyer judge auditor ' +
  'chimney balcony basement attic staircase elevator escalator platform terminal runway hangar pier ' +
  'avalanche landslide drought wildfire hailstorm heatwave frost tide current fog smog dust pollen'
).split(' ');

/** Sentences about an event's particulars: each report picks some, filled with the event's own words. */
const DETAILS = [
  'Much of the attention turned to the {d} and the nearby {e}.',
  'Workers at the {d} were among the first to raise the alarm.',
  'The {d} was closed for the rest of the day.',
  'Images shared online showed the {d} beside the damaged {e}.',
  'Residents said the {d} had long been a worry.',
  'A spokesman for the {d} declined to comment.',
  'Officials said the {e} would be inspected before it reopens.',
  'Traffic near the {d} backed up for several hours.',
  'The {d} and the {e} are both owned by the city.',
  'Volunteers gathered at the {e} to hand out food and blankets.',
  'Insurers said claims linked to the {d} could be large.',
  'The {e} had been renovated only last year.',
];

const CHROME = [
  'Sign up for our morning newsletter.',
  'Follow us on social media for the latest updates.',
  'Advertisement',
  'Read more: the week in pictures',
  'This article was amended to correct a spelling.',
];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const AGENCIES = ['Reuters', 'AP', 'AFP'];

/** One invented event. */
export interface SyntheticEvent {
  readonly id: string;
  readonly kind: string;
  /** The event's own particulars: words from the lexicon. */
  readonly details: readonly string[];
  /** ISO date. */
  readonly date: string;
  readonly slots: EventSlots;
}

/** A generated document, with the event it reports and the origin it copies. */
export interface SyntheticDoc extends ClusterInput {
  readonly event: string;
  /** The storyline: the event's own id, or the storyline of the earlier event whose names it repeats. */
  readonly storyline: string;
  /** The id of the document it copies (itself when it is an original). */
  readonly origin: string;
}

function fill(template: string, s: EventSlots): string {
  return template
    .replaceAll('{actor}', s.actor)
    .replaceAll('{place}', s.place)
    .replaceAll('{person}', s.person)
    .replaceAll('{other}', s.other)
    .replaceAll('{org}', s.org)
    .replaceAll('{thing}', s.thing)
    .replaceAll('{weekday}', s.weekday)
    .replaceAll('{dollar}', '$')
    .replaceAll('{n1}', String((s.n % 4) + 1))
    .replaceAll('{m1}', String(s.m % 2))
    .replaceAll('{n2}', String((s.n % 40) + 3))
    .replaceAll('{m2}', `${(s.m % 9) + 1}.${s.n % 10}`)
    .replaceAll('{n3}', `${(s.n % 5) + 4}.${s.m % 10}`)
    .replaceAll('{n}', String(s.n))
    .replaceAll('{m}', String(s.m));
}

/** Invents an event of a kind (by name or at random) on a date; `like` keeps another event's names. */
export function inventEvent(
  rand: () => number,
  id: string,
  date: string,
  options: { kind?: string; like?: SyntheticEvent } = {},
): SyntheticEvent {
  const kind = options.kind ?? options.like?.kind ?? pick(rand, KINDS).name;
  const base = options.like?.slots;
  const slots: EventSlots = {
    actor: base?.actor ?? inventName(rand),
    place: base?.place ?? `${pick(rand, ['Port ', 'New ', 'East ', '', '', ''])}${inventName(rand)}`,
    person: base?.person ?? `${inventName(rand)} ${inventName(rand)}`,
    other: base?.other ?? `${inventName(rand)} ${inventName(rand)}`,
    org:
      base?.org ??
      `${inventName(rand)} ${pick(rand, ['Group', 'Council', 'Bank', 'United', 'Energy', 'Holdings'])}`,
    thing: base?.thing ?? inventName(rand),
    n: 100 + Math.floor(rand() * 900),
    m: 2 + Math.floor(rand() * 60),
    weekday: WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!,
  };
  const details = options.like?.details ?? Array.from({ length: 8 }, () => pick(rand, LEXICON));
  return { id, kind, date, slots, details };
}

function kindOf(name: string): EventKind {
  const kind = KINDS.find((k) => k.name === name);
  if (!kind) throw new Error(`unknown event kind ${name}`);
  return kind;
}

/** An outlet's own report of an event: its choice of facts, in its own wording, with a quote and filler. */
export function writeReport(
  rand: () => number,
  event: SyntheticEvent,
  id: string,
  published: string,
): SyntheticDoc {
  const kind = kindOf(event.kind);
  const facts = kind.facts.map((variants, i) => ({ i, text: fill(pick(rand, variants), event.slots) }));
  const lead = facts[0]!;
  const rest = facts.slice(1).filter(() => rand() < 0.7);
  rest.sort(() => rand() - 0.5);
  const sentences = [lead.text, ...rest.map((f) => f.text)];
  sentences.splice(
    1 + Math.floor(rand() * (sentences.length - 1)),
    0,
    fill(pick(rand, kind.quotes), event.slots),
  );
  for (let k = 0; k < 4 + Math.floor(rand() * 5); k++) {
    const detail = pick(rand, DETAILS)
      .replace('{d}', pick(rand, event.details))
      .replace('{e}', pick(rand, event.details));
    sentences.splice(1 + Math.floor(rand() * sentences.length), 0, detail);
  }
  for (let k = 0; k < 3 + Math.floor(rand() * 5); k++) {
    const aside = pick(rand, DETAILS).replace('{d}', pick(rand, LEXICON)).replace('{e}', pick(rand, LEXICON));
    sentences.push(rand() < 0.5 ? pick(rand, FILLER) : aside);
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
  return {
    id,
    title: fill(pick(rand, kind.titles), event.slots),
    text: paragraphs.join('\n\n'),
    published,
    credits: [],
    event: event.id,
    storyline: event.id,
    origin: id,
  };
}

/** A republication of a wire report: a new headline, maybe a trimmed last paragraph and page chrome. */
export function republish(
  rand: () => number,
  original: SyntheticDoc,
  id: string,
  published: string,
): SyntheticDoc {
  const paragraphs = original.text.split('\n\n');
  if (paragraphs.length > 3 && rand() < 0.5) paragraphs.pop();
  if (rand() < 0.6) paragraphs.push(pick(rand, CHROME));
  if (rand() < 0.4) paragraphs.unshift(pick(rand, CHROME));
  const title = original.title ?? '';
  return {
    ...original,
    id,
    title:
      rand() < 0.5 ? title.toUpperCase().slice(0, 1) + title.slice(1).toLowerCase() : `${title} - report`,
    text: paragraphs.join('\n\n'),
    published,
    origin: original.origin,
  };
}

function addDays(date: string, days: number, hour: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000 + hour * 3_600_000;
  return new Date(ms).toISOString();
}

export interface StreamOptions {
  readonly seed?: number;
  /** Documents to generate. */
  readonly documents: number;
  /** First day of the stream (ISO date). Default 2031-01-01. */
  readonly start?: string;
  /** Days the stream spans. Default: enough for about 30 new events a day. */
  readonly days?: number;
  /** Share of events that repeat an earlier event's names (same place, same people) a week or more later. */
  readonly repeats?: number;
}

/** Earlier events kept for repeats, at least (a repeat looks back 7-14 days of about 30 events each). */
const REPEAT_MEMORY = 1_000;

const byPublication = (a: SyntheticDoc, b: SyntheticDoc): number =>
  a.published! < b.published! ? -1 : a.published! > b.published! ? 1 : a.id < b.id ? -1 : 1;

/**
 * A time-ordered stream of reports of invented events: per event 2-12 reports over its first three days,
 * about a third of them wire copies credited to an agency.
 */
export function syntheticStream(options: StreamOptions): SyntheticDoc[] {
  return [...syntheticDocs(options)];
}

/**
 * The same stream, generated as it is read: memory holds a few days of reports and the last
 * `REPEAT_MEMORY` events, whatever the stream's length. Events come in day order and a report is
 * published on or after its event's day, so when an event of a later day begins, every report published
 * before that day has been written: those are sorted and handed out.
 */
export function* syntheticDocs(options: StreamOptions): Generator<SyntheticDoc> {
  const rand = seeded(options.seed ?? 1);
  const start = options.start ?? '2031-01-01';
  const perEvent = 7;
  const events = Math.ceil(options.documents / perEvent);
  const days = options.days ?? Math.max(1, Math.ceil(events / 30));
  /** The last events made (`made[i]` is event `dropped + i`), and their storylines. */
  let made: SyntheticEvent[] = [];
  let dropped = 0;
  const lines = new Map<string, string>();
  /** A repeat looks back at most 14 days' events. */
  const keep = Math.max(REPEAT_MEMORY, Math.ceil(14 * (events / days)) + 1);
  let pending: SyntheticDoc[] = [];
  let written = 0;
  let date = '';
  for (let e = 0; written < options.documents; e++) {
    const day = Math.floor((e / events) * days);
    const eventDate = addDays(start, day, 0).slice(0, 10);
    if (eventDate !== date) {
      date = eventDate;
      const ready = pending.filter((doc) => doc.published! < date);
      pending = pending.filter((doc) => doc.published! >= date);
      yield* ready.sort(byPublication);
    }
    const back = Math.floor((7 + rand() * 7) * (events / days));
    const repeat = dropped + made.length > back && rand() < (options.repeats ?? 0.1);
    const earlier = repeat ? made[made.length - back] : undefined;
    const event = inventEvent(rand, `e${e}`, date, earlier ? { like: earlier } : {});
    made.push(event);
    const storyline = earlier ? lines.get(earlier.id)! : event.id;
    lines.set(event.id, storyline);
    if (made.length > 2 * keep) {
      for (const old of made.slice(0, keep)) lines.delete(old.id);
      made = made.slice(keep);
      dropped += keep;
    }
    const reports = 2 + Math.floor(rand() * 11);
    const originals: SyntheticDoc[] = [];
    for (let r = 0; r < reports && written < options.documents; r++) {
      const offset = Math.floor(rand() * rand() * 3);
      const published = addDays(date, offset, 6 + Math.floor(rand() * 16));
      const id = `${event.id}-${r}`;
      const wire = originals.length > 0 && rand() < 0.35;
      written++;
      if (wire) {
        const source = pick(rand, originals);
        pending.push({ ...republish(rand, source, id, published), storyline });
      } else {
        const report = writeReport(rand, event, id, published);
        const credited = {
          ...(rand() < 0.3 ? { ...report, credits: [pick(rand, AGENCIES)] } : report),
          storyline,
        };
        originals.push(credited);
        pending.push(credited);
      }
    }
  }
  yield* pending.sort(byPublication);
}

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cleanText } from '../../src/extract/text/clean-text.js';
import { isProse } from '../../src/extract/text/text-state.js';
import { assertWellFormed, removedAs } from './check-fields.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** An invented story's title and two opening paragraphs, as dump lines. */
const ORSK_OPENING = [
  'Orsk council backs flood plan',
  '',
  'The council of Orsk voted on Monday to approve a flood plan for the river town after last year’s record water.',
  '',
  'The plan adds barriers along the river and two pumping stations on the east bank of the town.',
  '',
];

test('harbour-herald: header date, logo outlet, captions, split links, glued sentences, closing credit', () => {
  const f = cleanText(fixture('harbour-herald.txt'));
  assertWellFormed(f);
  assert.equal(f.title, 'Eastgate Bridge reopens to traffic after two-year repair');
  assert.equal(f.published, '2031-05-12');
  // A logo that is only a domain names the outlet by its domain, as readers write it.
  assert.equal(f.outlet, 'harbourherald.example');
  assert.equal(f.dateline, 'PORTVALE');
  assert.deepEqual(f.credits, ['AFP']);
  assert.equal(f.language, 'en');
  assert.deepEqual(
    f.paragraphs.map((p) => p.text),
    [
      'PORTVALE — The Eastgate Bridge reopened to cars on Monday, ending a closure that began after a barge struck its central pier during the opening of the autumn shipping season.',
      'City engineer Marta Olsen said the repaired span could carry 3.5 tonnes more per axle than before. According to the city, the work cost 41 million crowns.',
      'Olsen said the U.S. firm that supplied the steel, e.g. the deck plates, had finished early, and that details were posted at www.Portvale.example.',
      'The council will review traffic on the bridge in a public meeting in June and publish its findings afterwards.',
      'Residents of Eastgate said the closure had doubled their commute to the harbour district.',
    ],
  );
  assert.ok(f.paragraphs.every((p) => p.kind === 'paragraph'));
  assert.deepEqual(f.captions, [
    {
      text: 'Workers remove barriers on the Eastgate Bridge in Portvale on May 12, 2031.',
      credit: 'Tessa Lind/Pool via AFP',
    },
    { text: 'Commuters crossing the Eastgate Bridge in Portvale on May 12.', credit: 'AFP' },
  ]);
  assert.equal(removedAs(f, 'Harbourherald.example header logo'), 'chrome');
  assert.equal(removedAs(f, "Sign up now: Get HH's morning briefing delivered to your inbox"), 'chrome');
  assert.equal(removedAs(f, 'Follow us on Google News badge'), 'chrome');
  assert.equal(removedAs(f, 'Portvale council approves new ferry timetable'), 'off-topic');
  assert.equal(removedAs(f, 'Harbour district to get second bridge by 2035, planners say'), 'off-topic');
  assert.equal(removedAs(f, 'Copyright © 2031 Herald Media Group. All rights reserved.'), 'chrome');
  assert.equal(removedAs(f, 'AFP'), 'chrome');
  assert.ok(!f.text.includes('Privacy Policy') && !f.text.includes('E-paper'));
});

test('valley-ledger: date widget, title variant, picture credit, glued paragraphs, teasers, repeated list', () => {
  const f = cleanText(fixture('valley-ledger.txt'));
  assertWellFormed(f);
  assert.equal(f.title, 'Lakeside opens its first floating solar farm');
  assert.equal(f.published, '2026-03-10');
  assert.equal(f.dateline, null);
  // The picture credit names the photo's agency, not the text's: no credit line, no credit.
  assert.deepEqual(f.credits, []);
  assert.deepEqual(
    f.paragraphs.map((p) => [p.kind, p.text]),
    [
      [
        'paragraph',
        'Lakeside on Tuesday switched on a floating solar farm on Mirror Lake, the town’s largest power project in decades. According to news agency Reuters, the farm will supply power to about 4,000 homes. Mayor Ilse Varga said the lake site avoided using farmland, a concern raised by growers last year.',
      ],
      ['heading', 'Panels built to float'],
      [
        'paragraph',
        'The panels sit on plastic floats anchored to the lake bed, and engineers said the water keeps them cool in summer, reported Reuters. Critics said the farm could harm fish in the lake, but the town said a survey found no effect.',
      ],
    ],
  );
  assert.deepEqual(f.captions, [
    { text: 'Mayor Ilse Varga inspects panels on Mirror Lake', credit: 'Reuters' },
  ]);
  assert.equal(removedAs(f, '21 C'), 'chrome');
  assert.equal(removedAs(f, 'Lakeside'), 'chrome');
  assert.equal(removedAs(f, 'Tuesday, March 10, 2026'), 'chrome');
  assert.equal(
    removedAs(f, '‘Clean power on the water’: Lakeside opens its first floating solar farm on Mirror Lake'),
    'duplicate',
  );
  assert.equal(removedAs(f, 'Go to Source'), 'chrome');
  assert.equal(removedAs(f, 'Aries Horoscope Tomorrow, March 11, 2026: A Week For Bold Moves'), 'off-topic');
  const garden = f.removed.filter(
    (r) => r.text === 'Ten ways to keep your garden green through a dry summer',
  );
  assert.deepEqual(
    garden.map((r) => r.reason),
    ['off-topic', 'duplicate'],
  );
});

test('northern-post: standfirst, published time, repeated caption, bracketed dateline, promo box, closing credit', () => {
  const f = cleanText(fixture('northern-post.txt'));
  assertWellFormed(f);
  assert.equal(f.title, 'Nordic ports agree on shared shipping lanes');
  assert.equal(f.published, '2026-03-09T07:15:00');
  assert.equal(f.dateline, 'HELSINKI');
  assert.equal(f.outlet, 'NP');
  assert.deepEqual(f.credits, ['Reuters']);
  assert.deepEqual(
    f.paragraphs.map((p) => p.kind),
    ['standfirst', 'paragraph', 'paragraph', 'paragraph', 'paragraph'],
  );
  assert.equal(f.paragraphs[0]!.text, 'The deal is the first of its kind between the three port authorities');
  assert.ok(f.paragraphs[1]!.text.startsWith('[HELSINKI] Three Nordic port authorities'));
  assert.equal(
    f.paragraphs[4]!.text,
    'The port authorities said the shared lanes would open in September, once pilots have been trained.',
  );
  assert.deepEqual(f.captions, [
    {
      text: '“We will save fuel and time on every crossing,” port chief Aino Koski said at the signing.',
      credit: 'AP',
    },
  ]);
  assert.equal(
    removedAs(
      f,
      '“We will save fuel and time on every crossing,” port chief Aino Koski said at the signing.',
    ),
    'duplicate',
  );
  assert.equal(removedAs(f, 'WEEKLY BRIEF'), 'promo');
  assert.equal(removedAs(f, 'Your guide to the northern economy'), 'promo');
  assert.equal(removedAs(f, 'Get the analysis delivered to your inbox.'), 'promo');
  assert.equal(removedAs(f, 'REUTERS'), 'chrome');
  assert.ok(!/\u00a0|•| $/.test(f.text));
});

test('no-title: body-first dump has no title; date from the first sentence; cited agencies; trailing off-topic prose', () => {
  const f = cleanText(fixture('no-title.txt'));
  assertWellFormed(f);
  assert.equal(f.title, null);
  assert.equal(f.published, '2026-03-03');
  // Sentences citing agencies are attributions (synthesis leans them on the agency), not a credit line.
  assert.deepEqual(f.credits, []);
  assert.deepEqual(
    f.paragraphs.map((p) => p.kind),
    ['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph'],
  );
  assert.ok(f.paragraphs[0]!.text.endsWith('along the Silver River.'));
  assert.deepEqual(
    f.removed.map((r) => r.reason),
    ['off-topic', 'off-topic'],
  );
  assert.ok(f.removed[0]!.text.startsWith('A well-made sourdough'));
});

test('wire-byline: byline with agency, agency dateline, photo credit is not the text credit', () => {
  const f = cleanText(fixture('wire-byline.txt'));
  assertWellFormed(f);
  assert.equal(f.title, 'Coastal rail line to reopen after storm repairs');
  assert.equal(f.byline, 'Jane Doe');
  assert.equal(f.dateline, 'LISBON');
  assert.deepEqual(f.credits, ['Reuters']);
  assert.equal(f.outlet, 'Coastline Media Group');
  assert.equal(f.published, null);
  assert.deepEqual(f.captions, [
    { text: 'Engineers walk along the repaired track near Lisbon.', credit: 'AP' },
  ]);
  assert.equal(f.paragraphs.length, 3);
  assert.equal(removedAs(f, 'Advertisement'), 'chrome');
});

test('hints win over what the text says, and a hinted title is not repeated in the body', () => {
  const text =
    'Harbour tolls to rise\n\nThe harbour board said on Monday that tolls will rise by 5% in July.';
  const f = cleanText(text, {
    title: 'Harbour tolls to rise',
    published: '2031-06-01 09:30:00',
    outlet: 'Harbour Herald',
    byline: 'Ann Lee',
    language: 'en-GB',
    url: 'https://harbour.example/tolls',
  });
  assert.equal(f.title, 'Harbour tolls to rise');
  assert.equal(f.published, '2031-06-01T09:30:00');
  assert.equal(f.outlet, 'Harbour Herald');
  assert.equal(f.byline, 'Ann Lee');
  assert.equal(f.language, 'en');
  assert.deepEqual(
    f.paragraphs.map((p) => p.text),
    ['The harbour board said on Monday that tolls will rise by 5% in July.'],
  );
});

test('outlet falls back to the hinted URL domain', () => {
  const f = cleanText('The harbour board said on Monday that tolls will rise by 5% in July.', {
    url: 'https://www.harbour.example/tolls',
  });
  assert.equal(f.outlet, 'harbour.example');
});

test('river-gazette: menus, byline, updated time with zone, inline links, related box with the story resuming, agency footer', () => {
  const f = cleanText(fixture('river-gazette.txt'));
  assertWellFormed(f);
  assert.equal(f.title, 'Dam operators lower Silverton reservoir ahead of spring floods');
  assert.equal(f.outlet, 'River Gazette');
  assert.equal(f.byline, 'Omar Haddad and Lena Fisch');
  assert.equal(f.published, '2030-04-14T18:40:00+02:00');
  assert.equal(f.dateline, 'SILVERTON');
  assert.deepEqual(f.credits, []);
  assert.deepEqual(
    f.paragraphs.map((p) => p.text.slice(0, 30)),
    [
      'SILVERTON: Operators of the Si',
      'The reservoir will drop by abo',
      'Engineers said the dam had han',
      'Residents downstream of the da',
      'The operator did not respond t',
    ],
  );
  assert.equal(removedAs(f, 'Read more: Valley farmers brace for a wet spring'), 'chrome');
  assert.equal(removedAs(f, 'Related articles'), 'chrome');
  assert.equal(removedAs(f, 'Silverton council approves new flood barriers'), 'off-topic');
  assert.equal(removedAs(f, 'Reporting by Omar Haddad; Editing by Lena Fisch'), 'chrome');
  assert.equal(removedAs(f, 'Menu'), 'chrome');
});

test('a short closing paragraph that the opening never named stays', () => {
  const text = [
    'Harbour pilots end strike after pay deal',
    '',
    'Harbour pilots in Portvale ended a three-day strike on Friday after the port authority agreed to raise their pay by 6%.',
    '',
    'Ships that had waited outside the harbour began entering port on Friday evening, the authority said.',
    '',
    'The pilots union said the deal would be put to a vote of its members next week.',
    '',
    'A spokesperson for the shipping ministry declined to comment when contacted by telephone on Saturday.',
  ].join('\n');
  const f = cleanText(text);
  assert.equal(f.paragraphs.length, 4);
  assert.deepEqual(f.removed, []);
});

test('a finished sentence between the title and the dateline paragraph is the standfirst', () => {
  const f = cleanText(
    [
      'Orsk council backs flood plan',
      '',
      'The council approved the flood plan after a long debate that ran late into Monday night.',
      '',
      'ORSK — The council of Orsk voted 12 to 3 on Monday to approve a flood plan for the valley.',
      '',
      'The plan will cost about 30 million crowns, the mayor said.',
    ].join('\n'),
  );
  assert.equal(f.title, 'Orsk council backs flood plan');
  assert.deepEqual(
    f.paragraphs.map((p) => p.kind),
    ['standfirst', 'paragraph', 'paragraph'],
  );
  assert.equal(f.dateline, 'ORSK');
});

test('a lead sentence that repeats the hinted title stays in the body', () => {
  const f = cleanText('Tram line extended\n\nTram line extended to the airport, the city said on Friday.', {
    title: 'Tram line extended',
  });
  assert.deepEqual(
    f.paragraphs.map((p) => p.text),
    ['Tram line extended to the airport, the city said on Friday.'],
  );
});

test('a pull quote repeating words of a paragraph is a duplicate', () => {
  const f = cleanText(
    [
      'Orsk council backs flood plan',
      '',
      'The council of Orsk voted on Monday to approve a flood plan, and the mayor said: “We cannot wait for the next flood to act.”',
      '',
      '“We cannot wait for the next flood to act.”',
      '',
      'The plan will cost about 30 million crowns, the mayor said.',
    ].join('\n'),
  );
  assert.equal(f.paragraphs.length, 2);
  assert.equal(removedAs(f, '“We cannot wait for the next flood to act.”'), 'duplicate');
});

test("the story's own short lists stay; a menu of capitalised links goes", () => {
  const f = cleanText(
    [
      'Orsk council backs flood plan',
      '',
      'Home',
      'Local',
      'Valley',
      'Weather',
      '',
      'The council of Orsk voted on Monday to approve a flood plan. The plan includes:',
      '',
      '• New Barriers',
      '• Two Pumps',
      '• A Warning System',
      '',
      'It also asks residents to keep:',
      '',
      '• sandbags',
      '• torches',
      '• water',
      '',
      'The plan will cost about 30 million crowns, the mayor said.',
    ].join('\n'),
  );
  assert.deepEqual(
    f.paragraphs.map((p) => p.text),
    [
      'The council of Orsk voted on Monday to approve a flood plan. The plan includes:',
      'New Barriers',
      'Two Pumps',
      'A Warning System',
      'It also asks residents to keep:',
      'sandbags',
      'torches',
      'water',
      'The plan will cost about 30 million crowns, the mayor said.',
    ],
  );
  assert.equal(removedAs(f, 'Valley'), 'chrome');
});

test('orsk-daily: age notice is not the title, topic tags and a most-viewed list go', () => {
  const f = cleanText(fixture('orsk-daily.txt'));
  assertWellFormed(f);
  assert.equal(f.title, 'Orsk council backs flood plan after stormy debate');
  assert.equal(f.published, '2030-03-03T12:15:00Z');
  assert.equal(f.byline, 'Ann Lee');
  assert.deepEqual(
    f.paragraphs.map((p) => [p.kind, p.text.slice(0, 24)]),
    [
      ['standfirst', 'Mayor says the valley ca'],
      ['paragraph', 'The council of Orsk vote'],
      ['paragraph', 'The plan will cost about'],
      ['paragraph', '“We cannot wait for the '],
      ['paragraph', 'Opponents said the barri'],
    ],
  );
  assert.equal(removedAs(f, 'This article is more than 1 year old'), 'chrome');
  assert.equal(removedAs(f, 'Explore more on these topics'), 'chrome');
  assert.equal(removedAs(f, 'Celebrity chef opens third restaurant in the capital'), 'off-topic');
  assert.equal(removedAs(f, 'Football: City beat United 3-1 in derby'), 'off-topic');
});

test('wire-page: section label, two bylines, zoned time, ad break, agency footer, topic list, sign-up', () => {
  const f = cleanText(fixture('wire-page.txt'));
  assertWellFormed(f);
  assert.equal(f.title, 'Orsk council approves flood plan, overriding fishing groups');
  assert.equal(f.byline, 'Ann Lee and Tom Ray');
  assert.equal(f.published, '2030-03-03T16:12:00+01:00');
  assert.equal(f.dateline, 'ORSK');
  assert.deepEqual(f.credits, ['Reuters']);
  assert.equal(f.paragraphs.length, 3);
  assert.ok(f.paragraphs[2]!.text.startsWith('Fishing groups said'));
  assert.equal(removedAs(f, 'Advertisement · Scroll to continue'), 'chrome');
  assert.equal(removedAs(f, 'Suggested Topics:'), 'chrome');
  assert.equal(removedAs(f, 'Sign up here.'), 'chrome');
});

test('agency-tagline: agency dateline, rule line and contributor tagline', () => {
  const f = cleanText(fixture('agency-tagline.txt'));
  assertWellFormed(f);
  assert.equal(f.title, null);
  assert.equal(f.dateline, 'WASHINGTON');
  assert.deepEqual(f.credits, ['AP']);
  assert.equal(f.paragraphs.length, 3);
  assert.equal(removedAs(f, '___'), 'chrome');
  assert.equal(removedAs(f, 'Associated Press writer Tom Ray contributed to this report.'), 'chrome');
});

test('a story paragraph that shares few words with the opening (a new scene, new names) stays', () => {
  const f = cleanText(
    [
      'Orsk council backs flood plan',
      'The council of Orsk voted 12 to 3 on Monday to approve a flood plan for the valley, after a debate that ran late into the night.',
      'The plan will cost about 30 million crowns and includes new barriers along the Silver River, the mayor said.',
      'Opponents on the council said the barriers would harm fishing on the river and asked for a new study.',
      'Among the crowd outside was an award-winning choir from Tessaly performing atop a red and white stage recreating the old town hall, the famous Lisk-area landmark celebrating its 50th anniversary.',
      'The mayor said work on the barriers would start in the summer and take two years to finish.',
    ].join('\n\n'),
  );
  assert.ok(f.text.includes('award-winning choir'), f.removed.map((r) => r.text).join(' | '));
});

test('stray-block: the author’s biography set inside the story, sharing nothing with it, is off-topic', () => {
  const f = cleanText(
    [
      'Orsk council backs flood plan',
      'The council of Orsk voted 12 to 3 on Monday to approve a flood plan for the valley, after a debate that ran late into the night.',
      'The plan will cost about 30 million crowns and includes new barriers along the Silver River, the mayor said.',
      'Opponents on the council said the barriers would harm fishing on the river and asked for a new study.',
      'Ana Roe is a metro reporter covering human interest stories. She writes the Character Study column in the Sunday section and was part of the team that won a prize in 2009 for breaking news.',
      'The mayor said work on the barriers would start in the summer and take two years to finish.',
    ].join('\n\n'),
  );
  assert.deepEqual(
    f.removed.map((r) => [r.reason, r.text.slice(0, 20)]),
    [['off-topic', 'Ana Roe is a metro r']],
  );
});

test('stray-block: a sign-up box about something else inside the story goes', () => {
  const f = cleanText(fixture('stray-block.txt'));
  assertWellFormed(f);
  assert.equal(f.paragraphs.length, 5);
  assert.deepEqual(
    f.removed.map((r) => r.text.slice(0, 20)),
    ['Celebrity chef Marco'],
  );
});

test('hard-wrapped paragraphs are joined back; one block a line is left alone', () => {
  const text = [
    'Orsk council backs flood plan',
    '',
    'The council of Orsk voted 12 to 3 on Monday to approve the new flood',
    'plan for the valley after a long debate, according to Mayor Ilse',
    'Varga. The plan will cost about 30 million crowns, the mayor said',
    'Tuesday.',
    '',
    'Opponents on the council said the new barriers would harm fishing on',
    'the Silver River and asked the council to order a new study of the',
    'river before any work begins.',
  ].join('\n');
  const f = cleanText(text);
  assert.equal(f.title, 'Orsk council backs flood plan');
  assert.deepEqual(
    f.paragraphs.map((p) => p.text),
    [
      'The council of Orsk voted 12 to 3 on Monday to approve the new flood plan for the valley after a long debate, according to Mayor Ilse Varga. The plan will cost about 30 million crowns, the mayor said Tuesday.',
      'Opponents on the council said the new barriers would harm fishing on the Silver River and asked the council to order a new study of the river before any work begins.',
    ],
  );
});

test('a one-paragraph story closed by an agency credit is a story, not a title', () => {
  const f = cleanText('The council of Orsk met on Monday and approved the plan, officials said. REUTERS');
  assert.equal(f.title, null);
  assert.deepEqual(
    f.paragraphs.map((p) => p.text),
    ['The council of Orsk met on Monday and approved the plan, officials said.'],
  );
  assert.deepEqual(f.credits, ['Reuters']);
});

test('a very short story under its title stays a paragraph', () => {
  const f = cleanText('Orsk dam holds\n\nThe Orsk dam held overnight.');
  assert.equal(f.title, 'Orsk dam holds');
  assert.deepEqual(
    f.paragraphs.map((p) => [p.kind, p.text]),
    [['paragraph', 'The Orsk dam held overnight.']],
  );
});

test('a photo gallery left in the text: each item closed by its counter is a caption, not body', () => {
  const text = [
    'Orsk ferry service resumes after winter',
    'The Orsk ferry will run again from Monday after a four-month winter pause, the port authority said on Friday.',
    'Photos: Ferries of the north coast The Orsk ferry leaves harbour in 2029. It carries up to 400 passengers. "It is the town\'s lifeline," the mayor said at its launch. Hide Caption 1 of 3',
    'Photos: Ferries of the north coast The older Varn ferry, retired in 2027, now serves as a floating museum. Hide Caption 2 of 3',
    'A crew member waves from the deck of the Varn ferry.',
    'Hide Caption 3 of 3',
    'Tickets go on sale on Saturday, and fares are unchanged from last year, the authority said.',
  ].join('\n');
  const f = cleanText(text);
  assertWellFormed(f);
  assert.deepEqual(
    f.paragraphs.map((p) => p.text.slice(0, 20)),
    ['The Orsk ferry will ', 'Tickets go on sale o'],
  );
  assert.deepEqual(
    f.captions.map((c) => c.text.slice(0, 44)),
    [
      'Ferries of the north coast The Orsk ferry le',
      'Ferries of the north coast The older Varn fe',
      'A crew member waves from the deck of the Var',
    ],
  );
});

test('a whole gallery run into one paragraph, each item closed by its counter, is all captions', () => {
  const item = (n: number) =>
    `Photos: Harbour storm The Orsk pier lies under water on Monday morning, and boats are tied up along the quay while crews wait for the wind to drop before they can start to clear it. Hide Caption ${n} of 30`;
  const text = [
    'Storm floods Orsk harbour',
    'A storm flooded the Orsk harbour on Monday and closed the pier for the week, the port authority said.',
    Array.from({ length: 12 }, (_, k) => item(k + 1)).join(' '),
    'Repairs will start once the water has gone down, the authority said.',
  ].join('\n');
  const f = cleanText(text);
  assertWellFormed(f);
  assert.deepEqual(
    f.paragraphs.map((p) => p.text.slice(0, 20)),
    ['A storm flooded the ', 'Repairs will start o'],
  );
  assert.ok(f.captions.some((c) => c.text.startsWith('Harbour storm The Orsk pier')));
});

test('a lone "Read more" whose link the dump lost does not end the story; one over other stories still does', () => {
  const story = [
    'Harbour pilots strike over night shifts',
    'Harbour pilots in Orsk walked out on Tuesday over a new rota of night shifts, halting traffic at the port.',
    'The pilots union said the rota doubled night work for its 80 members without extra pay or rest days.',
    'The port authority said it would meet the union on Thursday and hoped to settle the dispute within a week.',
    'Read more',
    'Mira Santos, a historian, believes the pilots union will win the strike because shipping firms cannot wait.',
    '"Nobody asked us before the rota changed, and ships are already waiting offshore," one striking pilot said.',
  ];
  const kept = cleanText(story.join('\n'));
  assertWellFormed(kept);
  assert.ok(kept.paragraphs.some((p) => p.text.startsWith('Mira Santos, a historian')));
  assert.ok(kept.paragraphs.some((p) => p.text.includes('ships are already waiting offshore')));
  assert.ok(!kept.paragraphs.some((p) => p.text === 'Read more'));

  const teasers = cleanText(
    [
      ...story.slice(0, 4),
      'Read more',
      'Celebrity chef opens a seaside bistro in a converted lighthouse on the southern cliffs',
      'A famous television cook has turned a disused lighthouse into a forty-seat restaurant serving local fish and garden vegetables.',
    ].join('\n'),
  );
  assert.ok(!teasers.paragraphs.some((p) => p.text.includes('lighthouse')));
});

test('a short line ending in a full stop inside single quotes is a paragraph, not a heading', () => {
  const f = cleanText(
    [
      'Fans fill the square',
      'Thousands of fans filled the main square of Orsk on Sunday night to watch the final on a big screen, and many stayed until dawn to greet the team bus when it came back from the capital.',
      "His wife Sue said: 'I am so proud to be a part of it.'",
      'For Tomas Varga, the night was bittersweet: his father, a fan all his life, never saw the club win a title, and he came to the square on his own to watch the final with the crowd.',
      "He said: 'I came here by myself, but I am not alone at all.'",
      'The team bus reached the square at six in the morning, and the players stood on its roof with the cup.',
    ].join('\n\n'),
  );
  const kindOf = (words: string) => f.paragraphs.find((p) => p.text.includes(words))?.kind;
  assert.equal(kindOf('so proud to be a part of it'), 'paragraph');
  assert.equal(kindOf('I came here by myself'), 'paragraph');
});

test('a blog system’s lines around a post go, in German, French and English; the post stays', () => {
  const post = [
    'Nebel über dem Hafen von Orsk',
    'Am Dienstagmorgen lag dichter Nebel über dem Hafen von Orsk, und die Fähren blieben bis zum Mittag an ihren Anlegern.',
    'Die Lotsen sagten, sie hätten die Schiffe erst nach elf Uhr wieder hinausbegleitet, als die Sicht auf mehr als einen Kilometer stieg.',
    'Am Nachmittag fuhren alle Fähren wieder nach Plan, und der Hafenmeister dankte den Lotsen für ihre Geduld.',
  ];
  const chrome = [
    'Dieser Eintrag wurde am 6. Mai 2031 veröffentlicht in Hafen.',
    'Abgelegt unter Aktuelles',
    'Teilen mit:',
    'Gefällt mir',
    'Es gibt noch keine Kommentare.',
    'Benachrichtige mich über nachfolgende Kommentare via E-Mail.',
    'Vorheriger Beitrag',
    'Bloggen auf WordPress.com.',
    'À lire aussi',
    'Orsk Hafenblatt Newsletter',
  ];
  const kept = cleanText([...post, ...chrome].join('\n'));
  assertWellFormed(kept);
  assert.equal(kept.paragraphs.length, 3, kept.paragraphs.map((p) => p.text).join(' | '));
  for (const line of chrome) assert.ok(!kept.text.includes(line), `kept ${line}`);
});

test('a related box set inside an article ends at the article’s next long paragraph; one at its end goes whole', () => {
  const opening = [
    'Die Zaubernuss blüht im Winter',
    'Die Zaubernuss ist ein Strauch, der mitten im Winter blüht, wenn die meisten anderen Pflanzen im Garten noch ruhen und kaum Farbe zeigen.',
    'Je nach Sorte und Witterung öffnen sich die Blüten der Zaubernuss schon im Dezember und halten bis in den März hinein, auch bei leichtem Frost.',
  ];
  const box = ['Lesen Sie auch', 'Darf ich meine Zaubernuss umpflanzen?', 'Ist die Zaubernuss giftig?'];
  const later =
    'Zum Vorschein kommen filigrane Blüten mit bis zu vier Zentimeter langen, schmalen Blättern, die in ihrer Form ein wenig an bunte Spinnen erinnern und in Gelb, Orange oder Rot leuchten, je nachdem welche Sorte man pflanzt.';
  const inside = cleanText([...opening, ...box, later].join('\n'));
  assertWellFormed(inside);
  assert.ok(inside.text.includes('filigrane Blüten'), 'lost the article after the box');
  assert.ok(!inside.text.includes('Ist die Zaubernuss giftig?'));

  const trailing = cleanText(
    [
      ...opening,
      later,
      'Ähnliche Artikel',
      'Rosen richtig schneiden: so gelingt es im Frühjahr',
      'Tomaten im Kübel: die besten Sorten für den Balkon',
    ].join('\n'),
  );
  assert.ok(!trailing.text.includes('Rosen richtig schneiden'));
  assert.ok(!trailing.text.includes('Tomaten im Kübel'));
});

test('a block closed by a read-more link in another language (`Mehr…`, `Lire la suite`) is a teaser of another story', () => {
  const story = [
    'Neue Fähre für den Hafen von Orsk',
    'Der Hafen von Orsk bekommt im Mai eine neue Fähre, die doppelt so viele Fahrgäste wie die alte über den Sund bringen soll.',
    'Die Fähre wurde auf einer Werft in Varn gebaut und soll mit Strom aus dem Hafen geladen werden, sagte der Hafenmeister am Dienstag.',
    'Die alte Fähre soll noch bis zum Herbst als Ersatz im Hafen bleiben und danach an einen Verein verkauft werden.',
    'Der neue Bahnhof in Varn öffnet im Juni, nachdem die Stadt zwei Jahre lang an den Gleisen und der Halle gebaut hat. Mehr…',
  ];
  const kept = cleanText(story.join('\n'));
  assertWellFormed(kept);
  assert.ok(!kept.text.includes('Bahnhof'), kept.text);
  assert.ok(!kept.text.includes('Mehr…'));
  assert.ok(kept.text.includes('alte Fähre'));
});

test('video links set between paragraphs (a title, then the title with its running time) are promotion', () => {
  const dump = [
    'Search for the missing jet widens',
    'Crews from six countries searched a wider area of the southern ocean on Monday, the authority said.',
    'The search was widened after satellite images showed two objects floating far off the coast.',
    'How the satellite found the jet’s path',
    'How the satellite found the jet’s path 05:58',
    'Families wait for news 1:02:15',
    '"We will keep looking until we find it," the authority’s chief said at a briefing in the capital on Monday.',
    'The crews will return to the area on Tuesday if the weather allows it, officials said.',
  ].join('\n\n');
  const result = cleanText(dump);
  assertWellFormed(result);
  assert.ok(!result.text.includes('05:58') && !result.text.includes('1:02:15'), result.text);
  assert.ok(!result.text.includes('How the satellite found'), result.text);
  assert.ok(result.text.includes('We will keep looking'));
  assert.ok(result.removed.some((r) => r.text.endsWith('05:58') && r.reason === 'promo'));
});

test('a production line run into the last paragraph, a video player’s description and a picture desk’s tag are not body', () => {
  const text = [
    'CLOSE The mayor of Orsk shows us the new ferry before its first trip across the bay. Dana Roe has the story. Buzz60',
    'ORSK — The Orsk ferry will run again from Monday after a four-month winter pause, the port authority said on Friday.',
    'Kim Dae-ho / Reuters A deckhand ties up the Orsk ferry in the harbour, March 3, 2031. REUTERS/Kim Dae-ho TPX IMAGES OF THE DAY',
    'Tickets go on sale on Saturday, and fares are unchanged from last year, the authority said. (Reporting by Ana Lind; Writing by Ana Lind; Edtitng by Tom Vale)',
  ].join('\n\n');
  const f = cleanText(text);
  assertWellFormed(f);
  assert.deepEqual(
    f.paragraphs.map((p) => p.text),
    [
      'ORSK — The Orsk ferry will run again from Monday after a four-month winter pause, the port authority said on Friday.',
      'Tickets go on sale on Saturday, and fares are unchanged from last year, the authority said.',
    ],
  );
  assert.ok(f.captions.some((c) => c.text.includes('A deckhand ties up the Orsk ferry')));
});

test('a long paragraph the page prints twice is kept twice; a short repeated line is not', () => {
  const paragraph =
    'The council of Orsk voted on Monday to approve a flood plan that adds barriers along the river, two new pumping stations on the east bank and a warning system that texts every household when the water rises.';
  const f = cleanText(
    [
      'Orsk council backs flood plan',
      '',
      paragraph,
      '',
      'Read more: Orsk budget',
      '',
      'The plan will cost about 30 million crowns, the mayor said on Monday at the meeting.',
      '',
      paragraph,
      '',
      'Read more: Orsk budget',
    ].join('\n'),
  );
  assert.equal(f.paragraphs.filter((p) => p.text === paragraph).length, 2);
  assert.ok(!f.paragraphs.some((p) => p.text === 'Read more: Orsk budget'));
});

test('teasers after a closing paragraph that strays from the opening go; the paragraph stays', () => {
  const closing =
    'Farmers in the lower valley meanwhile asked for compensation for meadows the new dykes will flood each spring, and the farmers union will meet in May.';
  const f = cleanText(
    [
      ...ORSK_OPENING,
      'Mayor Lena Brod called the council vote a turning point for the town and its river banks.',
      '',
      '“Nobody asked us,” said a farmer in the lower valley, where the dykes would flood meadows each spring.',
      '',
      closing,
      '',
      'Stadium roof collapses under heavy snow in Kemi',
      '',
      'No spectators were hurt when the arena roof gave way overnight.',
      '',
      'Chess prodigy, 12, beats grandmaster in Tallinn',
      '',
      'The schoolgirl needed only twenty-six moves to win the blitz game.',
    ].join('\n'),
  );
  const texts = f.paragraphs.map((p) => p.text);
  assert.ok(texts.includes(closing));
  assert.ok(!texts.some((t) => t.includes('spectators') || t.includes('schoolgirl')), texts.join('\n'));
});

test('a comment section after the story goes whole; a comment count above the story is only a link', () => {
  const story = [
    'The council of Orsk voted on Monday to approve a flood plan for the river town after last year’s record water, which reached the steps of the town hall and closed the old bridge for a week.',
    'The plan adds barriers along the river, two pumping stations on the east bank and a warning system that sends a message to every household when the water rises above the spring mark.',
    'Mayor Lena Brod called the vote a turning point for the town and said work on the barriers would begin in June, once the river has fallen back to its summer level and the banks have dried.',
    'The plan will cost about 30 million crowns, two thirds of it paid by the national flood fund and the rest by the town, which will borrow the money over twenty years at a fixed rate.',
    'Farmers in the lower valley have asked to be paid for meadows the new dykes will flood each spring, and the council promised to answer them before the works begin.',
  ];
  const comment =
    'I have lived by the river for forty years and I think the barriers should have been built long ago, but nobody listened to us when we said so at the meetings.';
  const f = cleanText(
    [
      'Orsk council backs flood plan',
      '',
      '3 Comments',
      '',
      ...story.flatMap((p) => [p, '']),
      '12 Comments',
      '',
      'Anna K.',
      '',
      comment,
      '',
      'Reply',
    ].join('\n'),
  );
  const texts = f.paragraphs.map((p) => p.text);
  for (const p of story) assert.ok(texts.includes(p), `lost ${p.slice(0, 30)}`);
  assert.ok(!texts.includes(comment));
});

test('the lines that open a comment section, in several languages, and lines that do not', async () => {
  const { opensComments } = await import('../../src/extract/text/drop-comments.js');
  const words = (line: string) => line.split(' ').length;
  for (const line of [
    'All replies',
    'Ann Lee’s Discussions',
    'Comentários',
    'Comments(301)',
    'View all 27 comments',
    '2 Kommentare zu „Der Tag“',
    'Leave a Reply',
    'Name *',
  ])
    assert.ok(opensComments(line, words(line)), line);
  for (const line of [
    'Response',
    'Discussion',
    'Comment',
    'Comments are what make a newspaper',
    'Replies to the survey came late',
  ])
    assert.ok(!opensComments(line, words(line)), line);
});

test('German related-content headings end the story', () => {
  for (const marker of ['Schon gelesen?', 'Zum Weiterlesen', 'Meistgelesene Artikel', 'Über den Autor']) {
    const f = cleanText([...ORSK_OPENING, marker, '', 'Fähre nach Orsk fährt wieder'].join('\n'));
    assert.equal(f.paragraphs.length, 2, marker);
  }
});

test('a Portuguese related-topics heading ends the story', () => {
  const f = cleanText(
    [...ORSK_OPENING, 'Tópicos relacionados', '', 'futebol', '', 'libertadores'].join('\n'),
  );
  assert.deepEqual(
    f.paragraphs.map((p) => p.text.slice(0, 20)),
    ['The council of Orsk ', 'The plan adds barrie'],
  );
});

test('title-case headlines over the story are not its first paragraph, even when they close with "!"', () => {
  const headlines = [
    'Skater Twins Win Gold In Front Of Home Crowd!',
    'Baker Sells Last Loaf After Forty Years ... NOT Retiring',
    'Ferry Captain Rescues Swan From Frozen Harbour!',
  ];
  const f = cleanText([...headlines.flatMap((h) => [h, '']), ...ORSK_OPENING].join('\n'));
  const texts = f.paragraphs.map((p) => p.text);
  for (const h of headlines) assert.ok(!texts.includes(h), h);
  assert.equal(texts[0]?.slice(0, 20), 'The council of Orsk ');
  // Sentences stay prose: German capitalises its nouns, a reference list its titles.
  for (const prose of [
    'Die Polizei hat am Montag einen Mann aus Orsk festgenommen!',
    'Lee, Ann. The Long River Home: A History Of Orsk. Orsk University Press.',
  ])
    assert.ok(isProse(prose), prose);
});

test("a picture's file name is its bare caption: it leaves the text and does not break the story around it", async () => {
  const lines = [
    'The council of Orsk voted on Monday to approve a flood plan for the river town after last year’s record water.',
    'IMG_3886.jpg',
    'Barriers',
    'along the river',
    '0226-orsk-dyke-swipe-02',
    'The plan adds barriers along the river and two pumping stations on the east bank of the town, and it will be paid for by the national flood fund.',
    '12-P1610088.JPG',
    'The mayor said the work would begin in June, once the river has fallen back to its summer level and the banks have dried out.',
  ];
  const f = cleanText(['Orsk council backs flood plan', '', ...lines.flatMap((l) => [l, ''])].join('\n'));
  const texts = f.paragraphs.map((p) => p.text);
  for (const name of ['IMG_3886.jpg', '0226-orsk-dyke-swipe-02', '12-P1610088.JPG']) {
    assert.ok(!texts.includes(name), name);
    assert.equal(removedAs(f, name), 'caption', name);
  }
  assert.equal(texts.length, 5, texts.join('\n'));
  const { isFileName } = await import('../../src/extract/text/chrome-patterns.js');
  for (const word of ['COVID-19', 'state-of-the-art', 'Jean-Pierre', 'orsk.example', 'mid-2030s'])
    assert.ok(!isFileName(word), word);
});

test('Chinese, Japanese and Korean comment-section headings end the story', async () => {
  const { opensComments } = await import('../../src/extract/text/drop-comments.js');
  for (const line of ['留言列表 (42)', '發表留言', '评论列表', 'コメント一覧', 'コメントを書く', '댓글 쓰기'])
    assert.ok(opensComments(line, 2), line);
  for (const line of ['留言', 'コメント', '評論'])
    assert.ok(!opensComments(line, 1), `a bare menu link: ${line}`);
});

test('a credit line under the story ends it; a credit under a picture in a gallery does not', () => {
  const story = [
    ...ORSK_OPENING,
    'The mayor said the work would begin in June, once the river has fallen back to its summer level.',
    '',
    'AFP',
    '',
    'Orsk news every morning by email',
    '',
    'Live',
    '',
    '14:44 Ferry to Kemi runs again after storm',
    '',
    'The ferry company said on Monday that all crossings would run to the timetable from Tuesday morning.',
  ];
  const f = cleanText(story.join('\n'));
  assert.deepEqual(f.credits, ['AFP']);
  assert.equal(f.paragraphs.length, 3, f.paragraphs.map((p) => p.text).join('\n'));
  const gallery = cleanText(
    [
      ...ORSK_OPENING,
      '3/20 Harbour cranes sold',
      '',
      'The port of Orsk sold its two oldest cranes to a shipyard in Kemi for an undisclosed sum on Friday.',
      '',
      'AFP',
      '',
      'The council will vote on the second stage of the flood plan in the autumn, the mayor said.',
    ].join('\n'),
  );
  assert.ok(gallery.paragraphs.some((p) => p.text.startsWith('The council will vote')));
});

test("a list the author typed above the first sentence is the post's text, not header chrome or its title", () => {
  const items = [
    '+ Added two pumping stations',
    '+ Added a warning siren',
    '+ Raised the dykes by a metre',
    '+ Removed the old ferry ramp',
  ];
  const f = cleanText(
    [
      'Orsk flood plan, version 2',
      '',
      ...items.flatMap((item) => [item, '']),
      'The council will vote on the plan on Monday, and the mayor expects it to pass easily.',
    ].join('\n'),
  );
  const texts = f.paragraphs.map((p) => p.text);
  for (const item of items) assert.ok(texts.includes(item), item);
  assert.ok(!items.includes(f.title ?? ''));
});

test('menus set with square bullets, arrow link lists and share bars are chrome', () => {
  const chrome = [
    'Sections of Orsk Daily World ▪ Politics ▪ Sport ▪ Culture ▪ Weather',
    'Facebook Twitter Google+ Mobile RSS',
    'Sdílet článek',
    '› Ferry timetables',
    '› Festival of the river 2030 programme',
    '› Cinema listings for the week',
  ];
  const f = cleanText([...ORSK_OPENING, ...chrome.flatMap((line) => [line, ''])].join('\n'));
  const texts = f.paragraphs.map((p) => p.text);
  for (const line of chrome) assert.ok(!texts.includes(line), line);
  assert.equal(texts.length, 2);
});

test('a long line of words without any punctuation is a flattened menu, not prose; a formula is not judged so', () => {
  const menu =
    'mercado da bola calendário destaques da tv equilíbrio e saúde o melhor de orsk viaja orsk descubra orsk estradas especiais rodas vida prática classificados morar carreiras';
  assert.ok(!isProse(menu));
  assert.ok(isProse(`${menu.replace(' equilíbrio', ', equilíbrio')}`));
  const formula = '∇ × B → − 1 c ∂ E → ∂ t = 4 π c j → ∇ ⋅ E → = 4 π ρ ∇ × E → + 1 c ∂ B → ∂ t = 0 → ∇ ⋅ B';
  assert.ok(isProse(formula));
});

test('a whole unquoted sentence the page prints again inside a paragraph is its text twice, not a pull quote', () => {
  const sentence = 'The plan adds barriers along the river and two pumping stations on the east bank.';
  const f = cleanText(
    [
      'Orsk council backs flood plan',
      '',
      'The council of Orsk voted on Monday to approve a flood plan for the river town after last year’s record water.',
      '',
      sentence,
      '',
      `Work begins in June. ${sentence} The national flood fund pays two thirds of the cost.`,
    ].join('\n'),
  );
  assert.ok(f.paragraphs.some((p) => p.text === sentence));
});

test('a gallery of numbered slides inside the story goes, up to its last caption and credit; the story goes on', () => {
  const slides = [1, 2, 3, 4].flatMap((n) => [
    `${n}/4 Harbour crane number ${n} sold`,
    '',
    `The port sold crane number ${n} to a shipyard in Kemi on Friday, the harbour master said.`,
    '',
    'Getty',
    '',
  ]);
  const closing =
    'The council will vote on the second stage of the flood plan in the autumn, the mayor said.';
  const f = cleanText([...ORSK_OPENING, 'Orsk in pictures', '', ...slides, closing].join('\n'));
  const texts = f.paragraphs.map((p) => p.text);
  assert.ok(!texts.some((t) => t.includes('crane')), texts.join('\n'));
  assert.ok(texts.includes(closing));
  assert.equal(texts.length, 3);
});

test('a headline sharing no word with an opening caption is still the title: the last full headline above the story', () => {
  const f = cleanText(
    [
      'World',
      '',
      'Ferry strike ends',
      '',
      'Third Orsk sailor dies in winter storm off Kemi',
      '',
      'A fisherman mends his nets in the harbour on 30 April.',
      '',
      'Rescuers brought home two survivors on Thursday morning, the coastguard said.',
    ].join('\n'),
  );
  assert.equal(f.title, 'Third Orsk sailor dies in winter storm off Kemi');
});

test('a long teaser loosely on topic does not end a related-stories box when another headline follows it', () => {
  const teaser =
    'A river town in the north has opened a new flood museum where visitors can walk through a model of the old dykes, watch films of past storms and meet the volunteers who keep the pumps running every winter.';
  const closing =
    'The council of Orsk will vote on the second stage of the flood plan for the river town in the autumn.';
  const f = cleanText(
    [
      ...ORSK_OPENING,
      'The mayor said the work would begin in June, once the river has fallen back to its summer level.',
      '',
      'Recommended for you',
      '',
      'Museum of floods opens in the north',
      '',
      teaser,
      '',
      'Chess prodigy, 12, beats grandmaster in Tallinn',
      '',
      'The schoolgirl needed only twenty-six moves to win the blitz game against the veteran champion on Sunday.',
      '',
      closing,
    ].join('\n'),
  );
  const texts = f.paragraphs.map((p) => p.text);
  assert.ok(!texts.includes(teaser), texts.join('\n'));
  assert.ok(!texts.some((t) => t.includes('schoolgirl')));
  assert.ok(texts.includes(closing));
});

test('headlines of other stories in title case between the title and the story are chrome, never its standfirst', () => {
  const f = cleanText(
    [
      'Orsk council backs flood plan',
      '',
      'Skater Twins Win Gold In Front Of Home Crowd (VIDEO)',
      '',
      'Baker Sells Last Loaf After Forty Years -- NOT Retiring',
      '',
      'The council of Orsk voted on Monday to approve a flood plan for the river town after last year’s record water.',
      '',
      'The plan adds barriers along the river and two pumping stations on the east bank of the town.',
    ].join('\n'),
  );
  assert.deepEqual(
    f.paragraphs.map((p) => p.text.slice(0, 20)),
    ['The council of Orsk ', 'The plan adds barrie'],
  );
});

test('a lone banner sentence above the header does not hide the headline below it', () => {
  const f = cleanText(
    [
      'This edition of the Orsk Herald is tailored for readers in the north. Make it your default.',
      '',
      'Get Our App!',
      '',
      'Top post',
      '',
      'Orsk council backs flood plan after record water',
      '',
      'The council of Orsk voted on Monday to approve a flood plan for the river town after last year’s record water.',
      '',
      'The plan adds barriers along the river and two pumping stations on the east bank of the town.',
    ].join('\n'),
  );
  assert.equal(f.title, 'Orsk council backs flood plan after record water');
});

test("the title is judged against the story's opening, not against a banner sentence standing alone above it", () => {
  const f = cleanText(
    [
      'Orsk Herald local news today',
      '',
      'Council backs flood plan after record water',
      '',
      'The Orsk Herald brings local news to Orsk readers every day of the year.',
      '',
      'Top post',
      '',
      'Ferry times, tide tables and market days',
      '',
      '653,817 views',
      '',
      'The council voted on Monday to approve a flood plan after last year’s record water reached the town hall.',
      '',
      'The flood plan adds barriers along the river and two pumping stations on the east bank.',
    ].join('\n'),
  );
  assert.equal(f.title, 'Council backs flood plan after record water');
});

test('a line cut short with an ellipsis glued to its last word is a teaser, not a sentence', () => {
  assert.ok(!isProse('23 things every girl of the 2000s…'));
  assert.ok(!isProse('Orsk prodigy beats grandmaster in the final round of the...'));
  assert.ok(isProse('The ferry was late again, and then … nothing at all happened for an hour.'));
  assert.ok(isProse('The mayor paused before she answered the question about the dykes …'));
});

test("a headline below a banner that shares the story's words wins over an unrelated one above the banner", () => {
  const f = cleanText(
    [
      'Skater twins win gold in front of home crowd tonight',
      '',
      'This edition of the Orsk Herald is made for readers in the north of the country.',
      '',
      'Top post',
      '',
      'Ferry times, tide tables and market days',
      '',
      '653,817 views',
      '',
      'Orsk council backs flood plan after record water',
      '',
      'The council of Orsk voted on Monday to approve a flood plan after last year’s record water.',
      '',
      'The flood plan adds barriers along the river and two pumping stations on the east bank.',
    ].join('\n'),
  );
  assert.equal(f.title, 'Orsk council backs flood plan after record water');
});

test("a caption closed by a bare '(Photo …)' credit is a caption; '(photo above)' is not a credit", () => {
  for (const [line, credit] of [
    ['A fisherman mends his nets in the harbour of Orsk. (Photo Jane Doe. AFP)', 'Jane Doe. AFP'],
    ['Rescuers at the quay in Kemi on Friday. (photo AFP/Coastguard)', 'AFP/Coastguard'],
    ['The old ferry ramp before the works began. (Photo DR)', 'DR'],
  ] as const) {
    const f = cleanText(
      [...ORSK_OPENING, line, '', 'The mayor said the work would begin in June.'].join('\n'),
    );
    assert.equal(removedAs(f, line), 'caption', line);
    assert.ok(
      f.captions.some((c) => c.credit === credit),
      JSON.stringify(f.captions),
    );
  }
  const prose = 'The plan was shown to the press on Monday (photo above).';
  const f = cleanText([...ORSK_OPENING, prose].join('\n'));
  assert.ok(f.paragraphs.some((p) => p.text === prose));
});

test('"Sur le même sujet" opens a box of other stories', () => {
  const f = cleanText([...ORSK_OPENING, 'Sur le même sujet', '', 'A Kemi, exode sous pression'].join('\n'));
  assert.equal(f.paragraphs.length, 2);
});

test('a bracketed credit on a line of its own leaves alone: the paragraph above it stays text', () => {
  const paragraph = 'The mayor said the work would begin in June, once the river has fallen back.';
  const f = cleanText(
    [
      ...ORSK_OPENING,
      paragraph,
      '',
      '(Credit: Orsk Archive/Jane Doe)',
      '',
      'Caption: the old dyke in 1950',
    ].join('\n'),
  );
  assert.ok(f.paragraphs.some((p) => p.text === paragraph));
  assert.equal(removedAs(f, '(Credit: Orsk Archive/Jane Doe)'), 'caption');
});

test('Spanish most-read and more-on headings end the story; a Spanish comment form opens the comments', async () => {
  for (const marker of ['Las más leídas', 'Lo más visto', 'Más sobre Conflicto del río']) {
    const f = cleanText([...ORSK_OPENING, marker, '', 'Ferry a Kemi vuelve a navegar'].join('\n'));
    assert.equal(f.paragraphs.length, 2, marker);
  }
  const { opensComments } = await import('../../src/extract/text/drop-comments.js');
  assert.ok(opensComments('Enviá tu comentario', 3));
  assert.ok(opensComments('Deja un comentario', 3));
});

test('a line that says one headline over and over (a link with its alt text and title) is chrome', () => {
  const lines = [
    'How to Save for a Rainy Day How to Save for a Rainy Day How to Save for a Rainy Day',
    'Ferry to Kemi Runs Again Ferry to Kemi Runs Again Ferry to Kemi Ru',
  ];
  const f = cleanText([...ORSK_OPENING, ...lines.flatMap((l) => [l, ''])].join('\n'));
  for (const line of lines) assert.equal(removedAs(f, line), 'chrome', line);
  const prose = 'The council met, and met again, and met again on Monday to vote on the plan.';
  assert.ok(cleanText([...ORSK_OPENING, prose].join('\n')).paragraphs.some((p) => p.text === prose));
});

test("another story's headline goes with its teaser", () => {
  const closing =
    'The council of Orsk will vote on the second stage of the flood plan for the river town in the autumn.';
  const f = cleanText(
    [
      ...ORSK_OPENING,
      'Chess prodigy beats grandmaster in Tallinn',
      '',
      'The schoolgirl needed only twenty-six moves to win the blitz game against the champion. Read more',
      '',
      closing,
    ].join('\n'),
  );
  const texts = f.paragraphs.map((p) => p.text);
  assert.ok(!texts.some((t) => t.includes('Chess') || t.includes('schoolgirl')), texts.join('\n'));
  assert.ok(texts.includes(closing));
});

test('a date line under the title (an infobox value, a header date) is never taken for its standfirst', () => {
  const f = cleanText(
    [
      'Orsk Lantern Works',
      '',
      'March 3, 2011; 20 years ago',
      '',
      'Orsk Lantern Works is a lamp maker founded in 2011 by three glass blowers from the river town of Orsk.',
      '',
      'The works makes lanterns for the harbour, the council and the old mill, and employs forty people.',
    ].join('\n'),
  );
  assert.ok(!f.paragraphs.some((p) => p.text.startsWith('March 3')), JSON.stringify(f.paragraphs));
});

test('a picture file name under a heading is not the rest of the heading', () => {
  const f = cleanText(
    [
      'Orsk flood barrier opens',
      '',
      'Step one of the barrier',
      '',
      'barrier-plan.jpg',
      '',
      'The council of Orsk opened the first section of the flood barrier on Monday, a year after the record water.',
      '',
      'The second section, along the east bank, is due to open in the spring, the council said.',
    ].join('\n'),
  );
  assert.ok(!f.text.includes('barrier-plan.jpg'), f.text);
  assert.ok(!f.title?.includes('.jpg') && !f.text.includes('barrier barrier-plan'), f.text);
});

test('a header line of a name and a date is the credit line: read for the date, kept out of the text', () => {
  const story = [
    'Orsk council backs flood plan',
    '',
    'Ann Roe - Apr 16, 2031 8:02 pm UTC',
    '',
    'The council of Orsk voted on Monday to approve a flood plan for the river town after last year’s record water.',
    '',
    'The plan adds barriers along the river and two pumping stations on the east bank of the town.',
  ];
  const f = cleanText(story.join('\n'));
  assert.equal(f.published, '2031-04-16T20:02:00Z');
  assert.ok(!f.text.includes('Ann Roe'), f.text);
  // Below the story, the same shape is a teaser's or a comment's: out of the text, and not the story's date.
  const g = cleanText(
    [
      ...story.filter((line) => !line.startsWith('Ann Roe')),
      '',
      'Ben Lake · May 2, 2031 at 9:15 AM',
      '',
      'Great plan.',
    ].join('\n'),
  );
  assert.equal(g.published, null);
  assert.ok(!g.text.includes('Ben Lake'), g.text);
});

test('a sign-up form, a playlist and a photo viewer flattened into paragraphs are not body; prose naming a form is', () => {
  const text = [
    ...ORSK_OPENING,
    'Newsletter Sign Up Continue reading the main story Please verify you’re not a robot by clicking the box. Invalid email address. Please re-enter. You must select a newsletter to subscribe to. Sign Up You agree to receive occasional updates and special offers for The Orsk Ledger’s products and services. Thank you for subscribing. An error has occurred. Please try again later. View all Orsk Ledger newsletters.',
    '',
    'Skip in Skip x Embed x Share CLOSE MORE ON THE FLOOD Orsk opens its new pumping station | 1:12 The first of two stations ran for an hour on Tuesday. Ledger 1 of 12 Skip in Skip x Embed x Share CLOSE MORE ON THE FLOOD Barriers go up along the river | 0:48 Crews worked through the night. Ledger 2 of 12 Skip in Skip x Embed x Share CLOSE',
    '',
    '1 of 9 Full Screen Autoplay Close Skip Ad × Orsk floods View Photos Water in the old town.',
    '',
    'Residents who want warnings must enter your email address on the council’s site, the mayor said, and the site had failed twice on Monday under the load of sign-ups from the east bank.',
    '',
    'Work on the barriers starts in June and should end before the autumn rains, the council said.',
  ].join('\n');
  const f = cleanText(text);
  assertWellFormed(f);
  const body = f.paragraphs.map((p) => p.text).join('\n');
  for (const gone of ['robot', 'Skip in Skip', 'Autoplay', 'Barriers go up'])
    assert.ok(!body.includes(gone), `${gone} left in the body`);
  assert.match(body, /must enter your email address on the council’s site/);
  assert.match(body, /Work on the barriers starts in June/);
});

test('a contributor tagline of a blog post, a correction notice and a first-ran note are chrome', () => {
  const notes = [
    'Dana Roe contributed to this post.',
    'This article was amended on 4 June 2031 to correct the name of the river.',
    'This article originally appeared on Orsk Ledger.',
  ];
  const f = cleanText(
    [
      ...ORSK_OPENING,
      ...notes.flatMap((n) => [n, '']),
      'Work on the barriers starts in June, the council said.',
    ].join('\n'),
  );
  assertWellFormed(f);
  for (const note of notes) assert.equal(removedAs(f, note), 'chrome', note);
});

test('a video module printed whole on one line (the title twice around the player’s words) and its two-line form are promotion', () => {
  const dump = [
    'Search for the missing jet widens',
    'Crews from six countries searched a wider area of the southern ocean on Monday, the authority said.',
    'WATCHED NOW How the satellite found the jet’s path across the ocean Replay More Videos ... TOP VIDEO How the satellite found the jet’s path across the ocean 05:58',
    'The search was widened after satellite images showed two objects floating far off the coast.',
    'WATCHED NOW Families wait in the capital for any news Replay More Videos ...',
    'TOP VIDEO Families wait in the capital for any news 01:12',
    '"We will keep looking until we find it," the authority’s chief said at a briefing in the capital on Monday.',
    'The crews will return to the area on Tuesday if the weather allows it, officials said.',
  ].join('\n\n');
  const result = cleanText(dump);
  assertWellFormed(result);
  assert.ok(!result.text.includes('Replay More Videos'), result.text);
  assert.ok(!result.text.includes('Families wait'), result.text);
  assert.ok(result.text.includes('We will keep looking'));
  assert.ok(result.text.includes('two objects floating'));
  // Prose ending in a clock time, however long, stays: it does not say its words twice.
  const prose = cleanText(
    [
      'Ferry returns to Orsk',
      'The Orsk ferry will run again from Monday after a four-month winter pause, the port authority said on Friday, with a first crossing at 06:30',
      'Tickets go on sale on Saturday, and fares are unchanged from last year, the authority said.',
    ].join('\n\n'),
  );
  assert.ok(prose.text.includes('first crossing at 06:30'), prose.text);
});

test('picture and player controls, bracketed links to other stories, correction notes and link disclaimers are not body', () => {
  const dump = [
    'Orsk ferry returns after winter pause',
    'Enlarge this image toggle caption Dana Roe/AP Dana Roe/AP',
    'The Orsk ferry will run again from Monday after a four-month winter pause, the port authority said on Friday.',
    'Media playback is unsupported on your device Media caption Passengers describe the first crossing of the season',
    'Tickets go on sale on Saturday, and fares are unchanged from last year, the authority said.',
    '[Video: The ferry’s new engines on their first trial run]',
    'The ferry carries up to 300 passengers and 40 cars on each crossing of the sound, the operator said.',
    'Scroll down for video',
    'The port authority said the winter pause allowed engineers to replace both engines and repaint the hull.',
    'An earlier version of this story misstated the number of cars the ferry carries.',
    'External links are provided for reference purposes.',
    'Chat with us in our messaging app.',
    'Ferry day in Orsk A post shared by Dana Roe (@dana.roe) on Mar 3, 2031 at 9:56am CET',
    'Jump media player',
    'Media player help',
    'Out of media player. Press enter to return or tab to continue.',
    'Media caption The ferry leaves the harbour on its first crossing',
    'Quality journalism costs money. Please share this article with others using the link below.',
    'Click here to follow our live coverage of the crossing',
    'See related: Orsk bridge plan | Varn port budget',
    'JUST WATCHED',
    'Replay',
    'More Videos ...',
    'In pics: The first crossing of the season',
    'Photo',
    'If you saw the crossing, or have photos you’d like to share, you can fill in the form below.',
  ].join('\n\n');
  // An update stamp with a time and no date is no date line; one with its date is.
  assert.equal(cleanText(`Updated at 9:50 p.m. ET Thursday\n\n${dump}`).published, null);
  assert.ok(!cleanText(`Updated at 9:50 p.m. ET Thursday\n\n${dump}`).text.includes('Updated at'));
  assert.equal(cleanText(`Updated 19.09.2029 10:05\n\n${dump}`).published, '2029-09-19T10:05:00');
  const f = cleanText(dump);
  assertWellFormed(f);
  for (const gone of [
    'Enlarge this image',
    'Media playback',
    'new engines',
    'Scroll down',
    'earlier version',
    'External links',
    'Chat with us',
    'A post shared by',
    'form below',
    'media player',
    'Media caption',
    'share this article',
    'Click here',
    'See related',
    'JUST WATCHED',
    'More Videos',
    'In pics',
    'Photo',
  ])
    assert.ok(!f.text.includes(gone), `${gone}: ${f.text}`);
  assert.equal(f.paragraphs.length, 4, f.text);
  // Look-alikes that are the page's own text stay: a line of chat in brackets, its speaker before a colon;
  // a heading with a slash; a link to the story's second half that ends as a sentence does.
  const kept = cleanText(
    [
      'Orsk ferry returns after winter pause',
      'The Orsk ferry will run again from Monday after a four-month winter pause, the port authority said on Friday.',
      '[Dana: Are you on the first crossing tomorrow?]',
      'Tickets go on sale on Saturday, and fares are unchanged from last year, the authority said.',
      'Departures/Arrivals',
      'The ferry carries up to 300 passengers and 40 cars on each crossing of the sound, the operator said.',
      'Click here for the second half of this story.',
      'Passengers queue for the first crossing',
      'Read more',
      'The first crossing leaves at six, the operator said.',
    ].join('\n\n'),
  );
  // (A subhead alone above a `Read more` button is the story's, no teaser of another.)
  for (const stays of ['[Dana: Are you', 'Departures/Arrivals', 'second half', 'Passengers queue'])
    assert.ok(kept.text.includes(stays), `${stays} left out: ${kept.text}`);
});

test('a credit alone on its line, bracketed or with an archive mark, leaves the body and takes no line of the story with it', () => {
  const dump = [
    'Orsk ferry returns after winter pause',
    'The Orsk ferry will run again from Monday after a four-month winter pause, the port authority said on Friday.',
    '(Lena Vale / The Orsk Courier)',
    'Tickets go on sale on Saturday, and fares are unchanged from last year, the authority said.',
    '[Photo/Agencies]',
    'The ferry carries up to 300 passengers and 40 cars on each crossing of the sound, the operator said.',
    'Tomas Berg/WireImage via Getty Images, FILE',
    'The port authority said the winter pause allowed engineers to replace both engines.',
    'REUTERS/Kim Dae-ho',
  ].join('\n\n');
  const f = cleanText(dump);
  assertWellFormed(f);
  assert.deepEqual(
    f.paragraphs.map((p) => p.text.slice(0, 20)),
    ['The Orsk ferry will ', 'Tickets go on sale o', 'The ferry carries up', 'The port authority s'],
  );
  assert.ok(f.removed.some((r) => r.text === '(Lena Vale / The Orsk Courier)' && r.reason === 'caption'));
});

test('a box of links to other stories run into one line, and its `most read in` heading, are not body', () => {
  const f = cleanText(
    [
      ...ORSK_OPENING,
      'Related stories FERRY FARES Orsk ferry prices frozen for a third year BRIDGE PLAN Council votes to study a bridge over the sound',
      '',
      'The mayor said the new barriers would be finished before the autumn storms.',
      '',
      'MOST READ IN NEWS',
      '',
      'Singer cancels tour after injury',
    ].join('\n'),
  );
  assert.ok(!f.text.includes('FERRY FARES'), f.text);
  assert.ok(!f.text.includes('Singer cancels'), f.text);
  assert.ok(f.text.includes('autumn storms'));
});

test('a teaser of another story inside the body (its title, standfirst and picture caption, closed by a `Read more` line) is promotion', () => {
  const f = cleanText(
    [
      ...ORSK_OPENING,
      'The mayor said the barriers would be finished before the autumn storms, and the council agreed.',
      '',
      'Inside the Orsk ferry company',
      '',
      'How the operator pays for its winter repairs',
      '',
      'FILE - This undated image shows the Orsk ferry in the harbour.',
      '',
      'Read more',
      '',
      'The plan will cost about 30 million crowns, the mayor said on Monday at the meeting.',
      '',
      'Read more',
    ].join('\n'),
  );
  assertWellFormed(f);
  assert.ok(!f.text.includes('Inside the Orsk ferry company'), f.text);
  assert.ok(!f.text.includes('winter repairs'), f.text);
  assert.ok(!f.text.includes('This undated image'), f.text);
  // The story's own paragraphs above a `Read more` line stay.
  assert.ok(f.text.includes('the council agreed'));
  assert.ok(f.text.includes('30 million crowns'));
});

test('a post by the outlet’s own account embedded in its page is promotion; anyone else’s post stays', () => {
  const dump = [
    ...ORSK_OPENING,
    'Ferry back in service after engine swap (VIDEO) https://t.co/AbC123 — Orsk Daily (@OrskDaily) March 3, 2031',
    '',
    'Dawn crossing, calm sea, full deck https://t.co/XyZ789 — Dana Roe (@danaroe) March 3, 2031',
    '',
    'The plan will cost about 30 million crowns, the mayor said on Monday at the meeting.',
  ].join('\n');
  const f = cleanText(dump, { url: 'https://www.orskdaily.example/news/ferry' });
  assertWellFormed(f);
  assert.ok(!f.text.includes('engine swap'), f.text);
  assert.ok(f.text.includes('Dawn crossing'), f.text);
  // Without the page's address nothing tells the outlet's own account: the post stays.
  assert.ok(cleanText(dump).text.includes('engine swap'));
});

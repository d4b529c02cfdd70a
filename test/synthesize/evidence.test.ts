/**
 * The evidence rules on invented stories: what may be a fact's support, what is a disagreement and what
 * only looks like one, how origins are counted, what the summary may say. Quality on real news is
 * measured by `npm run bench:quality`; these cases pin each rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { briefStory, verifyBrief } from '../../src/synthesize/index.js';
import { renderMarkdown } from '../../src/synthesize/render-markdown.js';
import {
  captionBlocks,
  dangles,
  isBareQuote,
  isFragment,
  isStandalone,
  readsAsCaption,
  speaksToReader,
  trimLead,
} from '../../src/synthesize/statement-shape.js';
import type { Article, Brief } from '../../src/types.js';
import { makeArticle } from '../analyze/article.js';

function article(id: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  return {
    ...makeArticle(paragraphs, '2031-03-12', id),
    input: `${id}.txt`,
    outlet: id,
    url: `https://www.${id}.example/story`,
    ...extra,
  };
}

const numberConflicts = (brief: Brief) =>
  brief.contradictions.filter((c) => c.kind === 'number' || c.kind === 'polarity');

test('two outlets giving different tolls at the same time disagree; a toll that rose report by report does not', () => {
  const disagree = briefStory([
    article('north-wire', ['Five people were killed when a ferry capsized on Lake Orvel on Tuesday.']),
    article('lake-herald', [
      'Seven people were killed when a ferry capsized on Lake Orvel on Tuesday, police said.',
    ]),
  ]);
  assert.equal(numberConflicts(disagree).length, 1);
  assert.match(numberConflicts(disagree)[0]!.summary, /dead/);
  const rising = briefStory([
    article('north-wire', ['Five people were killed when a ferry capsized on Lake Orvel early on Tuesday.'], {
      published: '2031-03-12T08:00:00Z',
    }),
    article(
      'lake-herald',
      ['Rescuers said seven people were killed after the ferry overturned in high winds.'],
      {
        published: '2031-03-12T20:00:00Z',
      },
    ),
  ]);
  assert.deepEqual(numberConflicts(rising), []);
  const figures = rising.quantities.find((q) => q.values.some((v) => /seven/i.test(v.text)));
  assert.equal(figures?.status, 'agree');
});

test('a delay given as a compound (`a 20-minute rain delay`) and as a verb (`delayed for half an hour`) is one measure', () => {
  const brief = briefStory([
    article('north-wire', [
      'The final at Orvel Park was halted by a 20-minute rain delay before the tenth inning.',
    ]),
    article('lake-herald', [
      'Showers kept the players at Orvel Park off the field, delayed for around half an hour before the tenth inning of the final.',
    ]),
  ]);
  assert.equal(numberConflicts(brief).length, 1, brief.contradictions.map((c) => c.summary).join('; '));
  assert.match(numberConflicts(brief)[0]!.summary, /20-minute.*half an hour/);
});

test('figures that only look different are compatible: hedges, rounding, parts and background', () => {
  const brief = briefStory([
    article('north-wire', [
      'More than 9 million customers were affected by the Tarsis outage on Monday.',
      'Industrial accidents have killed 50 people in the region over the past five years.',
      'Tarsis shares closed 1.21% lower in Varn on Monday, traders said.',
    ]),
    article('lake-herald', [
      'About 9.4 million customers were affected by the Tarsis outage on Monday.',
      'Three people were killed in the blast, including two children.',
      'Tarsis shares closed 1.22% lower in Varn on Monday, traders said.',
    ]),
  ]);
  assert.deepEqual(brief.contradictions, []);
  // A tenth apart is not a hundredth apart: `4.1%` and `4.3%` still disagree.
  const tenths = briefStory([
    article('north-wire', ['Tarsis shares closed 4.1% lower in Varn on Monday, traders said.']),
    article('lake-herald', ['Tarsis shares closed 4.3% lower in Varn on Monday, traders said.']),
  ]);
  assert.equal(numberConflicts(tenths).length, 1, tenths.contradictions.map((c) => c.summary).join('; '));
});

test('no one hurt against two hurt is a disagreement', () => {
  const brief = briefStory([
    article('north-wire', [
      'No one was hurt when the crane at the Kelm docks collapsed on Tuesday, the port said.',
    ]),
    article('lake-herald', ['Two people were hurt when the crane at the Kelm docks collapsed on Tuesday.']),
  ]);
  const c = numberConflicts(brief);
  assert.equal(c.length, 1);
  assert.equal(c[0]!.kind, 'polarity');
});

test('a fact cites only sentences that state it: another figure is not support', () => {
  const brief = briefStory([
    article('north-wire', ['At least seven people died after a tram derailed in Varn on Wednesday morning.']),
    article('lake-herald', [
      'At least seven people died after a tram derailed in Varn on Wednesday morning.',
    ]),
    article('river-post', ['At least five people died after a tram derailed in Varn on Wednesday morning.']),
  ]);
  for (const fact of brief.facts) {
    const tolls = new Set(fact.citations.map((c) => /seven|five/.exec(c.text)?.[0]));
    assert.ok(tolls.size <= 1, `fact ${fact.id} cites sentences with different tolls`);
  }
});

test('an origin with no outlet is an unknown outlet to readers, never the file it was read from', () => {
  const text = [
    'The Varn city council approved a new tram line on Monday after a two-year dispute over its route through the old town.',
    'The line will run eleven kilometres from the station to the northern suburbs, officials said.',
  ];
  const brief = briefStory([
    article('north-wire', text, { outlet: null, input: 'dumps/001_3f9a.txt' }),
    article('lake-herald', [`${text[0]} Traders were not consulted, they said.`]),
  ]);
  const unknown = brief.origins.find((o) => o.sources.includes(brief.sources[0]!.id));
  assert.equal(unknown?.label, 'unknown outlet');
  const markdown = renderMarkdown(brief);
  assert.match(markdown, /unknown outlet \[s1\]/);
  // Only the list of sources says where each was read from.
  assert.doesNotMatch(markdown.replaceAll('(dumps/001_3f9a.txt)', ''), /001_3f9a/);
});

test('copies of one wire story are one origin even where a copy lacks the credit line', () => {
  const wire = [
    'The Varn city council approved a new tram line on Monday after a two-year dispute over its route through the old town.',
    'The line will run eleven kilometres from the station to the northern suburbs and is due to open in 2034, officials said.',
    'Opponents had argued that the route would damage the medieval market square and drive away small traders.',
  ];
  const brief = briefStory([
    article('north-wire', [...wire, 'The Associated Press contributed to this report.'], { credits: ['AP'] }),
    article('lake-herald', wire),
    article('river-post', [
      'Varn approved a tram line on Monday, ending a two-year dispute over its route, the mayor said.',
    ]),
  ]);
  const origins = new Set(brief.sources.map((s) => s.origin));
  assert.equal(origins.size, 2);
  assert.equal(brief.sources[0]!.origin, brief.sources[1]!.origin);
  assert.equal(brief.origins.find((o) => o.id === brief.sources[0]!.origin)?.label, 'AP');
});

test('a sentence crediting another outlet leans on it; a digest of agency copy is that agency', () => {
  const brief = briefStory([
    article('north-wire', [
      'The Varn council approved the tram line on Monday, as the Meridian Post first reported.',
    ]),
    article('lake-herald', [
      'The council approved the line on Monday, AP reported.',
      'The vote was eleven to four, according to AP.',
      'Work will begin in the spring, AP said.',
      'The mayor welcomed the decision, AP reported.',
    ]),
  ]);
  assert.equal(brief.sources[1]!.origin, 'wire:AP');
});

test('a source not about the story is named as such and left out of its facts', () => {
  const story = (id: string, extra: string) =>
    article(id, [
      `The Varn city council approved a new tram line on Monday after a long dispute over its route. ${extra}`,
      'The line will run from the station to the northern suburbs and is due to open in 2034.',
    ]);
  const brief = briefStory([
    story('north-wire', 'Councillors voted eleven to four.'),
    story('lake-herald', 'The mayor called it a good day for the city.'),
    story('river-post', 'Traders in the old town had opposed the route.'),
    article('recipes', [
      // (Naming the story's town is no tie to it: places are named by stories of every kind.)
      'Ten quick spring lunches using fresh peas, mint and soft cheese from the Saturday market in Varn.',
    ]),
  ]);
  assert.deepEqual(brief.offTopic, ['s4']);
  assert.ok(brief.facts.every((f) => !f.sources.includes('s4')));
});

test('the summary: 3–6 standalone bullets, no captions, questions or quote-led bullets, the disagreement last', () => {
  const lede = (id: string, toll: string) =>
    article(id, [
      `${toll} people were killed when a ferry capsized on Lake Orvel on Tuesday, police said.`,
      'Photos: The ferry Marlow lies on its side near the Orvel pier',
      'What happens next for the ferry company?',
      '“We are devastated,” the company said in a statement.',
      'Rescuers searched the lake through the night for survivors, and divers recovered the ferry’s logbook on Wednesday.',
      'The Marlow was carrying 60 passengers and five crew members when it left the pier at Orvel in high winds.',
      'The transport ministry said it had opened an inquiry into why the ferry sailed despite a storm warning.',
    ]);
  const brief = briefStory([lede('north-wire', 'Five'), lede('lake-herald', 'Seven')]);
  const claims = brief.summary.filter((s) => s.kind === 'claim');
  assert.ok(
    claims.length >= 3 && brief.summary.length <= 6,
    JSON.stringify(brief.summary.map((s) => s.text)),
  );
  for (const s of claims) {
    assert.ok(isStandalone(s.text) && !isBareQuote(s.text) && !/^["“]/.test(s.text), s.text);
  }
  assert.equal(brief.summary.at(-1)!.kind, 'disagreement');
  assert.match(brief.summary.at(-1)!.text, /^Outlets differ on/);
  assert.deepEqual(
    verifyBrief(brief, []).filter((p) => !/no article/.test(p.problem) && !/unknown source/.test(p.problem)),
    [],
  );
});

test('statement shapes: captions, teasers and furniture are not claims; back-references dangle', () => {
  assert.equal(isStandalone('Photos: Mass flooding in the valley People run to higher ground.'), false);
  assert.equal(isStandalone('How well do you know the mayor?'), false);
  assert.equal(isStandalone('Sign up for our morning newsletter.'), false);
  assert.equal(isStandalone('[Video shows the ferry capsizing]'), false);
  assert.equal(isStandalone('The council approved the tram line on Monday.'), true);
  assert.equal(dangles('He added that the line would open in 2034.'), true);
  assert.equal(dangles('"We will rebuild," she said.'), true);
  assert.equal(dangles('The defendants were fined.'), true);
  assert.equal(dangles('The Varn council approved the line.'), false);
  // Openings that point back, adverbs before a pronoun subject, a man or woman the sentence never names.
  assert.equal(dangles('From there, Roe ran the club as she liked.'), true);
  // What `also` adds to is told in an earlier sentence (but not inside someone's quoted words).
  assert.equal(dangles('Varn Radio also found no sign of the missing ferry off the north coast.'), true);
  assert.equal(dangles('The Orvel Harbour Police also said the ferry was overloaded.'), true);
  assert.equal(dangles('“Orvel Harbour also runs two ferries,” said Ana Roe, the harbour master.'), false);
  assert.equal(dangles('Now, it will be 9.1 percent.'), true);
  assert.equal(dangles('Today the Varn council approved the line.'), false);
  assert.equal(dangles('The Rovers were 1-2 in playoff games under him.'), true);
  assert.equal(dangles('Coach Ana Roe said her players were tired.'), false);
  // A connective that ties the sentence to the one before; an opening clause pointing at an earlier thing.
  assert.equal(dangles('The Orvel Ska band, for example, scored a hit with the song in 1984.'), true);
  assert.equal(dangles('Varn, however, voted against the tram line.'), true);
  assert.equal(dangles('If that level is breached, losses would be likely to accelerate.'), true);
  assert.equal(dangles('Under this plan, the Varn council would pay for the tram line.'), true);
  assert.equal(dangles('Varn officials said that police had left, and the council met.'), false);
  assert.equal(dangles('Earlier this week, the Varn council approved the tram line.'), false);
  // An entry of a chronology box, and a release's date before its news.
  assert.equal(isStandalone('May 1992: The Orvel league is founded as a company.'), false);
  assert.equal(isStandalone('In May 1992 the Orvel league was founded as a company.'), true);
  assert.equal(isFragment('With the mayor’s red sports car inside.'), true);
  assert.equal(isFragment('With the mayor’s car inside, the garage burned.'), false);
  assert.equal(isStandalone('Ana Roe has the whole story.'), false);
  assert.equal(isBareQuote('Will have double the seats of the old line.'), true);
  assert.equal(isBareQuote('We are devastated by the news.'), true);
  assert.equal(isBareQuote('The mayor said we should all welcome it.'), false);
  // Openings that answer or continue an earlier sentence, and a connective before a pronoun subject.
  for (const opening of [
    'In other words, the Varn council will pay for the line.',
    'All of which should be good news for the Varn council.',
    'To be fair, the Varn council has paid for the line.',
    'Well, the Varn council tells us that the line will open.',
    'So, he knows how hard the Varn council worked.',
    'First, she had to win over the Varn council.',
    'Upon graduation, he returned to Varn to work for the council.',
    'Within minutes, Mayor Ana Roe said that every member had agreed.',
    'Moreover, the Varn council paid for the line.',
    'With it the Varn council bought more than 200 trams.',
  ])
    assert.equal(dangles(opening), true, opening);
  for (const alone of [
    'So far, 20 people have died in the floods in Varn.',
    'Within hours of the flood, the Varn council closed the bridge.',
    'With this week’s vote, the Varn council approved the line.',
    'Further talks are planned in Varn next week.',
    // (A speaker may open so: the quotation's words, not the writer's.)
    '“So, let them all come and vote,” Mayor Ana Roe said in Varn.',
  ])
    assert.equal(dangles(alone), false, alone);
  // A person described by a role, whatever place qualifies it, or a family's younger one, was met
  // earlier; an appositive names them.
  assert.equal(dangles('The Varn senator opposes the tram line.'), true);
  assert.equal(dangles('The younger Marchetti explained how the council voted.'), true);
  assert.equal(dangles('The Varn senator, Ana Roe, opposes the tram line.'), false);
  // (An office one person holds is named by its place; a long subject is some other phrase.)
  assert.equal(dangles('The Varn president has called a meeting of the council.'), false);
  assert.equal(
    dangles('The Varn council plans to name a former harbour official, Ivo Marr, as its new director.'),
    false,
  );
  assert.equal(dangles('The younger brother of the Varn mayor, Ivo Marr was a striker.'), false);
  // Some of a group met before, or more of it: `Two of them …`, `More than 500 others …`.
  assert.equal(dangles('Two of them travelled about 155 miles before landing near Varn.'), true);
  assert.equal(dangles('More than 1,500 others were hurt in Varn.'), true);
  assert.equal(
    dangles('On April 14, 2014, more than 200 pupils were taken from Varn, and 21 of them were freed.'),
    false,
  );
  assert.equal(dangles('By the time he died in 1950, the Varn line was open.'), true);
  assert.equal(dangles('Soon enough she was running the Varn council.'), true);
  assert.equal(dangles('By the time Ana Roe arrived in Varn, he had left.'), false);
  // A subject pronoun nobody named before it, anywhere outside quotation marks; not one a verb of saying
  // gives back to its own subject; a speaker who is only `another`.
  assert.equal(dangles('Earlier this week he revealed the plans for the Varn line.'), true);
  assert.equal(dangles('Many engineers in Varn say they believe the line will open.'), false);
  assert.equal(dangles('“The line is late again,” another said.'), true);
  // (A contraction is the verb: the subject ends before it.)
  assert.equal(dangles('The women usually don’t speak much English in Varn.'), true);
  // A photo caption's words: where people stand in the picture, a graphic's numbered label.
  assert.equal(readsAsCaption('Ana Roe (left) and Ivo Marr were at the Varn ceremony.'), true);
  assert.equal(readsAsCaption('2People took cover under the stands in Varn.'), true);
  assert.equal(readsAsCaption('People took cover under the stands in Varn.'), false);
  // (A name, then a participle and its preposition, no verb of its own: a picture's words.)
  assert.equal(
    readsAsCaption('Mayor of Varn Ana Roe talking to rescue workers at the scene in Lisk on Tuesday.'),
    true,
  );
  assert.equal(readsAsCaption('Mr. Roe, speaking at a conference in Lisk, said the line would open.'), false);
  assert.equal(
    readsAsCaption('Two Varnish fishermen travelling on one boat were rescued on Tuesday.'),
    false,
  );
  // (A photo agency's caption in the present, ending on the picture's full date; not a past event so dated.)
  assert.equal(
    readsAsCaption('A Varn Mk II rocket takes off from the Lisk launch site in Lisk, Varland July 2, 2031.'),
    true,
  );
  assert.equal(
    readsAsCaption('A missile is fired during an exercise at an undisclosed site on March 5, 2031.'),
    true,
  );
  assert.equal(readsAsCaption('Ana Roe was born in Lisk on August 4, 1961.'), false);
  // (People doing in the present what a picture shows, on a day or at the scene.)
  assert.equal(
    readsAsCaption('Some of the freed fishermen appear Thursday in Lisk, Varland, with their families.'),
    true,
  );
  assert.equal(
    readsAsCaption('Rescue crews attend the scene in Lisk after the tram came off the rails.'),
    true,
  );
  assert.equal(
    readsAsCaption('Rescue crews attended the scene in Lisk after the tram came off the rails.'),
    false,
  );
  // The writer speaking to the reader is no claim (quoted words aside).
  assert.equal(speaksToReader('If you study a map, you do see a pattern along the Varn.'), true);
  assert.equal(speaksToReader('The new tram lets you ride from Varn to Lisk in an hour.'), true);
  assert.equal(speaksToReader('“You will see a new Varn,” said Mayor Ana Roe.'), false);
  assert.equal(speaksToReader('Youth groups in Varn welcomed the tram line.'), false);
});

test('outlets counting the missing fishermen differently disagree, in words a reader reads', () => {
  const brief = briefStory([
    article('north-wire', [
      'Twelve fishermen are missing after their boat sank off Orvel on Monday.',
      'The coastguard is searching.',
    ]),
    article('lake-herald', [
      'Eight fishermen were missing after the trawler went down off Orvel on Monday, the coastguard said.',
      'Helicopters joined the search.',
    ]),
  ]);
  const missing = numberConflicts(brief);
  assert.equal(missing.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  assert.match(missing[0]!.summary, /the number missing \(fishermen\)/);
});

test('the summary tells a figure once: a toll in two unaligned wordings is one bullet', () => {
  const brief = briefStory([
    article('north-wire', [
      'A gunman killed at least 40 people at a harvest fair in Orvel on Sunday, police said.',
      'The gunman fired from the roof of a grain store overlooking the fairground.',
      'Police said the gunman shot himself before officers reached the roof.',
    ]),
    article('lake-herald', [
      'Mayor Lina Ostrova spoke from the town hall on Monday, calling the shooting, which has left at least 40 people dead and hundreds more hurt, an act of pure evil.',
      'Witnesses said the shots came from the roof of a grain store next to the fairground.',
      'About 9,000 visitors were at the fair when the shooting began.',
    ]),
    article('hill-times', [
      'A gunman killed at least 40 people at a harvest fair in Orvel, firing from a grain store roof.',
      'Police said the gunman shot himself before officers reached him.',
      'The fair had drawn about 9,000 visitors from across the valley.',
    ]),
    article('coast-post', [
      'Mayor Lina Ostrova spoke from the town hall, calling the shooting, which left at least 40 people dead and hundreds hurt, an act of pure evil.',
      'The shots came from a grain store roof, witnesses said.',
      'Police said the gunman shot himself as officers closed in.',
    ]),
  ]);
  const texts = brief.summary.map((s) => s.text);
  assert.equal(texts.filter((t) => /\b40\b/.test(t)).length, 1, JSON.stringify(texts));
  assert.ok(
    texts.some((t) => /shot himself/.test(t)),
    JSON.stringify(texts),
  );
});

test('a lead framed in other words but naming the story’s people is on topic; a page holding only a promo line is not', () => {
  const lead = (id: string, text: string) => article(id, [text]);
  const framed = briefStory([
    lead(
      'north-wire',
      'Senator Anna Kelm of Varn announced on Thursday that she will run for governor next year, two years after losing the Senate primary to Ilya Dorn.',
    ),
    lead(
      'lake-herald',
      'Anna Kelm, the Varn senator who lost the 2031 primary, said on Thursday she would seek the governorship, setting up a rematch with Ilya Dorn.',
    ),
    lead(
      'river-post',
      'Party leaders are scrambling to keep Kelm off the ballot, fearing that a bruising contest against Dorn could hand the statehouse to their rivals.',
    ),
  ]);
  assert.deepEqual(framed.offTopic, []);
  const promo = briefStory([
    lead(
      'north-wire',
      'The Varn city council approved a new tram line on Monday after a long dispute over its route.',
    ),
    lead(
      'lake-herald',
      'The Varn council approved the tram line on Monday, ending a long dispute over the route.',
    ),
    lead('river-post', 'Chat with us on Messenger. Find out more.'),
  ]);
  assert.deepEqual(promo.offTopic, ['s3']);
});

test('a report that opens on the story’s news is on topic however much else it tells; what it tells high up goes in the summary first', () => {
  const brief = briefStory([
    article('north-wire', [
      'A ferry capsized on Lake Orvel on Tuesday, killing five people, police said.',
      'Captain Anna Kelm had steered the ferry away from the pier in high winds despite a storm warning issued on Monday evening by the regional weather office in the hills above the town.',
      '“We heard a crash and then screaming,” one passenger told reporters.',
      '“Nobody knew where the life jackets were,” another passenger said.',
      '“I held on to a bench,” said a third.',
      '“It was over in seconds,” a fourth passenger said.',
      'Relatives of passengers waited at the pier for news of the ferry through the night, some wrapped in blankets handed out by volunteers from the church on the hill.',
    ]),
    article('lake-herald', [
      'Five people died when a ferry capsized on Lake Orvel on Tuesday, police said.',
      'Divers recovered the ferry logbook from the lake bed on Wednesday.',
    ]),
    article('hill-times', [
      'A ferry capsized on Lake Orvel on Tuesday and five people were killed, according to police.',
      'Police closed the lake to boats.',
    ]),
  ]);
  assert.deepEqual(brief.offTopic, []);
  const texts = brief.summary.map((s) => s.text);
  assert.ok(
    texts.some((t) => t.startsWith('Captain Anna Kelm')),
    JSON.stringify(texts),
  );
  assert.ok(!texts.some((t) => t.startsWith('Relatives')), JSON.stringify(texts));
});

test('a quotation leads a bullet only when one sentence of it is said by someone named', () => {
  const brief = briefStory([
    article('north-wire', [
      'A ferry capsized on Lake Orvel on Tuesday, killing five people, police said.',
      '“We will find out why this happened and who is responsible,” Mayor Lina Ostrova said on Tuesday.',
      '“It was over in seconds. Nobody knew where the life jackets were,” Tomas Ruel said.',
      '“We are devastated,” he said.',
    ]),
    article('lake-herald', [
      'Five people died when a ferry capsized on Lake Orvel on Tuesday, police said.',
      '“We will find out why this happened and who is responsible,” Mayor Lina Ostrova said.',
      '“We are devastated,” he said.',
    ]),
    article('hill-times', [
      'A ferry capsized on Lake Orvel on Tuesday and five people were killed, according to police.',
      'Divers searched the lake bed on Wednesday.',
    ]),
  ]);
  const quoted = brief.summary.map((s) => s.text).filter((t) => /^[“"]/.test(t));
  assert.equal(quoted.length, 1, JSON.stringify(quoted));
  assert.match(
    quoted[0]!,
    /^“We will find out why this happened and who is responsible,” Mayor Lina Ostrova said\b/,
  );
});

test('the summary quotes someone at length in two bullets at most, however many outlets copy the quotations', () => {
  const quotes = [
    'Mayor Ana Roe said: “We will rebuild every home that the river took from us this week.”',
    'Fire chief Ivo Marr said: “Our crews worked through the night to reach the last families on the roofs.”',
    'Governor Dana Lee said: “The state will pay for the new flood walls along the whole east bank.”',
  ];
  const brief = briefStory([
    article('north-wire', [
      'The river Orv burst its banks in Varn on Tuesday, flooding 400 homes and forcing 2,000 people to leave.',
      ...quotes,
    ]),
    article('lake-herald', [
      'Floodwater swept through the town of Varn on Tuesday after days of rain, and some 2,000 residents fled.',
      ...quotes,
    ]),
    article('east-post', [
      'About 400 houses in Varn were under water on Tuesday when the Orv overflowed after a week of storms.',
      ...quotes,
    ]),
  ]);
  const quoting = brief.summary.filter((b) => /[“"](?:\S+\s){5}/.test(b.text));
  assert.ok(quoting.length <= 2, brief.summary.map((b) => b.text).join(' | '));
  assert.ok(brief.summary.some((b) => /Varn/.test(b.text) && !/[“"]/.test(b.text)));
});

test('a claim closed by its speaker’s surname (`…, Lenski said, according to Norrpress.`) is a bullet when the story names that person in full', () => {
  const brief = briefStory([
    article('north-wire', [
      'Surana’s Oren Talvas and Norrask’s Dmitar Halvik praised their partnership in a video call on Wednesday.',
      'Halvik told Talvas that trade had doubled, and Talvas thanked Halvik for the gas deal.',
      'The call lasted an hour, said Kremlin aide Yuri Lenski.',
      'Halvik accepted an invitation to visit Surana in the first half of next year and will attend the Southern Seas summit in Qantoa in November, Lenski said, according to Norrpress.',
    ]),
    article('lake-herald', [
      'Norrask’s Dmitar Halvik and Surana’s Oren Talvas held a video call on Wednesday to discuss energy and trade.',
      'Halvik and Talvas agreed to meet in person, and Talvas praised Halvik’s leadership.',
      'Yuri Lenski, a Kremlin aide, spoke to reporters about the call.',
      'Lenski also said Halvik had accepted an invitation to visit Surana in the first half of next year and would attend the Southern Seas summit in Qantoa in November.',
    ]),
  ]);
  assert.ok(
    brief.summary.some((b) => /Southern Seas summit/.test(b.text)),
    brief.summary.map((b) => b.text).join(' | '),
  );
});

test('two articles’ ledes telling the news in their own words are one fact; a lower bar for them lets in support, never a disagreement', () => {
  const brief = briefStory([
    article('north-wire', [
      'The central bank of Kestria cut its key interest rate by half a percentage point to 6.25% on Thursday, a jumbo cut that caught traders off guard.',
      'The crown lost 0.8 per cent against the dollar after the decision.',
    ]),
    article('lake-herald', [
      'The National Bank of Kestria lowered its benchmark interest rate by half a percentage point to 6.25 per cent on Thursday, continuing the monetary easing it began in the autumn.',
      'Economists had expected a quarter-point cut.',
    ]),
  ]);
  const cut = brief.facts.find((f) => /6\.25/.test(f.text));
  assert.ok(cut, brief.facts.map((f) => f.text).join(' | '));
  assert.deepEqual([...cut.sources].sort(), ['s1', 's2']);
  assert.equal(brief.contradictions.length, 0);
});

test('an outlet’s exclusives list what a reader can take alone first', () => {
  const brief = briefStory([
    article('north-wire', [
      'The Orvel council voted on Tuesday to close the harbour to tankers from next month.',
      'He has asked the Orvel port police to check all 42 berths and 17 warehouses before the ban begins.',
      'A harbour master, Lena Kolb, ordered floodlights.',
    ]),
    article('lake-herald', [
      'Orvel councillors voted on Tuesday to shut the harbour to tankers from next month.',
    ]),
  ]);
  const own = brief.exclusives.find((e) => e.source === 's1');
  assert.ok(own, JSON.stringify(brief.exclusives));
  const texts = own.facts.map((id) => brief.facts.find((f) => f.id === id)!.text);
  const kolb = texts.findIndex((t) => t.startsWith('A harbour master'));
  const he = texts.findIndex((t) => t.startsWith('He has'));
  assert.ok(kolb >= 0 && he >= 0 && kolb < he, texts.join(' | '));
});

test('a sentence of a quotation that opened in an earlier sentence is no bullet: its speaker is named there', () => {
  const inner = 'No port in the region is safe from a storm of that size.';
  const brief = briefStory([
    article('north-wire', [
      'A storm closed the port of Orvel on Tuesday and sank two fishing boats at their moorings.',
      `'We lost two boats in one night. ${inner} We will rebuild the breakwater before winter,' harbour master Lena Kolb said.`,
    ]),
    article('lake-herald', [
      'Two fishing boats sank in the port of Orvel on Tuesday when a storm struck the coast.',
      `Harbour master Lena Kolb said: 'We lost two boats in one night. ${inner} We will rebuild the breakwater before winter.'`,
    ]),
  ]);
  assert.ok(brief.summary.length > 0);
  assert.ok(
    !brief.summary.some((b) => b.text.startsWith('No port')),
    brief.summary.map((b) => b.text).join(' | '),
  );
});

test('the summary states no side of a disagreement as fact: the disagreement’s bullet tells it, cited on every side', () => {
  const brief = briefStory([
    article('north-wire', [
      'A cruise ship struck a bridge pylon on the Tarsis river near Orvel on Tuesday evening.',
      'Police said 27 people were injured when the ship struck the pylon.',
      'Engineers from the Orvel council inspected the Kessa Bridge on Wednesday.',
      'The Swiss-owned ship was carrying 129 passengers from Varn to Kessa.',
      'The Tarsis River Authority said shipping would resume on Thursday.',
    ]),
    article('lake-herald', [
      'A cruise ship struck a bridge pylon on the Tarsis river near Orvel on Tuesday evening.',
      'Police said 25 people were injured when the ship struck the pylon.',
      'Engineers from the Orvel council inspected the Kessa Bridge on Wednesday.',
      'The Swiss-owned ship was carrying 129 passengers from Varn to Kessa.',
      'The Tarsis River Authority said shipping would resume on Thursday.',
    ]),
    article('river-post', [
      'A cruise ship struck a bridge pylon on the Tarsis river near Orvel on Tuesday evening, police said.',
      'Police said 27 people were injured when the ship struck the pylon.',
    ]),
  ]);
  const injured = numberConflicts(brief).filter((c) => /injured/.test(c.summary));
  assert.equal(injured.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  const claims = brief.summary.filter((s) => s.kind === 'claim');
  assert.ok(claims.length > 0);
  for (const claim of claims) assert.doesNotMatch(claim.text, /\b2[57] people were injured/, claim.text);
  assert.ok(brief.summary.some((s) => s.kind === 'disagreement' && /injured/.test(s.text)));
});

test('a figure is set against the figure that measures the same thing, and the summary says what outlets differ on in plain words', () => {
  const brief = briefStory([
    article('north-wire', [
      'Taking to Instagram on Sunday, the 29-year-old singer Mara Quill posted four photos with Tomas Reyner along with a heart.',
      'Quill and Reyner met last summer in Lisbon, friends of the couple said.',
    ]),
    article('lake-herald', [
      'The singer Mara Quill posted three photos of herself with Tomas Reyner on Instagram on Sunday.',
      'Quill and Reyner met last summer in Lisbon, friends said.',
    ]),
  ]);
  const numbers = numberConflicts(brief);
  assert.equal(numbers.length, 1);
  assert.match(numbers[0]!.summary, /four photos against three photos/);
  assert.doesNotMatch(numbers[0]!.summary, /29/);
  const disagreement = brief.summary.find((s) => s.kind === 'disagreement');
  assert.ok(disagreement, 'the disagreement is in the summary');
  assert.match(disagreement.text, /^Outlets differ on the figures: four photos against three photos/);
});

test('`no one was hurt` against `two firefighters were hurt` of one happening disagrees; of another happening it does not', () => {
  const brief = briefStory([
    article('north-wire', ['No one was hurt in the fire at the Orvel depot on Tuesday, a spokesman said.']),
    article('lake-herald', [
      'Two firefighters were hurt in the fire at the Orvel depot on Tuesday, officials said.',
    ]),
    article('river-post', [
      'Nobody was hurt in the fire at the Orvel depot on Tuesday, the fire service said.',
    ]),
  ]);
  const hurt = brief.contradictions.filter((c) => /injured/.test(c.summary));
  assert.equal(hurt.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  assert.equal(hurt[0]!.kind, 'polarity');
  assert.deepEqual(new Set(hurt[0]!.sides.map((side) => side.source)), new Set(['s1', 's2', 's3']));
  const other = briefStory([
    article('north-wire', ['No one was hurt in the fire at the Orvel depot on Tuesday, a spokesman said.']),
    article('lake-herald', [
      'Two firefighters were hurt in a crash on the Kessa motorway on Friday, police said.',
    ]),
  ]);
  assert.deepEqual(other.contradictions, []);
});

test('a child’s age given two ways (`Tomas Ruel, 5,` against `Tomas Ruel, 6,`) disagrees', () => {
  // (Also a child the reports name only by what they are: `the boy, 6,` against `the boy, 7,`.)
  for (const [north, lake, subject] of [
    [
      'Rescuers worked through the night to reach Tomas Ruel, 5, who was trapped in a narrow shaft in Orvel.',
      'Tomas Ruel, 6, fell into the shaft while playing near his home, his uncle said.',
      /age of Tomas Ruel/,
    ],
    [
      'The boy, 6, was pulled alive from the shaft in Orvel on Tuesday, rescuers said.',
      'The boy, 7, was pulled alive from the shaft in Orvel on Tuesday, rescuers said.',
      /age of the boy/,
    ],
  ] as const) {
    const brief = briefStory([article('north-wire', [north]), article('lake-herald', [lake])]);
    const ages = numberConflicts(brief).filter((c) => subject.test(c.summary));
    assert.equal(ages.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  }
});

test('two sentences alike but for what they are about (`The Tarsis Heavy can carry 64 tonnes` against `The Tarsis 9 can carry 22 tonnes`) are no disagreement', () => {
  const brief = briefStory([
    article('north-wire', ['The Tarsis Heavy can carry 64 tonnes to orbit, the company said on Monday.']),
    article('lake-herald', ['The Tarsis 9 can carry 22 tonnes to orbit, the company said on Monday.']),
  ]);
  assert.deepEqual(numberConflicts(brief), []);
  // The same rocket, two figures: a disagreement, whoever says it.
  const same = briefStory([
    article('north-wire', ['The Tarsis Heavy can carry 64 tonnes to orbit, Ana Roe said on Monday.']),
    article('lake-herald', ['The Tarsis Heavy can carry 54 tonnes to orbit, the company said on Monday.']),
  ]);
  assert.equal(numberConflicts(same).length, 1, same.contradictions.map((c) => c.summary).join(' | '));
});

test('a speed given two ways (`travelling at 70km/h` against `going 50km/h`) disagrees; a usual speed or a limit is another', () => {
  const speeds = (north: string, lake: string) =>
    numberConflicts(briefStory([article('north-wire', [north]), article('lake-herald', [lake])])).filter(
      (c) => /the speed/.test(c.summary),
    );
  assert.equal(
    speeds(
      'The tram was travelling at 70km/h when it overturned in Orvel, investigators said.',
      'Investigators said the tram was going 50km/h when it overturned in Orvel.',
    ).length,
    1,
  );
  assert.deepEqual(
    speeds(
      'The tram was travelling at 70km/h when it overturned in Orvel, investigators said.',
      'Trams in Orvel usually travel at 20km/h, and the overturned tram was no exception, investigators said.',
    ),
    [],
  );
});

test('a depth given two ways (`the shaft was 110 metres deep` against `a 107-metre-deep shaft`) disagrees; the depth of someone else does not', () => {
  for (const [north, lake, conflicts] of [
    [
      'The shaft was 110 metres deep, rescuers in Orvel said on Tuesday.',
      'Tomas Ruel fell into a 107-metre-deep shaft while playing near his home on Sunday.',
      1,
    ],
    [
      'Rescuers said the shaft in Orvel is 110 metres deep.',
      'Tomas Ruel fell into a shaft 107 metres deep while playing near his home on Sunday.',
      1,
    ],
    // The tower's height is not the shaft's depth, nor the boy's depth the shaft's.
    [
      'The shaft was 110 metres deep, rescuers in Orvel said on Tuesday.',
      'The church tower in Orvel is 70 metres high, and Tomas Ruel was stuck 40 metres down.',
      0,
    ],
  ] as const) {
    const brief = briefStory([article('north-wire', [north]), article('lake-herald', [lake])]);
    const depths = numberConflicts(brief).filter((c) => /depth of the shaft/.test(c.summary));
    assert.equal(depths.length, conflicts, brief.contradictions.map((c) => c.summary).join(' | '));
    assert.equal(
      numberConflicts(brief).length,
      conflicts,
      brief.contradictions.map((c) => c.summary).join(' | '),
    );
  }
});

test('an age given two ways disagrees even when one sentence names another month of the same year', () => {
  const brief = briefStory([
    article('north-wire', [
      'Lina Ostrova, 19, was the first of the missing climbers to be found on January 5.',
    ]),
    article('lake-herald', [
      'The 21-year-old Lina Ostrova told reporters on Thursday that she was recovering.',
    ]),
  ]);
  const ages = numberConflicts(brief).filter((c) => /age of Lina Ostrova/.test(c.summary));
  assert.equal(ages.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  // Another year is another age: no disagreement.
  const years = briefStory([
    article('north-wire', [
      'Lina Ostrova, 19, was the first of the missing climbers to be found in January 2029.',
    ]),
    article('lake-herald', [
      'The 21-year-old Lina Ostrova told reporters on Thursday that she was recovering.',
    ]),
  ]);
  assert.equal(numberConflicts(years).filter((c) => /age/.test(c.summary)).length, 0);
});

test('photo captions kept in the body are no summary bullets: a caption paragraph by its opening or its closing credit', () => {
  assert.equal(
    isStandalone('In this Jan. 3, 2030, file photo, Mayor Lina Ostrova waves to supporters in Varn.'),
    false,
  );
  assert.equal(
    isStandalone('Singer Mara Quill poses for photographers as she arrives at the Orvel gala.'),
    false,
  );
  const blocks = (paragraphs: string[][]) =>
    captionBlocks(paragraphs.flatMap((p, block) => p.map((text) => ({ text, block }))));
  assert.deepEqual(
    blocks([
      [
        'FILE - In this Jan. 3, 2030, file photo, Mara Quill waves in Orvel.',
        'Mara Quill is mourning her cousin.',
      ],
      ['Mara Quill is mourning her cousin, who died on Tuesday in Varn.'],
      ['Rescuers reached the pier at dawn.', 'The ferry was towed away. (AP Photo/Jon Varga, File)'],
      ['Crowds lined the street to watch 40 floats in Varn. [Photo/IC]'],
      ['The fare rose to 2.50 euros ($2.70/€2.50).'],
    ]),
    new Set([0, 2, 3]),
  );
  // The same words as a caption in one report and as the lede of another: the bullet reads the lede.
  const captioned = article('north-wire', [
    'FILE - In this Jan. 3, 2030, file photo, singer Mara Quill waves to fans in Orvel. Mara Quill is mourning the death of her cousin Tomas Reyner and calling for tighter gun laws. (AP Photo/Jon Varga, File)',
    'Reyner died on Tuesday after being shot in Varn, where Quill was born and raised, police said.',
    'Quill posted a video of her cousin smiling on Instagram on Wednesday, and thanked her fans for their messages.',
  ]);
  const brief = briefStory([
    captioned,
    article('lake-herald', [
      'Reyner died on Tuesday after being shot in Varn, where Quill was born and raised, police said.',
      'Quill posted a video of her cousin smiling on Instagram on Wednesday, and thanked her fans.',
      'Mara Quill is mourning the death of her cousin Tomas Reyner and calling for tighter gun laws.',
    ]),
  ]);
  const captionEnd = captioned.paragraphs[0]!.end;
  const worded = brief.summary.map((s) => s.citations[0]!);
  assert.ok(
    worded.some((c) => /mourning/.test(c.text)),
    worded.map((c) => c.text).join(' | '),
  );
  assert.ok(
    worded.every((c) => c.source !== 's1' || c.start >= captionEnd),
    worded.map((c) => `${c.source}@${c.start}: ${c.text}`).join(' | '),
  );
});

test('a summary bullet names its own subject: no unmet description, counted-out group or unnamed clause pronoun', () => {
  assert.equal(dangles('The bridge has been closed as a precaution until engineers inspect it.'), true);
  assert.equal(dangles('The ship involved in Tuesday’s accident was bound for Orvel.'), true);
  assert.equal(dangles('The 130th annual parade began on Monday in Varn.'), true);
  assert.equal(dangles('Five other defendants, including the activist Tomas Reyner, were fined.'), true);
  assert.equal(
    dangles('Two passengers gave the players their blankets as they headed to their seats.'),
    true,
  );
  assert.equal(dangles('For the Varn fans, the wait is over.'), true);
  assert.equal(dangles('Taking to the stage, the 29-year-old singer thanked her fans.'), true);
  assert.equal(dangles('The head of the Varn police said the line would reopen.'), false);
  assert.equal(dangles('The death toll from the Orvel ferry rose to nine on Wednesday.'), false);
  assert.equal(dangles('The second trial of Lina Ostrova will begin next month.'), false);
  assert.equal(dangles('The sharp exchanges in the Varn debate showed the urgency.'), false);
  assert.equal(dangles('The economy grew at its fastest pace in two years.'), false);
  assert.equal(dangles('The mission marks Varnspace’s most ambitious project.'), true);
  assert.equal(dangles('The complaint alleges workers with the Varn ministry were sent home.'), true);
  assert.equal(dangles('In 2031, the Varn council approved the line.'), false);
  assert.equal(
    dangles('Mayor Lina Ostrova said the line would reopen when engineers had checked it.'),
    false,
  );
  assert.equal(dangles('Two passengers said they saw the ferry list before it sank.'), false);
  // The wording that dangles gives way to the next good fact; the summary stays 3 bullets or more.
  const report = (id: string) =>
    article(id, [
      'A cargo ship struck the Orvel road bridge over the river Varn on Tuesday evening, police said.',
      'The bridge has been closed as a precaution until engineers inspect it.',
      'Police said 12 crew members were taken to hospital in Orvel with minor injuries.',
      'The Varn shipping authority said the ship had lost steering shortly before the crash.',
      'Traffic between Orvel and the coast was diverted through the town of Brenn on Wednesday.',
    ]);
  const brief = briefStory([report('north-wire'), report('lake-herald')]);
  const claims = brief.summary.filter((s) => s.kind === 'claim').map((s) => s.text);
  assert.ok(claims.length >= 3, claims.join(' | '));
  assert.ok(!claims.some((t) => /^The bridge/.test(t)), claims.join(' | '));
});

test('a headline or label among body sentences is no summary bullet', () => {
  assert.equal(isFragment('A red roadster with a famous song on the stereo.'), true);
  assert.equal(isFragment('Orvel ferry to sail next month from the old pier.'), true);
  assert.equal(isFragment('The council approved the tram line on Monday.'), false);
  assert.equal(isFragment('Varn mourns its mayor.'), false);
  assert.equal(isFragment('“I am running for mayor,” Lina Ostrova told supporters.'), false);
});

test("one person's count of one thing, done with the same verb, is compared even in differently worded sentences", () => {
  const photos = (a: string, b: string) =>
    briefStory([
      article('north-wire', [
        'Tomas Reyner died in a car crash in Varn on Saturday, police said.',
        `Taking to Instagram, the 29-year-old singer ${a} with Reyner along with a heartfelt caption.`,
      ]),
      article('lake-herald', [
        'Tomas Reyner died in a car crash in Varn on Saturday, police said.',
        `The singer ${b} of herself with 21-year-old Tomas Reyner on Instagram, writing that she missed him.`,
      ]),
    ]);
  const differ = photos('posted four photos', 'posted three photos');
  assert.equal(
    numberConflicts(differ).filter((c) => /four photos/.test(c.summary) && /three photos/.test(c.summary))
      .length,
    1,
    differ.contradictions.map((c) => c.summary).join(' | '),
  );
  // Different verbs: different photos (one set posted, another taken); nothing is said.
  const other = photos('posted four photos', 'took three photos');
  assert.equal(numberConflicts(other).filter((c) => /photos/.test(c.summary)).length, 0);
  assert.match(numberConflicts(differ)[0]!.summary, /the number of photos/);
});

test("one named body's measure at one named time is compared in differently worded sentences; another time is not", () => {
  const abroad = (a: string, b: string) =>
    briefStory([
      article('north-wire', [
        'Kelmware will take a $5 billion charge because of the new tax law, the bank said on Friday.',
        `Analysts estimated the charge from the ${a} in undistributed foreign earnings Kelmware had at the end of 2016.`,
      ]),
      article('lake-herald', [
        'Kelmware will take a $5 billion charge because of the new tax law, the bank said on Friday.',
        `Kelmware, which earns most of its revenue abroad, had ${b} in earnings reinvested abroad as of the end of 2016.`,
      ]),
    ]);
  const differ = abroad('$32.6 billion', '$31.2 billion');
  assert.equal(
    numberConflicts(differ).filter((c) => /32\.6/.test(c.summary) && /31\.2/.test(c.summary)).length,
    1,
    differ.contradictions.map((c) => c.summary).join(' | '),
  );
  // Rounding agrees: $32.6 billion is about $33 billion.
  assert.equal(numberConflicts(abroad('$32.6 billion', 'about $33 billion')).length, 0);
});

test('statement shapes: "declined to comment", a teaser of the piece, a label, and openers that lean on the sentence before', () => {
  for (const t of [
    'Kelmware did not immediately respond to a request for comment on Friday.',
    'The mayor declined to comment on the report.',
    'The former lawyer tells her side of the story in this exclusive interview.',
    'The numbers: 212,000 migrants were stopped at the border in July.',
  ])
    assert.equal(isStandalone(t), false, t);
  for (const t of [
    'For instance, the council cut the budget by a third.',
    'One such cause is the lack of housing in Varn.',
    'Most of them were released on Friday.',
    'Until that point, the bridge had never closed.',
    'The former Varn governor and 2030 party nominee said he would not run again.',
  ])
    assert.equal(dangles(t), true, t);
  assert.equal(isStandalone('The Varn council cut the budget by a third on Friday.'), true);
  assert.equal(dangles('The Varn council cut the budget by a third on Friday.'), false);
});

test('the headline is a neutral title: no question, list or column voice while a plain report’s title will do', () => {
  const body = [
    'The Varn council voted on Monday to close the old harbour bridge for two years of repairs.',
    'Engineers found cracks in two of its piers last month, the council said.',
  ];
  const brief = briefStory([
    article('north-wire', body, {
      title: 'Is the Varn council right to close the old harbour bridge? What we know',
    }),
    article('lake-herald', body, {
      title: 'Why the Varn council voted to close the old harbour bridge for repairs',
    }),
    article('hill-post', body, {
      title: '5 things to know as Varn council closes old harbour bridge for repairs',
    }),
    article('east-daily', body, { title: 'Harbour bridge to shut for two years' }),
  ]);
  assert.equal(brief.headline, 'Harbour bridge to shut for two years');
  // A title in a column's voice still heads a story with no other title.
  const alone = briefStory([
    article('lake-herald', body, { title: 'Why we should all worry about the Varn bridge' }),
  ]);
  assert.equal(alone.headline, 'Why we should all worry about the Varn bridge');
});

test('bad input still gives a brief: one article, two languages, two hundred articles', async () => {
  const one = briefStory([
    article('north-wire', ['The Varn city council approved a new tram line on Monday after a long dispute.']),
  ]);
  assert.equal(one.sources.length, 1);
  assert.equal(one.contradictions.length, 0);
  const mixed = briefStory([
    article('north-wire', ['The Varn city council approved a new tram line on Monday after a long dispute.']),
    article(
      'rhein-blatt',
      ['Der Stadtrat von Varn hat am Montag nach langem Streit eine neue Straßenbahnlinie genehmigt.'],
      {
        language: 'de',
      },
    ),
  ]);
  assert.equal(mixed.sources.length, 2);
  assert.ok(mixed.facts.every((f) => f.sources.length >= 1));
  const { generateStory } = await import('../../bench/story-generator.js');
  const { analyze } = await import('../../src/analyze/index.js');
  const { synthesize } = await import('../../src/synthesize/index.js');
  const big = synthesize(generateStory(200).map((a) => ({ article: a, analysis: analyze(a) })));
  assert.equal(big.sources.length, 200);
  assert.ok(big.facts.length > 0);
});

test('a long lede can be a bullet, and the summary stays within 120 words by taking a shorter fact instead', () => {
  const lede =
    'A ferry carrying 60 passengers and five crew members capsized on Lake Orvel in high winds on Tuesday evening, killing at least seven people and leaving a dozen missing, while rescuers from three towns searched the cold water through the night for survivors near the old Orvel pier.';
  const report = (id: string) =>
    article(id, [
      lede,
      'The regional transport ministry in Varn said on Wednesday that it had opened an inquiry into why the ferry sailed despite a storm warning, and that its inspectors would report their findings to parliament within a month of the capsizing.',
      'Families of the missing gathered at a sports hall in Brenn, where the Orvel Red Cross set up beds, hot meals and counselling, and the mayor of Brenn promised that every family would be told first when divers found anyone.',
      'Divers recovered the ferry’s logbook from the lake bed on Wednesday, police said.',
    ]);
  const brief = briefStory([report('north-wire'), report('lake-herald')]);
  const claims = brief.summary.filter((s) => s.kind === 'claim').map((s) => s.text);
  const words = claims.join(' ').split(/\s+/).length;
  assert.ok(lede.split(/\s+/).length > 45);
  assert.ok(claims.includes(lede), claims.join(' | '));
  assert.ok(claims.length >= 3 && words <= 120, `${words} words: ${claims.join(' | ')}`);
});

test('a bullet opening with a surname the article gave in full earlier, or with a picture’s positions, gives way', () => {
  assert.equal(dangles('Last Thanksgiving, she wished everyone a happy holiday on Instagram.'), true);
  const report = (id: string, extra: string) =>
    article(id, [
      'Orsk Air has apologized to two basketball players who were removed from a plane in Lisk after a flight attendant accused them of stealing blankets.',
      'Airline spokesman Joshua Freed said Tuesday that the two players boarded the Sunday flight from Lisk to Varn.',
      'Freed said an airline manager apologized to the players and that they later flew first class to Varn.',
      'Tobias Marr (left) and teammate Ilya Dorn (right) were accused of stealing blankets before being asked to leave the plane.',
      'Chief executive Dana Korvel told employees last month that Orsk Air will train all its staff against bias.',
      extra,
    ]);
  const brief = briefStory([
    report('north-wire', 'The team said the players were shaken but would play on Friday.'),
    report('lake-herald', 'The players flew on to Varn the next morning, the team said.'),
  ]);
  const bullets = brief.summary.filter((s) => s.kind === 'claim').map((s) => s.text);
  assert.ok(bullets.length >= 3, bullets.join(' | '));
  assert.ok(!bullets.some((t) => t.startsWith('Freed said')), bullets.join(' | '));
  assert.ok(!bullets.some((t) => t.includes('(left)')), bullets.join(' | '));
});

test('a length given in different units is one measure: a conversion agrees, another depth disagrees', () => {
  const agree = briefStory([
    article('north-wire', ['The wreck of the trawler Marlow lies at a depth of 3,000 feet off Kelm Point.']),
    article('lake-herald', ['The wreck of the trawler Marlow lies at a depth of 910 metres off Kelm Point.']),
  ]);
  assert.deepEqual(numberConflicts(agree), [], agree.contradictions.map((c) => c.summary).join('; '));
  const differ = briefStory([
    article('north-wire', ['The wreck of the trawler Marlow lies at a depth of 3,000 feet off Kelm Point.']),
    article('lake-herald', [
      'The wreck of the trawler Marlow lies at a depth of 2,000 metres off Kelm Point.',
    ]),
  ]);
  assert.equal(numberConflicts(differ).length, 1, differ.contradictions.map((c) => c.summary).join('; '));
});

test('pounds of cargo are a weight, not money: two rockets’ payloads are never set against a price', () => {
  const brief = briefStory([
    article('north-wire', [
      'The Tarsis Heavy rocket can lift 140,000 pounds (63,500 kg) of cargo into orbit, the company said on Monday.',
    ]),
    article('lake-herald', [
      'The Tarsis Heavy launch costs 90 million pounds, the company said on Monday, far less than its rivals.',
    ]),
  ]);
  assert.deepEqual(numberConflicts(brief), []);
});

test('one outlet has someone rescued while another, no earlier, still has their fate unknown: they disagree', () => {
  const rescued = article('north-wire', [
    'Three fishermen went missing off Orvel on Monday.',
    'One of them, Tomas Ruel, was rescued by a passing ship on Tuesday.',
  ]);
  const unknown = (published: string) =>
    article(
      'lake-herald',
      [
        'Three fishermen went missing off Orvel on Monday.',
        'The fate of Tomas Ruel remains unknown, the coastguard said.',
      ],
      { published },
    );
  const same = briefStory([rescued, unknown('2031-03-12')]);
  const found = same.contradictions.filter(
    (c) => c.kind === 'polarity' && /Tomas Ruel was found/.test(c.summary),
  );
  assert.equal(found.length, 1, same.contradictions.map((c) => c.summary).join(' | '));
  assert.equal(found[0]!.sides.length, 2);
  // Missing in an earlier report, rescued in a later one: news, not a disagreement.
  const earlier = briefStory([rescued, unknown('2031-03-11')]);
  assert.equal(earlier.contradictions.filter((c) => /was found/.test(c.summary)).length, 0);
  // Found guilty is no one found.
  const guilty = briefStory([
    article('north-wire', ['Tomas Ruel was found guilty of fraud in Orvel on Tuesday.']),
    unknown('2031-03-12'),
  ]);
  assert.equal(guilty.contradictions.filter((c) => /was found/.test(c.summary)).length, 0);
});

test('death tolls given without a noun (`killing five`, `left seven dead`, `the death toll stands at three`) disagree with each other', () => {
  const brief = briefStory([
    article('north-wire', [
      'The death toll from Tuesday’s bus crash near Orvel stands at three, police said.',
    ]),
    article('lake-herald', ['A bus overturned near Orvel on Tuesday, killing five, police said.']),
    article('river-post', ['The bus crash near Orvel on Tuesday left seven dead, officials said.']),
  ]);
  const dead = numberConflicts(brief).filter((c) => /number of dead/.test(c.summary));
  assert.equal(dead.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  assert.equal(dead[0]!.sides.length, 3);
  // `leaving three` and `left 3 on base` count no one dead.
  const other = briefStory([
    article('north-wire', ['The Orvel Rovers left 3 on base in the ninth on Tuesday, the coach said.']),
    article('lake-herald', ['The Orvel Rovers left 5 on base in the ninth on Tuesday, leaving three.']),
  ]);
  assert.deepEqual(
    numberConflicts(other).filter((c) => /dead/.test(c.summary)),
    [],
  );
  // Those aboard are named as such.
  const aboard = briefStory([
    article('north-wire', ['A bus carrying 40 passengers overturned near Orvel on Tuesday, police said.']),
    article('lake-herald', ['A bus carrying 52 passengers overturned near Orvel on Tuesday, police said.']),
  ]);
  assert.match(numberConflicts(aboard)[0]?.summary ?? '', /the number aboard: 40 passengers/);
});

test('one outlet has someone found alive, another found dead: they disagree, unless the death came later or is someone else’s', () => {
  const alive = article('north-wire', [
    'Tomas Ruel was pulled out alive from the rubble of his house in Orvel on Monday, rescuers said.',
  ]);
  const dead = (
    published: string,
    text = 'The body of Tomas Ruel was recovered from the rubble of his house in Orvel.',
  ) => article('lake-herald', [text], { published });
  const fate = (brief: ReturnType<typeof briefStory>) =>
    brief.contradictions.filter((c) => c.kind === 'polarity' && /Tomas Ruel is alive/.test(c.summary));
  const same = briefStory([alive, dead('2031-03-11')]);
  assert.equal(fate(same).length, 1, same.contradictions.map((c) => c.summary).join(' | '));
  assert.match(fate(same)[0]!.summary, /says alive, .* says dead\./);
  // Died later in hospital: news, not a disagreement.
  assert.deepEqual(fate(briefStory([alive, dead('2031-03-13')])), []);
  // Someone else's death: `Tomas Ruel’s brother was killed`.
  const brother = briefStory([
    alive,
    dead('2031-03-11', 'Tomas Ruel’s brother was killed in the quake in Orvel.'),
  ]);
  assert.deepEqual(
    brother.contradictions.filter((c) => c.kind === 'polarity'),
    [],
  );
});

test('directions from one place disagree only when a right angle or more apart: west and south-west agree', () => {
  const placed = (a: string, b: string) =>
    briefStory([
      article('north-wire', [`The two men met at a mosque near Dravel, a town ${a} of Kosrek, in 2010.`]),
      article('lake-herald', [`The two men met at a mosque in Dravel, a town ${b} of Kosrek, in 2010.`]),
    ]).contradictions.filter((c) => c.kind === 'place');
  assert.deepEqual(placed('56 miles west', 'southwest'), []);
  assert.deepEqual(placed('north', 'north-east'), []);
  assert.equal(placed('west', 'east').length, 1);
  assert.equal(placed('north', 'south-east').length, 1);
});

test('one role narrowed two ways is two posts: another country’s justice minister is no rival', () => {
  const brief = briefStory([
    article('north-wire', [
      'Justice Minister Corin Dalmau met the prime minister in Kosrek on Friday to discuss the raids.',
    ]),
    article('lake-herald', [
      'Belgian Justice Minister Paulo Vessant said on Friday that several arrests had been made in Tarn.',
    ]),
  ]);
  assert.deepEqual(
    brief.contradictions.filter((c) => c.kind === 'person'),
    [],
  );
  const rivals = briefStory([
    article('north-wire', [
      'Justice Minister Corin Dalmau said on Friday that several arrests had been made.',
    ]),
    article('lake-herald', [
      'Justice Minister Paulo Vessant said on Friday that several arrests had been made.',
    ]),
  ]);
  assert.equal(rivals.contradictions.filter((c) => c.kind === 'person').length, 1);
  const acting = briefStory([
    article('north-wire', ['However, Justice Minister Corin Dalmau said several arrests had been made.']),
    article('lake-herald', [
      'Meanwhile acting Justice Minister Paulo Vessant said several arrests had been made.',
    ]),
  ]);
  assert.equal(acting.contradictions.filter((c) => c.kind === 'person').length, 0);
});

test('what lasted is what a duration measures: an assault’s three minutes are not a witness’s ten', () => {
  const brief = briefStory([
    article('north-wire', [
      'The assault on the Orvel theatre had lasted three minutes, police said on Sunday.',
    ]),
    article('lake-herald', [
      'A witness at the Orvel theatre said on Sunday: It lasted for 10 minutes, and everybody was on the floor.',
    ]),
  ]);
  assert.deepEqual(numberConflicts(brief), [], brief.contradictions.map((c) => c.summary).join('; '));
  const calls = briefStory([
    article('north-wire', ['Mr Lund and Ms Varga spoke by phone on Tuesday; the call lasted 50 minutes.']),
    article('lake-herald', ['Mr Lund and Ms Varga spoke by phone on Tuesday; the call lasted 20 minutes.']),
  ]);
  assert.equal(numberConflicts(calls).length, 1, calls.contradictions.map((c) => c.summary).join('; '));
});

test('figures that count other things are no disagreement: the attackers of one site, a toll with its gunman, many scopes', () => {
  const gunman = briefStory([
    article('north-wire', [
      'Police searched on Monday for an accomplice of the gunman who killed three people at the Orvel fair.',
    ]),
    article('lake-herald', [
      'Four people were killed (including the shooter) at the Orvel fair on Sunday, police said.',
    ]),
  ]);
  assert.deepEqual(numberConflicts(gunman), [], gunman.contradictions.map((c) => c.summary).join('; '));
  const site = briefStory([
    article('north-wire', ['Eight attackers are dead after the raids across Kosrek, police said.']),
    article('lake-herald', [
      'Within an hour police had stormed the theatre in Kosrek and all four attackers there were dead.',
    ]),
  ]);
  assert.deepEqual(numberConflicts(site), [], site.contradictions.map((c) => c.summary).join('; '));
  // Five tolls for "the dead", one outlet itself giving two (a theatre's and the city's): the measure
  // counts several things, and the brief says nothing rather than something false.
  const many = briefStory([
    ...['127', '39', '19'].map((n, i) =>
      article(`outlet-${i}`, [`The attacks in Kosrek killed ${n} people, officials said on Saturday.`]),
    ),
    article('outlet-3', [
      'The attacks in Kosrek killed 89 people, officials said on Saturday.',
      'The attacks in Kosrek killed 130 people in all, officials said later on Saturday.',
    ]),
  ]);
  assert.deepEqual(numberConflicts(many), [], many.contradictions.map((c) => c.summary).join('; '));
  // Outlets each giving one toll of their own disagree, however many they are.
  const each = briefStory(
    ['127', '89', '130', '39'].map((n, i) =>
      article(`outlet-${i}`, [`The attacks in Kosrek killed ${n} people, officials said on Saturday.`]),
    ),
  );
  assert.ok(numberConflicts(each).length >= 1, each.contradictions.map((c) => c.summary).join('; '));
  const three = briefStory(
    ['3', '5', '7'].map((n, i) =>
      article(`outlet-${i}`, [`The bus crash near Kosrek killed ${n} people, officials said on Saturday.`]),
    ),
  );
  assert.equal(numberConflicts(three).length, 1, three.contradictions.map((c) => c.summary).join('; '));
});

test('reports of unknown day set figures against each other only where they say the same thing', () => {
  const toll = (published: string | null) =>
    briefStory([
      article('north-wire', ['The gunman killed three people at the Orvel fair, police said.'], {
        published,
      }),
      article('lake-herald', ['Police in Orvel are hunting an accomplice after five people were killed.'], {
        published,
      }),
    ]);
  assert.equal(numberConflicts(toll('2031-03-12')).length, 1);
  assert.deepEqual(numberConflicts(toll(null)), []);
  const aligned = briefStory([
    article('north-wire', ['Five people were killed when a ferry capsized on Lake Orvel, police said.'], {
      published: null,
    }),
    article('lake-herald', ['Seven people were killed when a ferry capsized on Lake Orvel, police said.'], {
      published: null,
    }),
  ]);
  assert.equal(numberConflicts(aligned).length, 1, aligned.contradictions.map((c) => c.summary).join('; '));
});

test('one happening dated two days is a disagreement a reader can read: weekdays named, not ISO dates', () => {
  const brief = briefStory([
    article('north-wire', ['The ferry Marlow sank off Orvel on Tuesday with 40 people on board.']),
    article('lake-herald', ['The ferry Marlow sank off Orvel on Monday with 40 passengers on board.']),
  ]);
  const dates = brief.contradictions.filter((c) => c.kind === 'date');
  assert.equal(dates.length, 1);
  assert.match(dates[0]!.summary, /Monday, 10 March 2031 vs Tuesday, 11 March 2031/);
  const said = briefStory([
    article('north-wire', ['The ferry Marlow sank off Orvel, the coastguard said on Tuesday.']),
    article('lake-herald', ['The ferry Marlow sank off Orvel, the coastguard said on Monday.']),
  ]);
  assert.equal(said.contradictions.filter((c) => c.kind === 'date').length, 0);
  // Nor is the day someone told reporters or said in a statement: a briefing one spokesperson gives daily.
  for (const [monday, wednesday] of [
    ['Spokesman Ivo Marr told reporters on Monday', 'Spokesman Ivo Marr told reporters on Wednesday'],
    ['The port said in a statement on Monday', 'The port said in a statement on Wednesday'],
  ] as const) {
    const briefed = briefStory([
      article('north-wire', [`${monday} that the talks on the Marlow would resume.`]),
      article('lake-herald', [`${wednesday} that the talks on the Marlow would resume.`]),
    ]);
    assert.equal(briefed.contradictions.filter((c) => c.kind === 'date').length, 0, monday);
  }
  // The day of a clause of its own ("a vigil on Monday after …") is not the day of what came after.
  const after = briefStory([
    article('north-wire', ['A gunman killed 12 people at a fair in Orvel on Sunday.', 'He shot himself.']),
    article('lake-herald', [
      'Hundreds gathered for a vigil on Monday after a gunman killed 12 people at a fair in Orvel.',
      'He shot himself.',
    ]),
  ]);
  assert.equal(after.contradictions.filter((c) => c.kind === 'date').length, 0);
  // Reports of unknown date naming different weekdays for one happening disagree on the weekday.
  const undated = (id: string, text: string) => ({ ...article(id, [text]), published: null });
  const weekdays = briefStory([
    undated('north-wire', 'The ferry Marlow sank off Orvel on Tuesday with 40 people on board.'),
    undated('lake-herald', 'The ferry Marlow sank off Orvel on Monday with 40 passengers on board.'),
  ]);
  const named = weekdays.contradictions.filter((c) => c.kind === 'date');
  assert.equal(named.length, 1);
  assert.match(named[0]!.summary, /Monday vs Tuesday/);
});

test('statement shapes: a label or a title-case headline glued on, an ellipsis, a subordinate clause alone', () => {
  assert.equal(isStandalone('Summary:That new phone from Kelmware has a battery that lasts all day.'), false);
  assert.equal(isStandalone('Background: the Orvel council approved the plan in March last year.'), false);
  assert.equal(
    isStandalone(
      'Not Out of The Woods Yet: Despite Progress, Crisis Is Far From Over The Orvel debt cut worked.',
    ),
    false,
  );
  assert.equal(isStandalone('The United Nations Security Council met in New York on Tuesday.'), true);
  assert.equal(
    isStandalone(
      'Varlandic President Anselm Dravik and Casparan Prime Minister Ilya Sorokan signed the accord.',
    ),
    true,
  );
  assert.equal(dangles('Anna Kelm did so in 1998.'), true);
  assert.equal(dangles('Nor did the Orvel council, which met on Tuesday.'), true);
  assert.equal(dangles("The Rovers didn't and the Hawks went on to win the cup."), true);
  // A party member's epithet, an age and a surname, a quantifier for earlier things, a verb after an adverb.
  assert.equal(dangles('The Republican governor is facing a recount in the Varn Senate race.'), true);
  assert.equal(dangles('The centrist Democrat made the announcement in a video.'), true);
  assert.equal(dangles('The Republican Party of Varn said it would appeal.'), false);
  assert.equal(dangles('The 39-year-old Kelm was referring to remarks at a rally.'), true);
  assert.equal(dangles('The 39-year-old Anna Kelm was arrested on Monday.'), false);
  assert.equal(dangles('Some have been shared by the mayor and his team.'), true);
  assert.equal(dangles('The measure now goes to President Dravik’s desk.'), true);
  assert.equal(dangles('The sharp exchanges in the Varn debate drew viewers.'), false);
  assert.equal(dangles('The Orvel council did not say whether the bridge would reopen.'), false);
  assert.equal(dangles('The Orvel gunman, who killed 12 people, did so on his own, police said.'), false);
  assert.equal(isFragment('Because this is not just about Anna Kelm — even if it may look that way.'), true);
  assert.equal(isFragment('Because the roads were closed, schools in Orvel shut on Monday.'), false);
  assert.equal(isFragment('[The Rovers had a great night.'), true);
  assert.equal(isFragment('The planned route: a "ten-day loop around the Orvel lakes."'), true);
  assert.equal(isFragment('The result: the Orvel council voted to close the bridge.'), false);
  assert.equal(isFragment('Not that the first riders will be able to use it.'), true);
  assert.equal(
    trimLead('MONTBRELLE, March 11 (Reuters) - A rail strike shut much of Estravia on Tuesday.'),
    'A rail strike shut much of Estravia on Tuesday.',
  );
  assert.equal(
    trimLead('(CNN) A rail strike shut much of Estravia.'),
    'A rail strike shut much of Estravia.',
  );
  assert.equal(
    trimLead('NASA said on Monday the launch would go ahead.'),
    'NASA said on Monday the launch would go ahead.',
  );
  assert.equal(isFragment('The Rovers (who won 3-1) had a great night.'), false);
  for (const glued of [
    'Montbrelle (CNN)A rail strike shut much of Estravia.',
    '(Reuters) - A rail strike shut much of Estravia.',
    '-- A rail strike shut much of Estravia.',
  ])
    assert.equal(trimLead(glued), 'A rail strike shut much of Estravia.');
  // A bare place in capitals is a dateline when the article names the place elsewhere.
  assert.equal(
    trimLead(
      'MONTBRELLE Rail workers shut much of Estravia.',
      'MONTBRELLE Rail workers … Trains left Montbrelle late.',
    ),
    'Rail workers shut much of Estravia.',
  );
});

test('a video’s caption (an outlet’s journalist in the present tense) is no claim', () => {
  assert.equal(
    isStandalone('Orvel Ledger’s Anna Kelm discusses the impact of the new tax law on Kelmware.'),
    false,
  );
  assert.equal(
    isStandalone('Kelmware’s Anna Kelm said the new tax law would cost the bank $5 billion.'),
    true,
  );
});

test('a dateline in brackets (`[ORVEL] `) opens no summary bullet', () => {
  const brief = briefStory([
    article('north-wire', [
      '[ORVEL] The Orvel council voted on Tuesday to close the harbour to tankers for a year.',
    ]),
    article('lake-herald', [
      '[ORVEL] Orvel councillors voted on Tuesday to shut the harbour to tankers for a year.',
    ]),
  ]);
  assert.ok(brief.summary.length > 0);
  for (const s of brief.summary) assert.doesNotMatch(s.text, /^\[|^ORVEL/);
});

test('a dateline naming its region (`ORVEL, North Vale — `) opens no summary bullet', () => {
  const brief = briefStory([
    article('north-wire', [
      'ORVEL, North Vale — The Orvel council voted on Tuesday to close the harbour to tankers.',
    ]),
    article('lake-herald', [
      'ORVEL, North Vale — Orvel councillors voted on Tuesday to shut the harbour to tankers.',
    ]),
  ]);
  assert.ok(brief.summary.length > 0);
  for (const s of brief.summary) assert.doesNotMatch(s.text, /^ORVEL/);
});

test('a release date before the news (`30 June 2011 – `) opens no summary bullet', () => {
  const brief = briefStory([
    article('north-wire', [
      '30 June 2011 – The Orvel council voted on Tuesday to close the harbour to tankers.',
    ]),
    article('lake-herald', [
      '30 June 2011 – Orvel councillors voted on Tuesday to shut the harbour to tankers.',
    ]),
  ]);
  assert.ok(brief.summary.length > 0);
  for (const s of brief.summary) assert.doesNotMatch(s.text, /^30 June/);
});

test('a timeline entry opens on its news, not its dateline, and still verifies', () => {
  const articles = [
    article('north-wire', [
      'ORVEL (Wire) - The Orvel council voted on Tuesday, March 11, to close the harbour.',
    ]),
    article('lake-herald', ['[ORVEL] Orvel councillors on March 11 voted to shut the harbour to tankers.']),
  ];
  const brief = briefStory(articles);
  assert.ok(brief.timeline.length > 0);
  for (const t of brief.timeline) assert.doesNotMatch(t.text, /^\[|^ORVEL/);
  assert.deepEqual(verifyBrief(brief, articles), []);
});

test('a sentence is told once in the timeline, at the first date it names, a later date by its own clause; a dateline run into it is left out of entries and facts', () => {
  const articles = [
    article('north-wire', [
      'VARN Orvel’s council voted on Tuesday, March 11, to close the harbour to tankers.',
      'The mayors of Lisk and Varn visited Orvel in February, and the port minister is expected in April.',
    ]),
    article('lake-herald', [
      'VARN Orvel’s councillors on March 11 voted to shut the harbour to tankers.',
      'Shipping firms in Varn said they would appeal.',
    ]),
  ];
  const brief = briefStory(articles);
  const visits = brief.timeline.filter((t) => t.text.includes('mayors of Lisk'));
  assert.equal(visits.length, 1, brief.timeline.map((t) => `${t.date} ${t.text}`).join(' | '));
  assert.match(visits[0]!.date, /-02$/);
  // Its later date is told by that date's own clause.
  const april = brief.timeline.find((t) => /-04$/.test(t.date));
  assert.equal(april?.text, 'the port minister is expected in April.');
  for (const t of brief.timeline) assert.doesNotMatch(t.text, /^VARN/);
  // Nor does a fact open on it.
  for (const f of brief.facts) assert.doesNotMatch(f.text, /^VARN/);
  assert.deepEqual(verifyBrief(brief, articles), []);
});

test('a fact speaks in the wording a reader can take alone: `Kelmware said …`, not `The company said …`', () => {
  const brief = briefStory([
    article('north-wire', [
      'A fire tore through a Kelmware paint plant in Orvel on Tuesday.',
      'The company said in a statement that it was deeply shocked and was cooperating fully with the authorities.',
    ]),
    article('lake-herald', [
      'Fire destroyed a paint plant in Orvel on Tuesday.',
      'In a statement, Kelmware said it was deeply shocked and was cooperating fully with the authorities.',
    ]),
  ]);
  const fact = brief.facts.find((f) => /deeply shocked/.test(f.text));
  assert.ok(fact, brief.facts.map((f) => f.text).join(' | '));
  assert.match(fact.text, /Kelmware said/);
});

test('one claim in two outlets’ words is nobody’s exclusive: a rare common noun and two more words shared', () => {
  const brief = briefStory([
    article('north-wire', [
      'Lund and Varga held a video call on Tuesday to discuss trade between Orvel and Kelmia.',
      'Lund also praised the Kelmian decision to allow visa-free entry for Orvelian citizens, saying his government had reciprocated the move.',
    ]),
    article('lake-herald', [
      'Lund and Varga spoke by video link on Tuesday about trade between Orvel and Kelmia.',
      'Lund also hailed the introduction of visa-free travel between the two countries during the video conference.',
      'The harbour at Dravel will be dredged next spring, the port authority said.',
    ]),
  ]);
  const exclusive = new Set(brief.exclusives.flatMap((e) => e.facts));
  const texts = brief.facts.filter((f) => exclusive.has(f.id)).map((f) => f.text);
  assert.ok(!texts.some((t) => /visa-free/.test(t)), texts.join(' | '));
  assert.ok(
    texts.some((t) => /dredged/.test(t)),
    texts.join(' | '),
  );
});

test('a fact is told in the wording the other outlets share most', () => {
  const brief = briefStory([
    article('north-wire', [
      'Five people were killed on Tuesday when the crowded ferry Orvel Star overturned in rough water on Lake Orvel, police said.',
      'The regional weather office had issued a storm warning on Monday evening for the whole of the lake and the hills above it.',
    ]),
    article('lake-herald', [
      'Five people were killed when a ferry capsized on Lake Orvel on Tuesday, police said.',
      'Divers recovered the logbook of the ferry from the lake bed on Wednesday morning after a long search.',
    ]),
    article('hill-times', [
      'Five people were killed when a crowded ferry capsized on Lake Orvel on Tuesday, according to police.',
      'Police closed the lake to all boats until the end of the week while investigators examine the wreck.',
    ]),
  ]);
  const texts = brief.summary.map((s) => s.text);
  // (The Herald's words are the Times' but for "police said", which the Wire uses too.)
  assert.ok(
    texts.includes('Five people were killed when a ferry capsized on Lake Orvel on Tuesday, police said.'),
    JSON.stringify(texts),
  );
});

test('a death happens once: alike reports naming the person and different days for it disagree, two deaths do not', () => {
  const undated = { published: null };
  const brief = briefStory([
    article(
      'north-wire',
      [
        'Former Orvel mayor Tomas Ruel died early Thursday at his home in the harbour district after a long illness, his family said.',
      ],
      undated,
    ),
    article(
      'lake-herald',
      [
        'Tomas Ruel, the longest-serving mayor of Orvel, died early Tuesday after a long illness, his office announced.',
      ],
      undated,
    ),
  ]);
  const dates = brief.contradictions.filter((c) => c.kind === 'date');
  assert.equal(dates.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  assert.match(dates[0]!.summary, /Thursday vs Tuesday|Tuesday vs Thursday/);
  const two = briefStory([
    article(
      'north-wire',
      ['A fisherman, Ana Kelm, died early Thursday after her boat capsized off Orvel, police said.'],
      undated,
    ),
    article(
      'lake-herald',
      ['A second fisherman, Ivo Marek, died early Tuesday after his boat capsized off Orvel, police said.'],
      undated,
    ),
  ]);
  assert.deepEqual(
    two.contradictions.filter((c) => c.kind === 'date'),
    [],
  );
});

test('what happens to someone once (born, drafted, died) given two years by two outlets is a disagreement, however worded', () => {
  const brief = briefStory([
    article('north-wire', [
      'Orvel Rovers goalkeeper Tomas Ruel announced his retirement on Tuesday after 15 seasons in the league.',
      'Standing 6-foot-4 with remarkably quick hands, Ruel was a national youth champion and the No. 1 overall pick by Orvel in 2004.',
    ]),
    article('lake-herald', [
      'Tomas Ruel, the Orvel Rovers goalkeeper, retired on Tuesday after 15 seasons.',
      'The 36-year-old Ruel was drafted first overall in 2005 by the Rovers, where he spent his whole career.',
      'His brother Ivo, also a goalkeeper, was drafted in 2008 and retired last year.',
    ]),
  ]);
  const years = brief.contradictions.filter((c) => c.kind === 'date');
  assert.equal(years.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  assert.match(years[0]!.summary, /when Tomas Ruel was drafted: 2004 vs 2005/);
  // A year outside the event's clause says nothing of it (`drafted first overall, he retired in 2031`).
  const later = briefStory([
    article('north-wire', [
      'Tomas Ruel, drafted first overall by the Orvel Rovers, retired in 2031 after 15 seasons.',
    ]),
    article('lake-herald', [
      'Tomas Ruel was drafted first overall in 2016 by the Orvel Rovers, the club said.',
    ]),
  ]);
  assert.deepEqual(
    later.contradictions.filter((c) => c.kind === 'date'),
    [],
  );
});

test('one person said to be not planning something and considering it is a disagreement on an intention; two people’s plans are not', () => {
  const brief = briefStory([
    article('north-wire', [
      'On Wednesday, Mayor Ana Roe said she was not planning to close the Lisk harbour to cargo ships this winter.',
    ]),
    article('lake-herald', [
      'Mayor Ana Roe said Wednesday that she is considering closing the Lisk harbour to cargo ships for the winter.',
    ]),
  ]);
  const intent = brief.contradictions.filter((c) => c.kind === 'polarity');
  assert.equal(intent.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  assert.match(intent[0]!.summary, /“was not planning to close the Lisk harbour to cargo ships this winter”/);
  assert.match(intent[0]!.summary, /“is considering closing the Lisk harbour to cargo ships for the winter”/);
  const two = briefStory([
    article('north-wire', [
      'Mayor Ana Roe said she was not planning to close the Lisk harbour to cargo ships this winter.',
    ]),
    article('lake-herald', [
      'Governor Tomas Ruel said he is considering closing the Lisk harbour to cargo ships for the winter.',
    ]),
  ]);
  assert.deepEqual(
    two.contradictions.filter((c) => c.kind === 'polarity'),
    [],
  );
});

test('a role belongs to a person: a place before `, the president said` holds no role', () => {
  const brief = briefStory([
    article('north-wire', [
      'The test missile flew for twenty minutes before it fell into the Orvel Sea, the president said on Tuesday evening.',
    ]),
    article('lake-herald', [
      'The test missile flew for twenty minutes and fell into the Orvel Sea, the defence minister said on Tuesday.',
    ]),
  ]);
  assert.deepEqual(
    brief.contradictions.map((c) => c.summary),
    [],
  );
});

test('two shares of one total disagree (`took 156 seats of the 338` against `had won 157 of 338 seats`); shares of different totals do not', () => {
  const brief = briefStory([
    article('north-wire', ['The Harbour Party took 156 seats of the 338 in the Orvel parliament on Monday.']),
    article('lake-herald', [
      'The Harbour Party had won 157 of 338 seats in the Orvel parliament on Monday, according to results.',
    ]),
  ]);
  assert.equal(numberConflicts(brief).length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  const apart = briefStory([
    article('north-wire', ['The Harbour Party took 156 seats of the 338 in the Orvel parliament on Monday.']),
    article('lake-herald', [
      'The Harbour Party had won 57 of 120 seats in the Lisk assembly on Monday, according to results.',
    ]),
  ]);
  assert.deepEqual(numberConflicts(apart), []);
});

test('two shares of one total of one named party disagree in reports of unknown day, in their own words', () => {
  const undated = { published: null };
  const brief = briefStory([
    article(
      'north-wire',
      ['The Harbour Party took 156 seats of the 338, well short of a majority.'],
      undated,
    ),
    article(
      'lake-herald',
      ['Preliminary results showed the Harbour Party had won 157 of 338 seats as counting went on.'],
      undated,
    ),
  ]);
  assert.equal(numberConflicts(brief).length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  // Shares of one total, of parties no one named the same, say nothing against each other.
  const two = briefStory([
    article(
      'north-wire',
      ['The Harbour Party took 156 seats of the 338, well short of a majority.'],
      undated,
    ),
    article('lake-herald', ['The Tide Party had won 157 of 338 seats as counting went on.'], undated),
  ]);
  assert.deepEqual(numberConflicts(two), []);
});

test('one thing counted once in each report, done the same (`deployed 18 satellites` / `deployed 22 satellites`), disagrees; a count that remains or is only threatened is another', () => {
  const brief = briefStory([
    article('north-wire', [
      'The Tern-2 rocket reached orbit on its first flight on Thursday, deploying 18 small satellites for commercial customers.',
    ]),
    article('lake-herald', [
      'The rocket deployed 22 satellites for commercial and academic customers, the company said.',
    ]),
  ]);
  const satellites = numberConflicts(brief).filter((c) => /satellites/.test(c.summary));
  assert.equal(satellites.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  // Those freed and those who remain captive are two counts of girls; missiles fired and missiles
  // threatened are two counts of missiles.
  const other = briefStory([
    article('north-wire', [
      'In addition to the 21 girls freed on Thursday, a boy born in captivity was released.',
      'Orvel launched three short-range missiles on Saturday.',
    ]),
    article('lake-herald', [
      'Some 197 girls remain captives of the group, officials said on Thursday.',
      'Earlier this month Orvel threatened to fire four missiles into the sea.',
    ]),
  ]);
  assert.deepEqual(
    numberConflicts(other).map((c) => c.summary),
    [],
  );
  // A report whose count has no verb read (`… were at the scene`) still counts the one thing; a model's
  // number (`Hwasong-12`) counts nothing.
  const engines = briefStory([
    article('north-wire', [
      'At the height of the blaze, 25 fire engines and more than a hundred firefighters were at the scene in Orvel, the fire service said.',
      'Earlier this month Orvel threatened to fire four Tern-12 missiles into the sea.',
    ]),
    article('lake-herald', [
      'A dozen fire engines were sent to the warehouse in Orvel after the alarm was raised, the fire service said.',
      'Orvel launched three short-range missiles on Saturday.',
    ]),
  ]);
  const counted = numberConflicts(engines).map((c) => c.summary);
  assert.equal(counted.filter((c) => /engines/.test(c)).length, 1, counted.join(' | '));
  assert.equal(counted.filter((c) => /missiles/.test(c)).length, 0, counted.join(' | '));
});

test('one outlet saying someone apologised and another that they did not (or offered no apology) disagree; an apology reported after the denial is news', () => {
  const brief = briefStory([
    article(
      'north-wire',
      [
        'Ivo Marr was jailed for seven years on Friday for fraud.',
        'Marr apologised to the residents of Orvel.',
      ],
      {
        published: '2031-03-12',
      },
    ),
    article(
      'lake-herald',
      ['Ivo Marr was jailed for seven years on Friday for fraud.', 'Marr offered no apology.'],
      {
        published: '2031-03-13',
      },
    ),
  ]);
  const apology = brief.contradictions.filter((c) => c.kind === 'polarity');
  assert.equal(apology.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  assert.match(apology[0]!.summary, /whether Marr apologised/);
  // (Asked of the one who apologised, never of whom it was to.)
  const toWhom = briefStory([
    article(
      'north-wire',
      ['Ivo Marr was jailed for seven years on Friday.', 'Marr apologised to Ana Roe and the residents.'],
      {
        published: '2031-03-12',
      },
    ),
    article(
      'lake-herald',
      ['Ivo Marr was jailed for seven years on Friday.', 'Marr did not apologise to Ana Roe in court.'],
      {
        published: '2031-03-13',
      },
    ),
  ]);
  const asked = toWhom.contradictions.filter((c) => c.kind === 'polarity').map((c) => c.summary);
  assert.equal(asked.length, 1, asked.join(' | '));
  assert.match(asked[0]!, /whether Marr apologised/);
  const later = briefStory([
    article(
      'north-wire',
      ['The rail operator cancelled trains on Monday.', 'Tarsis Rail has not apologised to passengers.'],
      {
        published: '2031-03-12',
      },
    ),
    article(
      'lake-herald',
      ['The rail operator cancelled trains on Monday.', 'Tarsis Rail apologised to passengers on Tuesday.'],
      {
        published: '2031-03-13',
      },
    ),
  ]);
  assert.deepEqual(
    later.contradictions.filter((c) => c.kind === 'polarity').map((c) => c.summary),
    [],
  );
});

test('one outlet saying captives were freed in a prisoner swap and another quoting a denial that it was a swap disagree, once; a question is no side, and the summary names this dispute over a background figure two reports round', () => {
  const brief = briefStory([
    article('north-wire', [
      'Rebels in Varn freed 12 hostages on Thursday, officials said.',
      'The hostages were exchanged for three jailed rebel commanders in Lisk, local sources said.',
      'The conflict has displaced 2.6 million people.',
    ]),
    article('lake-herald', [
      'Rebels in Varn freed 12 hostages on Thursday.',
      'Information minister Dara Voss denied that the hostages were exchanged for rebel prisoners.',
      '“Please note that this is not a swap,” Voss said.',
      'The conflict has displaced 2.3 million people.',
    ]),
    article('east-times', [
      'Twelve hostages held by rebels in Varn were released on Thursday as part of a prisoner swap, the army said.',
      'Asked whether it was a prisoner swap, a spokesman declined to comment.',
    ]),
  ]);
  const swap = brief.contradictions.filter((c) => c.kind === 'polarity');
  assert.equal(swap.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  assert.ok(
    brief.contradictions.some((c) => c.kind === 'number'),
    brief.contradictions.map((c) => c.summary).join(' | '),
  );
  assert.match(
    swap[0]!.summary,
    /whether the captives were freed in an exchange: 1 source \(1 origin\) says no, 2 sources/,
  );
  const cited = swap[0]!.sides.map((s) => s.text).join(' | ');
  assert.match(cited, /not a swap/);
  assert.doesNotMatch(cited, /Asked whether/);
  const bullet = brief.summary.find((s) => s.kind === 'disagreement');
  assert.ok(bullet, brief.summary.map((s) => s.text).join(' | '));
  assert.match(bullet.text, /exchange/);
});

test('one outlet saying a ransom was paid and another that none was disagree once; a ransom demanded or asked about is no side', () => {
  const brief = briefStory([
    article('north-wire', [
      'Two aid workers kidnapped in Varn were freed on Monday, officials said.',
      'A ransom of $2 million was paid by their employer, a security source said.',
    ]),
    article('lake-herald', [
      'Two aid workers kidnapped in Varn were freed on Monday.',
      'The government said no ransom was paid for their release.',
    ]),
    article('east-times', [
      'Two aid workers held in Varn since March were freed on Monday.',
      'The kidnappers had demanded a ransom of $5 million in April.',
      'Asked if a ransom had been paid, a spokesman declined to comment.',
    ]),
  ]);
  const ransom = brief.contradictions.filter((c) => c.kind === 'polarity');
  assert.equal(ransom.length, 1, brief.contradictions.map((c) => c.summary).join(' | '));
  assert.match(
    ransom[0]!.summary,
    /whether a ransom was paid: 1 source \(1 origin\) says no, 1 source \(1 origin\) says yes/,
  );
  assert.deepEqual(
    ransom[0]!.sides.map((s) => s.source),
    [brief.sources[1]!.id, brief.sources[0]!.id],
  );
});

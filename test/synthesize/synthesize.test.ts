import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/index.js';
import { alignStatements } from '../../src/synthesize/align-statements.js';
import { attributedAgencies } from '../../src/synthesize/attribution.js';
import { briefStory, renderHtml, synthesize, verifyBrief } from '../../src/synthesize/index.js';
import { termsOf } from '../../src/synthesize/terms.js';
import type { Article } from '../../src/types.js';
import { makeArticle } from '../analyze/article.js';

function article(id: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  return { ...makeArticle(paragraphs, '2031-03-12', id), input: `${id}.txt`, outlet: id, ...extra };
}

test('terms fold British and American spelling and paraphrase synonyms', () => {
  assert.deepEqual(termsOf('stabilising'), termsOf('stabilizing'));
  assert.deepEqual(termsOf('neighbour'), termsOf('neighbor'));
  assert.deepEqual(termsOf('blueprint'), termsOf('plan'));
  assert.deepEqual(termsOf('the and of'), []);
});

test('agency attributions are found, ordinary words are not', () => {
  assert.deepEqual(attributedAgencies('Putin said, according to news agency AP, that ties grew.'), ['AP']);
  assert.deepEqual(attributedAgencies('Orlov spoke to the state-run Tass news service.'), ['Tass']);
  assert.deepEqual(attributedAgencies('Reuters noted that the two declared a partnership.'), ['Reuters']);
  assert.deepEqual(attributedAgencies('The map showed a gap in the road.'), []);
});

test('statements align across sources, never two from one source, and not when they differ', () => {
  const statements = [
    { source: 0, terms: termsOf('The dam will irrigate about 40,000 hectares of farmland.') },
    {
      source: 1,
      terms: termsOf('The dam will irrigate some 40,000 hectares of farmland, the authority said.'),
    },
    { source: 1, terms: termsOf('The dam irrigates 40,000 hectares of farmland near the river.') },
    { source: 2, terms: termsOf('Ten recipes for a quick spring lunch.') },
  ];
  const { groups } = alignStatements(statements);
  assert.deepEqual(groups, [[0, 1]]);
});

test('a brief counts independent origins: copies of one wire story are one origin', () => {
  const wire = [
    'The Orra river dam opened on Tuesday after nine years of construction, the regional governor said.',
    'The dam will irrigate about 40,000 hectares of farmland and supply power to 120,000 homes.',
  ];
  const brief = briefStory([
    article('a', wire, { credits: ['Reuters'] }),
    article('b', [...wire, 'Local farmers welcomed the news at a market in Orraville.'], {
      credits: ['Reuters'],
    }),
    article('c', [
      'The dam will water some 40,000 hectares of farmland and power 120,000 homes, officials said.',
    ]),
  ]);
  assert.equal(brief.sources[0]!.origin, brief.sources[1]!.origin);
  assert.notEqual(brief.sources[0]!.origin, brief.sources[2]!.origin);
  const irrigation = brief.facts.find((f) => f.sources.length === 3);
  assert.ok(irrigation, 'the irrigation fact is carried by all three sources');
  assert.equal(irrigation.independent, 2);
  assert.deepEqual(
    brief.exclusives.map((e) => e.source),
    ['s2'],
  );
});

test('a negated statement against an affirmed one is a polarity contradiction', () => {
  const brief = briefStory([
    article('a', ['The governor made no mention of Tarnland during the call with the minister.']),
    article('b', [
      'The two officials also discussed Tarnland and water prices during the call, an aide said.',
    ]),
    article('c', ['The call lasted an hour and covered irrigation policy in detail.']),
  ]);
  const polarity = brief.contradictions.filter((c) => c.kind === 'polarity');
  assert.equal(polarity.length, 1);
  assert.deepEqual(
    polarity[0]!.sides.map((s) => s.source),
    ['s1', 's2'],
  );
});

test('verification catches a citation that is not in its source', () => {
  const articles = [
    article('a', ['One statement about the Orra dam and its farmers.']),
    article('b', ['Another about the Orra dam and its farmers.']),
  ];
  const brief = briefStory(articles);
  assert.deepEqual(verifyBrief(brief, articles), []);
  const forged = {
    ...brief,
    facts: [{ ...brief.facts[0]!, citations: [{ ...brief.facts[0]!.citations[0]!, text: 'Invented.' }] }],
  };
  assert.ok(verifyBrief(forged, articles).length > 0);
});

test('the HTML rendering escapes source text', () => {
  const brief = briefStory([article('a', ['<img src=x onerror=alert(1)> was posted on the Orra dam site.'])]);
  const html = renderHtml(brief);
  assert.doesNotMatch(html, /<img src=x/);
  assert.match(html, /&#60;img src=x/);
});

test('framing reads only the text the analysis read, not what lies past its bound', () => {
  const lead = 'The Orsk council met on Monday to discuss the harbour and its future.';
  const a = article('a', [lead, 'Officials in Orsk called it the invasion of the islands.']);
  const b = article('b', [
    lead,
    'Officials in Orsk called it the special military operation in the islands.',
  ]);
  const documents = (maxChars: number) =>
    [a, b].map((x) => ({ article: x, analysis: analyze(x, { maxChars }) }));
  const whole = synthesize(documents(10_000));
  assert.equal(whole.framing.length, 1, 'both terms are read when the whole text is analysed');
  assert.deepEqual(synthesize(documents(lead.length + 1)).framing, []);
});

test('a summary calls a leading person by surname alone only when another bullet names them in full', () => {
  const full =
    'Airline spokesman Joshua Freed, who has worked for the carrier for twenty years and ran its press office in the capital for a decade before he moved to the regional headquarters in Lisk last spring, said that in his view the crew had made a mistake on the day and that the airline would look again at how its staff are trained to deal with large groups of travelling players.';
  const apology =
    'Freed said an airline manager apologized to the players and that they later flew first class to Lisk.';
  const brief = briefStory([
    article('a', [
      'The Orsk Falcons basketball team was refused boarding on a flight to Lisk on Sunday, the team said.',
      full,
      apology,
      'The team won its game in Lisk on Monday night.',
    ]),
    article('b', [
      'The Orsk Falcons were refused boarding on a Sunday flight to Lisk, the team said.',
      full,
      apology,
      'The Falcons won their game in Lisk on Monday night.',
    ]),
    article('c', [
      'Players of the Orsk Falcons said they were refused boarding on a flight to Lisk on Sunday.',
      full,
      apology,
      'The Falcons beat the Lisk Hawks on Monday night.',
    ]),
  ]);
  assert.ok(brief.summary.length > 0);
  for (const bullet of brief.summary)
    if (bullet.text.startsWith('Freed '))
      assert.ok(
        brief.summary.some((b) => b !== bullet && b.text.includes('Joshua Freed')),
        bullet.text,
      );
});

test('a summary never calls someone it has not introduced by surname alone, wherever in the sentence', () => {
  const intro =
    'The Varn prosecutor, Ilse Marchetti, who has led the inquiry since the spring, who worked in Lisk for a decade before she moved to the regional court and who spoke to reporters outside the court on Tuesday afternoon with two of her deputies and the head of the town’s police beside her, gave the first full account of what had happened in the town on that night.';
  // (Set in the sentence; a closing `…, Marchetti said.` of someone several reports name in full is allowed:
  // see the evidence tests.)
  const named =
    'Two of the men who were arrested, Marchetti said, are brothers from Lisk who ran a bakery in the old town.';
  const story = (lead: string, last: string) => [
    lead,
    'Mayor Ana Roe said the town would hold a vigil on Friday, and Ana Roe thanked the rescue teams.',
    intro,
    named,
    'Police chief Tomas Brandt said Tomas Brandt had asked for more officers, and Ana Roe agreed.',
    last,
  ];
  const brief = briefStory([
    article(
      'a',
      story(
        'Police in Varn arrested four men on Monday after a fire at the town hall.',
        'Ana Roe visited the town hall.',
      ),
    ),
    article(
      'b',
      story(
        'Four men were arrested in Varn on Monday after the town hall fire.',
        'Tomas Brandt visited the site.',
      ),
    ),
    article(
      'c',
      story(
        'Varn police arrested four men over Monday’s fire at the town hall.',
        'Ana Roe and Tomas Brandt met.',
      ),
    ),
  ]);
  // (Her introduction is too long for a bullet: the sentence calling her `Marchetti` would be the reader's first meeting.)
  assert.ok(brief.summary.length > 0);
  assert.ok(
    !brief.summary.some((b) => /\bMarchetti said\b/.test(b.text)),
    brief.summary.map((b) => b.text).join(' | '),
  );
});

test('a brief of one article calls no one by surname alone whom no bullet names in full, leading or not', () => {
  const brief = briefStory([
    article('a', [
      'The new tram line in Varn opened on Monday after ten years of delays.',
      'Ilse Marchetti, the mayor of Varn, who has led the town council since the spring of 2024, who fought for the line through three elections and two court cases and who rode the first tram from the station to the harbour on Monday morning with her two deputies, her husband and the head of the regional transport board beside her, cut the ribbon in front of a large crowd.',
      'More than 4,000 passengers rode the new trams between the station and the harbour on the opening day, Marchetti said.',
      'The line cost 80 million crowns, a third more than planned, and the regional government paid half of it.',
      'Work on a second line to the hospital in the north of the town is due to begin next spring.',
      'Tickets cost two crowns for a single ride and the trams run every ten minutes during the day.',
    ]),
  ]);
  const texts = brief.summary.map((b) => b.text);
  assert.ok(texts.length >= 3, texts.join(' | '));
  assert.ok(!texts.some((t) => /Marchetti said/.test(t)), texts.join(' | '));
});

test('a story more outlets tell gets a fuller summary (up to about 110 words, not 60), and never over 120', () => {
  const facts = [
    'The Varn river burst its banks on Monday, flooding the old town and closing the main bridge.',
    'Rescue teams evacuated about 2,000 residents from low-lying streets overnight, the regional fire service said.',
    'Mayor Ana Roe declared a state of emergency and asked the national army for extra boats.',
    'Rail services between Varn and Lisk were suspended after water covered the tracks near the station.',
    'Forecasters expect the river to peak on Wednesday before slowly falling later in the week.',
    'Schools across the district will stay closed until Friday while engineers check their buildings.',
  ];
  const openers = [
    'Floods hit Varn after days of heavy rain.',
    'Heavy rain swelled the river for a week.',
    'Residents woke to water in their kitchens.',
    'The storm moved east overnight.',
    'Shops on the quay stayed shut.',
  ];
  const story = (n: number) =>
    briefStory(
      Array.from({ length: n }, (_, k) =>
        article(`s${k}`, [openers[k]!, ...facts.map((_, i) => facts[(i + k) % facts.length]!)]),
      ),
    );
  const words = (brief: ReturnType<typeof briefStory>) =>
    brief.summary.reduce((sum, b) => sum + b.text.split(/\s+/).length, 0);
  const three = words(story(3));
  const five = words(story(5));
  assert.ok(three >= 60 && three < 80, `three outlets: ${three} words`);
  assert.ok(five >= 80 && five <= 120, `five outlets: ${five} words`);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/index.js';
import { briefStory, synthesize } from '../../src/synthesize/index.js';
import type { Article, Brief } from '../../src/types.js';
import { makeArticle } from '../analyze/article.js';

function article(id: string, paragraphs: string[], published = '2031-03-12'): Article {
  return { ...makeArticle(paragraphs, published, id), input: `${id}.txt`, outlet: `${id}.example` };
}

/** The quote groups of a brief as speaker and the sources of their variants. */
const groups = (brief: Brief): { speaker: string | null; sources: string[]; texts: string[] }[] =>
  brief.quotes.map((q) => ({
    speaker: q.speaker,
    sources: q.variants.map((v) => v.source),
    texts: q.variants.map((v) => v.text),
  }));

test('a quote group holds one speaker’s words: the same words from two speakers are two groups', () => {
  const brief = briefStory([
    article('a', [
      'Union leader Ada Lind spoke at the rally in Harlow.',
      '“We will not give up this fight,” said Ada Lind.',
    ]),
    article('b', ['The rally ended at noon.', '“We will not give up this fight.”']),
    article('c', [
      'Mayor Bo Crane answered the union on Monday.',
      '“We will not give up this fight,” said Bo Crane.',
    ]),
  ]);
  const fight = groups(brief).filter((g) => g.texts.some((t) => t.includes('give up this fight')));
  for (const g of fight) assert.ok(g.speaker === null || new Set([g.speaker]).size === 1);
  const speakers = fight.map((g) => g.speaker).sort();
  assert.ok(speakers.includes('Ada Lind') && speakers.includes('Bo Crane'), JSON.stringify(fight));
  // The words with no speaker join one of them; Bo Crane's never join Ada Lind's through them.
  assert.ok(!fight.some((g) => g.sources.includes('s1') && g.sources.includes('s3')), JSON.stringify(fight));
});

test('words from an earlier event are not a variant of today’s words', () => {
  const brief = briefStory([
    article('a', [
      'Ada Lind, an engineer, inspected the Harlow dam on Monday.',
      'Ada Lind said on Monday that the dam “will hold through the spring floods and heavy rains this year”.',
    ]),
    article('b', [
      'Ada Lind, an engineer, inspected the Harlow dam on Monday.',
      'In May 2029, Ada Lind said the dam “will hold through floods and earthquakes for a century”.',
    ]),
  ]);
  const hold = groups(brief).filter((g) => g.texts.some((t) => t.includes('will hold')));
  assert.equal(hold.length, 2, JSON.stringify(hold));
  for (const g of hold) assert.equal(g.speaker, 'Ada Lind');
});

test('a man named in full whose given name is mostly a woman’s keeps his words in the brief', () => {
  const a = article('a', [
    'Speaking at the plant in Ostrava, chief executive Satya Morel said that factories must cut their emissions.',
    '“The last decade taught us that waste costs more than it saves,” he said.',
  ]);
  const brief = synthesize([{ article: a, analysis: analyze(a) }]);
  const waste = groups(brief).find((g) => g.texts.some((t) => t.startsWith('The last decade')));
  assert.equal(waste?.speaker, 'Satya Morel', JSON.stringify(groups(brief)));
});

test('a speaker named by surname alone takes the story’s whole name of that gender', () => {
  const a = article('a', [
    'Uma Roe, an actress, spoke about the crash on Friday.',
    '“I was scared for years,” Uma Roe said.',
  ]);
  const b = article('b', [
    'Her father, Robert Roe, is a professor of philosophy.',
    '“I was angry for a very long time after the crash,” Roe says.',
  ]);
  const docA = { article: a, analysis: analyze(a) };
  const analysisB = analyze(b);
  // The second article names only `Roe` for her, and its own entities took that for her father; its
  // words say she (`speakerGender`). The story knows one woman named Roe.
  const robert = analysisB.entities.find((e) => e.name === 'Robert Roe')!;
  const quotes = analysisB.quotes.map((q) =>
    q.text.startsWith('I was angry') ? { ...q, speaker: robert.id, speakerGender: 'f' as const } : q,
  );
  const brief = synthesize([docA, { article: b, analysis: { ...analysisB, quotes } }]);
  const angry = groups(brief).find((g) => g.texts.some((t) => t.startsWith('I was angry')));
  assert.equal(angry?.speaker, 'Uma Roe', JSON.stringify(groups(brief)));
  // Without the article's word on her gender, the father it named stays the speaker.
  const plain = analysisB.quotes.map((q) =>
    q.text.startsWith('I was angry') ? { ...q, speaker: robert.id } : q,
  );
  const brief2 = synthesize([docA, { article: b, analysis: { ...analysisB, quotes: plain } }]);
  assert.equal(
    groups(brief2).find((g) => g.texts.some((t) => t.startsWith('I was angry')))?.speaker,
    'Robert Roe',
  );
});

/** The speaker of the group holding words that start so. */
const speakerOf = (brief: Brief, words: string): string | null | undefined =>
  groups(brief).find((g) => g.texts.some((t) => t.startsWith(words)))?.speaker;

test('a title taken for a name is the person the story gives that title, and titles leave a name', () => {
  const brief = briefStory([
    article('a', [
      'Chief Cabinet Secretary Kenji Morimoto spoke to reporters in Tarvo on Monday.',
      'Prime Minister Helena Varga said she was “outraged by the reckless launch”.',
    ]),
    article('b', [
      'The missile flew over the northern island of Tarvo before dawn.',
      'Arcadia’s Chief Cabinet Secretary said the missile was probably “the same type as before”.',
    ]),
  ]);
  assert.equal(speakerOf(brief, 'the same type'), 'Kenji Morimoto', JSON.stringify(groups(brief)));
  assert.equal(speakerOf(brief, 'outraged'), 'Helena Varga', JSON.stringify(groups(brief)));
});

test('a title no one in the story holds names no speaker', () => {
  const brief = briefStory([
    article('b', [
      'The missile flew over the northern island of Tarvo before dawn.',
      'Arcadia’s Chief Cabinet Secretary said the missile was probably “the same type as before”.',
    ]),
  ]);
  assert.equal(speakerOf(brief, 'the same type'), null, JSON.stringify(groups(brief)));
});

test('a speaker’s name drops the role an article wrote into it', () => {
  const brief = briefStory([
    article('a', [
      'The rocket flew for nineteen minutes over the sea.',
      'Physicist David Keller, of the Union of Careful Engineers, said today: “The rocket could reach the island with this payload.”',
    ]),
  ]);
  assert.equal(speakerOf(brief, 'The rocket could'), 'David Keller', JSON.stringify(groups(brief)));
});

test('a surname an article took for an organisation is the story’s one person of that name', () => {
  const brief = briefStory([
    article('a', [
      'President Ivan Tarkov met the Arcadian premier on Monday.',
      'Ivan Tarkov later flew home to Varna.',
    ]),
    article('b', [
      'Hours before the launch, Tarkov praised his relationship with the Arcadian premier.',
      '“We have a very good relationship with Arcadia,” Tarkov said.',
    ]),
  ]);
  assert.equal(speakerOf(brief, 'We have a very good'), 'Ivan Tarkov', JSON.stringify(groups(brief)));
});

test('`the brother` is not resolved by a kin role another article gives: whose brother depends on who speaks', () => {
  const brief = briefStory([
    article('a', ['Eric Dunn said his brother, Ray Dunn, had lived alone in Mesquite for years.']),
    article('b', [
      'The gunman’s family spoke to reporters in Florida on Tuesday.',
      '“He was the calmest person in the family,” the brother said.',
    ]),
  ]);
  assert.notEqual(speakerOf(brief, 'He was the calmest'), 'Ray Dunn', JSON.stringify(groups(brief)));
});

test('"spokesman" before a woman’s name says nothing of her gender: her words keep her name', () => {
  const brief = briefStory([
    article('a', [
      'The envoys met in Orsk on Monday.',
      'State Department spokesman Heather Nauvel also warned that the envoy "may be trying to drive a wedge between the two allies".',
    ]),
  ]);
  const wedge = groups(brief).find((g) => g.texts.some((t) => t.includes('drive a wedge')));
  assert.equal(wedge?.speaker, 'Heather Nauvel');
});

test('`the Velmora leader` is not whoever another article calls a leader: the party must be theirs too', () => {
  const brief = briefStory([
    article('a', [
      'Orsk leader Pavel Doe conceded defeat on Sunday.',
      '“We will stay in opposition,” Pavel Doe said.',
    ]),
    article('b', [
      'Ana Roe later met Ilse Lind, whose Velmora party came third.',
      '“The country needs a government right away,” the Velmora leader told reporters.',
    ]),
  ]);
  const government = groups(brief).find((g) => g.texts.some((t) => t.includes('needs a government')));
  assert.ok(government);
  assert.notEqual(government.speaker, 'Pavel Doe');
});

test('words of someone only described are not a named speaker’s, not even through a third variant', () => {
  const brief = briefStory([
    article('a', [
      'Veldonia fired a missile over the strait on Friday.',
      '“We will respond strongly with our allies if the missile launches go on,” the Tarsel foreign ministry said.',
    ]),
    article('b', [
      'Veldonia fired a missile over the strait on Friday.',
      '“Korvia opposes the missile launch over the strait on Friday and we will respond strongly with our allies if the missile launches go on.”',
    ]),
    article('c', [
      'Veldonia fired a missile over the strait on Friday.',
      '“Korvia opposes the missile launch over the strait on Friday,” spokeswoman Lina Morrow said.',
    ]),
  ]);
  const strongly = groups(brief).find((g) => g.texts.some((t) => t.includes('respond strongly')));
  assert.ok(strongly, JSON.stringify(groups(brief)));
  assert.notEqual(strongly.speaker, 'Lina Morrow', JSON.stringify(groups(brief)));
});

test('a word or two quoted alone join a longer quotation only when it holds them all', () => {
  const brief = briefStory([
    article('a', [
      'Minister Ada Lind met her Velmoran counterpart on Monday.',
      '“The strategic partnership between our two ports is exemplary,” Ada Lind said.',
    ]),
    article('b', [
      'Ada Lind met her Velmoran counterpart on Monday in Harlow.',
      'Ada Lind called the grain trade “truly strategic” for both ports.',
      'She also praised the “exemplary” partnership of the two ports.',
    ]),
  ]);
  const quotes = groups(brief);
  const exemplary = quotes.find((g) => g.texts.some((t) => t.startsWith('The strategic partnership')));
  assert.deepEqual(exemplary?.texts.sort(), [
    'The strategic partnership between our two ports is exemplary',
    'exemplary',
  ]);
  assert.ok(
    !quotes.some((g) => g.texts.includes('truly strategic') && g.texts.length > 1),
    JSON.stringify(quotes),
  );
});

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

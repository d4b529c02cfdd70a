/**
 * One reader per metadata field: the same story given as a plain-text dump, an HTML page and a crawler
 * record must give the same publication date, byline, wire credits, dateline and outlet. The story and
 * its outlet are invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../src/extract/index.js';
import { readOutlet } from '../../src/extract/metadata/outlet-name.js';
import type { Article, RawDocument } from '../../src/types.js';

const TITLE = 'Orsk council approves flood barrier plan';
const BODY = [
  'The council of Orsk approved a plan on Tuesday to build a flood barrier along the river, after two winters of flooding in the lower town.',
  'The barrier will run for four kilometres and cost about 30 million crowns, the council said in a statement after the vote.',
  '“We cannot wait for a third winter,” council member Ilse Varn told reporters outside the town hall, adding that work would start in May.',
  'Residents of the lower town have asked for a barrier since the floods of 2029 forced hundreds of families from their homes in Orsk.',
];

interface Story {
  readonly lead: string;
  readonly last?: string;
}

function dump(story: Story): string {
  return [
    'The Valley Ledger header logo',
    'Home | World | Business | Sport | Opinion',
    TITLE,
    'By Ann Lee',
    'Published Tue, Mar 4, 2031 · 08:30 AM',
    `${story.lead} ${BODY[0]}`,
    ...BODY.slice(1),
    ...(story.last ? [story.last] : []),
    'Copyright © 2031 The Valley Ledger. All rights reserved.',
  ].join('\n\n');
}

function page(story: Story): string {
  const paragraphs = [`${story.lead} ${BODY[0]}`, ...BODY.slice(1), ...(story.last ? [story.last] : [])];
  return `<!DOCTYPE html><html lang="en"><head><title>${TITLE} | The Valley Ledger</title>
<meta property="og:site_name" content="The Valley Ledger">
<meta name="author" content="Ann Lee">
<meta property="article:published_time" content="2031-03-04T08:30:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>${TITLE}</h1><p class="byline">By Ann Lee</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>Copyright © 2031 The Valley Ledger. All rights reserved.</footer></body></html>`;
}

function record(story: Story): Record<string, unknown> {
  return {
    title: TITLE,
    maintext: [`${story.lead} ${BODY[0]}`, ...BODY.slice(1), ...(story.last ? [story.last] : [])].join(
      '\n\n',
    ),
    date_publish: '2031-03-04 08:30:00',
    authors: ['Ann Lee'],
    publisher: 'The Valley Ledger',
    url: 'https://valleyledger.example/2031/03/04/orsk-barrier',
  };
}

function three(story: Story): Article[] {
  const docs: RawDocument[] = [
    { input: 'story.txt', id: 'text', kind: 'text', content: dump(story) },
    { input: 'story.html', id: 'html', kind: 'html', content: page(story) },
    { input: 'story.jsonl#1', id: 'record', kind: 'record', content: '', record: record(story) },
  ];
  return docs.map((doc) => {
    const result = extract(doc);
    assert.ok(result.ok, `${doc.id}: ${result.ok ? '' : result.reason}`);
    return result.article;
  });
}

function agree<T>(articles: readonly Article[], field: (a: Article) => T, expected: T): void {
  for (const article of articles) assert.deepEqual(field(article), expected, `${article.id}`);
}

const AFP_STORY: Story = { lead: 'ORSK, March 4 (AFP) -' };

test('publication date: the same from a dump, a page and a record', () => {
  agree(three(AFP_STORY), (a) => a.published, '2031-03-04T08:30:00');
});

test('byline: the same from a dump, a page and a record', () => {
  agree(three(AFP_STORY), (a) => a.byline, 'Ann Lee');
});

test('dateline: the same from a dump, a page and a record', () => {
  agree(three(AFP_STORY), (a) => a.dateline, 'ORSK');
});

test('outlet: the same from a dump, a page and a record', () => {
  agree(three(AFP_STORY), (a) => a.outlet, 'The Valley Ledger');
});

test('wire credits: the same canonical agency from a dump, a page and a record', () => {
  agree(three(AFP_STORY), (a) => a.credits, ['AFP']);
  agree(three({ lead: 'ORSK, March 4 (TASS) -' }), (a) => a.credits, ['Tass']);
  agree(three({ lead: 'ORSK, March 4 (AAP) -' }), (a) => a.credits, ['AAP']);
  // A closing credit on its own line, and one closing the last paragraph.
  agree(three({ lead: 'ORSK -', last: '- Reuters' }), (a) => a.credits, ['Reuters']);
  agree(
    three({ lead: 'ORSK -', last: 'The council meets again on Friday to set the budget. REUTERS' }),
    (a) => a.credits,
    ['Reuters'],
  );
  for (const article of three({
    lead: 'ORSK -',
    last: 'The council meets again on Friday to set the budget. REUTERS',
  }))
    assert.ok(!article.text.includes('REUTERS'), `${article.id} keeps the closing credit in its text`);
});

test('an outlet named only by its domain is shown by the name readers know, or by the domain', () => {
  for (const clue of [
    { url: 'https://www.straitstimes.com/world/a' },
    { lines: ['Straitstimes.com site logo'] },
    { hint: 'straitstimes.com' },
    { declared: ['STRAITSTIMES.COM'] },
  ])
    assert.equal(readOutlet(clue), 'The Straits Times', JSON.stringify(clue));
  assert.equal(readOutlet({ lines: ['We welcome feedback on BT’s website'] }), 'The Business Times');
  assert.equal(
    readOutlet({ url: 'https://www.freemalaysiatoday.com/category/nation' }),
    'Free Malaysia Today',
  );
  assert.equal(readOutlet({ url: 'https://news.orsk.example/a' }), 'news.orsk.example');
  assert.equal(readOutlet({ hint: 'orsk.example', declared: ['Orsk Daily'] }), 'Orsk Daily');
  // No clue at all: no outlet (readers see "unknown outlet"), never the file name.
  assert.equal(readOutlet({}), null);
  const bare = extract({
    input: 'folder/report-17.txt',
    id: 'report-17.txt',
    kind: 'text',
    content: BODY.join('\n\n'),
  });
  assert.ok(bare.ok);
  if (bare.ok) assert.equal(bare.article.outlet, null);
});

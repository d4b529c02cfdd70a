import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml, isProbablyHtml } from '../../src/extract/html/extract-html.js';
import { BODY, newsPage } from './fixtures.js';

test('keeps every body paragraph of a news page, in order', () => {
  const result = extractHtml(newsPage());
  let position = -1;
  for (const paragraph of BODY) {
    const at = result.text.indexOf(paragraph);
    assert.ok(at > position, `missing or out of order: ${paragraph.slice(0, 40)}`);
    position = at;
  }
});

test('drops nav, header, cookie banner, share bar, related list, newsletter, comments, footer, hidden and ads', () => {
  const { text } = extractHtml(newsPage());
  for (const chrome of [
    'Business',
    'We use cookies',
    'Share on Chirper',
    'Storm damage tallied',
    'Sign up for our newsletter',
    'Reader one',
    'All rights reserved',
    'Lighthouse keeper',
    'tracking placeholder',
    'Advertisement',
  ]) {
    assert.ok(!text.includes(chrome), `kept chrome: ${chrome}`);
  }
});

test('reads metadata from JSON-LD @graph, meta tags and html lang', () => {
  const result = extractHtml(newsPage());
  assert.equal(result.title, 'Velmora reopens northern quay after storm repairs');
  assert.equal(result.published, '2031-04-08T09:15:00+02:00');
  assert.equal(result.byline, 'Marta Quell, Jon Ferrow');
  assert.equal(result.outlet, 'The Coastal Ledger');
  assert.equal(result.language, 'en');
});

test('finds the wire credit and the dateline', () => {
  const result = extractHtml(newsPage());
  assert.deepEqual(result.credits, ['Reuters']);
  assert.equal(result.dateline, 'VELMORA');
});

test('marks the standfirst and headings, keeps the headline out of the body', () => {
  const result = extractHtml(newsPage());
  assert.equal(result.paragraphs[0]?.kind, 'standfirst');
  assert.match(result.paragraphs[0]?.text ?? '', /^Fourteen cargo ships/);
  const heading = result.paragraphs.find((block) => block.kind === 'heading');
  assert.equal(heading?.text, 'Crews waited offshore');
  assert.ok(!result.text.includes('Velmora reopens northern quay'));
});

test('splits the figure caption and its credit out of the body', () => {
  const result = extractHtml(newsPage());
  assert.equal(result.captions.length, 1);
  assert.equal(
    result.captions[0]?.text,
    'Cranes unload a container ship at the reopened northern quay in Velmora, April 8, 2031.',
  );
  assert.equal(result.captions[0]?.credit, 'Anja Brell/Reuters');
  assert.ok(!result.text.includes('Cranes unload'));
});

test('block offsets point into the text, which is the blocks joined by blank lines', () => {
  const result = extractHtml(newsPage());
  assert.equal(result.text, result.paragraphs.map((block) => block.text).join('\n\n'));
  for (const block of result.paragraphs) assert.equal(result.text.slice(block.start, block.end), block.text);
});

test('records what it removed and why', () => {
  const result = extractHtml(newsPage());
  assert.ok(result.removed.some((item) => item.reason === 'chrome' && item.text.includes('World')));
  assert.ok(result.removed.length > 0);
});

test('strips site suffixes from <title> when no cleaner title exists', () => {
  const page = (title: string) =>
    `<html><head><title>${title}</title></head><body><article><p>${BODY.join('</p><p>')}</p></article></body></html>`;
  assert.equal(
    extractHtml(page('Quay reopens after repairs - Velmora Daily')).title,
    'Quay reopens after repairs',
  );
  assert.equal(
    extractHtml(page('Quay reopens after repairs | News | Velmora Daily')).title,
    'Quay reopens after repairs',
  );
  assert.equal(extractHtml(page('Quay reopens after repairs')).title, 'Quay reopens after repairs');
});

test('prefers the JSON-LD name over a headline that is really a description', () => {
  const page = `<html><head><title>Velmora Quay - Harbourpedia</title>
<script type="application/ld+json">{"@type":"Article","name":"Velmora Quay","headline":"stone pier on the northern shore of the bay"}</script>
</head><body><article><p>${BODY.join('</p><p>')}</p></article></body></html>`;
  assert.equal(extractHtml(page).title, 'Velmora Quay');
});

test('reads published time from meta tags and <time>, bylines from rel=author', () => {
  const body = `<article><p>${BODY.join('</p><p>')}</p></article>`;
  const withMeta = `<html><head><meta property="article:published_time" content="2031-04-08T07:00:00Z"></head><body>${body}</body></html>`;
  assert.equal(extractHtml(withMeta).published, '2031-04-08T07:00:00Z');
  const parsely = `<html><head><meta name="parsely-pub-date" content="2031-04-09"></head><body>${body}</body></html>`;
  assert.equal(extractHtml(parsely).published, '2031-04-09');
  const withTime = `<html><body><p class="meta"><time datetime="2031-04-10T12:30:00+01:00">10 April</time> <a rel="author" href="/p/anna">Anna Lisk</a></p>${body}</body></html>`;
  const result = extractHtml(withTime);
  assert.equal(result.published, '2031-04-10T12:30:00+01:00');
  assert.equal(result.byline, 'Anna Lisk');
});

test('datelines in bracket and colon forms, agencies in the lead', () => {
  const page = (lead: string) =>
    `<html><body><article><p>${lead}</p><p>${BODY.slice(1).join('</p><p>')}</p></article></body></html>`;
  const bracket = extractHtml(
    page('[VELMORA] The harbour authority reopened the quay on Tuesday, officials said at a press briefing.'),
  );
  assert.equal(bracket.dateline, 'VELMORA');
  const colon = extractHtml(
    page('VELMORA: The harbour authority reopened the quay on Tuesday, officials said at a press briefing.'),
  );
  assert.equal(colon.dateline, 'VELMORA');
  const afp = extractHtml(
    page('NORTH PORT, April 8 (AFP) - The harbour authority reopened the quay on Tuesday, officials said.'),
  );
  assert.equal(afp.dateline, 'NORTH PORT');
  assert.deepEqual(afp.credits, ['AFP']);
});

test('hints from the caller win over the page', () => {
  const result = extractHtml(newsPage(), {
    hints: { title: 'Given title', outlet: 'Given Outlet', published: '2031-04-01' },
  });
  assert.equal(result.title, 'Given title');
  assert.equal(result.outlet, 'Given Outlet');
  assert.equal(result.published, '2031-04-01');
});

test('isProbablyHtml tells pages from other text', () => {
  assert.equal(isProbablyHtml(newsPage()), true);
  assert.equal(isProbablyHtml('<div><p>hello</p><span>x</span></div>'), true);
  assert.equal(isProbablyHtml('Plain text about a harbour, with no markup at all.'), false);
  assert.equal(isProbablyHtml('{"title":"a json record"}'), false);
  assert.equal(isProbablyHtml('\u0000\u0001binary'), false);
});

test('keeps a formula whose container has a menu-like class, and still drops the menu', () => {
  // MathJax wraps each formula in a container classed `CtxtMenu_Attached_0` (its context menu): the
  // formula is the text's own; the visual copy is aria-hidden and the MathML copy is read.
  const formula = (n: number) =>
    `<mjx-container class="MathJax CtxtMenu_Attached_0"><mjx-math aria-hidden="true"><mjx-c class="c${n}"></mjx-c></mjx-math>` +
    `<mjx-assistive-mml display="inline"><math><mi>x</mi><mo>=</mo><mn>${n}</mn></math></mjx-assistive-mml></mjx-container>`;
  const page = `<html><head><title>Roots of the Mirrow polynomial</title></head><body>
    <div class="site-menu"><a href="/">Home</a> <a href="/maths">Maths</a> <a href="/about">About the Mirrow society</a></div>
    <h1>Roots of the Mirrow polynomial</h1>
    <p>The Mirrow society's paper shows that when the polynomial is written out in full, its first root is</p>
    ${formula(7)}
    <p>and its second root, found by the same substitution and checked by the society's three referees, is</p>
    ${formula(11)}
    <p>Both roots were confirmed by hand before the paper went to press, which the society says took a month.</p>
    <p>The society's chair said the result settles a question its members had argued about since the polynomial was first described.</p>
    <p>Members who had expected a third root said they would read the proof again at the next meeting, which is open to the public.</p>
  </body></html>`;
  const { text } = extractHtml(page);
  assert.match(text, /x\s*=\s*7/);
  assert.match(text, /x\s*=\s*11/);
  assert.ok(!text.includes('About the Mirrow society'), 'kept the menu');
});

test('a section headed "Response" is the article; a counted "Responses" heading opens the comments', () => {
  const page = `<html><head><title>How the Mirrow API answers</title></head><body><article>
    <h1>How the Mirrow API answers</h1>
    <p>The Mirrow API takes a request object, checks its headers, and hands it to the handler that the service registered for its path.</p>
    <p>Requests carry a method, a path and a body, and the service may read the body once, as a stream, or all at once as text.</p>
    <h2>Response</h2>
    <p>Response objects are returned by every handler; they carry a status code, a reason phrase and headers the handler may set.</p>
    <p>A handler that throws gives an error response with status 500, and its message is written to the service's own log only.</p>
    <h2>12 Responses</h2>
    <p>Great post, thanks!</p>
    <p>How do I cancel a request that is already sent?</p>
  </article></body></html>`;
  const { text } = extractHtml(page);
  assert.match(text, /Response objects are returned by every handler/);
  assert.match(text, /A handler that throws gives an error response/);
  assert.ok(!text.includes('Great post'), 'kept a comment');
});

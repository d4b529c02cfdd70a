import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml, isProbablyHtml, pickAttempt } from '../../src/extract/html/extract-html.js';
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

test('a Dublin Core title comes before a social card title, and a property before a name', () => {
  const page = (head: string) =>
    `<html><head><title>Quay news</title>${head}</head><body><article><p>${BODY.join('</p><p>')}</p></article></body></html>`;
  assert.equal(
    extractHtml(
      page(`<meta name="og:title" content="You will not believe this quay">
<meta name="DC.title" content="Quay reopening, catalogue name">
<meta property="dc:title" content="Velmora quay reopens after repairs">
<meta property="og:title" content="Quay is back">`),
    ).title,
    'Velmora quay reopens after repairs',
  );
  assert.equal(
    extractHtml(
      page(`<meta name="og:title" content="Quay card by name">
<meta property="og:title twitter:title" content="Velmora quay reopens after repairs">`),
    ).title,
    'Velmora quay reopens after repairs',
  );
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

test('an article body marked itemprop="articleBody" is kept even inside an <aside>', () => {
  const paragraphs = [
    'The Velmora book prize went on Monday to a first novel set in the harbour town, the prize jury said.',
    'The jury chair called the book the most daring of the year and said the vote had been unanimous.',
    'The author, who worked as a ferry clerk for twenty years, said she would spend the prize on time to write.',
    'Her novel follows three generations of a family who run the last boatyard on the quay, and how the town changed around it.',
    'The prize, now in its fortieth year, is worth ten thousand crowns and a year of lodging in the old customs house.',
    'Booksellers in the town said the shortlist had sold more copies this year than in any year they could remember.',
  ];
  const teasers = [
    'Breaking: the council votes to close the old quay to cars from next spring, after a year of complaints from traders.',
    'The harbour master says the winter storms cost the port more than any season in a decade, and asks for new walls.',
    'Ferry timetables change from Sunday, with two more crossings on weekdays and one fewer late on Saturday nights.',
    'The town museum opens a new room on the history of the customs house, with letters lent by families of the town.',
    'School leavers in Velmora can apply for the shipwright apprenticeship until the end of the month, the yard says.',
  ];
  const page = `<html><head><title>Velmora book prize goes to a first novel</title></head><body>
    <nav><a href="/">Home</a> <a href="/books">Books</a></nav>
    <main><aside class="direct-content"><section itemscope itemtype="http://schema.org/Article">
      <h1 itemprop="headline">Velmora book prize goes to a first novel</h1>
      <div itemprop="articleBody">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>
    </section></aside>
    <div class="ticker">${teasers.map((p) => `<p>${p}</p>`).join('')}</div>
    <aside class="sidebar"><h3>Most read</h3><p><a href="/a">Storm closes the quay</a></p></aside></main>
  </body></html>`;
  const { text } = extractHtml(page);
  for (const paragraph of paragraphs)
    assert.ok(text.includes(paragraph), `missing: ${paragraph.slice(0, 40)}`);
  assert.ok(!text.includes('Storm closes the quay'), 'kept the sidebar');
});

test('a short post is chosen over a longer cookie notice when no attempt is long enough', () => {
  const notice =
    'Privacy and cookies: this site uses cookies. By continuing to use this website you agree to their use. ' +
    'To find out more, including how to control cookies, see the cookie policy of the site and its partners, ' +
    'which also explains how the partners use what they learn about your visits to show you advertising.';
  const page = `<html><head><title>Nothing to do</title></head><body>
    <div id="wrapper"><div id="content">
      <div class="post hentry" id="post-406">
        <h2 class="posttitle"><a href="/2013/06/14/nothing">Nothing to do is also something</a></h2>
        <p class="commentmeta">14 June 2013 at 20:51</p>
        <p>“I know I am tired and should not say this…”</p>
        <p>– “Then do not say it.”</p>
        <p>– “Ok.”</p>
      </div>
      <div class="sharedaddy sd-sharing"><h3>Share this:</h3><ul><li><a href="#">Chirper</a></li></ul></div>
      <div id="respond" class="comment-respond"><h3>Leave a reply</h3><form><textarea></textarea></form></div>
    </div></div>
    <div id="cookie-banner-widget"><div><div>${notice}</div></div></div>
  </body></html>`;
  const { text } = extractHtml(page);
  assert.match(text, /Then do not say it/);
  assert.ok(!text.includes('this site uses cookies'), 'kept the cookie notice');
});

test("a site's short copyright line goes; a paragraph that discusses rights stays", () => {
  const rights =
    'The label said all rights reserved by the band in the 1990s contract had passed to the estate, and that the new recordings of the Mirrow sessions would be released by the estate next spring.';
  const page = `<html><head><title>Mirrow sessions to be released</title></head><body><article>
    <h1>Mirrow sessions to be released</h1>
    <p>${BODY.join('</p><p>')}</p>
    <p>${rights}</p>
    <p>© 2020 Velmora Media Group. All Rights Reserved.</p>
  </article></body></html>`;
  const { text } = extractHtml(page);
  assert.ok(text.includes(rights), 'dropped the paragraph about rights');
  assert.ok(!text.includes('Velmora Media Group'), 'kept the copyright line');
});

test('ad labels, rating and sign-in prompts and picture credits in any of the common languages go; prose that opens alike stays', () => {
  const prose =
    'Photos: the exhibition shows forty prints from the Mirrow archive, most of them never printed before, and the curators say the rest will follow next spring.';
  const chrome = [
    '- Anzeige -',
    'Reklama',
    'Pour lire la suite',
    'War der Artikel nützlich?',
    'Was this article helpful?',
    'Sie müssen sich einloggen, um sich an einer Diskussion zu beteiligen.',
    'Titelbild: Velmora Archiv',
    'Bild via Velmora',
  ];
  const page = `<html><head><title>Mirrow prints shown</title></head><body><article>
    <h1>Mirrow prints shown</h1>
    <p>${BODY.join('</p><p>')}</p>
    ${chrome.map((c) => `<p>${c}</p>`).join('\n')}
    <p>${prose}</p>
  </article></body></html>`;
  const { text } = extractHtml(page);
  assert.ok(text.includes(prose), 'dropped prose opening with a credit word');
  for (const c of chrome) assert.ok(!text.includes(c), `kept ${c}`);
});

test('reads the article of a page that leaves out its <html> tag or never closes its <head>, as a browser does', () => {
  const body = BODY.map((paragraph) => `<p>${paragraph}</p>`).join('');
  const pages = {
    'no <html>': `<!DOCTYPE html><head><title>Harbour</title></head><body><article>${body}</article></body>`,
    'unclosed <head>': `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour</title><div id="article">${body}</div></html>`,
    neither: `<head><title>Harbour</title><div class="content">${body}</div>`,
  };
  for (const [shape, page] of Object.entries(pages)) {
    const { text } = extractHtml(page);
    for (const paragraph of BODY)
      assert.ok(text.includes(paragraph), `${shape}: lost ${paragraph.slice(0, 40)}`);
  }
});

/** Invented filler of other stories, `count` sentences long, so that a wrong container is long enough to be taken. */
const otherStories = (count: number) =>
  Array.from(
    { length: count },
    (_, index) =>
      `Story ${index + 1}: the council of Drennick voted on the ferry timetable after a long debate.`,
  ).join(' ');

test('keeps a block that holds most of the article though its class name sounds like chrome (field--label-hidden)', () => {
  const article = BODY.map((paragraph) => `<div class="field__item"><p>${paragraph}</p></div>`).join('');
  const page = `<html><body><div class="block block-main-content"><p class="intro">${otherStories(8)}</p><div class="field field--name-field-inhalt field--label-hidden">${article}</div></div></body></html>`;
  const { text } = extractHtml(page);
  for (const paragraph of BODY) assert.ok(text.includes(paragraph), `lost ${paragraph.slice(0, 40)}`);
});

test('a short first find loses to a looser attempt that finds several times as much', () => {
  const article = [...BODY, ...BODY.map((paragraph) => paragraph.replace('Velmora', 'the port'))]
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
  const disclosure = `<div class="disclosure"><p>${otherStories(7)}</p></div>`;
  const page = `<html><body>${disclosure}<div class="social-layout"><div class="post">${article}</div></div></body></html>`;
  const { text } = extractHtml(page);
  for (const paragraph of BODY) assert.ok(text.includes(paragraph), `lost ${paragraph.slice(0, 40)}`);
});

test('drops the characters a browser does not draw (soft hyphens, zero-width spaces) from the body', () => {
  const marked = BODY.map(
    (paragraph) =>
      `<p>${paragraph.replace('Velmora', 'Vel&shy;mora').replace('harbour', 'har\u200Bbour')}</p>`,
  );
  const { text } = extractHtml(`<html><body><article>${marked.join('')}</article></body></html>`);
  for (const paragraph of BODY)
    assert.ok(text.includes(paragraph), `not as shown: ${paragraph.slice(0, 40)}`);
  assert.ok(!/[\u00AD\u200B]/.test(text));
});

test('a single <br> inside a paragraph is a line break of the text (a list of signatories), as a browser draws it', () => {
  const article = BODY.map((paragraph) => `<p>${paragraph}</p>`).join('');
  const list =
    '<p><strong>Orla Penhallow</strong>, <span>Velmora University</span><br />\n<strong>Tamsin Ruddock</strong><br><br/>\n<strong>Ewan Trelawny</strong></p>';
  const { text } = extractHtml(`<html><body><article>${article}${list}</article></body></html>`);
  // (Two in a row end the paragraph, as Readability reads them.)
  assert.ok(text.includes('Orla Penhallow, Velmora University\nTamsin Ruddock\n\nEwan Trelawny'), text);
});

test('a byline in a box whose class says intro is not taken for the standfirst', () => {
  const article = BODY.map((paragraph) => `<p>${paragraph}</p>`).join('');
  const page = `<html><body><div class="page-intro"><h1>Nordkai wieder offen</h1><div class="page-intro__authors">von Ilse Varnholt, Tobias Roebeck</div><div class="page-intro__copy">Die Hafenbehörde von Velmora hat den Nordkai nach drei Wochen wieder geöffnet.</div></div><article>${article}</article></body></html>`;
  const { paragraphs } = extractHtml(page);
  const standfirst = paragraphs.find((block) => block.kind === 'standfirst');
  assert.equal(
    standfirst?.text,
    'Die Hafenbehörde von Velmora hat den Nordkai nach drei Wochen wieder geöffnet.',
  );
});

test('an advertiser disclosure or disclaimer box inside the article is not body', () => {
  const disclosure =
    'This post contains references to products from one or more of our advertisers, and we may receive compensation when you click on links to those products.';
  const disclaimer =
    'Opinions expressed in the responses below are the commenters’ alone and have not been reviewed, approved or endorsed by any advertiser of this site.';
  const article = BODY.map((paragraph) => `<p>${paragraph}</p>`).join('');
  const page = `<html><body><div class="article-content"><section class="editorial-disclosure"><p>${disclosure}</p></section>${article}<div class="comments-disclaimer"><p>${disclaimer}</p></div></div></body></html>`;
  const { text } = extractHtml(page);
  for (const paragraph of BODY) assert.ok(text.includes(paragraph), `lost ${paragraph.slice(0, 40)}`);
  assert.ok(!text.includes('our advertisers'));
  assert.ok(!text.includes('commenters’ alone'));
});

test('reads the article a script renders from the copy the page keeps in <noscript>; a short notice there is not body', () => {
  const article = BODY.map((paragraph) => `<p>${paragraph}</p>`).join('');
  const page = `<html><body><h1>Port reopens</h1><div class="post-body"><script type="text/template">${article}</script><noscript>${article}</noscript></div><noscript><p>Please enable JavaScript to view the comments.</p><img src="https://pixel.example/t.gif"></noscript></body></html>`;
  const { text } = extractHtml(page);
  for (const paragraph of BODY) assert.ok(text.includes(paragraph), `lost ${paragraph.slice(0, 40)}`);
  assert.ok(!text.includes('enable JavaScript'));
});

test('a page whose article a script renders is read from its JSON-LD articleBody; a page showing its article is read as shown', () => {
  const ld = (body: string) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Port reopens', articleBody: body })}</script>`;
  const shell = `<html><head>${ld(BODY.join('\n'))}</head><body><div id="app"><h1>Port reopens</h1><p>Loading the story…</p></div></body></html>`;
  const fromJsonLd = extractHtml(shell);
  assert.deepEqual(
    fromJsonLd.paragraphs.map((paragraph) => paragraph.text),
    [...BODY],
  );
  const shown = BODY.map((paragraph) => `<p>${paragraph}</p>`).join('');
  const page = `<html><head>${ld(`${BODY[0]} An older summary of the story that the page does not show.`)}</head><body><article>${shown}</article></body></html>`;
  assert.ok(!extractHtml(page).text.includes('older summary'));
});

test('a short find that a looser attempt repeats is checked against the next attempt, which may free the article', () => {
  const pick = (lengths: number[]) => {
    const asked: number[] = [];
    const result = pickAttempt(
      lengths.length,
      (index) => {
        asked.push(index);
        return { length: lengths[index]! };
      },
      (attempt) => attempt.length,
    );
    return { length: result.length, asked };
  };
  // The same 711 characters twice, then the article: the article.
  assert.deepEqual(pick([711, 711, 2347, 2347]), { length: 2347, asked: [0, 1, 2] });
  // A different, not much longer find: the first stands, and no further attempt is run.
  assert.deepEqual(pick([711, 800, 2347, 2347]), { length: 711, asked: [0, 1] });
  assert.deepEqual(pick([711, 2500, 2600, 2600]), { length: 2500, asked: [0, 1] });
  // Long enough at once: one attempt only; all short: the one keeping most.
  assert.deepEqual(pick([1500, 9000, 9000, 9000]), { length: 1500, asked: [0] });
  assert.deepEqual(pick([300, 450, 200, 100]), { length: 450, asked: [0, 1, 2, 3] });
});

test('a paragraph that is only a related-content heading (`Verwandte Artikel`) starts a list of other stories', () => {
  const article = BODY.map((paragraph) => `<p>${paragraph}</p>`).join('');
  const related =
    '<p>Verwandte Artikel</p><p>Fähre nach Orsk fährt wieder</p><p>Neue Schleuse im Nordhafen eröffnet</p>';
  const { text } = extractHtml(`<html><body><article>${article}${related}</article></body></html>`);
  for (const paragraph of BODY) assert.ok(text.includes(paragraph), `lost ${paragraph.slice(0, 40)}`);
  assert.ok(!text.includes('Verwandte Artikel'));
  assert.ok(!text.includes('Schleuse'));
});

test('a line that is only a date, in any of several languages, leaves the body and still dates the page', () => {
  const article = BODY.map((paragraph) => `<p>${paragraph}</p>`).join('');
  const page = `<html lang="de"><body><article><h1>Hafen wieder offen</h1><p>Veröffentlicht: 2. Februar 2022</p>${article}</article></body></html>`;
  const result = extractHtml(page);
  assert.ok(!result.text.includes('Veröffentlicht'));
  assert.equal(result.published?.slice(0, 10), '2022-02-02');
  for (const paragraph of BODY) assert.ok(result.text.includes(paragraph), `lost ${paragraph.slice(0, 40)}`);
});

/** Extracts the article with `lines` as paragraphs after it: every body paragraph stays, no line does. */
function assertLinesDropped(lines: readonly string[]): void {
  const article = BODY.map((paragraph) => `<p>${paragraph}</p>`).join('');
  const page = `<html><body><article>${article}${lines.map((line) => `<p>${line}</p>`).join('')}</article></body></html>`;
  const { text } = extractHtml(page);
  for (const paragraph of BODY) assert.ok(text.includes(paragraph), `lost ${paragraph.slice(0, 40)}`);
  for (const line of lines) assert.ok(!text.includes(line), `kept ${line}`);
}

test('inline links to other stories in Spanish and Portuguese, and a credit line in brackets, are not body', () => {
  assertLinesDropped([
    'Le puede interesar: Nuevo puerto abrirá en marzo',
    'VEA TAMBIÉN: Ferry vuelve a operar',
    'Leia também: Porto reabre após obras',
    '(Crédito: Ana Roe/Agencia Velmora)',
  ]);
});

test('rating, sharing and sign-up prompts under an article are not body', () => {
  assertLinesDropped([
    'Wie bewerten Sie diesen Artikel?',
    'Artikel gefallen? Vergiss nicht zu teilen!',
    'Bitte geben Sie die Zahlenfolge in das nachfolgende Textfeld ein',
    'Want the harbour news first? Sign up here',
    'Lesezeit: 4 Minuten',
    'Verraten Sie gerne in den Kommentaren: Wie gefällt Ihnen der neue Hafen?',
    'Hier geht es zur neuen Fährverbindung',
    'zurück zur Listenansicht',
    'Dieses Skript als PDF herunterladen',
  ]);
});

test('counters, blog footers, rights and licence lines, support appeals and teaser links under an article are not body', () => {
  assertLinesDropped([
    'Aufrufe: 1120',
    'Kommentare insgesamt: 0',
    'This entry was posted in Harbour. Bookmark the permalink.',
    'Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone',
    'Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND 4.0',
    'SUGGESTED CITATION Roe, Ana: The harbour in the storm, Harbour Blog, 3 March 2031',
    'If you enjoyed reading this post, would you consider supporting our work?',
    'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.',
    'Auskunft über vergangenes Wetter… mehr •••',
    'drukuj',
  ]);
});

test('a caption in a picture box built of spans (no figure element) is a caption, not body text', () => {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of the report says the northern quay reopened after weeks of repairs, and that the cranes are working again at full speed.</p>`;
  const html = `<html><body><article><h1>Quay reopens</h1>${paragraph(1)}${paragraph(2)}
    <span class="storyimage inlineimage"><img src="quay.jpg" alt="A crane">
    <span class="caption truncate"><span class="attribution">© Harbour Photos</span> VELMORA, APRIL 8: A crane lifts a container at the quay. (Photo by Ines Dahl/Harbour Photos)</span></span>
    ${paragraph(3)}${paragraph(4)}</article></body></html>`;
  const result = extractHtml(html);
  assert.ok(result.text.includes('Paragraph 3 of the report'));
  assert.ok(!result.text.includes('A crane lifts'), result.text);
  assert.ok(result.captions.some((c) => c.text.includes('A crane lifts')));
});

test('a page’s declared language gives way to its body’s own words (a template’s `lang="en"` on a German story)', () => {
  const paragraphs = [
    'Die Stadt Velmora hat am Montag den nördlichen Kai wieder eröffnet, nachdem der Sturm im Winter große Schäden an der Mauer angerichtet hatte.',
    'Nach Angaben der Verwaltung wurden die Arbeiten in nur sechs Wochen abgeschlossen, und die Fähren fahren seit dem Morgen wieder nach Plan.',
    'Der Hafenmeister sagte, dass die Kosten für die Reparatur höher als erwartet ausgefallen seien und die Stadt nun mit dem Land über eine Hilfe spreche.',
  ];
  const html = `<!doctype html><html lang="en"><head><title>Velmora: Kai wieder offen</title></head><body><article><h1>Velmora: Kai wieder offen</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  assert.equal(extractHtml(html).language, 'de');
  assert.equal(extractHtml(newsPage()).language, 'en');
  // A German story that opens with an English quotation is still German: the whole body is read.
  const quoted = `<!doctype html><html lang="en"><head><title>Velmora</title></head><body><article><p>“There is a way out of every storm, and the harbour of this town is the proof of it, as the people who live here will tell you,” schreibt die Autorin in ihrem Buch.</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  assert.equal(extractHtml(quoted).language, 'de');
});

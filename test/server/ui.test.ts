/**
 * The web UI in-process: headers (CSP, caching, compression, ETag), HTML errors on UI routes and JSON
 * under /api, and the pure pieces pages are built from (escaping, safe links, headlines, dates, outlet
 * names, snippets). The browser test (test/browser/ui.test.ts) checks what a reader sees.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createApp } from '../../src/server/app.js';
import { CONTENT_SECURITY_POLICY } from '../../src/server/guards/security-headers.js';
import { createService } from '../../src/server/service.js';
import { formatDay, formatRange } from '../../src/server/ui/format.js';
import { storyHeadline } from '../../src/server/ui/headline.js';
import { html } from '../../src/server/ui/html.js';
import { outletLabel } from '../../src/server/ui/outlet-name.js';
import { safeHref } from '../../src/server/ui/safe-url.js';
import { snippetParts } from '../../src/store/snippet-parts.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { emptyBrief, makeArticle } from '../store/article-fixture.js';

describe('web UI routes (in-process)', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    store = openSqliteStore(':memory:');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const added = await store.addArticle({
        article: makeArticle({
          url: `https://tarn.example/${i}`,
          title: `Tarn tram line opens (${i})`,
          outlet: 'Harbour Times',
          text: `The Tarn tram line opened on Monday with ${i + 10} trams. Riders queued for hours.`,
        }),
      });
      ids.push(added.id);
    }
    await store.writeStories([
      {
        id: 'tram',
        title: 'Tarn tram line opens',
        members: ids,
        origins: [],
        first: '2031-05-01',
        last: '2031-05-02',
      },
    ]);
    await store.saveBrief('tram', emptyBrief('<script>alert(1)</script>Tarn tram line opens'));
    app = createApp(createService({ store }));
  });
  after(() => store.close());

  test('pages carry a strict CSP, revalidate by ETag, and compress with brotli or gzip', async () => {
    const page = await app.request('/', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline/);
    assert.equal(page.headers.get('content-encoding'), 'br');
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    const text = brotliDecompressSync(Buffer.from(await page.arrayBuffer())).toString('utf8');
    assert.match(text, /Tarn tram line opens/);
    assert.doesNotMatch(text, /<script>alert/);
    assert.doesNotMatch(text, /<style|style="|<script>/, 'no inline style or script');
    const etag = page.headers.get('etag') ?? '';
    const again = await app.request('/', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    const gzip = await app.request('/stories/tram', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gzip.headers.get('content-encoding'), 'gzip');
    assert.match(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString('utf8'), /Coverage by outlet/);
  });

  test('assets have hashed names and are cached for a year', async () => {
    const page = await (await app.request('/')).text();
    const css = /href="(\/assets\/ui\.[0-9a-f]{10}\.css)"/.exec(page)?.[1];
    const js = /src="(\/assets\/ui\.[0-9a-f]{10}\.js)"/.exec(page)?.[1];
    assert.ok(css && js);
    const res = await app.request(css, { headers: { 'accept-encoding': 'br' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
    assert.match(res.headers.get('content-type') ?? '', /text\/css/);
    assert.equal((await app.request('/assets/ui.0000000000.css')).status, 404);
  });

  test('UI routes answer HTML errors, /api answers JSON', async () => {
    for (const [path, status] of [
      ['/stories/nope', 404],
      ['/no/such/page', 404],
      ['/?page=abc', 400],
      ['/?page=0', 400],
      [`/search?q=${'x'.repeat(600)}`, 400],
    ] as const) {
      const res = await app.request(path);
      assert.equal(res.status, status, path);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/, path);
      const body = await res.text();
      assert.match(body, /<h1>/);
      assert.doesNotMatch(body, /"error"|at \w+ \(/, 'no JSON, no stack trace');
    }
    const api = await app.request('/api/stories/nope');
    assert.equal(api.status, 404);
    assert.match(api.headers.get('content-type') ?? '', /json/);
    assert.equal((await app.request('/api/nothing')).headers.get('content-type')?.includes('json'), true);
    const old = await app.request('/?q=tram');
    assert.equal(old.status, 301);
    assert.equal(old.headers.get('location'), '/search?q=tram');
  });

  test('search: a count, highlighted words, a friendly page for no match and for no words', async () => {
    const found = await (await app.request('/search?q=tram')).text();
    assert.match(found, /1 story matches “tram”/);
    assert.match(found, /<mark>tram<\/mark>/i);
    assert.match(await (await app.request('/search?q=zeppelin')).text(), /No story matches “zeppelin”/);
    assert.match(await (await app.request('/search')).text(), /Search stories/);
  });
});

test('html escapes every value; only markup built by the tag passes', () => {
  const hostile = '"><img src=x onerror=alert(1)>';
  assert.equal(html`<p title="${hostile}">${hostile}</p>`.value.includes('<img'), false);
  assert.equal(html`<p>${html`<b>${'<i>'}</b>`}</p>`.value, '<p><b>&#60;i&#62;</b></p>');
  assert.equal(html`${[1, null, false, undefined, 'a']}`.value, '1a');
});

test('safeHref links only to http(s)', () => {
  assert.equal(safeHref('javascript:alert(1)'), null);
  assert.equal(safeHref(' JAVASCRIPT:alert(1)'), null);
  assert.equal(safeHref('data:text/html,<b>x</b>'), null);
  assert.equal(safeHref('/relative'), null);
  assert.equal(safeHref('https://user:pw@x.example/'), null);
  assert.equal(safeHref('https://x.example/a b"'), 'https://x.example/a%20b%22');
});

test('headlines: datelines and site names come off, site-name titles and cut ledes are passed over', () => {
  assert.equal(
    storyHeadline(['BEIJING : China and Russia sign a deal'], [], null),
    'China and Russia sign a deal',
  );
  assert.equal(
    storyHeadline(['Passengers ring in 2031 twice - Isle News Now - KGMB'], ['isle.example'], null),
    'Passengers ring in 2031 twice',
  );
  assert.equal(
    storyHeadline(['Evening News', 'Tram line opens in Tarn'], ['Evening News'], null),
    'Tram line opens in Tarn',
  );
  assert.equal(
    storyHeadline(['World news - RT International'], ['rt.com'], 'A satellite was lost after launch.'),
    'A satellite was lost after launch.',
  );
  assert.equal(
    storyHeadline(['Leaders hailed their countries’ economic,'], [], 'Leaders met on Monday.'),
    'Leaders met on Monday.',
  );
  assert.equal(storyHeadline([null, ''], [], null), 'Untitled story');
});

test('dates, outlet names and snippets read as a reader expects', () => {
  assert.equal(formatRange('2026-02-04T00:00:00Z', '2026-02-05T20:55:00Z'), '4–5 Feb 2026');
  assert.equal(formatRange('2026-01-30', '2026-02-02'), '30 Jan – 2 Feb 2026');
  assert.equal(formatRange(null, null), null);
  assert.equal(formatDay('2017-09'), 'Sep 2017');
  assert.equal(outletLabel('edition.cnn.com'), 'CNN');
  assert.equal(outletLabel('Straitstimes.com'), 'The Straits Times');
  assert.equal(outletLabel(null, 'https://www.example.org/a'), 'example.org');
  assert.equal(outletLabel(null, null), 'Unnamed source');
  assert.equal(outletLabel('x'.repeat(500)).length <= 80, true);
  assert.deepEqual(snippetParts('a \uE000b\uE001 c\uE001'), [
    { text: 'a ', match: false },
    { text: 'b', match: true },
    { text: ' c', match: false },
  ]);
});

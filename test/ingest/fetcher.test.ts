import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createFetcher, parseRetryAfter, USER_AGENT } from '../../src/ingest/fetcher.js';
import { parseRobots } from '../../src/ingest/robots.js';
import { type NewsServer, startNewsServer } from './fixtures/news-server.js';

describe('fetcher against a local server', () => {
  let server: NewsServer;
  before(async () => {
    server = await startNewsServer();
  });
  after(() => server.close());

  const fetcher = () =>
    createFetcher({
      allowPrivate: true,
      perHostIntervalMs: 0,
      perHostConcurrency: 4,
      timeoutMs: 500,
      maxBytes: 1024 * 1024,
    });

  test('fetches a page with a clear User-Agent', async () => {
    const result = await fetcher().get(`${server.origin}/o0/ferry`);
    assert.equal(result.ok, true);
    assert.ok(result.ok && new TextDecoder().decode(result.body).includes('Port Lenning'));
    assert.ok(server.userAgents.has(USER_AGENT));
    assert.match(USER_AGENT, /^Corroborate\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/corroborate\)$/);
  });

  test('asks conditionally and gets 304', async () => {
    const f = fetcher();
    const first = await f.get(`${server.origin}/feeds/o0.xml`);
    assert.ok(first.ok && !first.notModified);
    const second = await f.get(`${server.origin}/feeds/o0.xml`, { etag: first.ok ? first.etag : null });
    assert.ok(second.ok && second.notModified && second.status === 304);
    assert.ok(server.conditional.includes('/feeds/o0.xml'));
  });

  test('waits out a 429 with Retry-After, then gets the page', async () => {
    const started = Date.now();
    const f = createFetcher({ allowPrivate: true, perHostIntervalMs: 0, timeoutMs: 5000 });
    const result = await f.get(`${server.origin}/limited`);
    assert.ok(result.ok, JSON.stringify(result));
    assert.ok(Date.now() - started >= 900, 'honoured Retry-After: 1');
    assert.equal(server.hits.get('/limited'), 2);
  });

  test('gives up on a Retry-After longer than it will wait, saying so', async () => {
    const result = await fetcher().get(`${server.origin}/always-limited`);
    assert.ok(!result.ok);
    assert.match(result.reason, /^rate-limited/);
    assert.equal(result.retryAfterMs, 3_600_000);
  });

  test('follows a redirect and reports the final URL', async () => {
    const result = await fetcher().get(`${server.origin}/redirect`);
    assert.ok(result.ok);
    assert.equal(result.url, `${server.origin}/o1/glacier`);
  });

  test('stops a redirect loop', async () => {
    const result = await fetcher().get(`${server.origin}/loop-a`);
    assert.ok(!result.ok);
    assert.match(result.reason, /^redirect-loop/);
  });

  test('times out a slow response', async () => {
    const result = await fetcher().get(`${server.origin}/slow`);
    assert.ok(!result.ok);
    assert.match(result.reason, /^timeout/);
  });

  test('reports a broken response', async () => {
    const result = await fetcher().get(`${server.origin}/broken`);
    assert.ok(!result.ok);
    assert.match(result.reason, /^(network-error|timeout)/);
  });

  test('cuts a huge page at the size limit', async () => {
    const result = await fetcher().get(`${server.origin}/huge`);
    assert.ok(!result.ok);
    assert.match(result.reason, /^too-large/);
  });

  test('decodes gzip', async () => {
    const result = await fetcher().get(`${server.origin}/gzip`);
    assert.ok(result.ok && new TextDecoder().decode(result.body).includes('Vantor valley'));
  });

  test('obeys robots.txt', async () => {
    const result = await fetcher().get(`${server.origin}/private/page`);
    assert.ok(!result.ok);
    assert.match(result.reason, /^robots-disallowed/);
  });

  test('reports 404 as a value', async () => {
    const result = await fetcher().get(`${server.origin}/nothing-here`);
    assert.deepEqual(result.ok ? null : [result.reason, result.status], ['http-404', 404]);
  });

  test('refuses a name that resolves to 127.0.0.1 without allowPrivate', async () => {
    const port = new URL(server.origin).port;
    const f = createFetcher({ lookup: async () => ['127.0.0.1'], perHostIntervalMs: 0 });
    const result = await f.get(`http://news.example:${port}/o0/ferry`);
    assert.ok(!result.ok);
    assert.match(result.reason, /^private-address: news\.example resolves to 127\.0\.0\.1/);
    const before = server.hits.get('/o0/ferry') ?? 0;
    assert.equal(server.hits.get('/o0/ferry') ?? 0, before);
  });

  test('re-checks the address of every redirect hop', async () => {
    const f = createFetcher({
      lookup: async (host) => (host === 'public.example' ? ['93.184.216.34'] : ['127.0.0.1']),
      perHostIntervalMs: 0,
      robots: false,
      fetch: async (input) => {
        const url = new URL(String(input));
        if (url.hostname === 'public.example') {
          return new Response(null, {
            status: 302,
            headers: { location: 'http://169.254.169.254/latest/meta-data/' },
          });
        }
        return new Response('secret');
      },
    });
    const result = await f.get('http://public.example/story');
    assert.ok(!result.ok);
    assert.match(result.reason, /^private-address: 169\.254\.169\.254/);
  });

  test('limits concurrency per host', async () => {
    let inFlight = 0;
    let peak = 0;
    const f = createFetcher({
      allowPrivate: true,
      robots: false,
      perHostConcurrency: 2,
      perHostIntervalMs: 0,
      fetch: async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 20));
        inFlight--;
        return new Response('<p>ok</p>');
      },
    });
    await Promise.all(Array.from({ length: 8 }, (_, i) => f.get(`http://h.example/${i}`)));
    assert.equal(peak, 2);
  });
});

test('parseRobots: our group, longest match, wildcards', () => {
  const robots = parseRobots(
    'User-agent: *\nDisallow: /\n\nUser-agent: Corroborate\nDisallow: /drafts\nAllow: /drafts/public\nDisallow: /*.pdf$\nCrawl-delay: 2',
    'corroborate',
  );
  assert.equal(robots.isAllowed('/news/1'), true);
  assert.equal(robots.isAllowed('/drafts/x'), false);
  assert.equal(robots.isAllowed('/drafts/public/x'), true);
  assert.equal(robots.isAllowed('/files/a.pdf'), false);
  assert.equal(robots.isAllowed('/files/a.pdf?x'), true);
  assert.equal(robots.crawlDelay, 2);
  assert.equal(parseRobots('User-agent: other\nDisallow: /', 'corroborate').isAllowed('/x'), true);
});

test('parseRetryAfter reads seconds and dates', () => {
  assert.equal(parseRetryAfter('120', 0), 120_000);
  assert.equal(parseRetryAfter('Thu, 01 Jan 1970 00:01:00 GMT', 0), 60_000);
  assert.equal(parseRetryAfter('soon', 0), null);
});

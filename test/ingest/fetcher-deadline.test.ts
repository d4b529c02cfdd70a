import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { createFetcher } from '../../src/ingest/fetcher.js';

/** A server whose every answer takes `delay` ms: redirects, robots.txt, a 429, a page. */
async function startSlowServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    setTimeout(() => {
      const hop = Number(url.searchParams.get('hop') ?? 0);
      if (url.pathname === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('User-agent: *\nAllow: /\n');
      } else if (url.pathname === '/chain' && hop > 0) {
        res.writeHead(302, { location: `/chain?hop=${hop - 1}&delay=${delay}` });
        res.end();
      } else if (url.pathname === '/busy') {
        res.writeHead(503, { 'retry-after': url.searchParams.get('after') ?? '1' });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<p>done</p>');
      }
    }, delay).unref();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

describe('one deadline for the whole request', () => {
  let origin = '';
  let server: Server;
  before(async () => {
    ({ origin, server } = await startSlowServer());
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const fetcher = (timeoutMs: number, extra: Parameters<typeof createFetcher>[0] = {}) =>
    createFetcher({ allowPrivate: true, perHostIntervalMs: 0, robots: false, timeoutMs, ...extra });

  test('redirect hops share it: five 250 ms hops do not fit in 800 ms', async () => {
    const started = performance.now();
    const result = await fetcher(800).get(`${origin}/chain?hop=5&delay=250`);
    const took = performance.now() - started;
    assert.ok(!result.ok);
    assert.match(result.reason, /^timeout: not done within 800 ms/);
    assert.ok(took < 2500, `gave up after ${Math.round(took)} ms`);
    // Each hop alone is well inside the limit (with room for a busy machine), so a per-hop timeout
    // would have fetched it.
    const one = await fetcher(800).get(`${origin}/chain?hop=1&delay=250`);
    assert.ok(one.ok, JSON.stringify(one));
  });

  test('robots.txt counts against it', async () => {
    const f = createFetcher({ allowPrivate: true, perHostIntervalMs: 0, timeoutMs: 900 });
    // robots.txt is answered at once here, so delay the page: robots plus a 300 ms page fit (with room
    // for a busy machine)...
    const fits = await f.get(`${origin}/page?delay=300`);
    assert.ok(fits.ok, JSON.stringify(fits));
    const slowRobots = await startSlowRobotsServer(550);
    try {
      // ...but a 550 ms robots.txt plus a 550 ms page do not fit in 900 ms.
      const started = performance.now();
      const result = await f.get(`${slowRobots.origin}/page?delay=550`);
      assert.ok(!result.ok && /^timeout/.test(result.reason), JSON.stringify(result));
      assert.ok(performance.now() - started < 2500);
    } finally {
      slowRobots.server.closeAllConnections();
      slowRobots.server.close();
    }
  });

  test('a Retry-After longer than what is left of it is not waited for', async () => {
    const started = performance.now();
    const result = await fetcher(1500).get(`${origin}/busy?after=2`);
    assert.ok(!result.ok);
    assert.match(result.reason, /^rate-limited: http-503, retry after 2 s/);
    assert.ok(performance.now() - started < 1000, 'gave up at once');
  });

  test('retries spend it: a host that keeps answering 503 after 1 s is given up on in time', async () => {
    const started = performance.now();
    const result = await fetcher(1500, { retries: 5 }).get(`${origin}/busy?after=1&delay=100`);
    const took = performance.now() - started;
    assert.ok(!result.ok, JSON.stringify(result));
    // Six tries with a second between them would take over 6 s.
    assert.ok(took < 2500, `gave up after ${Math.round(took)} ms`);
  });

  test('waiting behind other URLs of a busy host is not counted', async () => {
    const f = fetcher(400, { perHostConcurrency: 1 });
    const [slow, queued] = await Promise.all([
      f.get(`${origin}/page?delay=300`),
      f.get(`${origin}/page?delay=10&second`),
    ]);
    assert.ok(slow.ok && queued.ok, JSON.stringify([slow, queued]));
  });

  test('a resolver that never answers is given no longer than the deadline', async () => {
    const f = createFetcher({ lookup: () => new Promise(() => {}), perHostIntervalMs: 0, timeoutMs: 300 });
    const started = performance.now();
    const result = await f.get('http://silent.example/page');
    assert.ok(!result.ok && /^timeout/.test(result.reason), JSON.stringify(result));
    assert.ok(performance.now() - started < 1500);
  });

  test("the caller's own signal still aborts", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await fetcher(5000).get(`${origin}/page?delay=1000`, { signal: controller.signal });
    assert.deepEqual(result.ok ? null : result.reason, 'aborted');
  });
});

async function startSlowRobotsServer(delay: number): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const wait = url.pathname === '/robots.txt' ? delay : Number(url.searchParams.get('delay') ?? 0);
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(url.pathname === '/robots.txt' ? 'User-agent: *\nAllow: /\n' : 'page');
    }, wait).unref();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../../src/server/app.js';
import { type GuardOptions, guards } from '../../src/server/guards/index.js';
import { isExactlyJson, jsonDepth } from '../../src/server/guards/json-body.js';
import { CONTENT_SECURITY_POLICY } from '../../src/server/guards/security-headers.js';
import { createTurns, takeTurns } from '../../src/server/guards/take-turns.js';
import { clientKey, writeRateLimit } from '../../src/server/guards/write-rate-limit.js';
import { sameToken } from '../../src/server/guards/write-token.js';
import { createService } from '../../src/server/service.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

/** A small app behind the guards: a read, a write that echoes its JSON, and a route that fails. */
function guarded(options: GuardOptions = {}): Hono {
  const app = new Hono();
  app.use(...guards(options));
  app.get('/read', (c) => c.json({ ok: true }));
  app.post('/write', async (c) => c.json({ got: await c.req.json() }, 201));
  app.get('/boom', () => {
    throw new Error('boom');
  });
  app.onError((_e, c) => c.json({ error: { code: 'internal', message: 'internal error' } }, 500));
  return app;
}

const post = (app: Hono, body: BodyInit | null, headers: Record<string, string> = {}) =>
  app.request('/write', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);

describe('security headers', () => {
  test('on every response: a page, a 404, a 500 and each refusal', async () => {
    const app = guarded({ token: 'a-long-enough-test-token', writesPerMinute: 1 });
    const responses = [
      await app.request('/read'),
      await app.request('/nowhere'),
      await app.request('/boom'),
      await app.request('/read', { headers: { host: 'evil.example' } }),
      await post(app, '{}'), // 401
      await post(app, '{}'), // 429 (the limit is one write a minute)
    ];
    assert.deepEqual(
      responses.map((r) => r.status),
      [200, 404, 500, 403, 401, 429],
    );
    for (const res of responses) {
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(res.headers.get('cross-origin-opener-policy'), 'same-origin');
      assert.equal(res.headers.get('cross-origin-resource-policy'), 'same-origin');
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
    }
    assert.match(CONTENT_SECURITY_POLICY, /frame-ancestors 'none'/);
  });
});

describe('Host check', () => {
  const app = guarded({ allowedHosts: ['news.internal'] });
  const status = async (host: string) => (await app.request('/read', { headers: { host } })).status;

  test('answers loopback names, IP addresses and allowed names', async () => {
    for (const host of [
      'localhost',
      'localhost:8080',
      'LOCALHOST.',
      'app.localhost',
      '127.0.0.1:8080',
      '[::1]:8080',
      '192.168.1.20:8080',
      'news.internal',
      'NEWS.INTERNAL.:443',
    ]) {
      assert.equal(await status(host), 200, host);
    }
  });

  test('refuses any other name (DNS rebinding) and malformed values', async () => {
    for (const host of [
      'evil.example',
      'evil.example:8080',
      'news.internal.evil.example',
      'a b',
      '[::1',
      ':80',
    ]) {
      assert.equal(await status(host), 403, host);
    }
    const res = await app.request('/read', { headers: { host: 'evil.example' } });
    assert.match(((await res.json()) as { error: { message: string } }).error.message, /--allowed-host/);
  });
});

describe('write token', () => {
  const token = 'correct-horse-battery-staple';
  const app = guarded({ token });

  test('writes need it, in constant time; reads do not', async () => {
    const missing = await post(app, '{}');
    assert.equal(missing.status, 401);
    assert.match(missing.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal((await post(app, '{}', { authorization: 'Bearer wrong' })).status, 401);
    assert.equal((await post(app, '{}', { authorization: `Basic ${token}` })).status, 401);
    assert.equal((await post(app, '{}', { authorization: `Bearer ${token}x` })).status, 401);
    assert.equal((await post(app, '{"a":1}', { authorization: `Bearer ${token}` })).status, 201);
    assert.equal((await post(app, '{"a":1}', { authorization: `bearer  ${token}` })).status, 201);
    assert.equal((await app.request('/read')).status, 200);
  });

  test('without a token, writes stay open (the loopback default)', async () => {
    assert.equal((await post(guarded(), '{"a":1}')).status, 201);
  });

  test('sameToken compares whole tokens of any length', () => {
    assert.equal(sameToken(token, token), true);
    assert.equal(sameToken(token.slice(0, -1), token), false);
    assert.equal(sameToken('', token), false);
  });
});

describe('JSON bodies', () => {
  const app = guarded({ body: { maxBytes: 1000, maxDepth: 8 } });

  test('only application/json exactly, with at most a utf-8 charset', async () => {
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON;charset="UTF-8"',
    ]) {
      assert.equal(isExactlyJson(type), true, type);
      assert.equal((await post(app, '{"a":1}', { 'content-type': type })).status, 201, type);
    }
    for (const type of [
      'text/plain; x=application/json',
      'text/plain',
      'application/jsonp',
      'application/json; charset=latin1',
      'application/json; charset=utf-8; x=1',
      'application/json, text/plain',
      'multipart/form-data; boundary=application/json',
    ]) {
      assert.equal(isExactlyJson(type), false, type);
      assert.equal((await post(app, '{"a":1}', { 'content-type': type })).status, 415, type);
    }
    const untyped = await app.request('/write', { method: 'POST', body: '{"a":1}' });
    assert.equal(untyped.status, 415);
  });

  test('a declared length over the limit is 413 before reading', async () => {
    const res = await post(app, '{}', { 'content-length': '5000' });
    assert.equal(res.status, 413);
    assert.equal(res.headers.get('connection'), 'close');
  });

  test('a streamed body is cut as soon as it passes the limit, the rest never read', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 100;
        controller.enqueue(new TextEncoder().encode(`"${'x'.repeat(98)}"`));
      },
    });
    const res = await post(app, endless);
    assert.equal(res.status, 413);
    assert.ok(pulled <= 1200, `read ${pulled} bytes of an endless body`);
    const small = await post(app, new Blob(['{"text":"fits"}']).stream());
    assert.equal(small.status, 201);
    assert.deepEqual(await small.json(), { got: { text: 'fits' } });
  });

  test('nesting deeper than the bound is 400, brackets inside strings do not count', async () => {
    const deep = (n: number) => `{"a":${'['.repeat(n)}${']'.repeat(n)}}`;
    assert.equal((await post(app, deep(7))).status, 201);
    const res = await post(app, deep(8));
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'too-deep');
    assert.equal((await post(app, `{"a":"${'['.repeat(50)}\\"{{{"}`)).status, 201);
    assert.equal(jsonDepth(new TextEncoder().encode('[[["\\"[["]]]'), 100), 3);
  });
});

describe('write rate limit', () => {
  test('per client, 429 with Retry-After, reads never limited', async () => {
    let client = '203.0.113.7';
    const app = new Hono();
    app.use(...guards({ writesPerMinute: 3, clientOf: () => client }));
    app.post('/write', (c) => c.json({}, 201));
    app.get('/read', (c) => c.json({}));
    const write = async () => (await post(app, '{}')).status;
    assert.deepEqual([await write(), await write(), await write()], [201, 201, 201]);
    const refused = await post(app, '{}');
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    assert.equal((await app.request('/read')).status, 200);
    client = '198.51.100.9';
    assert.equal(await write(), 201, 'another client has its own bucket');
  });

  test('a bucket refills with time', async () => {
    let now = 0;
    const app = new Hono();
    app.use(writeRateLimit({ perMinute: 2, clientOf: () => 'x', now: () => now }));
    app.post('/w', (c) => c.json({}, 201));
    const write = async () => (await app.request('/w', { method: 'POST' })).status;
    assert.deepEqual([await write(), await write(), await write()], [201, 201, 429]);
    const retry = await app.request('/w', { method: 'POST' });
    assert.equal(retry.headers.get('retry-after'), '30');
    now += 30_000;
    assert.equal(await write(), 201);
    assert.equal(await write(), 429);
  });

  test('clients are keyed by address, IPv6 by its /64', () => {
    assert.equal(clientKey('::ffff:192.0.2.4'), '192.0.2.4');
    assert.equal(clientKey('2001:db8:1:2:3:4:5:6'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:db8:1:2::9'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(clientKey('203.0.113.7'), '203.0.113.7');
  });
});

test('the API: a record with a deeply nested extra field is 400, not 500', async () => {
  const store = openSqliteStore(':memory:');
  const app = createApp(createService({ store }));
  const nested = (n: number) =>
    `{"text":"Boats blocked the harbour.","title":"x","extra":${'['.repeat(n)}${']'.repeat(n)}}`;
  for (const depth of [100, 5000, 100_000]) {
    const res = await app.request('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: nested(depth),
    });
    assert.equal(res.status, 400, `depth ${depth}`);
    assert.match(((await res.json()) as { error: { message: string } }).error.message, /deeper than 64/);
  }
  const crossSite = await app.request('/api/articles', {
    method: 'POST',
    headers: { 'content-type': 'text/plain; x=application/json' },
    body: '{"url":"https://news.example/a"}',
  });
  assert.equal(crossSite.status, 415);
  assert.equal(crossSite.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  await store.close();
});

test('over a real loopback socket, a chunked body is refused with 413 once past the limit, unread', async () => {
  const app = guarded({ body: { maxBytes: 64 * 1024 } });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const port = (server.address() as { port: number }).port;
  try {
    const result = await new Promise<{ head: string; written: number; answeredAt: number }>(
      (resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        let head = '';
        let written = 0;
        let answeredAt = -1;
        const chunk = `4000\r\n${'x'.repeat(0x4000)}\r\n`;
        let stop = false;
        const pump = (): void => {
          // Keep sending (up to 100 MB) until the server answers and closes; never end the body.
          while (!stop && written < 100 * 1024 * 1024) {
            written += 0x4000;
            if (!socket.write(chunk)) {
              socket.once('drain', pump);
              return;
            }
          }
        };
        socket.on('connect', () => {
          socket.write(
            'POST /write HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
              'Transfer-Encoding: chunked\r\n\r\n',
          );
          pump();
        });
        socket.on('data', (data) => {
          if (answeredAt < 0) answeredAt = written;
          head += data.toString('latin1');
        });
        const finish = () => {
          stop = true;
          resolve({ head, written, answeredAt });
        };
        socket.on('error', finish); // EPIPE / ECONNRESET once the server has closed
        socket.on('close', finish);
        setTimeout(() => reject(new Error('no answer within 10 s')), 10_000).unref();
      },
    );
    assert.match(result.head, /^HTTP\/1\.1 413 /);
    assert.match(result.head, /connection: close/i);
    assert.ok(
      result.answeredAt >= 0 && result.answeredAt < 8 * 1024 * 1024,
      `answered after ${result.answeredAt} bytes`,
    );
    // The server closed the connection: the client could not push the 100 MB through.
    assert.ok(result.written < 32 * 1024 * 1024, `the client wrote ${result.written} bytes before the close`);
  } finally {
    server.close();
  }
});

describe('writes take turns', () => {
  test('waiters are released one per turn of the event loop, in order', async () => {
    const turn = createTurns();
    // A ticker counts turns of the event loop; each write notes the turn it started in.
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const started: [number, number][] = [];
    await Promise.all([1, 2, 3, 4].map((n) => turn().then(() => started.push([n, turns]))));
    ticking = false;
    assert.deepEqual(
      started.map(([n]) => n),
      [1, 2, 3, 4],
    );
    for (let i = 1; i < started.length; i++)
      assert.ok(started[i]![1] > started[i - 1]![1], 'one write per turn');
  });

  test('reads pass straight through; writes wait for their turn and still run', async () => {
    const app = new Hono();
    app.use('*', takeTurns());
    app.get('/r', (c) => c.text('read'));
    app.post('/w', (c) => c.text('write'));
    const [read, ...writes] = await Promise.all([
      app.request('/r'),
      ...Array.from({ length: 5 }, () => app.request('/w', { method: 'POST' })),
    ]);
    assert.equal(await read!.text(), 'read');
    for (const w of writes) assert.equal(await w.text(), 'write');
  });
});

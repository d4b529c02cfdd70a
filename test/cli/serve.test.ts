import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCommand } from 'citty';
import serveCommand, { exposure, isLoopbackHost } from '../../src/cli/commands/serve.js';
import type { CliIo } from '../../src/cli/io.js';
import { CONTENT_SECURITY_POLICY } from '../../src/server/guards/security-headers.js';
import { fakePipeline } from '../ingest/fixtures/fake-pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TOKEN = 'a3f9c2e17b5d40c8a6e2f1d9b7c3e5a0';
const settings = {
  host: '127.0.0.1',
  port: 8080,
  token: undefined,
  tokenFromFlag: false,
  allowPrivate: false,
  allowedHosts: [],
};

test('loopback addresses are told apart from exposed ones', () => {
  for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]'])
    assert.equal(isLoopbackHost(host), true, host);
  for (const host of ['0.0.0.0', '::', '192.168.1.5', 'news.lan'])
    assert.equal(isLoopbackHost(host), false, host);
});

test('serve refuses to listen beyond loopback without a token, and refuses a weak token', () => {
  for (const host of ['0.0.0.0', '::', '192.168.1.5']) {
    const refused = exposure({ ...settings, host });
    assert.match(refused.refusal ?? '', /refusing to listen on .* without a token.*CORROBORATE_TOKEN/);
  }
  assert.match(exposure({ ...settings, token: 'short' }).refusal ?? '', /at least 16 characters/);
  assert.match(exposure({ ...settings, token: `${TOKEN} x` }).refusal ?? '', /without spaces/);
});

test('serve says where the UI is and who can write', () => {
  const open = exposure(settings);
  assert.equal(open.refusal, null);
  assert.ok(open.lines.includes('web UI: http://127.0.0.1:8080/'));
  assert.ok(open.lines.some((l) => /writes: open to every program on this machine/.test(l)));
  const exposed = exposure({
    ...settings,
    host: '0.0.0.0',
    token: TOKEN,
    tokenFromFlag: true,
    allowPrivate: true,
  });
  assert.equal(exposed.refusal, null);
  const text = exposed.lines.join('\n');
  assert.match(text, /warning: listening on 0\.0\.0\.0: anyone who can reach port 8080 can read/);
  assert.match(text, /TLS reverse proxy/);
  assert.match(text, /warning: --allow-private/);
  assert.match(text, /--token shows in the process list/);
  assert.deepEqual(exposed.allowedHosts, [hostname()]);
  assert.deepEqual(
    exposure({ ...settings, host: 'news.lan', token: TOKEN, allowedHosts: ['proxy.example'] }).allowedHosts,
    ['proxy.example', 'news.lan'],
  );
});

function context(extra: Record<string, unknown> = {}) {
  const err: string[] = [];
  const io: CliIo = {
    stdout: () => {},
    stderr: (t) => void err.push(t),
    stdin: async () => new Uint8Array(0),
    interactive: false,
  };
  return { data: { io, exitCode: 0, pipeline: async () => fakePipeline(), ...extra }, err };
}

test('serve --host 0.0.0.0 without a token does not start (nor create the database)', async () => {
  const db = join(dir, 'exposed.db');
  await assert.rejects(
    runCommand(serveCommand, {
      rawArgs: ['--db', db, '--host', '0.0.0.0', '--port', '0'],
      data: context({ env: {} }).data,
    }),
    (e: Error & { code?: string }) => e.code === 'usage' && /without a token/.test(e.message),
  );
  assert.equal(existsSync(db), false);
});

test('serve with CORROBORATE_TOKEN: writes need it, other Host names are refused, headers are set', async () => {
  const stop = new AbortController();
  let listening: (port: number) => void = () => {};
  const port = new Promise<number>((resolve) => {
    listening = resolve;
  });
  const ctx = context({
    signal: stop.signal,
    onListening: (p: number) => listening(p),
    env: { CORROBORATE_TOKEN: TOKEN },
  });
  const running = runCommand(serveCommand, {
    rawArgs: ['--db', join(dir, 'token.db'), '--port', '0'],
    data: ctx.data,
  });
  const base = `http://127.0.0.1:${await port}`;
  const write = (headers: Record<string, string>) =>
    fetch(`${base}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        title: 'Harbour',
        text: 'Boats blocked the harbour mouth for three hours on Monday.',
      }),
    });
  try {
    assert.equal((await write({})).status, 401);
    assert.equal((await write({ authorization: 'Bearer not-the-token-at-all' })).status, 401);
    assert.equal((await write({ authorization: `Bearer ${TOKEN}` })).status, 202, 'queued');
    const read = await fetch(`${base}/api/stories`);
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    // fetch will not send another Host: ask with node:http, as a rebound browser page would.
    const rebound = await new Promise<{ status: number }>((resolve, reject) => {
      request(`${base}/api/stories`, { headers: { host: 'attacker.example' } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0 });
      })
        .on('error', reject)
        .end();
    });
    assert.equal(rebound.status, 403);
    assert.match(ctx.err.join(''), /web UI: http:\/\/127\.0\.0\.1:\d+\/\n[\s\S]*writes: need the token/);
  } finally {
    stop.abort();
    await running;
  }
});

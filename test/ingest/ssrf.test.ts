import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { after, before, describe, test } from 'node:test';
import { fetch as undiciFetch } from 'undici';
import { isGlobalAddress } from '../../src/ingest/address-guard.js';
import { createPinnedDispatchers } from '../../src/ingest/pinned-dispatcher.js';
import {
  PUBLIC_V4,
  pinnedFetcher,
  reresolvingFetcher,
  runAttack,
  type SsrfLab,
  scriptedResolver,
  ssrfAttacks,
  startSsrfLab,
} from './fixtures/ssrf-lab.js';

describe('SSRF: the fetcher never connects inward (all on loopback)', () => {
  let lab: SsrfLab;
  before(async () => {
    lab = await startSsrfLab();
  });
  after(() => lab.close());

  const groups = [...new Set(ssrfAttacks().map((a) => a.group))];
  for (const group of groups) {
    test(`${group}: 0 inward connections, every outcome as expected`, async () => {
      const served = lab.internetRequests();
      for (const attack of ssrfAttacks().filter((a) => a.group === group)) {
        const result = await runAttack(lab, attack, pinnedFetcher);
        assert.equal(result.inward, 0, `${attack.name}: ${result.inward} inward connections`);
        assert.deepEqual(result.wrong, [], attack.name);
      }
      if (group === 'controls (must be fetched)' || group === 'DNS rebinding') {
        assert.ok(lab.internetRequests() > served, 'the public stand-in was really fetched');
      }
    });
  }

  test('the design it replaces (check, then resolve again to connect) is caught by the same suite', async () => {
    let inward = 0;
    for (const attack of ssrfAttacks().filter((a) => a.group === 'DNS rebinding')) {
      inward += (await runAttack(lab, attack, reresolvingFetcher)).inward;
    }
    assert.ok(inward > 0, 'the rebinding attacks reach the inside when the name is resolved twice');
  });

  test('every hop is resolved exactly once, with no verdict kept between hops or requests', async () => {
    const resolver = scriptedResolver({ 'public.example': [[PUBLIC_V4]] });
    const fetcher = pinnedFetcher(resolver.lookup, lab.socketAddress);
    const chain = `http://public.example:${lab.port}/redirect?to=${encodeURIComponent('/redirect?to=/page')}`;
    const first = await fetcher.get(chain);
    assert.ok(first.ok, JSON.stringify(first));
    // Three hops and robots.txt.
    assert.equal(resolver.calls.get('public.example'), 4);
    await fetcher.get(`http://public.example:${lab.port}/page`);
    assert.equal(resolver.calls.get('public.example'), 5);
    await fetcher.close?.();
  });

  test('a pinned dispatcher connects its host to its addresses only', async () => {
    const dispatchers = createPinnedDispatchers({ connectTimeoutMs: 2000, socketAddress: lab.socketAddress });
    const before = lab.trapConnections();
    const pinned = dispatchers.dispatcherFor('public.example', [PUBLIC_V4]);
    const page = await undiciFetch(`http://public.example:${lab.port}/page`, { dispatcher: pinned });
    assert.equal(page.status, 200);
    await page.text();
    for (const other of [`http://other.example:${lab.port}/`, `http://127.0.0.1:${lab.port}/`]) {
      await assert.rejects(
        undiciFetch(other, { dispatcher: pinned }),
        (error: Error & { cause?: { code?: string } }) => {
          assert.equal(error.cause?.code, 'ERR_UNCHECKED_ADDRESS');
          return true;
        },
      );
    }
    assert.equal(lab.trapConnections(), before);
    await dispatchers.close();
  });
});

test('TLS over a pinned address still verifies the certificate against the host name', async () => {
  const file = (name: string) => readFileSync(new URL(`./fixtures/tls/${name}`, import.meta.url), 'utf8');
  const server = createHttpsServer(
    { key: file('public-example.key'), cert: file('public-example.pem') },
    (_req, res) => {
      res.end('over tls');
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const port = (server.address() as { port: number }).port;
  const dispatchers = createPinnedDispatchers({
    connectTimeoutMs: 2000,
    socketAddress: () => '127.0.0.2',
    ca: file('ca.pem'),
  });
  try {
    const good = await undiciFetch(`https://public.example:${port}/`, {
      dispatcher: dispatchers.dispatcherFor('public.example', [PUBLIC_V4]),
    });
    assert.equal(await good.text(), 'over tls');
    await assert.rejects(
      undiciFetch(`https://impostor.example:${port}/`, {
        dispatcher: dispatchers.dispatcherFor('impostor.example', [PUBLIC_V4]),
      }),
      (error: Error & { cause?: { code?: string } }) => {
        assert.equal(error.cause?.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
        return true;
      },
    );
  } finally {
    await dispatchers.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('isGlobalAddress follows the IANA special-purpose registries', () => {
  const notGlobal = [
    '0.0.0.0',
    '0.1.2.3',
    '10.1.2.3',
    '100.64.0.1',
    '100.127.255.255',
    '127.0.0.1',
    '127.255.255.255',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.0.0.1',
    '192.0.0.8',
    '192.0.0.170',
    '192.0.2.1',
    '192.88.99.1',
    '192.168.1.1',
    '198.18.0.1',
    '198.19.255.255',
    '198.51.100.1',
    '203.0.113.1',
    '224.0.0.1',
    '239.255.255.250',
    '240.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '::127.0.0.1',
    '::8.8.8.8', // IPv4-compatible: deprecated, never a route to the IPv4 host
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:0:8.8.8.8', // SIIT
    '64:ff9b::7f00:1',
    '64:ff9b::a9fe:a9fe',
    '64:ff9b:1::808:808', // local-use NAT64 prefix
    '100::1',
    '100:0:0:1::1',
    '2001::1', // Teredo with server 0.0.0.0
    '2001:0:4136:e378:8000:63bf:80ff:fffe', // Teredo, client 127.0.0.1
    '2001:2::1', // benchmarking
    '2001:10::1', // ORCHID (deprecated)
    '2001:db8::1',
    '2002:7f00:1::1', // 6to4 of 127.0.0.1
    '2002:c0a8:101::1', // 6to4 of 192.168.1.1
    '3fff::1',
    '5f00::1',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    'fec0::1',
    'ff02::1',
    'not-an-address',
    '1.2.3',
  ];
  for (const ip of notGlobal) assert.equal(isGlobalAddress(ip), false, ip);
  const global = [
    '8.8.8.8',
    '93.184.216.34',
    '1.1.1.1',
    '100.63.255.255',
    '100.128.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '192.0.0.9', // PCP anycast
    '192.0.0.10', // TURN anycast
    '192.31.196.1', // AS112
    '198.20.0.0',
    '223.255.255.255',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808', // NAT64 of 8.8.8.8
    '2606:4700::1111',
    '2a00:1450:4001::1',
    '2001:1::1', // PCP anycast
    '2001:3::1', // AMT
    '2001:4:112::1', // AS112-v6
    '2001:20::1', // ORCHIDv2
    '2001:4860:4860::8888',
    '2002:808:808::1', // 6to4 of 8.8.8.8
    '2620:4f:8000::1',
  ];
  for (const ip of global) assert.equal(isGlobalAddress(ip), true, ip);
});

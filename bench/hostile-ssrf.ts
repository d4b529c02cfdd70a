/**
 * @module bench/hostile-ssrf
 * The SSRF suite as figures (its part of `npm run bench:hostile`): every attack of
 * test/ingest/fixtures/ssrf-lab.ts (address spellings, redirects, names that resolve inward, DNS
 * rebinding through a scripted resolver), all on loopback, counting the connections that reached the
 * inside, for the pinned fetcher and, as the baseline in the same run, for the design it replaced (check,
 * then resolve again to connect). Then the whole-request deadline against a server that answers every
 * request just inside a per-request timeout. Writes the `hostile-ssrf` section of docs/benchmarks.md.
 * Run: `tsx bench/hostile-ssrf.ts`.
 */

import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { createFetcher } from '../src/ingest/fetcher.js';
import {
  type Attack,
  type FetcherMaker,
  pinnedFetcher,
  reresolvingFetcher,
  runAttack,
  type SsrfLab,
  ssrfAttacks,
  startSsrfLab,
} from '../test/ingest/fixtures/ssrf-lab.js';
import { machineLine, markdownTable, writeSection } from './report.js';

interface GroupFigures {
  attacks: number;
  requests: number;
  expected: number;
  inward: number;
}

async function runSuite(lab: SsrfLab, attacks: readonly Attack[], make: FetcherMaker) {
  const groups = new Map<string, GroupFigures>();
  for (const attack of attacks) {
    const result = await runAttack(lab, attack, make);
    const figures = groups.get(attack.group) ?? { attacks: 0, requests: 0, expected: 0, inward: 0 };
    figures.attacks++;
    figures.requests += result.outcomes.length;
    figures.expected += result.outcomes.length - result.wrong.length;
    figures.inward += result.inward;
    groups.set(attack.group, figures);
  }
  return groups;
}

/**
 * A server that answers every request after `delayMs`: robots.txt, five redirect hops, two 503s with
 * Retry-After: 1, then the page. Gives the time a fetcher with `timeoutMs` takes to finish or give up.
 */
async function slowChain(delayMs: number, timeoutMs: number): Promise<{ ms: number; outcome: string }> {
  let busy = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hop = Number(url.searchParams.get('hop') ?? 0);
    setTimeout(() => {
      if (url.pathname === '/robots.txt')
        res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\n');
      else if (hop > 0) res.writeHead(302, { location: `/page?hop=${hop - 1}` }).end();
      else if (busy++ < 2) res.writeHead(503, { 'retry-after': '1' }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>finally</p>');
    }, delayMs).unref();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const fetcher = createFetcher({ allowPrivate: true, perHostIntervalMs: 0, timeoutMs, retries: 2 });
  const started = performance.now();
  const result = await fetcher.get(`http://127.0.0.1:${port}/page?hop=5`);
  const ms = performance.now() - started;
  server.closeAllConnections();
  server.close();
  await fetcher.close?.();
  return { ms, outcome: result.ok ? `fetched (${result.status})` : (result.reason.split(':')[0] ?? '') };
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0] ?? 0;
  const lab = await startSsrfLab();
  const attacks = ssrfAttacks();
  const started = performance.now();
  const pinned = await runSuite(lab, attacks, pinnedFetcher);
  const pinnedMs = performance.now() - started;
  const internet = lab.internetRequests();
  const baseline = await runSuite(lab, attacks, reresolvingFetcher);
  await lab.close();

  const rows: (string | number)[][] = [];
  const total = { attacks: 0, requests: 0, expected: 0, inward: 0, baseline: 0 };
  for (const [group, figures] of pinned) {
    const before = baseline.get(group)?.inward ?? 0;
    rows.push([
      group,
      figures.attacks,
      figures.requests,
      `${figures.expected}/${figures.requests}`,
      figures.inward,
      before,
    ]);
    total.attacks += figures.attacks;
    total.requests += figures.requests;
    total.expected += figures.expected;
    total.inward += figures.inward;
    total.baseline += before;
  }
  rows.push([
    '**all**',
    total.attacks,
    total.requests,
    `${total.expected}/${total.requests}`,
    `**${total.inward}**`,
    total.baseline,
  ]);

  // A per-request timeout of 1.5 s lets each 1.4 s answer through; one 1.5 s deadline does not.
  const perRequest = await slowChain(1400, 60_000);
  const deadline = await slowChain(1400, 1500);
  const loadAfter = loadavg()[0] ?? 0;

  const content = `
Command: \`npm run bench:hostile\` (this part: \`tsx bench/hostile-ssrf.ts\`; the same attacks run in
\`npm test\` as test/ingest/ssrf.test.ts). ${machineLine()} 1-minute load average ${loadBefore.toFixed(1)} at the
start, ${loadAfter.toFixed(1)} at the end.

All on loopback: a stand-in for the internet on 127.0.0.2 and a trap for the inside on 127.0.0.1 (same
port). A scripted resolver plays DNS, rebinding included (a public address first, then 127.0.0.1,
169.254.169.254, ::1 or ::ffff:169.254.169.254). Every address the fetcher connects to is mapped after its
checks: the public test addresses to the stand-in, any other to the trap, so a connection to any
non-public address is counted. The baseline, in the same run, is the design this replaced: the guard
checks one resolution, then the connection resolves the name again.

${markdownTable(
  [
    'attack group',
    'attacks',
    'requests',
    'answered as expected',
    'inward connections',
    'inward, re-resolving baseline',
  ],
  rows,
)}

**${total.inward} inward connections** in ${total.requests} hostile and control requests (${Math.round(pinnedMs)} ms for
the suite; the stand-in internet served ${internet} requests, so the controls and the public halves of the
rebinding attacks were really fetched). The re-resolving baseline let ${total.baseline} connections in.

Whole-request deadline against a server that takes 1.4 s over every answer (robots.txt, 5 redirects, two
503s with Retry-After: 1, then the page): with one 1.5 s deadline the fetcher gives up after
**${(deadline.ms / 1000).toFixed(1)} s** (${deadline.outcome}); walking the same chain request by request, as a
per-request timeout of 1.5 s allows, takes ${(perRequest.ms / 1000).toFixed(1)} s (${perRequest.outcome}), ${(perRequest.ms / deadline.ms).toFixed(1)}× longer.
(The audit measured 99 s for one URL under the old per-request 15 s timeout; the default deadline is now 15 s for
the whole request.)
`;
  writeSection('hostile-ssrf', content);
  process.stdout.write(content);
}

await main();

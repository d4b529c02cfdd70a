/**
 * @module bench/hostile-server
 * The server under a crowd, and two writers on one database (issue 16's figures), all on loopback:
 * `serve` (its own process, real pipeline, one worker thread) takes 200 concurrent POSTs of distinct
 * articles while readers list stories and a prober in a process of its own times `GET /api/health` every 20 ms; each client
 * then follows its own job until it is done, and gets (or not) its own article back. Then two `ingest`
 * processes write 5,000 articles (half each, interleaved in slices) into one SQLite file, and the stories
 * are compared with one writer's. Writes the `hostile-server` section of docs/benchmarks.md.
 * Run: `npm run bench:hostile` (this part: `tsx bench/hostile-server.ts`).
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { machineLine, markdownTable, writeSection } from './report.js';

const CHILD = fileURLToPath(new URL('./hostile-server-child.ts', import.meta.url));
const POSTS = 200;
/** Crowds in a run, each on a fresh server and database: the figures are their medians. */
const CROWD_ROUNDS = 3;
const WRITER_ARTICLES = 5000;

function child(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

const exited = (c: ChildProcess) =>
  new Promise<number>((resolve) =>
    c.exitCode !== null ? resolve(c.exitCode) : c.once('exit', (code) => resolve(code ?? 1)),
  );

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * A monitor's view of `GET /api/health`, from a process of its own (neither the crowd's 200 clients
 * nor their garbage collector share its event loop or heap): a probe every 20 ms on a fixed schedule,
 * each timed on its own, so a stall of the server shows in every probe it holds up (no coordinated
 * omission). It prints `ready` once its HTTP client is loaded, and its times when its input closes.
 */
function startProber(url: string): { ready: Promise<void>; stop: () => Promise<number[]> } {
  const script = `
    const times = [];
    const pending = new Set();
    const probe = () => {
      const t = performance.now();
      const p = fetch(process.argv[1]).then((r) => r.text()).then(() => { times.push(performance.now() - t); });
      pending.add(p);
      p.finally(() => pending.delete(p));
    };
    let timer;
    // The first fetch loads the HTTP client: done untimed, before the schedule starts.
    fetch(process.argv[1]).then((r) => r.text()).then(() => {
      timer = setInterval(probe, 20);
      process.stdout.write('ready\\n');
    });
    process.stdin.on('end', async () => {
      clearInterval(timer);
      await Promise.allSettled([...pending]);
      process.stdout.write(JSON.stringify(times) + '\\n', () => process.exit(0));
    });
    process.stdin.resume();`;
  const prober = spawn(process.execPath, ['-e', script, url], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  const lines: ((line: string) => void)[] = [];
  prober.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    for (let at = output.indexOf('\n'); at >= 0; at = output.indexOf('\n')) {
      const line = output.slice(0, at);
      output = output.slice(at + 1);
      lines.shift()?.(line);
    }
  });
  const nextLine = () => new Promise<string>((resolve) => lines.push(resolve));
  const ready = nextLine().then(() => undefined);
  return {
    ready,
    stop: async () => {
      const times = nextLine();
      prober.stdin?.end();
      const result = JSON.parse(await times) as number[];
      await exited(prober);
      return result;
    },
  };
}

async function crowd(dir: string, round: number) {
  const db = join(dir, `crowd-${round}.db`);
  const server = child(['serve', db]);
  const port = await new Promise<number>((resolve) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
  });
  const base = `http://127.0.0.1:${port}`;
  // A server that has just started is still loading its worker threads: one article first, followed
  // to its end, so the crowd meets a server that is up (its start-up is not what is measured here).
  const warm = await fetch(`${base}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      url: 'https://crowd.example/warm-up',
      title: 'Mirrow opens its harbour',
      date_publish: '2031-02-27T09:00:00Z',
      text: 'The harbour in Mirrow opened on Friday, officials said. The mayor said boats could dock from Monday.',
    }),
  });
  const warmStatus = ((await warm.json()) as { status: string }).status;
  for (let state = ''; state !== 'done' && state !== 'failed'; ) {
    await new Promise((r) => setTimeout(r, 50));
    state = ((await (await fetch(`${base}${warmStatus}`)).json()) as { state: string }).state;
  }
  let probing = true;
  const prober = startProber(`${base}/api/health`);
  await prober.ready;
  const readers = Array.from({ length: 4 }, async () => {
    let reads = 0;
    while (probing) {
      await (await fetch(`${base}/api/stories?limit=20`)).text();
      reads++;
    }
    return reads;
  });
  const topics = ['harbour strike', 'tram fares', 'glacier melt', 'council budget', 'ferry delays'];
  const bodies = Array.from({ length: POSTS }, (_, i) => {
    const topic = topics[i % topics.length];
    return {
      url: `https://crowd.example/${i}`,
      title: `Mirrow ${topic}: report ${i}`,
      date_publish: `2031-03-0${1 + (i % 5)}T09:00:00Z`,
      text: `The ${topic} in Mirrow continued on day ${i % 5}, officials said. Report number ${i} quotes the mayor, who said the town would meet again on Friday. Residents of Mirrow described the ${topic} in detail to reporter ${i}.`,
    };
  });
  const t = performance.now();
  const accepted = await Promise.all(
    bodies.map(async (body) => {
      const res = await fetch(`${base}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, job: (await res.json()) as { status?: string } };
    }),
  );
  const acceptSeconds = (performance.now() - t) / 1000;
  let lost = 0;
  let wrong = 0;
  for (const [i, answer] of accepted.entries()) {
    if (answer.status !== 202 || !answer.job.status) {
      lost++;
      continue;
    }
    let job: { state: string; article: { url: string } | null } = { state: 'queued', article: null };
    for (let tries = 0; tries < 6000 && job.state !== 'done' && job.state !== 'failed'; tries++) {
      job = (await (await fetch(`${base}${answer.job.status}`)).json()) as typeof job;
      if (job.state !== 'done' && job.state !== 'failed') await new Promise((r) => setTimeout(r, 50));
    }
    if (job.state !== 'done') lost++;
    else if (job.article?.url !== bodies[i]!.url) wrong++;
  }
  const doneSeconds = (performance.now() - t) / 1000;
  probing = false;
  const health = await prober.stop();
  const reads = (await Promise.all(readers)).reduce((a, b) => a + b, 0);
  server.kill('SIGTERM');
  await exited(server);
  const store = openSqliteStore(db);
  const stored = (await store.stats()).articles;
  await store.close();
  return { acceptSeconds, doneSeconds, lost, wrong, stored, reads, health };
}

async function picture(store: Store) {
  const stories = await store.listStories({ limit: 100_000, offset: 0 });
  const ids = new Set(stories.map((s) => s.id));
  const articles = await store.listArticles({ limit: 100_000, offset: 0 });
  const briefs = (await store.stats()).briefs;
  return {
    articles: articles.length,
    dangling: articles.filter((a) => a.story === null || !ids.has(a.story)).length,
    stories: stories.map((s) => `${s.id}:${[...s.members].sort().join(',')}`).sort(),
    briefs,
  };
}

async function writers(dir: string) {
  const files: string[] = [];
  for (let i = 0; i < WRITER_ARTICLES; i++) {
    const path = join(dir, `w-${i}.txt`);
    writeFileSync(
      path,
      `Topic ${i % 250}: bulletin ${i}\nThe harbour office of Mirrow logged entry ${i} in full today.`,
    );
    files.push(path);
  }
  const two = join(dir, 'two.db');
  const t = performance.now();
  const codes = await Promise.all(
    [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)].map((half) =>
      exited(child(['ingest', two, ...half])),
    ),
  );
  const seconds = (performance.now() - t) / 1000;
  const one = join(dir, 'one.db');
  await exited(child(['ingest', one, ...files]));
  const a = openSqliteStore(two);
  const b = openSqliteStore(one);
  const [twoPicture, onePicture] = [await picture(a), await picture(b)];
  await a.close();
  await b.close();
  return {
    seconds,
    codes,
    stored: twoPicture.articles,
    lost: WRITER_ARTICLES - twoPicture.articles,
    dangling: twoPicture.dangling,
    stories: twoPicture.stories.length,
    briefs: twoPicture.briefs,
    same: JSON.stringify(twoPicture.stories) === JSON.stringify(onePicture.stories),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-hostile-server-'));
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const rounds = [];
    for (let round = 0; round < CROWD_ROUNDS; round++) {
      const c = await crowd(dir, round);
      console.log({ ...c, health: undefined });
      rounds.push({
        ...c,
        p50: percentile(c.health, 50),
        p90: percentile(c.health, 90),
        p99: percentile(c.health, 99),
        over50: c.health.filter((t) => t >= 50).length,
      });
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const lost = rounds.reduce((n, c) => n + c.lost, 0);
    const wrong = rounds.reduce((n, c) => n + c.wrong, 0);
    const p99 = median(rounds.map((c) => c.p99));
    const w = await writers(dir);
    console.log(w);
    const section = [
      'Command: `npm run bench:hostile` (this part: `tsx bench/hostile-server.ts`). ' + machineLine(),
      `1-minute load average ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end.`,
      '',
      `**${POSTS} concurrent POSTs plus reads.** \`serve\` on SQLite with the real pipeline and one worker thread,`,
      `in its own process; ${POSTS} distinct articles POSTed at once while 4 readers list stories`,
      '(`GET /api/stories`) and a prober in a process of its own asks `GET /api/health` every 20 ms on a fixed',
      'schedule (each probe timed alone, so a stall shows in every probe it holds up); each client then follows',
      'its own job (`GET /api/jobs/:id`) until it is done. The server has answered one article before the crowd',
      'comes (its worker thread loaded: start-up is not what is measured here).',
      '',
      markdownTable(
        ['figure', ...rounds.map((_, i) => `crowd ${i + 1}`)],
        [
          ['all 202 answers in', ...rounds.map((c) => `${c.acceptSeconds.toFixed(2)} s`)],
          ['all jobs done in', ...rounds.map((c) => `${c.doneSeconds.toFixed(1)} s`)],
          ['lost (no 202, or a job that never finished storing its article)', ...rounds.map((c) => c.lost)],
          ["wrong answers (a job naming another client's article)", ...rounds.map((c) => c.wrong)],
          ['articles stored', ...rounds.map((c) => c.stored)],
          ['health probes', ...rounds.map((c) => c.health.length)],
          [
            'health p50 / p90 / p99 / max',
            ...rounds.map(
              (c) =>
                `${c.p50.toFixed(1)} / ${c.p90.toFixed(1)} / ${c.p99.toFixed(1)} / ${Math.max(...c.health).toFixed(1)} ms`,
            ),
          ],
          ['health probes at or over 50 ms', ...rounds.map((c) => c.over50)],
          ['story-list reads served meanwhile', ...rounds.map((c) => c.reads)],
        ],
      ),
      '',
      `Target: 0 lost, 0 wrong, health p99 < 50 ms: ${lost} lost, ${wrong} wrong, median health p99 ${p99.toFixed(1)} ms over ${CROWD_ROUNDS} crowds: ${lost === 0 && wrong === 0 && p99 < 50 ? 'met' : 'missed'} in this run.`,
      '',
      `**Two writers on one database.** Two \`ingest\` processes (stand-in pipeline) write ${WRITER_ARTICLES.toLocaleString('en')} articles`,
      'into one SQLite file at once, half each, in slices of 100 so their placements interleave; then one',
      'writer ingests the same files into a fresh file.',
      '',
      markdownTable(
        ['figure', 'value'],
        [
          ['both writers finished in', `${w.seconds.toFixed(1)} s (exit codes ${w.codes.join(', ')})`],
          ['articles stored / lost', `${w.stored} / ${w.lost}`],
          ['articles in no story or in a missing one (dangling)', w.dangling],
          ['stories / briefs', `${w.stories} / ${w.briefs}`],
          ['same stories (ids and members) as one writer', w.same ? 'yes' : 'no'],
        ],
      ),
    ].join('\n');
    writeSection('hostile-server', section);
    console.log(section);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

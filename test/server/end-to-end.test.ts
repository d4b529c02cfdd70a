import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCommand } from 'citty';
import ingestCommand from '../../src/cli/commands/ingest.js';
import serveCommand from '../../src/cli/commands/serve.js';
import watchCommand from '../../src/cli/commands/watch.js';
import type { CliIo } from '../../src/cli/io.js';
import type { IngestSummary } from '../../src/ingest/ingest.js';
import { fakePipeline } from '../ingest/fixtures/fake-pipeline.js';
import { type NewsServer, startNewsServer } from '../ingest/fixtures/news-server.js';

let server: NewsServer;
const dir = mkdtempSync(join(tmpdir(), 'corroborate-e2e-'));
before(async () => {
  server = await startNewsServer();
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function context(extra: Record<string, unknown> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: async () => new Uint8Array(0),
    interactive: false,
  };
  return { data: { io, exitCode: 0, pipeline: async () => fakePipeline(), ...extra }, out, err };
}

async function ingest(args: string[]) {
  const ctx = context();
  const { result } = await runCommand(ingestCommand, { rawArgs: args, data: ctx.data });
  return { summary: result as IngestSummary, exitCode: ctx.data.exitCode, printed: ctx.out.join('') };
}

test('OPML feeds -> ingest -> conditional re-ingest adds nothing -> serve lists stories with briefs', async () => {
  const opml = join(dir, 'local.opml');
  writeFileSync(
    opml,
    `<?xml version="1.0"?><opml version="2.0"><head><title>Local</title></head><body><outline text="Outlets">
<outline type="rss" xmlUrl="${server.origin}/feeds/o0.xml"/><outline type="rss" xmlUrl="${server.origin}/feeds/o1.xml"/>
<outline type="rss" xmlUrl="${server.origin}/feeds/atom.xml"/></outline></body></opml>`,
  );
  const db = join(dir, 'news.db');
  const first = await ingest(['--db', db, '--allow-private', opml]);
  assert.equal(first.summary.new, 5);
  assert.equal(first.exitCode, 0);
  assert.match(first.printed, /new 5, duplicate 0, not modified 0, failed 0/);
  const second = await ingest(['--db', db, '--allow-private', opml]);
  assert.equal(second.summary.new, 0);
  assert.equal(second.summary.notModified, 2);
  assert.ok(server.conditional.includes('/feeds/o1.xml'));

  const stop = new AbortController();
  let listening: (port: number) => void = () => {};
  const port = new Promise<number>((resolve) => {
    listening = resolve;
  });
  const ctx = context({ signal: stop.signal, onListening: (p: number) => listening(p) });
  const running = runCommand(serveCommand, { rawArgs: ['--db', db, '--port', '0'], data: ctx.data });
  const base = `http://127.0.0.1:${await port}`;
  try {
    const list = (await (await fetch(`${base}/api/stories`)).json()) as {
      stories: { id: string; articles: number }[];
    };
    assert.equal(list.stories.length, 2);
    for (const summary of list.stories) {
      const story = (await (await fetch(`${base}/api/stories/${summary.id}`)).json()) as {
        articles: { id: string; url: string }[];
        brief: { headline: string; sources: unknown[] } | null;
      };
      assert.equal(story.articles.length, summary.articles);
      assert.ok(story.brief !== null, `story ${summary.id} has a brief`);
      assert.equal(story.brief.sources.length, summary.articles);
    }
  } finally {
    stop.abort();
    await running;
  }
});

test('ingest: without --allow-private a URL on 127.0.0.1 is refused, and the exit code says so', async () => {
  const { summary, exitCode } = await ingest(['--db', join(dir, 'ssrf.db'), `${server.origin}/o0/ferry`]);
  assert.equal(summary.failed, 1);
  assert.match(summary.items[0]?.reason ?? '', /^private-address/);
  assert.equal(exitCode, 1);
});

test('misuse is a usage error', async () => {
  await assert.rejects(
    runCommand(ingestCommand, { rawArgs: ['--db', join(dir, 'x.db')], data: context().data }),
    (e: Error & { code?: string }) => e.code === 'usage',
  );
  await assert.rejects(
    runCommand(watchCommand, {
      rawArgs: ['--db', join(dir, 'x.db'), '--feeds', 'nowhere.opml', '--every', 'soon'],
      data: context().data,
    }),
    (e: Error & { code?: string }) => e.code === 'usage' && /--every/.test(e.message),
  );
});

test('watch polls the feeds, asks conditionally when due, keeps to ttl, and stops on abort', async () => {
  const list = join(dir, 'feeds.txt');
  writeFileSync(list, `${server.origin}/feeds/fresh-o0.xml\n# a comment\n${server.origin}/feeds/o1.xml\n`);
  const db = join(dir, 'watch.db');
  const stop = new AbortController();
  const ctx = context({ signal: stop.signal });
  const conditional = (p: string) => server.conditional.filter((c) => c === p).length;
  const before304 = conditional('/feeds/fresh-o0.xml');
  const ttlFeedBefore = conditional('/feeds/o1.xml');
  const running = runCommand(watchCommand, {
    rawArgs: ['--db', db, '--feeds', list, '--every', '100ms', '--allow-private'],
    data: ctx.data,
  });
  const deadline = Date.now() + 8000;
  while (conditional('/feeds/fresh-o0.xml') < before304 + 2 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  stop.abort();
  await running;
  assert.ok(
    conditional('/feeds/fresh-o0.xml') >= before304 + 2,
    'a feed without cache hints is polled every 100ms',
  );
  assert.equal(conditional('/feeds/o1.xml'), ttlFeedBefore, 'a feed with ttl 30 min is not polled again');
  assert.match(ctx.out.join(''), /new 2, duplicate 0/);
  assert.match(ctx.err.join(''), /stopped after \d+ polls/);
});

test('serve runs queued articles in worker threads; status shows the database and its queue', async () => {
  const db = join(dir, 'threads.db');
  const stop = new AbortController();
  let listening: (port: number) => void = () => {};
  const port = new Promise<number>((resolve) => {
    listening = resolve;
  });
  const pipelineModule = new URL('../ingest/fixtures/fake-pipeline.ts', import.meta.url).href;
  const ctx = context({ signal: stop.signal, onListening: (p: number) => listening(p), pipelineModule });
  const running = runCommand(serveCommand, {
    rawArgs: ['--db', db, '--port', '0', '--workers', '2'],
    data: ctx.data,
  });
  const base = `http://127.0.0.1:${await port}`;
  try {
    const posted = await Promise.all(
      [0, 1, 2, 3].map(async (i) => {
        const res = await fetch(`${base}/api/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            url: `https://threads.example/${i}`,
            title: `Thread test: report ${i}`,
            text: `Report ${i} written for the worker threads, long enough to keep.`,
          }),
        });
        assert.equal(res.status, 202);
        return ((await res.json()) as { status: string }).status;
      }),
    );
    for (const [i, path] of posted.entries()) {
      let job: { state: string; article: { url: string; story: string | null } | null } = {
        state: '',
        article: null,
      };
      for (let t = 0; t < 300 && !(job.state === 'done' && job.article?.story); t++) {
        await new Promise((r) => setTimeout(r, 50));
        job = (await (await fetch(`${base}${path}`)).json()) as typeof job;
      }
      assert.equal(job.state, 'done', JSON.stringify(job));
      assert.equal(job.article?.url, `https://threads.example/${i}`);
      assert.equal(job.article?.story, 's_thread-test');
    }
    const health = (await (await fetch(`${base}/api/health`)).json()) as { jobs: { failed: number } };
    assert.equal(health.jobs.failed, 0);
  } finally {
    stop.abort();
    await running;
  }
  const { default: statusCommand } = await import('../../src/cli/commands/status.js');
  const status = context();
  await runCommand(statusCommand, { rawArgs: ['--db', db], data: status.data });
  assert.match(status.out.join(''), /^4 articles, 1 stories, 1 briefs, 0 feeds/);
  assert.match(status.out.join(''), /jobs: 0 waiting, 0 running, 0 parked/);
});

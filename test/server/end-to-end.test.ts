import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCommand } from 'citty';
import ingestCommand from '../../src/cli/commands/ingest.js';
import { setCommandContext } from '../../src/ingest/command-support.js';
import type { IngestSummary } from '../../src/ingest/ingest.js';
import { createApp } from '../../src/server/app.js';
import { createService } from '../../src/server/service.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
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

test('OPML feeds -> ingest -> conditional re-ingest adds nothing -> serve lists stories with briefs', async () => {
  const opml = join(dir, 'local.opml');
  writeFileSync(
    opml,
    `<?xml version="1.0"?><opml version="2.0"><head><title>Local</title></head><body><outline text="Outlets">
<outline type="rss" xmlUrl="${server.origin}/feeds/o0.xml"/><outline type="rss" xmlUrl="${server.origin}/feeds/o1.xml"/>
<outline type="rss" xmlUrl="${server.origin}/feeds/atom.xml"/></outline></body></opml>`,
  );
  const db = join(dir, 'news.db');
  let printed = '';
  const previous = setCommandContext({
    pipeline: async () => fakePipeline(),
    stdout: Object.assign(Object.create(process.stdout) as NodeJS.WriteStream, {
      write: (chunk: string) => {
        printed += chunk;
        return true;
      },
    }),
  });
  try {
    const first = (await runCommand(ingestCommand, { rawArgs: ['--db', db, '--allow-private', opml] }))
      .result as IngestSummary;
    assert.equal(first.new, 5);
    assert.equal(first.failed, 0);
    assert.match(printed, /new 5, duplicate 0, not modified 0, failed 0/);
    const second = (await runCommand(ingestCommand, { rawArgs: ['--db', db, '--allow-private', opml] }))
      .result as IngestSummary;
    assert.equal(second.new, 0);
    assert.equal(second.notModified, 2);
    assert.ok(server.conditional.includes('/feeds/o1.xml'));
    const refused = (await runCommand(ingestCommand, { rawArgs: ['--db', db, `${server.origin}/o0/ferry`] }))
      .result as IngestSummary;
    assert.equal(refused.new + refused.duplicate, 1, 'a known article is a duplicate before any fetch');
  } finally {
    setCommandContext(previous);
  }

  const store = openSqliteStore(db);
  const app = createApp(createService({ store }));
  const list = (await (await app.request('/api/stories')).json()) as {
    stories: { id: string; articles: number }[];
  };
  assert.equal(list.stories.length, 2);
  for (const summary of list.stories) {
    const story = (await (await app.request(`/api/stories/${summary.id}`)).json()) as {
      articles: { id: string; url: string }[];
      brief: { headline: string; sources: unknown[] } | null;
    };
    assert.equal(story.articles.length, summary.articles);
    assert.ok(story.brief !== null, `story ${summary.id} has a brief`);
    assert.equal(story.brief.sources.length, summary.articles);
  }
  await store.close();
});

test('without --allow-private a URL on 127.0.0.1 is refused', async () => {
  const db = join(dir, 'ssrf.db');
  const previous = setCommandContext({
    pipeline: async () => fakePipeline(),
    stdout: Object.assign(Object.create(process.stdout) as NodeJS.WriteStream, { write: () => true }),
  });
  try {
    const summary = (await runCommand(ingestCommand, { rawArgs: ['--db', db, `${server.origin}/o0/ferry`] }))
      .result as IngestSummary;
    assert.equal(summary.failed, 1);
    assert.match(summary.items[0]?.reason ?? '', /^private-address/);
  } finally {
    setCommandContext(previous);
    process.exitCode = 0;
  }
});

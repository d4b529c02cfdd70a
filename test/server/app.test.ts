import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createFetcher } from '../../src/ingest/fetcher.js';
import { createIngestor } from '../../src/ingest/ingest.js';
import type { JobQueue } from '../../src/ingest/queue/job-queue.js';
import { openSqliteJobQueue } from '../../src/ingest/queue/sqlite-job-queue.js';
import { runWorker } from '../../src/ingest/queue/worker.js';
import { createApp } from '../../src/server/app.js';
import { createService } from '../../src/server/service.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { fakePipeline } from '../ingest/fixtures/fake-pipeline.js';
import { type NewsServer, startNewsServer } from '../ingest/fixtures/news-server.js';

describe('HTTP API (in-process)', () => {
  let server: NewsServer;
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let queue: JobQueue;
  const stopWorker = new AbortController();
  let worker: Promise<unknown>;
  before(async () => {
    server = await startNewsServer();
    store = openSqliteStore(':memory:');
    const ingestor = createIngestor({
      store,
      pipeline: fakePipeline(),
      fetcher: createFetcher({ allowPrivate: true, perHostIntervalMs: 0 }),
    });
    await ingestor.ingest([`${server.origin}/feeds/o0.xml`, `${server.origin}/feeds/o1.xml`]);
    queue = openSqliteJobQueue(':memory:');
    worker = runWorker({
      queue,
      store,
      pipeline: fakePipeline(),
      fetcher: createFetcher({ allowPrivate: true, perHostIntervalMs: 0 }),
      signal: stopWorker.signal,
      idleMs: 10,
    });
    app = createApp(createService({ store, queue }));
  });
  after(async () => {
    stopWorker.abort();
    await worker;
    await queue.close();
    await server.close();
    await store.close();
  });

  const json = async (path: string, init?: RequestInit) => {
    const res = await app.request(path, init);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  test('GET /api/stories lists stories with counts and outlets', async () => {
    const { status, body } = await json('/api/stories');
    assert.equal(status, 200);
    const stories = body.stories as {
      id: string;
      title: string;
      articles: number;
      outlets: string[];
      updated: string;
    }[];
    assert.equal(stories.length, 2);
    for (const s of stories) {
      assert.equal(s.articles, 2);
      assert.deepEqual(s.outlets, ['Bay Courier', 'Harbour Times']);
      assert.ok(!Number.isNaN(Date.parse(s.updated)));
    }
    const paged = await json('/api/stories?limit=1&offset=1');
    assert.equal((paged.body.stories as unknown[]).length, 1);
    const matching = await json('/api/stories?q=glacier');
    assert.deepEqual(
      (matching.body.stories as { id: string }[]).map((s) => s.id),
      ['s_glacier-collapse'],
    );
  });

  test('GET /api/stories/:id has its articles and brief; unknown ids are 404', async () => {
    const { status, body } = await json('/api/stories/s_ferry-strike');
    assert.equal(status, 200);
    const articles = body.articles as { id: string; url: string; outlet: string }[];
    assert.equal(articles.length, 2);
    assert.deepEqual(Object.keys(articles[0] ?? {}).sort(), ['id', 'outlet', 'published', 'title', 'url']);
    assert.equal((body.brief as { sources: unknown[] }).sources.length, 2);
    const missing = await json('/api/stories/nope');
    assert.equal(missing.status, 404);
    assert.equal((missing.body.error as { code: string }).code, 'not-found');
    const article = await json(`/api/articles/${articles[0]?.id}`);
    assert.equal(article.status, 200);
    assert.equal(article.body.story, 's_ferry-strike');
    assert.equal((await json('/api/articles/a_missing')).status, 404);
  });

  test('bad queries are 400 with a message saying what is wrong', async () => {
    const bad = await json('/api/stories?limit=0');
    assert.equal(bad.status, 400);
    assert.match((bad.body.error as { message: string }).message, /limit/);
    const noQ = await json('/api/search');
    assert.equal(noQ.status, 400);
    assert.match((noQ.body.error as { message: string }).message, /q/);
    assert.equal((await json('/api/nowhere')).status, 404);
  });

  test('GET /api/search finds articles', async () => {
    const { status, body } = await json('/api/search?q=Lenning');
    assert.equal(status, 200);
    assert.equal((body.results as unknown[]).length, 2);
  });

  test('POST /api/articles queues a record or a URL: 202 at once, then the job says how it went', async () => {
    const post = async (payload: unknown) => {
      const res = await app.request('/api/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
      return {
        status: res.status,
        location: res.headers.get('location'),
        body: (await res.json()) as Record<string, unknown>,
      };
    };
    /** Polls the job until it is finished and, when it stored an article, until the article is placed. */
    const settled = async (path: string) => {
      for (let i = 0; i < 300; i++) {
        const job = (await json(path)).body as { state: string; article: { story: string | null } | null };
        if (job.state === 'failed' || (job.state === 'done' && job.article?.story))
          return job as Record<string, unknown>;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`job ${path} did not finish`);
    };
    const created = await post({
      url: 'https://dell.example/quota',
      title: 'Quota protest: boats block harbour',
      text: 'Fishing boats blocked the Dell Bay harbour mouth for three hours.',
    });
    assert.equal(created.status, 202, JSON.stringify(created.body));
    assert.equal(created.body.state, 'queued');
    assert.equal(created.location, created.body.status);
    const first = await settled(String(created.body.status));
    assert.equal(first.state, 'done');
    assert.deepEqual(first.article, {
      id: (first.article as { id: string }).id,
      url: 'https://dell.example/quota',
      status: 'new',
      story: 's_quota-protest',
    });
    const again = await post({
      url: 'https://dell.example/quota/',
      title: 'x',
      text: 'Fishing boats again, other text here.',
    });
    const second = await settled(String(again.body.status));
    assert.equal((second.article as { status: string }).status, 'duplicate');
    assert.equal((second.article as { id: string }).id, (first.article as { id: string }).id);
    const fetched = await post({ url: `${server.origin}/o2/glacier` });
    assert.equal(fetched.status, 202);
    const page = await settled(String(fetched.body.status));
    assert.equal((page.article as { story: string }).story, 's_glacier-collapse', JSON.stringify(page));
    const short = await settled(String((await post({ url: 'x', text: 'short' })).body.status));
    assert.equal(short.state, 'failed');
    assert.match(String(short.error), /too-short/);
    const missing = await settled(String((await post({ url: `${server.origin}/nowhere` })).body.status));
    assert.equal(missing.state, 'failed', 'a URL that answers 404 is never reported stored');
    assert.equal((await post({ title: 'no text' })).status, 400);
    assert.equal((await post({ url: 'ftp://x.example/a' })).status, 400);
    assert.equal((await json('/api/jobs/extract-article.999999')).status, 404);
    assert.equal((await json('/api/jobs/nonsense')).status, 404);
    const notJson = await app.request('/api/articles', {
      method: 'POST',
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(notJson.status, 400);
  });

  test('concurrent POSTs each get their own article', async () => {
    const bodies = Array.from({ length: 30 }, (_, i) => ({
      url: `https://many.example/${i}`,
      title: `Crowd ${i % 3}: report ${i}`,
      text: `Report number ${i} about the crowd at the Dell Bay harbour, told in full.`,
    }));
    const accepted = await Promise.all(
      bodies.map(async (body) => {
        const res = await app.request('/api/articles', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return ((await res.json()) as { status: string }).status;
      }),
    );
    for (const [i, path] of accepted.entries()) {
      let job: { state: string; article: { url: string } | null } = { state: 'queued', article: null };
      for (let t = 0; t < 500 && job.state !== 'done' && job.state !== 'failed'; t++) {
        job = (await json(path)).body as typeof job;
        if (job.state !== 'done') await new Promise((r) => setTimeout(r, 10));
      }
      assert.equal(job.article?.url, bodies[i]!.url, 'each client gets its own article');
    }
  });

  test('GET /api/health and /api/openapi.json', async () => {
    const health = await json('/api/health');
    assert.equal(health.status, 200);
    assert.equal(health.body.ok, true);
    const doc = await json('/api/openapi.json');
    assert.equal(doc.body.openapi, '3.1.0');
    const paths = Object.keys(doc.body.paths as object).sort();
    assert.deepEqual(paths, [
      '/api/articles',
      '/api/articles/{id}',
      '/api/health',
      '/api/jobs/{id}',
      '/api/openapi.json',
      '/api/search',
      '/api/stories',
      '/api/stories/{id}',
    ]);
  });

  test('the web UI lists the stories and shows a brief, all stored text escaped', async () => {
    const list = await app.request('/');
    assert.equal(list.status, 200);
    assert.match(list.headers.get('content-type') ?? '', /text\/html/);
    const html = await list.text();
    const link = /href="\/stories\/([^"]+)"/.exec(html);
    assert.ok(link, 'the list links to a story');
    const page = await app.request(`/stories/${link[1]}`);
    assert.equal(page.status, 200);
    const body = await page.text();
    assert.match(body, /← All stories/);
    assert.doesNotMatch(body, /<script(?![^>]*\bsrc=)/i, 'no inline script');
    assert.equal((await app.request('/stories/no-such-story')).status, 404);
  });
});

test('cached answers are dropped when the store changes', async () => {
  const { openSqliteStore: open } = await import('../../src/store/sqlite-store.js');
  const { makeArticle } = await import('../store/article-fixture.js');
  const store = open(':memory:');
  const app = createApp(createService({ store }));
  const count = async () =>
    ((await (await app.request('/api/stories')).json()) as { stories: unknown[] }).stories.length;
  assert.equal(await count(), 0);
  const a = await store.addArticle({
    article: makeArticle({ url: 'https://k.example/1', text: 'Kiln fire at Osk.' }),
  });
  await store.writeStories([
    { id: 'k', title: 'Kiln fire', members: [a.id], origins: [], first: null, last: null },
  ]);
  assert.equal(await count(), 1);
  await store.close();
});

test('health counts rows once per change of the store, and again after one', async () => {
  const { openSqliteStore: open } = await import('../../src/store/sqlite-store.js');
  const { makeArticle } = await import('../store/article-fixture.js');
  const store = open(':memory:');
  let counted = 0;
  const stats = store.stats.bind(store);
  store.stats = () => {
    counted++;
    return stats();
  };
  const service = createService({ store });
  for (let i = 0; i < 5; i++) assert.equal((await service.health()).articles, 0);
  assert.equal(counted, 1, 'five probes of an unchanged store count once');
  await store.addArticle({
    article: makeArticle({ url: 'https://h.example/1', text: 'Dam opens at Vell.' }),
  });
  assert.equal((await service.health()).articles, 1);
  assert.equal(counted, 2);
  await store.close();
});

test('a story page links the other stories of its storyline, their titles escaped', async () => {
  const { openSqliteStore: open } = await import('../../src/store/sqlite-store.js');
  const { makeArticle } = await import('../store/article-fixture.js');
  const store = open(':memory:');
  const app = createApp(createService({ store }));
  const ids: string[] = [];
  for (const i of [1, 2, 3]) {
    const added = await store.addArticle({
      article: makeArticle({ url: `https://n.example/${i}`, text: `Launch over Vell, report ${i}.` }),
    });
    ids.push(added.id);
  }
  const story = (id: string, title: string, member: string, first: string, storyline: string) => ({
    id,
    title,
    members: [member],
    origins: [],
    first,
    last: first,
    storyline,
  });
  await store.writeStories([
    story('first-launch', 'Vell fires a missile', ids[0]!, '2031-03-03T08:00:00.000Z', 'l:a'),
    story('second-launch', 'Vell fires <b>again</b>', ids[1]!, '2031-03-10T08:00:00.000Z', 'l:a'),
    story('alone', 'Harbour strike', ids[2]!, '2031-03-05T08:00:00.000Z', 'l:b'),
  ]);
  const detail = (await (await app.request('/api/stories/first-launch')).json()) as {
    storyline: { id: string; stories: { id: string }[] } | null;
  };
  assert.deepEqual(
    detail.storyline?.stories.map((s) => s.id),
    ['first-launch', 'second-launch'],
  );
  const alone = (await (await app.request('/api/stories/alone')).json()) as { storyline: unknown };
  assert.equal(alone.storyline, null);
  const page = await (await app.request('/stories/first-launch')).text();
  assert.match(page, /The storyline/);
  assert.match(page, /href="\/stories\/second-launch">Vell fires &#60;b&#62;again&#60;\/b&#62;<\/a>/);
  assert.doesNotMatch(page, /<b>again/);
  await store.close();
});

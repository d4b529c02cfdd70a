import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createFetcher } from '../../src/ingest/fetcher.js';
import { createIngestor } from '../../src/ingest/ingest.js';
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
  before(async () => {
    server = await startNewsServer();
    store = openSqliteStore(':memory:');
    const ingestor = createIngestor({
      store,
      pipeline: fakePipeline(),
      fetcher: createFetcher({ allowPrivate: true, perHostIntervalMs: 0 }),
    });
    await ingestor.ingest([`${server.origin}/feeds/o0.xml`, `${server.origin}/feeds/o1.xml`]);
    app = createApp(createService({ store, ingestor }));
  });
  after(async () => {
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

  test('POST /api/articles takes a record or a URL', async () => {
    const post = (payload: unknown, type = 'application/json') =>
      json('/api/articles', {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify(payload),
      });
    const created = await post({
      url: 'https://dell.example/quota',
      title: 'Quota protest: boats block harbour',
      text: 'Fishing boats blocked the Dell Bay harbour mouth for three hours.',
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.story, 's_quota-protest');
    const again = await post({
      url: 'https://dell.example/quota/',
      title: 'x',
      text: 'Fishing boats again, other text here.',
    });
    assert.equal(again.status, 200);
    assert.equal(again.body.status, 'duplicate');
    const fetched = await post({ url: `${server.origin}/o2/glacier` });
    assert.equal(fetched.status, 201, JSON.stringify(fetched.body));
    assert.equal(fetched.body.story, 's_glacier-collapse');
    assert.equal((await post({ title: 'no text' })).status, 400);
    assert.equal((await post({ url: 'ftp://x.example/a' })).status, 400);
    assert.equal((await post({ url: 'x', text: 'short' })).status, 422);
    const notJson = await app.request('/api/articles', {
      method: 'POST',
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(notJson.status, 400);
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
  await store.syncStories([
    { id: 'k', title: 'Kiln fire', members: [a.id], origins: [], first: null, last: null },
  ]);
  assert.equal(await count(), 1);
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
  await store.syncStories([
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

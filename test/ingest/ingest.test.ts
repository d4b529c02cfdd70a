import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseFeed } from '../../src/ingest/feed-parser.js';
import { createFetcher } from '../../src/ingest/fetcher.js';
import { createIngestor } from '../../src/ingest/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { fakePipeline } from './fixtures/fake-pipeline.js';
import { type NewsServer, startNewsServer } from './fixtures/news-server.js';

describe('ingest from local feeds', () => {
  let server: NewsServer;
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
  before(async () => {
    server = await startNewsServer();
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const ingestor = (store: ReturnType<typeof openSqliteStore>) =>
    createIngestor({
      store,
      pipeline: fakePipeline(),
      fetcher: createFetcher({
        allowPrivate: true,
        perHostIntervalMs: 0,
        perHostConcurrency: 4,
        timeoutMs: 2000,
      }),
    });

  test('an OPML list of feeds is ingested once; the second run asks conditionally and adds nothing', async () => {
    const opml = join(dir, 'feeds.opml');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" xmlUrl="${server.origin}/feeds/o0.xml"/><outline type="rss" xmlUrl="${server.origin}/feeds/o1.xml"/><outline type="rss" xmlUrl="${server.origin}/feeds/atom.xml"/></body></opml>`,
    );
    const store = openSqliteStore(join(dir, 'a.db'));
    const first = await ingestor(store).ingest([opml]);
    assert.equal(first.failed, 0, JSON.stringify(first.items));
    assert.equal(first.new, 5);
    const stats = await store.stats();
    assert.equal(stats.articles, 5);
    assert.equal(stats.stories, 2);
    assert.equal(stats.briefs, 2);
    const ferry = await store.findStory('s_ferry-strike');
    assert.equal(ferry?.members.length, 3);
    assert.deepEqual(ferry?.outlets, ['Bay Courier', 'Harbour Times', 'Northern Ledger']);
    const feed = await store.findFeed(`${server.origin}/feeds/o0.xml`);
    assert.equal(feed?.etag, '"feed-0-v1"');
    assert.equal(feed?.ttl, 1800);
    const atomArticle = (await store.listArticles({ limit: 10, offset: 0 })).find((a) =>
      a.url?.endsWith('ferry-talks'),
    );
    assert.equal(atomArticle?.article.byline, 'Ada Quill', 'feed author is a hint');
    assert.equal(server.hits.get('/o2/ferry-talks'), undefined, 'full-text item is not fetched');

    const pagesBefore = server.hits.get('/o0/ferry');
    const second = await ingestor(store).ingest([opml]);
    assert.equal(second.new, 0);
    assert.equal(second.notModified, 2);
    assert.equal(second.failed, 0);
    assert.ok(server.conditional.includes('/feeds/o0.xml'));
    assert.equal(server.hits.get('/o0/ferry'), pagesBefore, 'known items are not fetched again');
    assert.equal((await store.stats()).articles, 5);
    await store.close();
  });

  test('article URLs, duplicates and failures are counted per item', async () => {
    const store = openSqliteStore(':memory:');
    const summary = await ingestor(store).ingest([
      `${server.origin}/o0/glacier`,
      `${server.origin}/o0/glacier/?utm_source=x`,
      `${server.origin}/redirect`,
      `${server.origin}/loop-a`,
      `${server.origin}/huge`,
      `${server.origin}/feeds/bomb.xml`,
      join(dir, 'missing.txt'),
    ]);
    assert.equal(summary.new, 2);
    assert.equal(summary.duplicate, 1);
    assert.equal(summary.failed, 4);
    const reasons = summary.items.filter((i) => i.status === 'failed').map((i) => i.reason?.split(':')[0]);
    assert.deepEqual(reasons, ['redirect-loop', 'too-large', 'unsafe-xml', 'unreadable']);
    await store.close();
  });

  test('a story that gains an article gets a fresh brief', async () => {
    const store = openSqliteStore(':memory:');
    await ingestor(store).ingest([`${server.origin}/o0/ferry`]);
    const before = await store.findBrief('s_ferry-strike');
    assert.equal(before?.brief.sources.length, 1);
    await ingestor(store).ingest([`${server.origin}/o1/ferry`]);
    const later = await store.findBrief('s_ferry-strike');
    assert.equal(later?.brief.sources.length, 2);
    await store.close();
  });
});

test('parseFeed reads RDF and refuses entity declarations', () => {
  const rdf = parseFeed(
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>Dell Bay Post</title><link>https://dell.example/</link><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency></channel><item><title>Quota protest</title><link>https://dell.example/q</link><dc:date>2026-03-04T08:00:00Z</dc:date><dc:creator>Bo Wren</dc:creator></item></rdf:RDF>`,
  );
  assert.ok(rdf.ok);
  assert.equal(rdf.feed.format, 'rdf');
  assert.equal(rdf.feed.ttl, 1800);
  assert.deepEqual(rdf.feed.items[0], {
    title: 'Quota protest',
    url: 'https://dell.example/q',
    guid: null,
    published: '2026-03-04T08:00:00.000Z',
    author: 'Bo Wren',
    summary: null,
    content: null,
  });
  const xxe = parseFeed(
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>',
  );
  assert.deepEqual(xxe, { ok: false, reason: 'unsafe-xml: the document declares entities' });
});

test('a stage that throws costs one item or one brief, not the run', async () => {
  const { makeArticle } = await import('../store/article-fixture.js');
  const store = openSqliteStore(':memory:');
  const base = fakePipeline();
  const ingestor = createIngestor({
    store,
    pipeline: {
      ...base,
      extract: (raw) => {
        if (raw.input.includes('bad')) throw new Error('extractor bug');
        return {
          ok: true,
          article: makeArticle({ url: raw.input, title: `T ${raw.input}: x`, text: raw.input.repeat(3) }),
        };
      },
      brief: () => {
        throw new Error('synthesis bug');
      },
      readInputs: async function* (inputs) {
        for (const input of inputs)
          yield { ok: true, doc: { input, id: input, kind: 'text', content: input } };
      },
    },
    fetcher: createFetcher(),
  });
  const summary = await ingestor.ingest(['good-one', 'bad-one', 'good-two']);
  assert.equal(summary.new, 2);
  assert.equal(summary.failed, 1);
  assert.match(summary.items[1]?.reason ?? '', /^extract-error: extractor bug/);
  assert.equal(summary.briefsWritten, 0);
  assert.equal(summary.briefsFailed, 2);
  await store.close();
});

/**
 * @module test/store/store.case
 * The conformance suite every Store backend passes. Call `storeConformance(name, factory)` from a
 * backend's test file; the factory returns a fresh, empty store.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClusterer } from '../../src/cluster/index.js';
import type { Store } from '../../src/store/store.js';
import { emptyBrief, makeArticle } from './article-fixture.js';

export function storeConformance(name: string, factory: () => Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
    test('stores an article once by normalised URL', async () => {
      const store = await factory();
      const first = await store.addArticle({
        article: makeArticle({
          url: 'https://Harbour.Example/news/ferry-strike/?utm_source=rss#top',
          title: 'Ferry crews walk out',
          text: 'Ferry crews at Port Lenning walked out on Tuesday.',
          outlet: 'Harbour Times',
        }),
      });
      assert.equal(first.status, 'new');
      const again = await store.addArticle({
        article: makeArticle({
          url: 'https://harbour.example/news/ferry-strike',
          title: 'Ferry crews walk out (updated)',
          text: 'A different body entirely.',
        }),
      });
      assert.deepEqual(again, { status: 'duplicate', id: first.id, by: 'url' });
      assert.equal(await store.findArticleIdByUrl('https://HARBOUR.example/news/ferry-strike/'), first.id);
      const stored = await store.findArticle(first.id);
      assert.equal(stored?.article.id, first.id);
      assert.equal(stored?.url, 'https://harbour.example/news/ferry-strike');
      assert.equal(stored?.article.title, 'Ferry crews walk out');
      await store.close();
    });

    test('stores an article once by content hash', async () => {
      const store = await factory();
      const a = await store.addArticle({
        article: makeArticle({ url: 'https://a.example/1', text: 'The Lenning ferry strike ended at noon.' }),
      });
      const b = await store.addArticle({
        article: makeArticle({
          url: 'https://b.example/copy',
          text: 'The  lenning ferry strike ended at noon!',
        }),
      });
      assert.equal(b.status, 'duplicate');
      assert.equal(b.id, a.id);
      assert.equal((await store.stats()).articles, 1);
      await store.close();
    });

    test('lists articles in arrival order and finds them by full-text search', async () => {
      const store = await factory();
      const texts = [
        'Volcanic ash closed the airport at Mirrow.',
        'The Mirrow council approved a new tram line.',
        'Fishermen in Dell Bay protested quotas.',
      ];
      for (const [i, text] of texts.entries()) {
        await store.addArticle({
          article: makeArticle({ url: `https://n.example/${i}`, text, title: `Item ${i}`, outlet: 'N' }),
        });
      }
      const listed = await store.listArticles({ limit: 10, offset: 0 });
      assert.deepEqual(
        listed.map((a) => a.article.text),
        texts,
      );
      const second = await store.listArticles({ limit: 1, offset: 1 });
      assert.equal(second[0]?.article.text, texts[1]);
      const hits = await store.searchArticles('mirrow', { limit: 10, offset: 0 });
      assert.equal(hits.length, 2);
      assert.ok(hits.every((h) => /\[Mirrow\]/i.test(h.snippet)));
      assert.deepEqual(
        await store.searchArticles('tram "line', { limit: 10, offset: 0 }).then((h) => h.length),
        1,
      );
      assert.deepEqual(await store.searchArticles('  ', { limit: 10, offset: 0 }), []);
      await store.close();
    });

    test("keeps stories' storylines and lists a storyline earliest first", async () => {
      const store = await factory();
      const ids: string[] = [];
      for (const i of [0, 1, 2]) {
        const added = await store.addArticle({
          article: makeArticle({ url: `https://l.example/${i}`, text: `Launch report number ${i}.` }),
        });
        ids.push(added.id);
      }
      const [a, b, c] = ids as [string, string, string];
      const story = (id: string, members: string[], first: string, storyline?: string) => ({
        id,
        title: `Story ${id}`,
        members,
        origins: [],
        first,
        last: first,
        ...(storyline === undefined ? {} : { storyline }),
      });
      await store.writeStories([
        story('s2', [b], '2031-03-10T08:00:00.000Z', 'l:x'),
        story('s1', [a], '2031-03-03T08:00:00.000Z', 'l:x'),
        story('s3', [c], '2031-03-04T08:00:00.000Z'),
      ]);
      assert.equal((await store.findStory('s2'))?.storyline, 'l:x');
      assert.equal((await store.findStory('s3'))?.storyline, undefined);
      assert.deepEqual(
        (await store.listStoryline('l:x')).map((s) => s.id),
        ['s1', 's2'],
      );
      const relinked = await store.writeStories([
        story('s2', [b], '2031-03-10T08:00:00.000Z', 'l:s2'),
        story('s1', [a], '2031-03-03T08:00:00.000Z', 'l:x'),
        story('s3', [c], '2031-03-04T08:00:00.000Z'),
      ]);
      assert.deepEqual(relinked.changed, [], 'membership, which the brief rests on, did not change');
      assert.equal((await store.findStory('s2'))?.storyline, 'l:s2');
      assert.deepEqual(
        (await store.listStoryline('l:x')).map((s) => s.id),
        ['s1'],
      );
    });

    test('writes stories, records membership, removes only what it is told, reports what changed', async () => {
      const store = await factory();
      const ids: string[] = [];
      for (const [i, outlet] of ['Harbour Times', 'Bay Courier', 'Harbour Times'].entries()) {
        const added = await store.addArticle({
          article: makeArticle({ url: `https://s.example/${i}`, text: `Story text number ${i}.`, outlet }),
        });
        ids.push(added.id);
      }
      const [a, b, c] = ids as [string, string, string];
      const first = await store.writeStories([
        { id: 's1', title: 'Ferry strike', members: [a, b], origins: [], first: null, last: null },
        { id: 's2', title: 'Tram line', members: [c], origins: [], first: null, last: null },
      ]);
      assert.deepEqual([...first.changed].sort(), ['s1', 's2']);
      assert.deepEqual(first.removed, []);
      const story = await store.findStory('s1');
      assert.deepEqual(story?.members, [a, b]);
      assert.deepEqual(story?.outlets, ['Bay Courier', 'Harbour Times']);
      assert.equal((await store.findArticle(a))?.story, 's1');

      const unchanged = await store.writeStories([
        { id: 's1', title: 'Ferry strike', members: [b, a], origins: [], first: null, last: null },
        { id: 's2', title: 'Tram line', members: [c], origins: [], first: null, last: null },
      ]);
      assert.deepEqual(unchanged.changed, []);

      const s1 = {
        id: 's1',
        title: 'Ferry strike',
        members: [a, b, c],
        origins: [{ id: 'o1', members: [a, c], credit: 'Wire' }],
        first: '2026-03-01',
        last: '2026-03-02',
      };
      assert.deepEqual(await store.writeStories([s1]), { changed: ['s1'], removed: [] });
      assert.ok(await store.findStory('s2'), 'a story not named is kept');
      const merged = await store.writeStories([s1], ['s2', 'never-there']);
      assert.deepEqual(merged, { changed: [], removed: ['s2'] });
      assert.equal(await store.findStory('s2'), null);
      assert.equal((await store.findArticle(c))?.story, 's1');
      assert.equal((await store.findArticle(c))?.origin, 'o1');
      assert.deepEqual(await store.findArticleRefs([c, 'missing', a]), [
        { id: c, url: 'https://s.example/2', title: null, outlet: 'Harbour Times', published: null },
        { id: a, url: 'https://s.example/0', title: null, outlet: 'Harbour Times', published: null },
      ]);
      await store.close();
    });

    test('places articles through its clusterer state, publishing the stories each placement changes', async () => {
      const store = await factory();
      const clusterer = createClusterer({ state: store.clusterState(), now: () => Date.parse('2031-03-10') });
      const report = (i: number, topic: string, outlet: string) =>
        makeArticle({
          url: `https://p.example/${i}`,
          title: `${topic} report ${i}`,
          outlet,
          published: `2031-03-0${1 + (i % 3)}T08:00:00.000Z`,
          text:
            topic === 'ferry'
              ? `Ferry crews of Port Lenning walked out on Tuesday over pay, harbour master Ilse Varga said in report ${i}. The Lenning ferry strike stopped crossings to Dell Island.`
              : `The Mirrow council approved the Vantor tram line on Tuesday, mayor Oskar Brand said in report ${i}. The tram line will run from Mirrow station to Vantor.`,
        });
      const ids: string[] = [];
      for (const [i, topic] of ['ferry', 'tram', 'ferry', 'tram', 'ferry'].entries()) {
        const added = await store.addArticle({ article: report(i, topic, `Outlet ${(i >> 1) % 2}`) });
        ids.push(added.id);
      }
      const loner = await store.addArticle({
        article: makeArticle({ url: 'https://p.example/x', text: '' }),
      });
      assert.deepEqual(
        (await store.listUnplaced(10)).map((x) => x.id),
        [...ids, loner.id],
      );
      const placed: string[] = [];
      for (const id of ids) {
        const stored = (await store.findArticle(id))!;
        const result = await clusterer.add(stored.article);
        assert.ok(result.ok, JSON.stringify(result));
        placed.push(result.story);
        // Each placement is published at once: the article is in its story, the story lists it.
        assert.equal((await store.findArticle(id))?.story, result.story);
        assert.ok((await store.findStory(result.story))?.members.includes(id));
      }
      const skipped = await clusterer.add((await store.findArticle(loner.id))!.article);
      assert.equal(skipped.ok, false);
      await store.leaveOut(loner.id, 'empty-text');
      assert.deepEqual(await store.listUnplaced(10), [], 'placed or left out: none left');
      const stories = await store.listStories({ limit: 10, offset: 0 });
      assert.equal(stories.length, 2);
      assert.deepEqual(stories.map((s) => s.members.length).sort(), [2, 3]);
      assert.deepEqual(stories.map((s) => s.id).sort(), [...new Set(placed)].sort());
      assert.deepEqual((await store.findStory(placed[0]!))?.outlets, ['Outlet 0', 'Outlet 1']);
      assert.deepEqual(
        await clusterer.stories().then((all) => all.map((s) => [s.id, s.members]).sort()),
        stories.map((s) => [s.id, s.members]).sort(),
        "the stories readers see are the state's",
      );
      await store.close();
    });

    test('a retried job finds the article it stored: new again, a duplicate for anyone else', async () => {
      const store = await factory();
      const article = makeArticle({ url: 'https://k.example/1', text: 'The Lenning ferry strike ended.' });
      const first = await store.addArticle({ article, key: 'extract-article.7' });
      assert.equal(first.status, 'new');
      assert.deepEqual(await store.addArticle({ article, key: 'extract-article.7' }), first);
      assert.deepEqual(await store.addArticle({ article, key: 'extract-article.8' }), {
        status: 'duplicate',
        id: first.id,
        by: 'url',
      });
      assert.equal((await store.addArticle({ article })).status, 'duplicate');
      await store.close();
    });

    test('keeps briefs, and knows which are stale', async () => {
      const store = await factory();
      const a = await store.addArticle({
        article: makeArticle({ url: 'https://b.example/1', text: 'One.' }),
      });
      const b = await store.addArticle({
        article: makeArticle({ url: 'https://b.example/2', text: 'Two.' }),
      });
      await store.writeStories([
        { id: 's1', title: 'T', members: [a.id], origins: [], first: null, last: null },
      ]);
      assert.deepEqual(await store.listStaleBriefs(10), ['s1']);
      await store.saveBrief('s1', emptyBrief('T'));
      assert.deepEqual(await store.listStaleBriefs(10), []);
      assert.equal((await store.findBrief('s1'))?.brief.headline, 'T');
      assert.equal(JSON.parse((await store.findBriefJson('s1')) ?? 'null').headline, 'T');
      assert.equal(await store.findBriefJson('nope'), null);
      await store.writeStories([
        { id: 's1', title: 'T', members: [a.id, b.id], origins: [], first: null, last: null },
      ]);
      assert.deepEqual(await store.listStaleBriefs(10), ['s1']);
      await assert.rejects(store.saveBrief('nope', emptyBrief('x')));
      const older = (await store.findBrief('s1'))?.signature ?? '';
      await store.saveBrief('s1', emptyBrief('T'), older);
      assert.deepEqual(await store.listStaleBriefs(10), ['s1'], 'a brief of older members stays stale');
      assert.equal(await store.findBrief('nope'), null);
      await store.close();
    });

    test('lists stories with paging and a text query', async () => {
      const store = await factory();
      const inputs = [];
      for (let i = 0; i < 5; i++) {
        const text = i === 3 ? 'Glacier collapse near Vantor.' : `Ordinary item ${i}.`;
        const added = await store.addArticle({
          article: makeArticle({ url: `https://l.example/${i}`, text }),
        });
        inputs.push({
          id: `s${i}`,
          title: `S${i}`,
          members: [added.id],
          origins: [],
          first: null,
          last: null,
        });
      }
      await store.writeStories(inputs);
      assert.equal((await store.listStories({ limit: 2, offset: 0 })).length, 2);
      assert.equal((await store.listStories({ limit: 10, offset: 4 })).length, 1);
      const ids = async (limit: number, offset: number) =>
        (await store.listStories({ limit, offset })).map((s) => s.id);
      const all = await ids(10, 0);
      assert.equal(new Set(all).size, 5);
      assert.deepEqual([...(await ids(2, 0)), ...(await ids(2, 2)), ...(await ids(2, 4))], all);
      assert.deepEqual(await ids(3, 1), all.slice(1, 4));
      const matching = await store.listStories({ limit: 10, offset: 0, q: 'glacier' });
      assert.deepEqual(
        matching.map((s) => s.id),
        ['s3'],
      );
      assert.deepEqual(await store.listStories({ limit: 10, offset: 0, q: '***' }), []);
      await store.close();
    });

    test('the front page ranks by news time and independent origins, one row per storyline', async () => {
      const store = await factory();
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        const added = await store.addArticle({
          article: makeArticle({ url: `https://f.example/${i}`, text: `Front page item ${i}.` }),
        });
        ids.push(added.id);
      }
      const origins = (members: string[]) =>
        members.map((m) => ({ id: `o-${m}`, members: [m], credit: null }));
      const story = (id: string, members: string[], last: string | null, storyline?: string) => ({
        id,
        title: `Story ${id}`,
        members,
        origins: origins(members),
        first: last,
        last,
        ...(storyline === undefined ? {} : { storyline }),
      });
      const [a, b, c, d, e, f, g] = ids as [string, string, string, string, string, string, string];
      await store.writeStories([
        // One origin, newest news.
        story('new', [a], '2031-03-10T08:00:00.000Z'),
        // Four independent origins two days older: two doublings outweigh two days, just.
        story('wide', [b, c, d, e], '2031-03-08T09:00:00.000Z'),
        // A storyline of two: only its best-ranked story is a row; the other is related.
        story('line-old', [f], '2031-03-01T08:00:00.000Z', 'l:1'),
        story('line-new', [g], '2031-03-05T08:00:00.000Z', 'l:1'),
      ]);
      await store.saveBrief('wide', {
        ...emptyBrief('Four outlets report it'),
        summary: [{ kind: 'claim', text: 'What four outlets say.', citations: [] }],
        contradictions: [{ kind: 'number', summary: 'They differ.', sides: [] }],
      });
      const front = await store.listFront({ limit: 10, offset: 0 });
      assert.equal(front.total, 3);
      assert.deepEqual(
        front.items.map((s) => s.id),
        ['wide', 'new', 'line-new'],
      );
      const wide = front.items[0];
      assert.equal(wide?.headline, 'Four outlets report it');
      assert.equal(wide?.gist, 'What four outlets say.');
      assert.equal(wide?.disagreements, 1);
      assert.equal(front.items[1]?.headline, null, 'no brief yet');
      assert.deepEqual(
        front.items[2]?.related.map((r) => r.id),
        ['line-old'],
      );
      assert.equal(front.items[2]?.relatedCount, 1);
      const second = await store.listFront({ limit: 2, offset: 2 });
      assert.deepEqual(
        second.items.map((s) => s.id),
        ['line-new'],
      );
      assert.equal(second.total, 3);
      // The older story of the line gains news (the other one merged into it): it leads its line now.
      await store.writeStories([story('line-old', [f, g], '2031-03-12T08:00:00.000Z', 'l:1')], ['line-new']);
      const after = await store.listFront({ limit: 10, offset: 0 });
      assert.deepEqual(
        after.items.map((s) => s.id),
        ['line-old', 'wide', 'new'],
      );
      assert.equal(after.items[0]?.relatedCount, 0);
      await store.close();
    });

    test('searches stories: ranked, counted, with a marked snippet of the best article', async () => {
      const store = await factory();
      const texts = [
        'The Vantor glacier collapsed on Monday. Glacier experts said the Vantor glacier had thinned.',
        'A council meeting mentioned the glacier once.',
        'Tram fares rise in Mirrow.',
      ];
      const inputs = [];
      for (const [i, text] of texts.entries()) {
        const added = await store.addArticle({
          article: makeArticle({ url: `https://g.example/${i}`, text, title: `Item ${i}`, outlet: 'G' }),
        });
        inputs.push({
          id: `s${i}`,
          title: `S${i}`,
          members: [added.id],
          origins: [],
          first: null,
          last: null,
        });
      }
      await store.writeStories(inputs);
      const found = await store.searchStories('glacier', { limit: 10, offset: 0 });
      assert.equal(found.total, 2);
      assert.deepEqual(
        found.items.map((h) => h.story.id),
        ['s0', 's1'],
      );
      const parts = found.items[0]?.snippet ?? [];
      assert.ok(parts.some((p) => p.match && /^glacier$/i.test(p.text)));
      assert.ok(parts.some((p) => !p.match && /Vantor/.test(p.text)));
      assert.equal(found.items[0]?.article.url, 'https://g.example/0');
      const paged = await store.searchStories('glacier', { limit: 1, offset: 1 });
      assert.equal(paged.total, 2);
      assert.deepEqual(
        paged.items.map((h) => h.story.id),
        ['s1'],
      );
      assert.deepEqual(await store.searchStories('glacier', { limit: 10, offset: 5 }), {
        total: 2,
        items: [],
      });
      assert.deepEqual(await store.searchStories('nothing-like-this', { limit: 10, offset: 0 }), {
        total: 0,
        items: [],
      });
      assert.deepEqual(await store.searchStories('  "* ', { limit: 10, offset: 0 }), { total: 0, items: [] });
      await store.close();
    });

    test('the change token moves on every write', async () => {
      const store = await factory();
      const t0 = await store.changeToken();
      assert.equal(await store.changeToken(), t0);
      const a = await store.addArticle({
        article: makeArticle({ url: 'https://c.example/1', text: 'Changed.' }),
      });
      const t1 = await store.changeToken();
      assert.notEqual(t1, t0);
      await store.addArticle({ article: makeArticle({ url: 'https://c.example/1', text: 'Changed.' }) });
      assert.equal(await store.changeToken(), t1, 'a duplicate changes nothing');
      await store.writeStories([
        { id: 's', title: 'S', members: [a.id], origins: [], first: null, last: null },
      ]);
      assert.notEqual(await store.changeToken(), t1);
      await store.close();
    });

    test('remembers feed state', async () => {
      const store = await factory();
      assert.equal(await store.findFeed('https://f.example/rss'), null);
      const state = {
        url: 'https://f.example/rss',
        title: 'F',
        etag: '"v1"',
        lastModified: 'Tue, 03 Mar 2026 10:00:00 GMT',
        lastStatus: 200,
        lastError: null,
        lastFetched: '2026-03-03T10:00:00.000Z',
        nextPoll: '2026-03-03T10:15:00.000Z',
        ttl: 900,
      };
      await store.saveFeed(state);
      assert.deepEqual(await store.findFeed(state.url), state);
      await store.saveFeed({ ...state, etag: '"v2"', lastStatus: 304 });
      assert.equal((await store.findFeed(state.url))?.etag, '"v2"');
      assert.equal((await store.listFeeds()).length, 1);
      await store.close();
    });

    test('keeps one template per site, replaced on save', async () => {
      const store = await factory();
      assert.equal(await store.findSiteTemplate('harbour.example'), null);
      const template = {
        site: 'harbour.example',
        pages: 3,
        lines: { 'home | world | sport': 3, 'sign up now': 2 },
      };
      await store.saveSiteTemplate(template);
      await store.saveSiteTemplate({ site: 'other.example', pages: 1, lines: { menu: 1 } });
      assert.deepEqual(await store.findSiteTemplate('harbour.example'), template);
      const learnt = { ...template, pages: 4, lines: { ...template.lines, 'cookie settings': 2 } };
      await store.saveSiteTemplate(learnt);
      assert.deepEqual(await store.findSiteTemplate('harbour.example'), learnt);
      assert.equal((await store.findSiteTemplate('other.example'))?.pages, 1);
      await store.close();
    });
  });
}

/**
 * @module test/server/ui-fixture
 * A database for the web UI's tests and screenshots, all of it invented: the bundled example
 * (examples/harbour-accord) through the real pipeline; invented filler stories (enough for three
 * pages) briefed by the real synthesis; and the bad inputs a page must survive: hostile titles,
 * outlets and URLs, a story with no title, articles with no URL, a 500-character outlet name, RTL
 * text, and a 2,000-article story.
 */
import { fileURLToPath } from 'node:url';
import { createFetcher } from '../../src/ingest/fetcher.js';
import { createIngestor } from '../../src/ingest/ingest.js';
import { defaultPipeline } from '../../src/ingest/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import type { Store, StoryInput } from '../../src/store/store.js';
import { briefStory } from '../../src/synthesize/index.js';
import type { Article, Brief } from '../../src/types.js';
import { fakeBrief } from '../ingest/fixtures/fake-pipeline.js';
import { makeArticle } from '../store/article-fixture.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/harbour-accord', import.meta.url));

const PLACES = ['Orraville', 'Tarn', 'Keswin', 'Balmora', 'Lystra', 'Corvale', 'Denmoor', 'Hollin', 'Varka'];
const THINGS = ['tram line', 'sea wall', 'ferry pier', 'flood barrier', 'rail bridge'];
const OUTLETS = ['Harbour Times', 'Bay Courier', 'Orrin Herald', 'Northgate Times'];

/** Kinds of invented local news the filler stories are made of. */
const EVENTS: readonly {
  title(place: string, thing: string): string;
  text(place: string, thing: string, figure: number): string;
}[] = [
  {
    title: (place, thing) => `${place} council approves a new ${thing}`,
    text: (place, thing, n) =>
      `The ${place} council approved a new ${thing} on Tuesday. Mayor Ada Brennan said the ${thing} would cost ${n} million dollars. "This ${thing} is for everyone," Brennan told reporters.`,
  },
  {
    title: (place, thing) => `Storm closes the ${place} ${thing}`,
    text: (place, thing, n) =>
      `A storm closed the ${thing} in ${place} on Monday night. Winds reached ${n * 5} kilometres an hour, the weather office said. Engineers will inspect the ${thing} before it reopens.`,
  },
  {
    title: (place, thing) => `${place} ${thing} reopens after repairs`,
    text: (place, thing, n) =>
      `The ${thing} in ${place} reopened on Wednesday after ${n} weeks of repairs. Officials said traffic would be limited at first. Residents welcomed the reopening.`,
  },
  {
    title: (place, thing) => `Workers strike over pay at the ${place} ${thing}`,
    text: (place, thing, n) =>
      `Workers at the ${place} ${thing} walked out on Thursday over pay. The union said ${n * 10} members joined the strike. Talks with the operator are set for next week.`,
  },
];

/** Filler stories: each a decision in an invented town told by two or three invented outlets. */
export const FILLER = 60;
export const HOSTILE = {
  title: '<script>window.__xss=1</script>Harbour <b>fire</b>',
  outlet: '"><img src=x onerror="window.__xss=1">',
  url: 'javascript:window.__xss=1',
  text: 'Crews fought a fire at the <img src=x onerror="window.__xss=1"> harbour warehouse in Keswin on Monday. The fire burned for 3 hours.',
};
export const LONG_OUTLET = `The ${'Very Long Outlet Name '.repeat(23)}Gazette`.slice(0, 500);
export const RTL_TITLE = 'افتتاح جسر جديد في مدينة كسوين';

export interface UiFixture {
  readonly store: Store;
  /** Story ids by role. */
  readonly ids: {
    readonly example: string;
    readonly hostile: string;
    readonly untitled: string;
    readonly rtl: string;
    readonly big: string;
  };
}

/** A time `offset` days before today (noon UTC), so the invented news is recent whenever the test runs. */
function day(offset: number): string {
  const today = new Date();
  return new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12) - offset * 86_400_000,
  ).toISOString();
}

async function add(store: Store, article: Article): Promise<Article> {
  const result = await store.addArticle({ article });
  const stored = await store.findArticle(result.id);
  if (!stored) throw new Error('article not stored');
  return stored.article;
}

/** A 2,000-article story's brief: its sources, and many facts and dated sentences to lay out. */
function bigBrief(articles: readonly Article[]): Brief {
  const base = fakeBrief(articles);
  const cite = (i: number) => ({
    source: `s${(i % articles.length) + 1}`,
    start: 0,
    end: 10,
    text: `Report ${i}.`,
  });
  return {
    ...base,
    headline: 'Storm floods the Denmoor valley',
    summary: [
      {
        kind: 'claim',
        text: 'A storm flooded the Denmoor valley over two days.',
        citations: [cite(0), cite(1)],
      },
    ],
    facts: Array.from({ length: 400 }, (_, i) => ({
      id: `f${i}`,
      text: `Flood report number ${i} says water rose in street ${i} of Denmoor.`,
      sources: [`s${i + 1}`, `s${i + 2}`],
      origins: [`o${i}`, `o${i + 1}`],
      independent: 2,
      citations: [cite(i), cite(i + 1)],
      first: `s${i + 1}`,
      trail: [
        { origin: `o${i}`, sources: [`s${i + 1}`] },
        { origin: `o${i + 1}`, sources: [`s${i + 2}`] },
      ],
    })),
    timeline: Array.from({ length: 300 }, (_, i) => ({
      date: i < 200 ? day(i % 3).slice(0, 10) : `${1990 + (i % 30)}-0${(i % 9) + 1}`,
      text: `Dated sentence ${i} about the Denmoor flood.`,
      sources: [`s${i + 1}`],
      citations: [cite(i)],
    })),
  };
}

export async function buildUiFixture(path: string): Promise<UiFixture> {
  const store = openSqliteStore(path);
  const ingestor = createIngestor({
    store,
    pipeline: await defaultPipeline(),
    fetcher: createFetcher({ perHostIntervalMs: 0 }),
  });
  await ingestor.ingest([EXAMPLE]);
  const existing = await store.listStories({ limit: 200, offset: 0 });
  const stories: StoryInput[] = existing.map(({ outlets: _o, updated: _u, ...story }) => story);
  const example = existing[0]?.id ?? '';
  const briefs = new Map<string, Brief>();
  const story = (
    id: string,
    title: string,
    members: readonly Article[],
    when: number,
    storyline?: string,
  ) => {
    stories.push({
      id,
      title,
      members: members.map((a) => a.id),
      origins: members.map((a) => ({ id: `o:${a.id}`, members: [a.id], credit: null })),
      first: day(when + 1),
      last: day(when),
      ...(storyline === undefined ? {} : { storyline }),
    });
  };

  for (let i = 0; i < FILLER; i++) {
    const place = PLACES[i % PLACES.length] ?? 'Tarn';
    const thing = THINGS[i % THINGS.length] ?? 'pier';
    const event = EVENTS[i % EVENTS.length] ?? EVENTS[0];
    const n = 2 + (i % 2);
    const articles: Article[] = [];
    for (let j = 0; j < n; j++) {
      const figure = 10 + (i % 7) + (j === 2 ? 5 : 0);
      articles.push(
        await add(
          store,
          makeArticle({
            url: `https://outlet${j}.example/${i}`,
            title: event?.title(place, thing) ?? place,
            outlet: OUTLETS[j] ?? 'Harbour Times',
            published: day(i % 12),
            text: `${event?.text(place, thing, figure) ?? ''} ${OUTLETS[j]} spoke to ${j + 2} residents in ${place}.`,
          }),
        ),
      );
    }
    const id = `filler-${i}`;
    // Every third filler story continues the one before it: storylines of two.
    story(
      id,
      event?.title(place, thing) ?? place,
      articles,
      i % 12,
      i % 3 === 2 ? `line-${i - 1}` : `line-${i}`,
    );
    briefs.set(id, briefStory(articles));
  }

  const hostile = [
    await add(store, makeArticle({ ...HOSTILE, published: day(0) })),
    await add(
      store,
      makeArticle({
        url: 'https://bay.example/fire',
        title: 'Harbour warehouse fire in Keswin',
        outlet: HOSTILE.outlet,
        published: day(0),
        text: 'Crews fought a fire at the harbour warehouse in Keswin on Monday. The fire burned for 5 hours, officials said.',
      }),
    ),
  ];
  story('hostile', HOSTILE.title, hostile, 0);
  briefs.set('hostile', briefStory(hostile));

  const untitled = [
    await add(
      store,
      makeArticle({
        url: null,
        title: null,
        outlet: null,
        text: 'A ferry ran aground off Hollin on Sunday. No one was hurt.',
      }),
    ),
    await add(
      store,
      makeArticle({
        url: null,
        title: null,
        outlet: LONG_OUTLET,
        text: 'A ferry ran aground near Hollin on Sunday, and no one was hurt, the coastguard said.',
      }),
    ),
  ];
  story('untitled', '', untitled, 1);
  briefs.set('untitled', { ...briefStory(untitled), headline: '' });

  const rtl = [
    await add(
      store,
      makeArticle({
        url: 'https://rtl.example/bridge',
        title: RTL_TITLE,
        outlet: 'صحيفة الميناء',
        published: day(2),
        text: 'افتتح رئيس البلدية جسرا جديدا في مدينة كسوين يوم الثلاثاء. وقال إن الجسر كلف عشرة ملايين.',
      }),
    ),
    await add(
      store,
      makeArticle({
        url: 'https://rtl2.example/bridge',
        title: 'Keswin opens a new bridge',
        outlet: 'Bay Courier',
        published: day(2),
        text: 'The mayor opened a new bridge in Keswin on Tuesday. He said the bridge cost ten million.',
      }),
    ),
  ];
  story('rtl', RTL_TITLE, rtl, 2);
  briefs.set('rtl', briefStory(rtl));

  const big: Article[] = [];
  for (let i = 0; i < 2000; i++) {
    big.push(
      await add(
        store,
        makeArticle({
          url: `https://flood${i % 50}.example/${i}`,
          title: `Denmoor flood report ${i}`,
          outlet: `Valley Outlet ${i % 50}`,
          published: day(i % 3),
          text: `Flood report number ${i}: water rose in Denmoor overnight.`,
        }),
      ),
    );
  }
  story('big', 'Storm floods the Denmoor valley', big, 0);
  briefs.set('big', bigBrief(big));

  await store.writeStories(stories);
  for (const [id, brief] of briefs) await store.saveBrief(id, brief);
  return { store, ids: { example, hostile: 'hostile', untitled: 'untitled', rtl: 'rtl', big: 'big' } };
}

/**
 * @module server/service
 * The operations the HTTP API serves, as plain library functions over a store: list and read stories
 * with their briefs, read and search articles, add an article (a record or a URL), health.
 */

import type { Ingestor, ItemReport } from '../ingest/ingest.js';
import type {
  Page,
  Paged,
  SearchHit,
  Store,
  StoredStory,
  StoryListing,
  StorySearchHit,
} from '../store/store.js';
import type { Article, Brief } from '../types.js';
import { HttpError, notFound } from './http-error.js';

export interface StorySummary {
  readonly id: string;
  readonly title: string;
  /** How many articles the story has. */
  readonly articles: number;
  readonly outlets: readonly string[];
  readonly updated: string;
}

export interface StoryArticle {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
}

export interface StoryDetail {
  readonly id: string;
  readonly title: string;
  readonly first: string | null;
  readonly last: string | null;
  readonly updated: string;
  readonly outlets: readonly string[];
  readonly origins: readonly {
    readonly id: string;
    readonly members: readonly string[];
    readonly credit: string | null;
  }[];
  readonly articles: readonly StoryArticle[];
  /** The other stories of its storyline (earlier and later happenings of one affair), earliest first. */
  readonly storyline: StorylineInfo | null;
  /** The story's brief, null until it has been computed. */
  readonly brief: Brief | null;
}

export interface StorylineInfo {
  readonly id: string;
  readonly stories: readonly {
    readonly id: string;
    readonly title: string;
    readonly first: string | null;
    readonly last: string | null;
    readonly articles: number;
  }[];
}

export interface ArticleDetail {
  readonly id: string;
  readonly url: string | null;
  readonly story: string | null;
  readonly origin: string | null;
  readonly added: string;
  readonly article: Article;
}

export interface AddResult {
  readonly status: 'new' | 'duplicate';
  readonly id: string;
  readonly story: string | null;
}

export interface Health {
  readonly ok: true;
  readonly articles: number;
  readonly stories: number;
  readonly briefs: number;
  readonly feeds: number;
  readonly schemaVersion: number;
}

export interface Service {
  listStories(query: { limit: number; offset: number; q?: string | undefined }): Promise<StorySummary[]>;
  getStory(id: string): Promise<StoryDetail>;
  /** The front page: storylines and stories by latest news and independent origins (the web UI's list). */
  frontPage(page: Page): Promise<Paged<StoryListing>>;
  /** Stories matching `q`, most relevant first, with the best match's snippet (the web UI's search). */
  searchStories(q: string, page: Page): Promise<Paged<StorySearchHit>>;
  /** `getStory` as JSON text, with the stored brief spliced in without decoding it (the API's path). */
  getStoryJson(id: string): Promise<string>;
  getArticle(id: string): Promise<ArticleDetail>;
  search(q: string, page: { limit: number; offset: number }): Promise<SearchHit[]>;
  /** Adds a JSON record (as a crawler writes them) or fetches `{url}`. */
  addArticle(input: { record: Readonly<Record<string, unknown>> } | { url: string }): Promise<AddResult>;
  health(): Promise<Health>;
  /** Changes whenever the data behind these answers may have changed (for caches). */
  changeToken(): Promise<string>;
}

export interface ServiceOptions {
  readonly store: Store;
  /** Needed for `addArticle`; without it that operation answers 503. */
  readonly ingestor?: Ingestor;
}

async function storyFields(store: Store, story: StoredStory) {
  return {
    id: story.id,
    title: story.title,
    first: story.first,
    last: story.last,
    updated: story.updated,
    outlets: story.outlets,
    origins: story.origins,
    articles: await store.findArticleRefs(story.members),
    storyline: await storylineOf(store, story),
  };
}

/** The storyline a story is on, when it shares it with other stories. */
async function storylineOf(store: Store, story: StoredStory): Promise<StorylineInfo | null> {
  if (story.storyline === undefined) return null;
  const stories = await store.listStoryline(story.storyline);
  if (stories.length < 2) return null;
  return {
    id: story.storyline,
    stories: stories.map((s) => ({
      id: s.id,
      title: s.title,
      first: s.first,
      last: s.last,
      articles: s.members.length,
    })),
  };
}

async function added(store: Store, report: ItemReport): Promise<AddResult> {
  if ((report.status === 'new' || report.status === 'duplicate') && report.id !== undefined) {
    const stored = await store.findArticle(report.id);
    return { status: report.status, id: report.id, story: stored?.story ?? null };
  }
  throw new HttpError(
    422,
    'not-ingested',
    `the article could not be ingested: ${report.reason ?? report.status}`,
  );
}

export function createService(options: ServiceOptions): Service {
  const { store } = options;
  return {
    async listStories(query) {
      const stories = await store.listStories(query);
      return stories.map((s) => ({
        id: s.id,
        title: s.title,
        articles: s.members.length,
        outlets: s.outlets,
        updated: s.updated,
      }));
    },
    async getStory(id) {
      const story = await store.findStory(id);
      if (!story) throw notFound('story', id);
      const [fields, brief] = await Promise.all([storyFields(store, story), store.findBrief(id)]);
      return { ...fields, brief: brief?.brief ?? null };
    },
    frontPage(page) {
      return store.listFront(page);
    },
    searchStories(q, page) {
      return store.searchStories(q, page);
    },
    async getStoryJson(id) {
      const story = await store.findStory(id);
      if (!story) throw notFound('story', id);
      const [fields, brief] = await Promise.all([storyFields(store, story), store.findBriefJson(id)]);
      return `${JSON.stringify(fields).slice(0, -1)},"brief":${brief ?? 'null'}}`;
    },
    async getArticle(id) {
      const stored = await store.findArticle(id);
      if (!stored) throw notFound('article', id);
      return {
        id: stored.id,
        url: stored.url,
        story: stored.story,
        origin: stored.origin,
        added: stored.added,
        article: stored.article,
      };
    },
    search(q, page) {
      return store.searchArticles(q, page);
    },
    async addArticle(input) {
      const ingestor = options.ingestor;
      if (!ingestor) throw new HttpError(503, 'read-only', 'this server was started without an ingestor');
      if ('url' in input) {
        const summary = await ingestor.ingest([input.url]);
        const report =
          summary.items.find((i) => i.status === 'new' || i.status === 'duplicate') ?? summary.items[0];
        if (!report) throw new HttpError(422, 'not-ingested', 'nothing was found at that URL');
        return added(store, report);
      }
      const record = input.record;
      const id =
        typeof record.id === 'string' ? record.id : typeof record.url === 'string' ? record.url : 'api';
      const url = typeof record.url === 'string' ? record.url : undefined;
      const report = await ingestor.addDocument({
        input: 'api',
        id,
        kind: 'record',
        content: JSON.stringify(record),
        record,
        ...(url ? { url } : {}),
      });
      return added(store, report);
    },
    async health() {
      return { ok: true, ...(await store.stats()) };
    },
    changeToken() {
      return store.changeToken();
    },
  };
}

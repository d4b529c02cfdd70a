/**
 * @module server/service
 * The operations the HTTP API serves, as plain library functions over a store: list and read stories
 * with their briefs, read and search articles, add an article (a record or a URL), health.
 */

import type { JobInfo, JobQueue, JobState, QueueHealth } from '../ingest/queue/job-queue.js';
import type {
  Page,
  Paged,
  SearchHit,
  Store,
  StoredStory,
  StoreStats,
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

/** An article accepted for ingest: the job that will store it, and where to ask how it went. */
export interface AcceptedArticle {
  readonly job: string;
  readonly state: JobState;
  /** The path of the job's status (`GET /api/jobs/:id`). */
  readonly status: string;
}

/** How an article's job went: its state, and once done the article stored or the reason it failed. */
export interface JobView {
  readonly id: string;
  readonly state: JobState;
  readonly attempts: number;
  readonly created: string;
  readonly finished: string | null;
  /** The article, once stored: new, or a duplicate of the one already stored (by URL or body). */
  readonly article: {
    readonly id: string;
    readonly url: string | null;
    readonly status: 'new' | 'duplicate';
    /** Its story once placed (null until then). */
    readonly story: string | null;
  } | null;
  readonly error: string | null;
}

export interface Health {
  readonly ok: true;
  readonly articles: number;
  readonly stories: number;
  readonly briefs: number;
  readonly feeds: number;
  readonly schemaVersion: number;
  /** The job queue: jobs waiting and running, and those parked after their last attempt. */
  readonly jobs: QueueHealth | null;
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
  /** Queues a JSON record (as a crawler writes them) or `{url}` to fetch; answers at once with the job. */
  addArticle(
    input: { record: Readonly<Record<string, unknown>> } | { url: string },
  ): Promise<AcceptedArticle>;
  /** The state of a job `addArticle` gave (following it through the jobs it handed on to). */
  getJob(id: string): Promise<JobView>;
  health(): Promise<Health>;
  /** Changes whenever the data behind these answers may have changed (for caches). */
  changeToken(): Promise<string>;
}

export interface ServiceOptions {
  readonly store: Store;
  /** Needed for `addArticle` and `getJob`; without it they answer 503. */
  readonly queue?: JobQueue;
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

/** Jobs followed through hand-overs at most (a page fetched, then extracted). */
const MAX_HOPS = 4;

async function jobView(store: Store, queue: JobQueue, first: JobInfo): Promise<JobView> {
  let job = first;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const handedOn = job.state === 'done' && job.output?.items.length === 0 ? job.output.next[0] : undefined;
    const next = handedOn === undefined ? null : await queue.findJob(handedOn);
    if (next === null) break;
    job = next;
  }
  const base = {
    id: first.id,
    attempts: job.attempts,
    created: first.created,
    finished: job.finished,
  };
  if (job.state !== 'done') return { ...base, state: job.state, article: null, error: job.error };
  const item = job.output?.items[0];
  if (item?.id === undefined || (item.status !== 'new' && item.status !== 'duplicate'))
    return { ...base, state: 'failed', article: null, error: item?.reason ?? 'nothing was stored' };
  const stored = await store.findArticle(item.id);
  return {
    ...base,
    state: 'done',
    article: {
      id: item.id,
      url: stored?.url ?? item.url ?? null,
      status: item.status,
      story: stored?.story ?? null,
    },
    error: null,
  };
}

/** How long the queue's counts in `health` may be reused: a probe every few ms costs one count a second. */
const QUEUE_HEALTH_MS = 1000;

export function createService(options: ServiceOptions): Service {
  const { store } = options;
  // Counting rows costs a scan on PostgreSQL: the counts are kept until the store changes, and the
  // queue's for a second, so probes at any rate cost no more than the data changing does.
  let stats: { token: string; value: Promise<StoreStats> } | null = null;
  let jobs: { at: number; value: Promise<QueueHealth> } | null = null;
  const storeStats = async (): Promise<StoreStats> => {
    const token = await store.changeToken();
    if (stats?.token !== token) {
      const value = store.stats();
      stats = { token, value };
      value.catch(() => {
        if (stats?.value === value) stats = null;
      });
    }
    return stats.value;
  };
  const queueHealth = (queue: JobQueue): Promise<QueueHealth> => {
    const now = Date.now();
    if (jobs === null || now - jobs.at >= QUEUE_HEALTH_MS) {
      const value = queue.health();
      jobs = { at: now, value };
      value.catch(() => {
        if (jobs?.value === value) jobs = null;
      });
    }
    return jobs.value;
  };
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
      const queue = options.queue;
      if (!queue) throw new HttpError(503, 'read-only', 'this server was started without a job queue');
      let job: string;
      if ('url' in input) {
        job = await queue.enqueue('fetch-page', {
          url: input.url,
          input: input.url,
          hints: null,
          feed: null,
        });
      } else {
        const record = input.record;
        const url = typeof record.url === 'string' ? record.url : undefined;
        const id = typeof record.id === 'string' ? record.id : (url ?? 'api');
        job = await queue.enqueue('extract-article', {
          document: {
            input: url ?? 'api',
            id,
            kind: 'record',
            text: JSON.stringify(record),
            record,
            ...(url ? { url } : {}),
          },
          hints: null,
          feed: null,
        });
      }
      return { job, state: 'queued', status: `/api/jobs/${encodeURIComponent(job)}` };
    },
    async getJob(id) {
      const queue = options.queue;
      if (!queue) throw new HttpError(503, 'read-only', 'this server was started without a job queue');
      const job = await queue.findJob(id);
      if (!job) throw notFound('job', id);
      return jobView(store, queue, job);
    },
    async health() {
      const queue = options.queue;
      const [counts, queued] = await Promise.all([storeStats(), queue ? queueHealth(queue) : null]);
      return { ok: true, ...counts, jobs: queued };
    },
    changeToken() {
      return store.changeToken();
    },
  };
}

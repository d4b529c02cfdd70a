/**
 * @module store/store
 * The store interface: articles (with their Article JSON), stories (members and origins), briefs,
 * feeds, and the clusterer's state that places articles into stories. One interface, two backends
 * (SQLite and PostgreSQL), one conformance suite (`test/store/store.case.ts`; the clusterer state also
 * passes `test/cluster/state.case.ts`). Every method is async so a networked backend fits the same shape.
 */

import type { ClusterState } from '../cluster/index.js';
import type { Article, Brief, SiteTemplate, Story } from '../types.js';

/** An article as the store keeps it: the extracted Article plus what the store adds. */
export interface StoredArticle {
  /** The store's id (also written into `article.id`). */
  readonly id: string;
  /** The normalised URL, where the article has one. */
  readonly url: string | null;
  readonly contentHash: string;
  readonly article: Article;
  /** The story it was clustered into, once clustering has seen it. */
  readonly story: string | null;
  /** Its origin (a wire story and its copies share one). */
  readonly origin: string | null;
  /** ISO time it was stored. */
  readonly added: string;
}

/** What to store: the Article (its `id` is replaced by the store's) and where it came from. */
export interface NewArticle {
  readonly article: Article;
  /** The feed it came through, where it did. */
  readonly feed?: string | null;
  /**
   * An idempotency key: the job storing it. A retry of that job (its first attempt stored the article,
   * then lost its lease) is answered `new` again, not `duplicate`.
   */
  readonly key?: string | null;
}

export type AddArticleResult =
  | { readonly status: 'new'; readonly id: string }
  | { readonly status: 'duplicate'; readonly id: string; readonly by: 'url' | 'content' };

/** A story as the store keeps it: the clusterer's story with its outlets and when it last changed. */
export interface StoredStory extends Story {
  /** Distinct outlet names of its members. */
  readonly outlets: readonly string[];
  /** ISO time the story last changed. */
  readonly updated: string;
}

/** What the clusterer says a story is; the store adds outlets and times. */
export type StoryInput = Story;

/** The columns a listing of articles needs, without the Article JSON. */
export interface ArticleRef {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
}

export interface StoredBrief {
  readonly story: string;
  readonly brief: Brief;
  /** The membership signature the brief was computed from (it is stale when the story's differs). */
  readonly signature: string;
  readonly computed: string;
}

/** A feed's polling state: what it said last time, so the next request can be conditional. */
export interface FeedState {
  readonly url: string;
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** HTTP status of the last poll, or 0 when it failed before one (network, refused). */
  readonly lastStatus: number | null;
  readonly lastError: string | null;
  readonly lastFetched: string | null;
  /** ISO time the feed is next due. */
  readonly nextPoll: string | null;
  /** How long the feed says it may be cached, in seconds (ttl, sy:updatePeriod, max-age, Expires). */
  readonly ttl: number | null;
}

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

export interface StoryQuery extends Page {
  /** Full-text query over the stories' articles. */
  readonly q?: string | undefined;
}

export interface SearchHit {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly story: string | null;
  /** A short extract around the match, with the matched words between `[` and `]`. */
  readonly snippet: string;
}

export interface WriteStoriesResult {
  /** Stories created or whose membership changed (their briefs are stale). */
  readonly changed: readonly string[];
  /** Stories that no longer exist (merged into others). */
  readonly removed: readonly string[];
}

/** Text with the parts a search matched marked, in order. */
export interface SnippetPart {
  readonly text: string;
  readonly match: boolean;
}

/** Another story of the same storyline, as a listing names it. */
export interface RelatedStory {
  readonly id: string;
  readonly title: string;
  readonly first: string | null;
  readonly last: string | null;
}

/** A story as a list shows it: the story with what its brief says in short, and its storyline's others. */
export interface StoryListing extends StoredStory {
  /** The brief's headline (null until the story has a brief). */
  readonly headline: string | null;
  /** The brief's first summary sentence. */
  readonly gist: string | null;
  /** How many disagreements between outlets the brief reports. */
  readonly disagreements: number;
  /** The other stories of its storyline, latest first (the first few; `relatedCount` says how many). */
  readonly related: readonly RelatedStory[];
  readonly relatedCount: number;
}

/** A page of a longer list and the length of the whole list. */
export interface Paged<T> {
  readonly total: number;
  readonly items: readonly T[];
}

/** A story found by search: the story, its article that matched best, and where. */
export interface StorySearchHit {
  readonly story: StoryListing;
  readonly article: ArticleRef;
  /** An extract of the best matching article around the match. */
  readonly snippet: readonly SnippetPart[];
}

export interface StoreStats {
  readonly articles: number;
  readonly stories: number;
  readonly briefs: number;
  readonly feeds: number;
  readonly schemaVersion: number;
}

export interface Store {
  /** Stores an article once: a second arrival with the same normalised URL or body is a duplicate. */
  addArticle(input: NewArticle): Promise<AddArticleResult>;
  /** The id of the article stored under this URL (normalised first), or null. */
  findArticleIdByUrl(url: string): Promise<string | null>;
  findArticle(id: string): Promise<StoredArticle | null>;
  findArticles(ids: readonly string[]): Promise<StoredArticle[]>;
  /** Id, URL, title, outlet and date of the given articles, in the order given (unknown ids skipped). */
  findArticleRefs(ids: readonly string[]): Promise<ArticleRef[]>;
  /** Articles in the order they were stored. */
  listArticles(page: Page): Promise<StoredArticle[]>;
  searchArticles(q: string, page: Page): Promise<SearchHit[]>;

  /**
   * The clusterer's state in this database (see `cluster/state.ts`): every process and worker places
   * articles through it, reading by key, so none replays the archive and all agree. Each placement is one
   * transaction that also publishes what it changed (the stories, each member's story and origin); a
   * story is never removed but by a merge the state records.
   */
  clusterState(): ClusterState;
  /** Articles stored and neither placed nor left out yet, in arrival order. */
  listUnplaced(limit: number): Promise<StoredArticle[]>;
  /** Records that the clusterer left an article out of every story, and why (it is not placed again). */
  leaveOut(id: string, reason: string): Promise<void>;
  /**
   * Writes stories computed elsewhere (imports, fixtures): creates or replaces these, records each
   * member's story and origin, and removes exactly the `removed` ones. Placement does not use it.
   */
  writeStories(stories: readonly StoryInput[], removed?: readonly string[]): Promise<WriteStoriesResult>;
  findStory(id: string): Promise<StoredStory | null>;
  /** Stories, most recently updated first; `q` keeps those with an article matching it. */
  listStories(query: StoryQuery): Promise<StoredStory[]>;
  /**
   * The front page: one row per storyline (its best-ranked story, the others in `related`) and per story
   * outside one, ranked by `storyRank`, best first.
   */
  listFront(page: Page): Promise<Paged<StoryListing>>;
  /** Stories with an article matching `q`, most relevant first, each with its best match's snippet. */
  searchStories(q: string, page: Page): Promise<Paged<StorySearchHit>>;
  /** The stories of one storyline (`Story.storyline`), earliest first. */
  listStoryline(storyline: string): Promise<StoredStory[]>;
  /** Stories whose brief is missing or older than their membership. */
  listStaleBriefs(limit: number): Promise<string[]>;

  /**
   * Saves a story's brief, computed from the members whose signature is `basedOn` (default: the
   * story's current one). A brief based on older members stays stale, so it is written again.
   */
  saveBrief(story: string, brief: Brief, basedOn?: string): Promise<void>;
  findBrief(story: string): Promise<StoredBrief | null>;
  /** The brief as its stored JSON text, for serving without decoding and re-encoding it. */
  findBriefJson(story: string): Promise<string | null>;

  /** What was learnt of a site's pages (`extract/template/site-template.ts`), or null. */
  findSiteTemplate(site: string): Promise<SiteTemplate | null>;
  /** Saves a site's template, replacing the one stored for `template.site`. */
  saveSiteTemplate(template: SiteTemplate): Promise<void>;

  findFeed(url: string): Promise<FeedState | null>;
  saveFeed(state: FeedState): Promise<void>;
  listFeeds(): Promise<FeedState[]>;

  stats(): Promise<StoreStats>;
  /**
   * A token that changes whenever the stored data may have changed (by this process or another), so
   * readers can cache what they computed from it.
   */
  changeToken(): Promise<string>;
  close(): Promise<void>;
}

/** How many related stories a listing carries. */
export const RELATED_SHOWN = 3;

/**
 * A story's place on the front page, in days: its latest news time (the time it was stored when no
 * member is dated) plus one day per doubling of its independent origins. Only differences matter, so
 * the order it gives never changes with the clock: a story told by 8 independent origins stands level
 * with a single-origin story 3 days newer.
 */
export function storyRank(story: Pick<StoryInput, 'last' | 'origins'>, updated: string): number {
  const news = story.last === null ? Number.NaN : Date.parse(story.last);
  const time = Number.isNaN(news) ? Date.parse(updated) : news;
  return time / 86_400_000 + Math.log2(Math.max(1, story.origins.length));
}

/** The short form of a brief a listing carries. */
export function briefDigest(brief: Brief): { headline: string; gist: string | null; disagreements: number } {
  return {
    headline: brief.headline,
    gist: brief.summary[0]?.text ?? null,
    // Two contradictions that say the same thing are one disagreement to a reader.
    disagreements: new Set(brief.contradictions.map((c) => `${c.kind} ${c.summary}`)).size,
  };
}

/** The membership signature of a story: its sorted member ids, joined. */
export function storySignature(members: readonly string[]): string {
  return [...members].sort().join('\n');
}

/** A store error: misuse or a broken database (not an expected miss, which is a value). */
export class StoreError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

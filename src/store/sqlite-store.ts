/**
 * @module store/sqlite-store
 * The embedded SQLite store (better-sqlite3): WAL journal, FTS5 search over articles, migrations on
 * open, the clusterer's state beside the stories (`sqlite-cluster-state.ts`). Every write is one
 * transaction, so a process killed mid-ingest loses nothing it committed.
 */

import Database from 'better-sqlite3';
import type { ClusterState } from '../cluster/index.js';
import type { Article, Brief, Origin, SiteTemplate } from '../types.js';
import type { PublishedPlacement } from './cluster-rows.js';
import { contentHash, shortId } from './content-hash.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { normalizeUrl } from './normalize-url.js';
import { ftsWords } from './search-words.js';
import { MATCH_END, MATCH_START, snippetParts } from './snippet-parts.js';
import { createSqliteClusterState } from './sqlite-cluster-state.js';
import { useWal } from './sqlite-wal.js';
import {
  type AddArticleResult,
  type ArticleRef,
  briefDigest,
  type FeedState,
  type NewArticle,
  type Page,
  type Paged,
  RELATED_SHOWN,
  type RelatedStory,
  type SearchHit,
  type Store,
  type StoredArticle,
  type StoredBrief,
  type StoredStory,
  StoreError,
  type StoreStats,
  type StoryInput,
  type StoryListing,
  type StoryQuery,
  type StorySearchHit,
  storyRank,
  storySignature,
  type WriteStoriesResult,
} from './store.js';

export interface SqliteStoreOptions {
  /** The clock, for `added`/`updated` times (tests pin it). */
  readonly now?: () => Date;
  /** Milliseconds to wait on a locked database before failing (another writer). */
  readonly busyTimeoutMs?: number;
}

interface ArticleRow {
  id: string;
  url: string | null;
  content_hash: string;
  json: string;
  story_id: string | null;
  origin_id: string | null;
  added_at: string;
}

interface StoryRow {
  id: string;
  title: string;
  members: string;
  origins: string;
  outlets: string;
  first: string | null;
  last: string | null;
  signature: string;
  updated_at: string;
  storyline: string | null;
  line: string;
}

interface ListingRow extends StoryRow {
  headline: string | null;
  gist: string | null;
  disagreements: number | null;
}

interface FeedRow {
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_status: number | null;
  last_error: string | null;
  last_fetched_at: string | null;
  next_poll_at: string | null;
  ttl_seconds: number | null;
}

/** Turns a user's words into an FTS5 query that cannot be a syntax error: each word quoted, all required. */
export function ftsQuery(q: string): string | null {
  const words = ftsWords(q);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replaceAll('"', '')}"`).join(' ');
}

function toStoredArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    url: row.url,
    contentHash: row.content_hash,
    article: JSON.parse(row.json) as Article,
    story: row.story_id,
    origin: row.origin_id,
    added: row.added_at,
  };
}

function toStoredStory(row: StoryRow): StoredStory {
  return {
    id: row.id,
    title: row.title,
    members: JSON.parse(row.members) as string[],
    origins: JSON.parse(row.origins) as Origin[],
    outlets: JSON.parse(row.outlets) as string[],
    first: row.first,
    last: row.last,
    ...(row.storyline === null ? {} : { storyline: row.storyline }),
    updated: row.updated_at,
  };
}

function toFeedState(row: FeedRow): FeedState {
  return {
    url: row.url,
    title: row.title,
    etag: row.etag,
    lastModified: row.last_modified,
    lastStatus: row.last_status,
    lastError: row.last_error,
    lastFetched: row.last_fetched_at,
    nextPoll: row.next_poll_at,
    ttl: row.ttl_seconds,
  };
}

/**
 * Applies the migrations the database has not seen yet, all in one write transaction (a failure leaves
 * the version it had; two processes opening a new file together migrate it once); refuses a database
 * newer than this code.
 */
export function migrate(db: Database.Database): number {
  const version = (): number => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new StoreError(
        'schema-too-new',
        `database schema version ${current} is newer than this program's (${SCHEMA_VERSION}); upgrade corroborate`,
      );
    }
    return current;
  };
  if (version() === SCHEMA_VERSION) return SCHEMA_VERSION;
  db.transaction(() => {
    // Read again under the write lock: another process may have migrated since.
    const current = version();
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return SCHEMA_VERSION;
}

/**
 * Opens (creating and migrating) a SQLite store at `path` (`:memory:` for a throwaway one).
 * @example const store = openSqliteStore('news.db');
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const waitMs = options.busyTimeoutMs ?? 5000;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { timeout: waitMs });
    useWal(db, waitMs);
  } catch (error) {
    db?.close();
    throw new StoreError('open-failed', `cannot open database ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);

  const stmt = {
    // Prepared once: `db.pragma()` prepares its statement anew on every call (a server asks per request).
    dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
    byUrl: db.prepare<[string], { id: string; job: string | null }>(
      'SELECT id, job FROM articles WHERE url = ?',
    ),
    byHash: db.prepare<[string], { id: string; job: string | null }>(
      'SELECT id, job FROM articles WHERE content_hash = ?',
    ),
    byId: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?'),
    refById: db.prepare<[string], ArticleRef>(
      'SELECT id, url, title, outlet, published FROM articles WHERE id = ?',
    ),
    insertArticle: db.prepare(
      `INSERT INTO articles (id, url, content_hash, title, outlet, published, feed, json, added_at, job)
       VALUES (@id, @url, @hash, @title, @outlet, @published, @feed, @json, @added, @job)`,
    ),
    insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, text, outlet) VALUES (?, ?, ?, ?)'),
    listArticles: db.prepare<[number, number], ArticleRow>(
      'SELECT * FROM articles ORDER BY seq LIMIT ? OFFSET ?',
    ),
    // Ranking first, on the index alone; the rows and snippets are then read for the page only.
    searchRank: db.prepare<[string, number, number], { rowid: number }>(
      `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
       ORDER BY bm25(articles_fts, 5.0, 1.0, 2.0) LIMIT ? OFFSET ?`,
    ),
    searchSnippet: db.prepare<[string, number], { snippet: string }>(
      `SELECT snippet(articles_fts, 1, '[', ']', '…', 24) AS snippet FROM articles_fts
       WHERE articles_fts MATCH ? AND rowid = ?`,
    ),
    markedSnippet: db.prepare<[string, number], { snippet: string }>(
      `SELECT snippet(articles_fts, -1, '${MATCH_START}', '${MATCH_END}', '…', 28) AS snippet
       FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?`,
    ),
    // One row per story: its best article's score (bare `best` comes from the min() row in SQLite).
    searchStories: db.prepare<[string, number, number], { story: string; best: number; total: number }>(
      `WITH r AS MATERIALIZED (
         SELECT rowid AS seq, bm25(articles_fts, 5.0, 1.0, 2.0) AS score FROM articles_fts
         WHERE articles_fts MATCH ?),
       m AS MATERIALIZED (
         SELECT a.story_id AS story, min(r.score) AS score, r.seq AS best
         FROM r JOIN articles a ON a.seq = r.seq WHERE a.story_id IS NOT NULL GROUP BY a.story_id)
       SELECT m.story, m.best, (SELECT count(*) FROM m) AS total
       FROM m JOIN stories s ON s.id = m.story ORDER BY m.score, s.rank DESC, s.id LIMIT ? OFFSET ?`,
    ),
    front: db.prepare<[number, number], ListingRow>(
      `SELECT s.*, b.headline, b.gist, b.disagreements FROM stories s
       LEFT JOIN briefs b ON b.story_id = s.id
       WHERE s.rowid IN (SELECT rowid FROM stories WHERE lead = 1 ORDER BY rank DESC, id LIMIT ? OFFSET ?)
       ORDER BY s.rank DESC, s.id`,
    ),
    frontCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM stories WHERE lead = 1'),
    listingById: db.prepare<[string], ListingRow>(
      `SELECT s.*, b.headline, b.gist, b.disagreements FROM stories s
       LEFT JOIN briefs b ON b.story_id = s.id WHERE s.id = ?`,
    ),
    related: db.prepare<[string, string, number], RelatedStory>(
      'SELECT id, title, first, last FROM stories WHERE line = ? AND id <> ? ORDER BY rank DESC, id LIMIT ?',
    ),
    lineSize: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM stories WHERE line = ?'),
    lineOf: db.prepare<[string], { line: string }>('SELECT line FROM stories WHERE id = ?'),
    relead: db.prepare<[string, string]>(
      `UPDATE stories SET lead = (id = (SELECT t.id FROM stories t WHERE t.line = ?
                                         ORDER BY t.rank DESC, t.id LIMIT 1)) WHERE line = ?`,
    ),
    hitBySeq: db.prepare<
      [number],
      {
        id: string;
        url: string | null;
        title: string | null;
        outlet: string | null;
        published: string | null;
        story_id: string | null;
      }
    >('SELECT id, url, title, outlet, published, story_id FROM articles WHERE seq = ?'),
    storyById: db.prepare<[string], StoryRow>('SELECT * FROM stories WHERE id = ?'),
    storySignatures: db.prepare<[], { id: string; signature: string }>('SELECT id, signature FROM stories'),
    listStories: db.prepare<[number, number], StoryRow>(
      // The page is found on the (updated_at, id) index alone; only its rows are read from the table.
      `SELECT * FROM stories WHERE rowid IN (
         SELECT rowid FROM stories ORDER BY updated_at DESC, id LIMIT ? OFFSET ?)
       ORDER BY updated_at DESC, id`,
    ),
    listStoriesMatching: db.prepare<[string, number, number], StoryRow>(
      `SELECT s.* FROM stories s WHERE s.id IN (
         SELECT a.story_id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
         WHERE articles_fts MATCH ? AND a.story_id IS NOT NULL)
       ORDER BY s.updated_at DESC, s.id LIMIT ? OFFSET ?`,
    ),
    upsertStory: db.prepare(
      `INSERT INTO stories (id, title, members, origins, outlets, first, last, signature, updated_at,
                            storyline, rank, line)
       VALUES (@id, @title, @members, @origins, @outlets, @first, @last, @signature, @updated,
               @storyline, @rank, @line)
       ON CONFLICT(id) DO UPDATE SET title = excluded.title, members = excluded.members,
         origins = excluded.origins, outlets = excluded.outlets, first = excluded.first,
         last = excluded.last, signature = excluded.signature, updated_at = excluded.updated_at,
         storyline = excluded.storyline, rank = excluded.rank, line = excluded.line`,
    ),
    deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
    storyline: db.prepare<[string], StoryRow>(
      'SELECT * FROM stories WHERE storyline = ? ORDER BY first IS NULL, first, id',
    ),
    // Only rows that change are written: a story's old members keep theirs as it grows.
    assign: db.prepare<{ id: string; story: string; origin: string | null }>(
      `UPDATE articles SET story_id = @story, origin_id = @origin
       WHERE id = @id AND (story_id IS NOT @story OR origin_id IS NOT @origin)`,
    ),
    relink: db.prepare<[string, string, string]>(
      'UPDATE stories SET storyline = ?, line = ? WHERE storyline = ?',
    ),
    markPlaced: db.prepare<[number, string]>('UPDATE articles SET placed_seq = ? WHERE id = ?'),
    leaveOut: db.prepare<[string, string]>(
      'UPDATE articles SET left_out = ? WHERE id = ? AND placed_seq IS NULL',
    ),
    outletOf: db.prepare<[string], { outlet: string | null }>('SELECT outlet FROM articles WHERE id = ?'),
    staleBriefs: db.prepare<[number], { id: string }>(
      `SELECT s.id FROM stories s LEFT JOIN briefs b ON b.story_id = s.id
       WHERE b.story_id IS NULL OR b.signature <> s.signature ORDER BY s.updated_at DESC LIMIT ?`,
    ),
    upsertBrief: db.prepare(
      `INSERT INTO briefs (story_id, json, signature, computed_at, headline, gist, disagreements)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(story_id) DO UPDATE SET json = excluded.json, signature = excluded.signature,
         computed_at = excluded.computed_at, headline = excluded.headline, gist = excluded.gist,
         disagreements = excluded.disagreements`,
    ),
    briefById: db.prepare<
      [string],
      { story_id: string; json: string; signature: string; computed_at: string }
    >('SELECT * FROM briefs WHERE story_id = ?'),
    siteTemplate: db.prepare<[string], { json: string }>('SELECT json FROM site_templates WHERE site = ?'),
    upsertSiteTemplate: db.prepare<[string, string]>(
      `INSERT INTO site_templates (site, json) VALUES (?, ?)
       ON CONFLICT(site) DO UPDATE SET json = excluded.json,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    ),
    feedByUrl: db.prepare<[string], FeedRow>('SELECT * FROM feeds WHERE url = ?'),
    listFeeds: db.prepare<[], FeedRow>('SELECT * FROM feeds ORDER BY url'),
    upsertFeed: db.prepare(
      `INSERT INTO feeds (url, title, etag, last_modified, last_status, last_error, last_fetched_at,
                          next_poll_at, ttl_seconds)
       VALUES (@url, @title, @etag, @lastModified, @lastStatus, @lastError, @lastFetched, @nextPoll, @ttl)
       ON CONFLICT(url) DO UPDATE SET title = excluded.title, etag = excluded.etag,
         last_modified = excluded.last_modified, last_status = excluded.last_status,
         last_error = excluded.last_error, last_fetched_at = excluded.last_fetched_at,
         next_poll_at = excluded.next_poll_at, ttl_seconds = excluded.ttl_seconds`,
    ),
    // Articles are never deleted, so the autoincrement counter is their count without a scan.
    countArticles: db.prepare<[], { n: number }>(
      "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'articles'), 0) AS n",
    ),
    listUnplaced: db.prepare<[number], ArticleRow>(
      'SELECT * FROM articles WHERE placed_seq IS NULL AND left_out IS NULL ORDER BY seq LIMIT ?',
    ),
    countStories: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM stories'),
    countBriefs: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM briefs'),
    countFeeds: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM feeds'),
  };

  /** Writes by this connection (PRAGMA data_version only counts other connections' commits). */
  let writes = 0;

  const addArticle = db.transaction((input: NewArticle): AddArticleResult => {
    const article = input.article;
    const key = input.key ?? null;
    const url = article.url === null ? null : normalizeUrl(article.url);
    // The job that stored it asks again (a retry after a lost lease): it is still that job's new article.
    const found = (row: { id: string; job: string | null }, by: 'url' | 'content'): AddArticleResult =>
      key !== null && row.job === key
        ? { status: 'new', id: row.id }
        : { status: 'duplicate', id: row.id, by };
    if (url !== null) {
      const existing = stmt.byUrl.get(url);
      if (existing) return found(existing, 'url');
    }
    const hash = contentHash(article.text, `${article.title ?? ''}\n${url ?? article.id}`);
    const same = stmt.byHash.get(hash);
    if (same) return found(same, 'content');
    const id = shortId('a_', url ?? hash);
    const stored: Article = { ...article, id };
    const info = stmt.insertArticle.run({
      id,
      url,
      hash,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      feed: input.feed ?? null,
      json: JSON.stringify(stored),
      added: now().toISOString(),
      job: key,
    });
    stmt.insertFts.run(info.lastInsertRowid, article.title ?? '', article.text, article.outlet ?? '');
    writes++;
    return { status: 'new', id };
  });

  /** Lines whose lead may change in the current write: every line a written or removed story was or is on. */
  const touchedLines = new Set<string>();

  function deleteStory(id: string): boolean {
    const line = stmt.lineOf.get(id)?.line;
    if (line !== undefined) touchedLines.add(line);
    return stmt.deleteStory.run(id).changes === 1;
  }

  /** Marks the best-ranked story of each touched line as its lead (the front page's row). */
  function releadTouched(): void {
    for (const line of touchedLines) stmt.relead.run(line, line);
    touchedLines.clear();
  }

  /** Writes the stories that changed; gives the ids whose membership changed (their briefs are stale). */
  function writeStories(stories: readonly StoryInput[], updated: string): string[] {
    const changed: string[] = [];
    for (const story of stories) {
      const signature = storySignature(story.members);
      const existing = stmt.storyById.get(story.id);
      const storyline = story.storyline ?? null;
      if (
        existing &&
        existing.signature === signature &&
        existing.title === story.title &&
        existing.storyline === storyline
      )
        continue;
      const outlets = new Set<string>();
      const originOf = new Map<string, string>();
      for (const origin of story.origins)
        for (const member of origin.members) originOf.set(member, origin.id);
      for (const member of story.members) {
        const outlet = stmt.outletOf.get(member)?.outlet;
        if (outlet) outlets.add(outlet);
        stmt.assign.run({ id: member, story: story.id, origin: originOf.get(member) ?? null });
      }
      const time = existing && existing.signature === signature ? existing.updated_at : updated;
      if (existing) touchedLines.add(existing.line);
      touchedLines.add(storyline ?? story.id);
      stmt.upsertStory.run({
        id: story.id,
        title: story.title,
        members: JSON.stringify(story.members),
        origins: JSON.stringify(story.origins),
        outlets: JSON.stringify([...outlets].sort()),
        first: story.first,
        last: story.last,
        signature,
        storyline,
        line: storyline ?? story.id,
        rank: storyRank(story, time),
        updated: time,
      });
      if (!existing || existing.signature !== signature) changed.push(story.id);
    }
    return changed;
  }

  const writeStoriesNow = db.transaction(
    (stories: readonly StoryInput[], removedIds: readonly string[]): WriteStoriesResult => {
      const changed = writeStories(stories, now().toISOString());
      const removed = removedIds.filter((id) => deleteStory(id));
      releadTouched();
      writes++;
      return { changed, removed };
    },
  );

  /** Writes what a placement changed, inside its transaction (see `sqlite-cluster-state.ts`). */
  function publishPlacement(placement: PublishedPlacement): void {
    for (const { from, to } of placement.relinks) {
      stmt.relink.run(to, to, from);
      touchedLines.add(to);
    }
    writeStories(placement.stories, now().toISOString());
    for (const id of placement.removed) deleteStory(id);
    for (const { doc, seq } of placement.placed) stmt.markPlaced.run(seq, doc);
    releadTouched();
    writes++;
  }

  let clusterState: ClusterState | null = null;

  const page = (p: Page): [number, number] => [Math.max(0, p.limit), Math.max(0, p.offset)];

  const toListing = (row: ListingRow): StoryListing => {
    const size = row.line === row.id && row.storyline === null ? 1 : (stmt.lineSize.get(row.line)?.n ?? 1);
    return {
      ...toStoredStory(row),
      headline: row.headline ?? null,
      gist: row.gist ?? null,
      disagreements: row.disagreements ?? 0,
      related: size > 1 ? stmt.related.all(row.line, row.id, RELATED_SHOWN) : [],
      relatedCount: size - 1,
    };
  };

  const store: Store = {
    async addArticle(input) {
      // IMMEDIATE: take the write lock before reading, so another writer's commit cannot void this snapshot.
      return addArticle.immediate(input);
    },
    async findArticleIdByUrl(raw) {
      const url = normalizeUrl(raw);
      return url === null ? null : (stmt.byUrl.get(url)?.id ?? null);
    },
    async findArticle(id) {
      const row = stmt.byId.get(id);
      return row ? toStoredArticle(row) : null;
    },
    async findArticles(ids) {
      const found: StoredArticle[] = [];
      for (const id of ids) {
        const row = stmt.byId.get(id);
        if (row) found.push(toStoredArticle(row));
      }
      return found;
    },
    async findArticleRefs(ids) {
      const found: ArticleRef[] = [];
      for (const id of ids) {
        const row = stmt.refById.get(id);
        if (row) found.push({ ...row });
      }
      return found;
    },
    async listArticles(p) {
      return stmt.listArticles.all(...page(p)).map(toStoredArticle);
    },
    async searchArticles(q, p) {
      const match = ftsQuery(q);
      if (match === null) return [];
      const hits: SearchHit[] = [];
      for (const { rowid } of stmt.searchRank.all(match, ...page(p))) {
        const row = stmt.hitBySeq.get(rowid);
        if (!row) continue;
        hits.push({
          id: row.id,
          url: row.url,
          title: row.title,
          outlet: row.outlet,
          published: row.published,
          story: row.story_id,
          snippet: stmt.searchSnippet.get(match, rowid)?.snippet ?? '',
        });
      }
      return hits;
    },
    clusterState() {
      clusterState ??= createSqliteClusterState(db, publishPlacement);
      return clusterState;
    },
    async listUnplaced(limit) {
      return stmt.listUnplaced.all(Math.max(0, limit)).map(toStoredArticle);
    },
    async leaveOut(id, reason) {
      stmt.leaveOut.run(reason, id);
      writes++;
    },
    async writeStories(stories, removed = []) {
      return writeStoriesNow.immediate(stories, removed);
    },
    async findStory(id) {
      const row = stmt.storyById.get(id);
      return row ? toStoredStory(row) : null;
    },
    async listStories(query: StoryQuery) {
      const match = query.q === undefined ? null : ftsQuery(query.q);
      if (query.q !== undefined && match === null) return [];
      const rows =
        match === null
          ? stmt.listStories.all(...page(query))
          : stmt.listStoriesMatching.all(match, ...page(query));
      return rows.map(toStoredStory);
    },
    async listFront(p): Promise<Paged<StoryListing>> {
      return { total: stmt.frontCount.get()?.n ?? 0, items: stmt.front.all(...page(p)).map(toListing) };
    },
    async searchStories(q, p): Promise<Paged<StorySearchHit>> {
      const match = ftsQuery(q);
      if (match === null) return { total: 0, items: [] };
      const rows = stmt.searchStories.all(match, ...page(p));
      const items: StorySearchHit[] = [];
      for (const row of rows) {
        const story = stmt.listingById.get(row.story);
        const article = stmt.hitBySeq.get(row.best);
        if (!story || !article) continue;
        items.push({
          story: toListing(story),
          article: {
            id: article.id,
            url: article.url,
            title: article.title,
            outlet: article.outlet,
            published: article.published,
          },
          snippet: snippetParts(stmt.markedSnippet.get(match, row.best)?.snippet ?? ''),
        });
      }
      const total = rows[0]?.total ?? (p.offset > 0 ? (stmt.searchStories.get(match, 1, 0)?.total ?? 0) : 0);
      return { total, items };
    },
    async listStoryline(storyline: string) {
      return stmt.storyline.all(storyline).map(toStoredStory);
    },
    async listStaleBriefs(limit) {
      return stmt.staleBriefs.all(limit).map((row) => row.id);
    },
    async saveBrief(story: string, brief: Brief, basedOn?: string) {
      const row = stmt.storyById.get(story);
      if (!row) throw new StoreError('unknown-story', `no story ${story} to attach a brief to`);
      const digest = briefDigest(brief);
      stmt.upsertBrief.run(
        story,
        JSON.stringify(brief),
        basedOn ?? row.signature,
        now().toISOString(),
        digest.headline,
        digest.gist,
        digest.disagreements,
      );
      writes++;
    },
    async findBrief(story): Promise<StoredBrief | null> {
      const row = stmt.briefById.get(story);
      if (!row) return null;
      return {
        story: row.story_id,
        brief: JSON.parse(row.json) as Brief,
        signature: row.signature,
        computed: row.computed_at,
      };
    },
    async findBriefJson(story) {
      return stmt.briefById.get(story)?.json ?? null;
    },
    async findSiteTemplate(site) {
      const row = stmt.siteTemplate.get(site);
      return row ? (JSON.parse(row.json) as SiteTemplate) : null;
    },
    async saveSiteTemplate(template) {
      stmt.upsertSiteTemplate.run(template.site, JSON.stringify(template));
      writes++;
    },
    async findFeed(url) {
      const row = stmt.feedByUrl.get(url);
      return row ? toFeedState(row) : null;
    },
    async saveFeed(state) {
      stmt.upsertFeed.run({ ...state });
      writes++;
    },
    async listFeeds() {
      return stmt.listFeeds.all().map(toFeedState);
    },
    async stats(): Promise<StoreStats> {
      return {
        articles: stmt.countArticles.get()?.n ?? 0,
        stories: stmt.countStories.get()?.n ?? 0,
        briefs: stmt.countBriefs.get()?.n ?? 0,
        feeds: stmt.countFeeds.get()?.n ?? 0,
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
      };
    },
    async changeToken() {
      return `${stmt.dataVersion.get()}:${writes}`;
    },
    async close() {
      if (db.open) db.close();
    },
  };
  return store;
}

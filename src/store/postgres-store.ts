/**
 * @module store/postgres-store
 * The PostgreSQL store (node-postgres pool) behind the same `Store` interface as SQLite: migrations
 * on open under an advisory lock, ranked full-text search with PostgreSQL's own text search
 * (`tsvector` + GIN, `ts_rank`, `ts_headline` snippets), idempotent writes under any number of
 * concurrent writers (unique keys and `ON CONFLICT`), and the clusterer's state beside the stories
 * (`postgres-cluster-state.ts`). Answers match the SQLite store's byte for byte
 * where the data is the same: JSON is kept as the text it was written as, text orders bytewise
 * ("C" collation), times round-trip as ISO strings. Transient failures (a server restart, a dropped
 * connection) are retried with backoff; every operation is safe to repeat.
 */

import pg from 'pg';
import type { ClusterState } from '../cluster/index.js';
import type { Article, Brief, Origin, SiteTemplate } from '../types.js';
import type { Publication, PublishedPlacement } from './cluster-rows.js';
import { contentHash, shortId } from './content-hash.js';
import { normalizeUrl } from './normalize-url.js';
import { createPostgresClusterState } from './postgres-cluster-state.js';
import { connectionError, isConnectionFailure, redactUrl, withRetry } from './postgres-errors.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { batch, float, intArray, literal, type Row, textArray } from './postgres-sql.js';
import { ftsWords } from './search-words.js';
import { snippetParts } from './snippet-parts.js';
import {
  type AddArticleResult,
  type ArticleRef,
  briefDigest,
  type FeedState,
  type Page,
  type Paged,
  RELATED_SHOWN,
  type RelatedStory,
  type SearchHit,
  type Store,
  type StoredArticle,
  type StoredStory,
  StoreError,
  type StoryInput,
  type StoryListing,
  type StorySearchHit,
  storyRank,
  storySignature,
  type WriteStoriesResult,
} from './store.js';

export interface PostgresStoreOptions {
  /** The clock, for `added`/`updated` times (tests pin it). */
  readonly now?: () => Date;
  /** Connections in the pool. Default 10. */
  readonly poolSize?: number;
  /** How long to wait for a connection before failing, in ms. Default 5000. */
  readonly connectTimeoutMs?: number;
  /** How long to keep retrying an operation through a restart or a dropped connection. Default 30 s. */
  readonly retryMs?: number;
}

/** The version a fully migrated PostgreSQL database has. */
export const POSTGRES_SCHEMA_VERSION = POSTGRES_MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Advisory lock key held while migrating (any fixed 64-bit number that no other code uses). */
const MIGRATION_LOCK = 7_241_190_114;

/** The text search configuration: no stemming and no stop words, like SQLite's unicode61 tokenizer. */
const TS_CONFIG = 'simple';
/** Snippets: the matched words between `[` and `]`, about as long as SQLite's 24-token snippets. */
const HEADLINE_OPTIONS =
  'StartSel="[", StopSel="]", MaxWords=24, MinWords=12, ShortWord=1, MaxFragments=1, FragmentDelimiter="…"';

interface ArticleRow {
  id: string;
  url: string | null;
  content_hash: string;
  json: string;
  story_id: string | null;
  origin_id: string | null;
  added_at: Date;
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
  updated_at: Date;
  storyline: string | null;
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

const ARTICLE_COLUMNS = 'id, url, content_hash, json, story_id, origin_id, added_at';
const STORY_COLUMNS = 'id, title, members, origins, outlets, first, last, signature, updated_at, storyline';
/** The same columns of a table named `s`. */
const STORY_COLUMNS_OF_S = STORY_COLUMNS.split(', ')
  .map((column) => `s.${column}`)
  .join(', ');
/** Snippets for story search: the matched words between the marks `snippetParts` reads. */
const MARKED_HEADLINE_OPTIONS =
  'StartSel=\uE000, StopSel=\uE001, MaxWords=28, MinWords=12, ShortWord=1, MaxFragments=1, FragmentDelimiter="…"';

interface ListingRow extends StoryRow {
  line: string;
  headline: string | null;
  gist: string | null;
  disagreements: number | null;
}
const LISTING_COLUMNS = `${STORY_COLUMNS.split(', ')
  .map((c) => `s.${c}`)
  .join(', ')}, s.line, b.headline, b.gist, b.disagreements`;

function toStoredArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    url: row.url,
    contentHash: row.content_hash,
    article: JSON.parse(row.json) as Article,
    story: row.story_id,
    origin: row.origin_id,
    added: row.added_at.toISOString(),
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
    updated: row.updated_at.toISOString(),
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

/** The user's words as one string for `plainto_tsquery` (every word required), or null when none. */
function tsWords(q: string): string | null {
  const words = ftsWords(q);
  return words.length === 0 ? null : words.join(' ');
}

/** Runs `work` in one transaction on one connection of the pool. */
async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Applies the migrations the database has not seen yet; refuses a database newer than this code. */
export async function migratePostgres(pool: pg.Pool): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS corroborate_schema (version integer NOT NULL)');
    const found = await client.query<{ version: number }>('SELECT version FROM corroborate_schema');
    const current = found.rows[0]?.version ?? 0;
    if (current > POSTGRES_SCHEMA_VERSION) {
      throw new StoreError(
        'schema-too-new',
        `database schema version ${current} is newer than this program's (${POSTGRES_SCHEMA_VERSION}); upgrade corroborate`,
      );
    }
    if (found.rows.length === 0) await client.query('INSERT INTO corroborate_schema (version) VALUES (0)');
    // One transaction for all: a failure leaves the database at the version it had.
    for (const migration of POSTGRES_MIGRATIONS) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('UPDATE corroborate_schema SET version = $1', [migration.version]);
    }
    return POSTGRES_SCHEMA_VERSION;
  });
}

/** True when `spec` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/**
 * Gathers planner statistics for the store's tables that hold rows but were never analysed: a database
 * filled by another process a moment ago (`ingest`, then `serve`), before autovacuum gets to it about a
 * minute later. Until then the planner guesses every table's size, and a page of the story listing
 * sorted every story (p50 4.6 s under load right after 20,000 articles were stored). Best effort: a role
 * that may not analyse still opens the store.
 */
async function analyzeUnanalyzed(pool: pg.Pool): Promise<void> {
  try {
    const { rows } = await pool.query<{ name: string }>(
      `SELECT quote_ident(relname) AS name FROM pg_stat_user_tables
       WHERE schemaname = current_schema() AND last_analyze IS NULL AND last_autoanalyze IS NULL
         AND n_mod_since_analyze > 0`,
    );
    if (rows.length > 0) await pool.query(`ANALYZE ${rows.map((row) => row.name).join(', ')}`);
  } catch {
    // Statistics come with autovacuum instead.
  }
}

/**
 * Connects to PostgreSQL at `url`, migrates the schema, and returns the store. Fails with a
 * `StoreError` naming the problem (unreachable, refused, no such database, schema too new).
 * @example const store = await openPostgresStore('postgres://news@db.internal/corroborate');
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const retryMs = options.retryMs ?? 30_000;
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      application_name: 'corroborate',
    });
  } catch (error) {
    throw new StoreError('bad-url', `not a PostgreSQL connection string: ${redactUrl(url)}`, {
      cause: error,
    });
  }
  // An idle connection dropped by a server restart must not crash the process: the next query reconnects.
  pool.on('error', () => {});
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    if (error instanceof StoreError) throw error;
    if (!isConnectionFailure(error))
      throw new StoreError(
        'migrate-failed',
        `cannot migrate ${redactUrl(url)}: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    throw connectionError(url, error);
  }

  await analyzeUnanalyzed(pool);

  const query = <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
    withRetry(() => pool.query<R>(text, values), retryMs);
  const transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) =>
    withRetry(() => inTransaction(pool, work), retryMs);
  /** Moves the change token; after the commit, so a reader never caches old data under a new token. */
  const changed = () => query('SELECT nextval($1::regclass)', ['corroborate_changes']).then(() => undefined);

  /** The article already stored under this URL or body; `new` when the job asking is the one that stored it. */
  async function findDuplicate(
    url: string | null,
    hash: string,
    key: string | null,
  ): Promise<AddArticleResult | null> {
    type Found = { id: string; job: string | null };
    const found = (row: Found, by: 'url' | 'content'): AddArticleResult =>
      key !== null && row.job === key
        ? { status: 'new', id: row.id }
        : { status: 'duplicate', id: row.id, by };
    if (url !== null) {
      const byUrl = await query<Found>('SELECT id, job FROM articles WHERE url = $1', [url]);
      if (byUrl.rows[0]) return found(byUrl.rows[0], 'url');
    }
    const byHash = await query<Found>('SELECT id, job FROM articles WHERE content_hash = $1', [hash]);
    if (byHash.rows[0]) return found(byHash.rows[0], 'content');
    return null;
  }

  const page = (p: Page): [number, number] => [Math.max(0, p.limit), Math.max(0, p.offset)];

  /** What publishing a placement reads: its stories as stored, their members' outlets, the removed stories' lines. */
  function publishReads(publication: Publication): string[] {
    const ids = publication.stories.map((story) => story.id);
    const orders = publication.stories.map((story) => story.order);
    return [
      `SELECT ${BEFORE_COLUMNS} FROM stories WHERE id = ANY(${textArray(ids)})`,
      `SELECT m.doc AS id, a.outlet FROM cluster_members m JOIN articles a ON a.id = m.doc
       WHERE m.story = ANY(${intArray(orders, 'int')})`,
      `SELECT id, line FROM stories WHERE id = ANY(${textArray(publication.removed)})`,
    ];
  }

  /**
   * The statements that write what a placement changed in the stories readers see, given what
   * `publishReads` read (run inside the placement's transaction, with its COMMIT).
   */
  function publishPlacement(placement: PublishedPlacement, rows: readonly Row[][]): string[] {
    const relinked = new Map<string, string>();
    const statements: string[] = [];
    for (const { from, to } of placement.relinks) {
      statements.push(
        `UPDATE stories SET storyline = ${literal(to)}, line = ${literal(to)} WHERE storyline = ${literal(from)}`,
      );
      for (const [key, value] of relinked) if (value === from) relinked.set(key, to);
      relinked.set(from, to);
    }
    const stored = readStored(
      rows,
      placement.relinks.map((relink) => relink.to),
      relinked,
    );
    statements.push(
      ...storyWrites(placement.stories, placement.removed, now().toISOString(), stored).statements,
    );
    if (placement.placed.length > 0)
      statements.push(
        `UPDATE articles a SET placed_seq = p.seq
         FROM unnest(${textArray(placement.placed.map((p) => p.doc))}, ${intArray(
           placement.placed.map((p) => p.seq),
           'bigint',
         )}) AS p(id, seq)
         WHERE a.id = p.id`,
      );
    return statements;
  }

  let clusterState: ClusterState | null = null;

  const toListing = async (row: ListingRow): Promise<StoryListing> => {
    const [size, related] = await Promise.all([
      query<{ n: string }>('SELECT count(*) AS n FROM stories WHERE line = $1', [row.line]),
      query<RelatedStory>(
        'SELECT id, title, first, last FROM stories WHERE line = $1 AND id <> $2 ORDER BY rank DESC, id LIMIT $3',
        [row.line, row.id, RELATED_SHOWN],
      ),
    ]);
    return {
      ...toStoredStory(row),
      headline: row.headline ?? null,
      gist: row.gist ?? null,
      disagreements: row.disagreements ?? 0,
      related: related.rows,
      relatedCount: Math.max(0, Number(size.rows[0]?.n ?? 1) - 1),
    };
  };

  const store: Store = {
    async addArticle(input) {
      const article = input.article;
      const url = article.url === null ? null : normalizeUrl(article.url);
      const hash = contentHash(article.text, `${article.title ?? ''}\n${url ?? article.id}`);
      const key = input.key ?? null;
      const known = await findDuplicate(url, hash, key);
      if (known) return known;
      const id = shortId('a_', url ?? hash);
      const stored: Article = { ...article, id };
      const inserted = await query<{ id: string }>(
        `INSERT INTO articles (id, url, content_hash, title, outlet, published, feed, json, added_at, search, job)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
           setweight(to_tsvector('${TS_CONFIG}', coalesce($4::text, '')), 'A') ||
           setweight(to_tsvector('${TS_CONFIG}', $10::text), 'C') ||
           setweight(to_tsvector('${TS_CONFIG}', coalesce($5::text, '')), 'B'), $11)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          id,
          url,
          hash,
          article.title,
          article.outlet,
          article.published,
          input.feed ?? null,
          JSON.stringify(stored),
          now().toISOString(),
          article.text,
          key,
        ],
      );
      if (inserted.rows.length === 0) {
        // Another writer stored it between the check and the insert (or a retried insert had committed).
        const other = await findDuplicate(url, hash, key);
        if (other) return other;
        throw new StoreError('conflict', `article ${id} conflicts with a stored one but none was found`);
      }
      await changed();
      return { status: 'new', id };
    },
    async findArticleIdByUrl(raw) {
      const url = normalizeUrl(raw);
      if (url === null) return null;
      return (
        (await query<{ id: string }>('SELECT id FROM articles WHERE url = $1', [url])).rows[0]?.id ?? null
      );
    },
    async findArticle(id) {
      const row = (await query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]))
        .rows[0];
      return row ? toStoredArticle(row) : null;
    },
    async findArticles(ids) {
      if (ids.length === 0) return [];
      const rows = (
        await query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ANY($1::text[])`, [
          [...ids],
        ])
      ).rows;
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [toStoredArticle(row)] : [];
      });
    },
    async findArticleRefs(ids) {
      if (ids.length === 0) return [];
      const rows = (
        await query<ArticleRef>(
          'SELECT id, url, title, outlet, published FROM articles WHERE id = ANY($1::text[])',
          [[...ids]],
        )
      ).rows;
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.flatMap((id) => {
        const row = byId.get(id);
        return row
          ? [{ id: row.id, url: row.url, title: row.title, outlet: row.outlet, published: row.published }]
          : [];
      });
    },
    async listArticles(p) {
      const rows = (
        await query<ArticleRow>(
          `SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY seq LIMIT $1 OFFSET $2`,
          page(p),
        )
      ).rows;
      return rows.map(toStoredArticle);
    },
    async searchArticles(q, p) {
      const words = tsWords(q);
      if (words === null) return [];
      // Ranking first, on the index; the snippets are then made for the page's rows only.
      const rows = (
        await query<SearchHit & { story_id: string | null }>(
          `WITH q AS (SELECT plainto_tsquery('${TS_CONFIG}', $1) AS query),
           ranked AS (
             SELECT a.seq, ts_rank(a.search, q.query) AS rank FROM articles a, q
             WHERE a.search @@ q.query ORDER BY rank DESC, a.seq LIMIT $2 OFFSET $3)
           SELECT a.id, a.url, a.title, a.outlet, a.published, a.story_id,
             ts_headline('${TS_CONFIG}', a.json::json->>'text', q.query, '${HEADLINE_OPTIONS}') AS snippet
           FROM ranked JOIN articles a ON a.seq = ranked.seq, q
           ORDER BY ranked.rank DESC, ranked.seq`,
          [words, ...page(p)],
        )
      ).rows;
      return rows.map((row) => ({
        id: row.id,
        url: row.url,
        title: row.title,
        outlet: row.outlet,
        published: row.published,
        story: row.story_id,
        snippet: row.snippet,
      }));
    },
    clusterState() {
      clusterState ??= createPostgresClusterState(pool, {
        retryMs,
        publishReads,
        publish: publishPlacement,
        committed: changed,
      });
      return clusterState;
    },
    async listUnplaced(limit) {
      const rows = await query<ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE placed_seq IS NULL AND left_out IS NULL
         ORDER BY seq LIMIT $1`,
        [Math.max(0, limit)],
      );
      return rows.rows.map(toStoredArticle);
    },
    async leaveOut(id, reason) {
      await query('UPDATE articles SET left_out = $2 WHERE id = $1 AND placed_seq IS NULL', [id, reason]);
    },
    async writeStories(stories, removed = []) {
      const result = await transaction((client) =>
        writeStoriesIn(client, stories, removed, now().toISOString()),
      );
      await changed();
      return result;
    },
    async findStory(id) {
      const row = (await query<StoryRow>(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = $1`, [id])).rows[0];
      return row ? toStoredStory(row) : null;
    },
    async listStories(storyQuery) {
      const words = storyQuery.q === undefined ? null : tsWords(storyQuery.q);
      if (storyQuery.q !== undefined && words === null) return [];
      // The page is picked from (updated_at, id) alone and only its rows are read whole: sorting every
      // story's whole row to skip `offset` of them took 3-4 times as long on 10,000 stories.
      const pageOf = (where: string, limit: string, offset: string) =>
        `SELECT ${STORY_COLUMNS_OF_S} FROM stories s JOIN (
           SELECT id, updated_at FROM stories ${where} ORDER BY updated_at DESC, id LIMIT ${limit} OFFSET ${offset}
         ) p ON p.id = s.id
         ORDER BY p.updated_at DESC, p.id`;
      const rows =
        words === null
          ? await query<StoryRow>(pageOf('', '$1', '$2'), page(storyQuery))
          : await query<StoryRow>(
              pageOf(
                `WHERE id IN (
                   SELECT story_id FROM articles
                   WHERE search @@ plainto_tsquery('${TS_CONFIG}', $1) AND story_id IS NOT NULL)`,
                '$2',
                '$3',
              ),
              [words, ...page(storyQuery)],
            );
      return rows.rows.map(toStoredStory);
    },
    async listFront(p): Promise<Paged<StoryListing>> {
      const [total, rows] = await Promise.all([
        query<{ n: string }>('SELECT count(*) AS n FROM stories WHERE lead'),
        query<ListingRow>(
          `SELECT ${LISTING_COLUMNS} FROM stories s LEFT JOIN briefs b ON b.story_id = s.id
           WHERE s.lead ORDER BY s.rank DESC, s.id LIMIT $1 OFFSET $2`,
          page(p),
        ),
      ]);
      return {
        total: Number(total.rows[0]?.n ?? 0),
        items: await Promise.all(rows.rows.map(toListing)),
      };
    },
    async searchStories(q, p): Promise<Paged<StorySearchHit>> {
      const words = tsWords(q);
      if (words === null) return { total: 0, items: [] };
      const rows = (
        await query<{ story: string; best: string; total: string }>(
          `WITH q AS (SELECT plainto_tsquery('${TS_CONFIG}', $1) AS query),
           m AS (
             SELECT DISTINCT ON (a.story_id) a.story_id AS story, a.seq AS best,
               ts_rank(a.search, q.query) AS score
             FROM articles a, q WHERE a.search @@ q.query AND a.story_id IS NOT NULL
             ORDER BY a.story_id, score DESC, a.seq)
           SELECT m.story, m.best, count(*) OVER () AS total FROM m JOIN stories s ON s.id = m.story
           ORDER BY m.score DESC, s.rank DESC, s.id LIMIT $2 OFFSET $3`,
          [words, ...page(p)],
        )
      ).rows;
      const items: StorySearchHit[] = [];
      for (const row of rows) {
        const [story, article] = await Promise.all([
          query<ListingRow>(
            `SELECT ${LISTING_COLUMNS} FROM stories s LEFT JOIN briefs b ON b.story_id = s.id WHERE s.id = $1`,
            [row.story],
          ),
          query<ArticleRef & { snippet: string }>(
            `SELECT a.id, a.url, a.title, a.outlet, a.published,
               ts_headline('${TS_CONFIG}', a.json::json->>'text', plainto_tsquery('${TS_CONFIG}', $2),
                           '${MARKED_HEADLINE_OPTIONS}') AS snippet
             FROM articles a WHERE a.seq = $1`,
            [row.best, words],
          ),
        ]);
        const s = story.rows[0];
        const a = article.rows[0];
        if (!s || !a) continue;
        items.push({
          story: await toListing(s),
          article: { id: a.id, url: a.url, title: a.title, outlet: a.outlet, published: a.published },
          snippet: snippetParts(a.snippet),
        });
      }
      let total = Number(rows[0]?.total ?? 0);
      if (rows.length === 0 && p.offset > 0) {
        const counted = await query<{ n: string }>(
          `SELECT count(DISTINCT story_id) AS n FROM articles
           WHERE search @@ plainto_tsquery('${TS_CONFIG}', $1) AND story_id IS NOT NULL`,
          [words],
        );
        total = Number(counted.rows[0]?.n ?? 0);
      }
      return { total, items };
    },
    async listStoryline(storyline) {
      const rows = await query<StoryRow>(
        `SELECT ${STORY_COLUMNS} FROM stories WHERE storyline = $1 ORDER BY first IS NULL, first, id`,
        [storyline],
      );
      return rows.rows.map(toStoredStory);
    },
    async listStaleBriefs(limit) {
      const rows = await query<{ id: string }>(
        `SELECT s.id FROM stories s LEFT JOIN briefs b ON b.story_id = s.id
         WHERE b.story_id IS NULL OR b.signature <> s.signature ORDER BY s.updated_at DESC, s.id LIMIT $1`,
        [limit],
      );
      return rows.rows.map((row) => row.id);
    },
    async saveBrief(story: string, brief: Brief, basedOn?: string) {
      const digest = briefDigest(brief);
      const saved = await query(
        `INSERT INTO briefs (story_id, json, signature, computed_at, headline, gist, disagreements)
         SELECT id, $2, coalesce($4, signature), $3, $5, $6, $7 FROM stories WHERE id = $1
         ON CONFLICT (story_id) DO UPDATE SET json = excluded.json, signature = excluded.signature,
           computed_at = excluded.computed_at, headline = excluded.headline, gist = excluded.gist,
           disagreements = excluded.disagreements`,
        [
          story,
          JSON.stringify(brief),
          now().toISOString(),
          basedOn ?? null,
          digest.headline,
          digest.gist,
          digest.disagreements,
        ],
      );
      if (saved.rowCount === 0)
        throw new StoreError('unknown-story', `no story ${story} to attach a brief to`);
      await changed();
    },
    async findBrief(story) {
      const row = (
        await query<{ story_id: string; json: string; signature: string; computed_at: Date }>(
          'SELECT story_id, json, signature, computed_at FROM briefs WHERE story_id = $1',
          [story],
        )
      ).rows[0];
      if (!row) return null;
      return {
        story: row.story_id,
        brief: JSON.parse(row.json) as Brief,
        signature: row.signature,
        computed: row.computed_at.toISOString(),
      };
    },
    async findBriefJson(story) {
      return (
        (await query<{ json: string }>('SELECT json FROM briefs WHERE story_id = $1', [story])).rows[0]
          ?.json ?? null
      );
    },
    async findSiteTemplate(site) {
      const row = (await query<{ json: string }>('SELECT json FROM site_templates WHERE site = $1', [site]))
        .rows[0];
      return row ? (JSON.parse(row.json) as SiteTemplate) : null;
    },
    async saveSiteTemplate(template) {
      await query(
        `INSERT INTO site_templates (site, json) VALUES ($1, $2)
         ON CONFLICT (site) DO UPDATE SET json = excluded.json, updated_at = now()`,
        [template.site, JSON.stringify(template)],
      );
    },
    async findFeed(url) {
      const row = (await query<FeedRow>('SELECT * FROM feeds WHERE url = $1', [url])).rows[0];
      return row ? toFeedState(row) : null;
    },
    async saveFeed(state) {
      await query(
        `INSERT INTO feeds (url, title, etag, last_modified, last_status, last_error, last_fetched_at,
                            next_poll_at, ttl_seconds)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (url) DO UPDATE SET title = excluded.title, etag = excluded.etag,
           last_modified = excluded.last_modified, last_status = excluded.last_status,
           last_error = excluded.last_error, last_fetched_at = excluded.last_fetched_at,
           next_poll_at = excluded.next_poll_at, ttl_seconds = excluded.ttl_seconds`,
        [
          state.url,
          state.title,
          state.etag,
          state.lastModified,
          state.lastStatus,
          state.lastError,
          state.lastFetched,
          state.nextPoll,
          state.ttl,
        ],
      );
      await changed();
    },
    async listFeeds() {
      return (await query<FeedRow>('SELECT * FROM feeds ORDER BY url')).rows.map(toFeedState);
    },
    async stats() {
      const row = (
        await query<{ articles: string; stories: string; briefs: string; feeds: string; version: number }>(
          `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM stories) AS stories,
                  (SELECT count(*) FROM briefs) AS briefs, (SELECT count(*) FROM feeds) AS feeds,
                  (SELECT version FROM corroborate_schema) AS version`,
        )
      ).rows[0];
      return {
        articles: Number(row?.articles ?? 0),
        stories: Number(row?.stories ?? 0),
        briefs: Number(row?.briefs ?? 0),
        feeds: Number(row?.feeds ?? 0),
        schemaVersion: row?.version ?? 0,
      };
    },
    async changeToken() {
      const row = (
        await query<{ last_value: string; is_called: boolean }>(
          'SELECT last_value, is_called FROM corroborate_changes',
        )
      ).rows[0];
      return row?.is_called ? `pg:${row.last_value}` : 'pg:0';
    },
    async close() {
      await pool.end();
    },
  };
  return store;
}

/**
 * Writes stories inside a transaction: one round trip reads what is stored of them, one writes what
 * changed and removes `removedIds`.
 */
async function writeStoriesIn(
  client: pg.PoolClient,
  stories: readonly StoryInput[],
  removedIds: readonly string[],
  updated: string,
): Promise<WriteStoriesResult> {
  const rows = await batch(client, [
    `SELECT ${BEFORE_COLUMNS} FROM stories WHERE id = ANY(${textArray(stories.map((s) => s.id))})`,
    `SELECT id, outlet FROM articles WHERE id = ANY(${textArray(stories.flatMap((s) => s.members))})`,
    `SELECT id, line FROM stories WHERE id = ANY(${textArray(removedIds)})`,
  ]);
  const { statements, result } = storyWrites(stories, removedIds, updated, readStored(rows, []));
  await batch(client, statements);
  return result;
}

/** The columns of a story that say whether writing it again changes it. */
const BEFORE_COLUMNS = 'id, title, signature, storyline, updated_at, line';

interface BeforeRow {
  readonly id: string;
  readonly title: string;
  readonly signature: string;
  readonly storyline: string | null;
  readonly updated_at: Date;
  readonly line: string;
}

/** What writing stories reads first: the rows of those already stored, their members' outlets, removed stories' lines. */
interface StoredStories {
  readonly before: ReadonlyMap<string, BeforeRow>;
  readonly outletOf: ReadonlyMap<string, string | null>;
  /** Lines of the removed stories that are stored (the others are not removed). */
  readonly removedLines: ReadonlyMap<string, string>;
  /** Storylines already touched: their lead is chosen again too. */
  readonly touched: readonly string[];
}

/**
 * Reads the rows of `[stories, outlets, removed]` (see `StoredStories`); `relinked` maps storylines
 * joined under another, in statements run before the writes, to where they now are.
 */
function readStored(
  [stories = [], outlets = [], removed = []]: readonly Row[][],
  touched: readonly string[],
  relinked: ReadonlyMap<string, string> = new Map(),
): StoredStories {
  const before = new Map<string, BeforeRow>();
  for (const row of stories as unknown as BeforeRow[]) {
    const moved = row.storyline === null ? undefined : relinked.get(row.storyline);
    before.set(row.id, moved === undefined ? row : { ...row, storyline: moved, line: moved });
  }
  return {
    before,
    outletOf: new Map(
      outlets.map((row) => [String(row.id), row.outlet === null ? null : String(row.outlet)]),
    ),
    removedLines: new Map(removed.map((row) => [String(row.id), String(row.line)])),
    touched,
  };
}

/**
 * The statements that write stories: only what changed (a story's old members keep their rows as it
 * grows), then removing `removedIds` and choosing again the lead of every storyline touched.
 */
function storyWrites(
  stories: readonly StoryInput[],
  removedIds: readonly string[],
  updated: string,
  stored: StoredStories,
): { statements: string[]; result: WriteStoriesResult } {
  const { before, outletOf, removedLines } = stored;
  const changed: string[] = [];
  /** Lines whose lead may change: every line a written or removed story was or is on. */
  const lines = new Set<string>(stored.touched);
  const upserts: (string | null)[][] = [];
  const ranks: number[] = [];
  const assignments: [string[], string[], (string | null)[]] = [[], [], []];
  for (const story of stories) {
    const signature = storySignature(story.members);
    const existing = before.get(story.id);
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
    for (const origin of story.origins) for (const member of origin.members) originOf.set(member, origin.id);
    for (const member of story.members) {
      const outlet = outletOf.get(member);
      if (outlet) outlets.add(outlet);
      assignments[0].push(member);
      assignments[1].push(story.id);
      assignments[2].push(originOf.get(member) ?? null);
    }
    const keepTime = existing && existing.signature === signature;
    const time = keepTime ? existing.updated_at.toISOString() : updated;
    if (existing) lines.add(existing.line);
    lines.add(storyline ?? story.id);
    upserts.push([
      story.id,
      story.title,
      JSON.stringify(story.members),
      JSON.stringify(story.origins),
      JSON.stringify([...outlets].sort()),
      story.first,
      story.last,
      signature,
      time,
      storyline,
      storyline ?? story.id,
    ]);
    ranks.push(storyRank(story, time));
    if (!keepTime) changed.push(story.id);
  }
  const statements: string[] = [];
  if (assignments[0].length > 0)
    statements.push(
      `UPDATE articles a SET story_id = u.story, origin_id = u.origin
       FROM unnest(${textArray(assignments[0])}, ${textArray(assignments[1])}, ${textArray(assignments[2])})
         AS u(id, story, origin)
       WHERE a.id = u.id AND (a.story_id IS DISTINCT FROM u.story OR a.origin_id IS DISTINCT FROM u.origin)`,
    );
  if (upserts.length > 0) {
    const column = (i: number, type = 'text') =>
      textArray(
        upserts.map((row) => row[i] ?? null),
        type,
      );
    statements.push(
      `INSERT INTO stories (id, title, members, origins, outlets, first, last, signature, updated_at, storyline,
                            line, rank)
       SELECT * FROM unnest(${column(0)}, ${column(1)}, ${column(2)}, ${column(3)}, ${column(4)}, ${column(5)},
                            ${column(6)}, ${column(7)}, ${column(8, 'timestamptz')}, ${column(9)}, ${column(10)},
                            ARRAY[${ranks.map(float).join(',')}]::double precision[])
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, members = excluded.members,
         origins = excluded.origins, outlets = excluded.outlets, first = excluded.first,
         last = excluded.last, signature = excluded.signature, updated_at = excluded.updated_at,
         storyline = excluded.storyline, line = excluded.line, rank = excluded.rank`,
    );
  }
  const removed = removedIds.filter((id) => removedLines.has(id));
  if (removed.length > 0) statements.push(`DELETE FROM stories WHERE id = ANY(${textArray(removed)})`);
  for (const id of removed) lines.add(removedLines.get(id)!);
  if (lines.size > 0)
    statements.push(
      `UPDATE stories s SET lead = (s.id = l.id)
       FROM (SELECT DISTINCT ON (line) line, id FROM stories WHERE line = ANY(${textArray([...lines])})
             ORDER BY line, rank DESC, id) l
       WHERE s.line = l.line AND s.lead IS DISTINCT FROM (s.id = l.id)`,
    );
  return { statements, result: { changed, removed } };
}

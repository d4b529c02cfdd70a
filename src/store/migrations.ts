/**
 * @module store/migrations
 * The SQLite schema as a versioned list of migrations. A database records the last one applied in
 * `PRAGMA user_version`; opening it applies the rest in order, each in its own transaction.
 * Never edit a released migration: append a new one.
 */

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles-stories-briefs-feeds',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        url TEXT,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT,
        outlet TEXT,
        published TEXT,
        feed TEXT,
        json TEXT NOT NULL,
        story_id TEXT,
        origin_id TEXT,
        added_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
      CREATE INDEX articles_story ON articles(story_id);
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, outlet,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        members TEXT NOT NULL,
        origins TEXT NOT NULL,
        outlets TEXT NOT NULL,
        first TEXT,
        last TEXT,
        signature TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stories_updated ON stories(updated_at DESC, id);
      CREATE TABLE briefs (
        story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        json TEXT NOT NULL,
        signature TEXT NOT NULL,
        computed_at TEXT NOT NULL
      );
      CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        title TEXT,
        etag TEXT,
        last_modified TEXT,
        last_status INTEGER,
        last_error TEXT,
        last_fetched_at TEXT,
        next_poll_at TEXT,
        ttl_seconds INTEGER
      );
    `,
  },
  {
    version: 2,
    name: 'story-storylines',
    sql: `
      ALTER TABLE stories ADD COLUMN storyline TEXT;
      CREATE INDEX stories_storyline ON stories(storyline);
    `,
  },
  {
    version: 3,
    name: 'placement-order',
    // Articles stored by earlier versions were placed in arrival order by replaying them: keep that order.
    sql: `
      ALTER TABLE articles ADD COLUMN placed_seq INTEGER;
      UPDATE articles SET placed_seq = r.n
        FROM (SELECT seq AS s, row_number() OVER (ORDER BY seq) AS n FROM articles) AS r
        WHERE articles.seq = r.s;
      CREATE UNIQUE INDEX articles_placed ON articles(placed_seq) WHERE placed_seq IS NOT NULL;
      CREATE INDEX articles_unplaced ON articles(seq) WHERE placed_seq IS NULL;
      CREATE TABLE placement_lock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        holder TEXT,
        until_ms INTEGER NOT NULL DEFAULT 0
      );
      INSERT INTO placement_lock (id) VALUES (1);
    `,
  },
  {
    version: 4,
    name: 'front-page-rank-and-brief-digest',
    // rank: see storyRank (julianday - 2440587.5 is days since 1970); line: the storyline, or the story
    // itself; lead: the best-ranked story of its line (the row the front page shows).
    sql: `
      ALTER TABLE stories ADD COLUMN rank REAL NOT NULL DEFAULT 0;
      ALTER TABLE stories ADD COLUMN line TEXT;
      ALTER TABLE stories ADD COLUMN lead INTEGER NOT NULL DEFAULT 0;
      UPDATE stories SET
        rank = coalesce(julianday(last), julianday(updated_at)) - 2440587.5
               + log2(max(1, json_array_length(origins))),
        line = coalesce(storyline, id);
      UPDATE stories SET lead = (id = (SELECT t.id FROM stories t WHERE t.line = stories.line
                                       ORDER BY t.rank DESC, t.id LIMIT 1));
      CREATE INDEX stories_front ON stories(lead, rank DESC, id);
      CREATE INDEX stories_line ON stories(line, rank DESC, id);
      ALTER TABLE briefs ADD COLUMN headline TEXT;
      ALTER TABLE briefs ADD COLUMN gist TEXT;
      ALTER TABLE briefs ADD COLUMN disagreements INTEGER NOT NULL DEFAULT 0;
      UPDATE briefs SET headline = json_extract(json, '$.headline'),
        gist = json_extract(json, '$.summary[0].text'),
        disagreements = coalesce(json_array_length(json, '$.contradictions'), 0);
    `,
  },
  {
    version: 5,
    name: 'site-templates',
    // One row per site: its learnt template as JSON (extract/template/site-template.ts).
    sql: `
      CREATE TABLE site_templates (
        site TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
    `,
  },
  {
    version: 6,
    name: 'cluster-state-in-the-store',
    // The clusterer's state (cluster/state.ts) lives here now, so no process replays the archive to place
    // an article. Stories placed by the old in-memory clusterer cannot be continued from: they are
    // dropped (their briefs with them) and every article is placed again, once, by the next placement.
    // job: the job that stored the article (a retried job finds its own article, not a duplicate);
    // left_out: why the clusterer left the article out of every story (so it is not placed again).
    sql: `
      DROP INDEX articles_placed;
      DROP INDEX articles_unplaced;
      DROP TABLE placement_lock;
      DELETE FROM stories;
      UPDATE articles SET placed_seq = NULL, story_id = NULL, origin_id = NULL;
      ALTER TABLE articles ADD COLUMN job TEXT;
      ALTER TABLE articles ADD COLUMN left_out TEXT;
      CREATE INDEX articles_unplaced ON articles(seq) WHERE placed_seq IS NULL AND left_out IS NULL;
      CREATE TABLE cluster_meta (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL,
        json TEXT NOT NULL
      );
      INSERT INTO cluster_meta (id, version, json)
        VALUES (1, 0, '{"documents":0,"stories":0,"open":0,"clock":0,"sweptDay":0}');
      CREATE TABLE cluster_frequencies (key INTEGER PRIMARY KEY, n INTEGER NOT NULL);
      CREATE TABLE cluster_stories (
        ord INTEGER PRIMARY KEY,
        status TEXT NOT NULL,
        due REAL,
        json TEXT NOT NULL
      );
      CREATE INDEX cluster_stories_due ON cluster_stories(status, due, ord) WHERE due IS NOT NULL;
      CREATE TABLE cluster_story_keys (
        kind INTEGER NOT NULL,
        key INTEGER NOT NULL,
        story INTEGER NOT NULL,
        PRIMARY KEY (kind, key, story)
      ) WITHOUT ROWID;
      CREATE TABLE cluster_lines (ord INTEGER PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE cluster_copies (seq INTEGER PRIMARY KEY, at REAL NOT NULL, json TEXT NOT NULL);
      CREATE INDEX cluster_copies_at ON cluster_copies(at);
      CREATE TABLE cluster_buckets (
        band INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (band, seq)
      ) WITHOUT ROWID;
      CREATE INDEX cluster_buckets_seq ON cluster_buckets(seq);
      CREATE TABLE cluster_members (
        seq INTEGER PRIMARY KEY,
        doc TEXT NOT NULL UNIQUE,
        story INTEGER NOT NULL,
        origin TEXT NOT NULL,
        credits TEXT NOT NULL
      );
      CREATE INDEX cluster_members_story ON cluster_members(story, seq);
    `,
  },
];

/** The version a fully migrated database has. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

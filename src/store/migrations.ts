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
];

/** The version a fully migrated database has. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/**
 * @module store/postgres-migrations
 * The PostgreSQL schema as a versioned list of migrations, numbered like the SQLite ones so one
 * version means one shape of data. A database records the last one applied in `corroborate_schema`;
 * opening it applies the rest in order, each in its own transaction under an advisory lock, so workers
 * starting together migrate once and a failed migration leaves the previous version whole.
 * Text columns use the "C" collation so every ordering is bytewise, as in SQLite: the same data gives
 * the same answers on both. Never edit a released migration: append a new one.
 */

import type { Migration } from './migrations.js';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles-stories-briefs-feeds',
    sql: `
      CREATE TABLE articles (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        url text COLLATE "C" UNIQUE,
        content_hash text COLLATE "C" NOT NULL UNIQUE,
        title text COLLATE "C",
        outlet text COLLATE "C",
        published text COLLATE "C",
        feed text COLLATE "C",
        json text NOT NULL,
        story_id text COLLATE "C",
        origin_id text COLLATE "C",
        added_at timestamptz NOT NULL,
        search tsvector NOT NULL
      );
      CREATE INDEX articles_story ON articles(story_id);
      CREATE INDEX articles_search ON articles USING gin(search);
      CREATE TABLE stories (
        id text COLLATE "C" PRIMARY KEY,
        title text COLLATE "C" NOT NULL,
        members text NOT NULL,
        origins text NOT NULL,
        outlets text NOT NULL,
        first text COLLATE "C",
        last text COLLATE "C",
        signature text COLLATE "C" NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX stories_updated ON stories(updated_at DESC, id);
      CREATE TABLE briefs (
        story_id text COLLATE "C" PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        json text NOT NULL,
        signature text COLLATE "C" NOT NULL,
        computed_at timestamptz NOT NULL
      );
      CREATE TABLE feeds (
        url text COLLATE "C" PRIMARY KEY,
        title text,
        etag text,
        last_modified text,
        last_status integer,
        last_error text,
        last_fetched_at text,
        next_poll_at text,
        ttl_seconds integer
      );
      CREATE SEQUENCE corroborate_changes;
    `,
  },
  {
    version: 2,
    name: 'story-storylines',
    sql: `
      ALTER TABLE stories ADD COLUMN storyline text COLLATE "C";
      CREATE INDEX stories_storyline ON stories(storyline);
    `,
  },
  {
    version: 3,
    name: 'placement-order',
    sql: `
      ALTER TABLE articles ADD COLUMN placed_seq bigint;
      UPDATE articles SET placed_seq = r.n
        FROM (SELECT seq AS s, row_number() OVER (ORDER BY seq) AS n FROM articles) AS r
        WHERE articles.seq = r.s;
      CREATE UNIQUE INDEX articles_placed ON articles(placed_seq) WHERE placed_seq IS NOT NULL;
      CREATE INDEX articles_unplaced ON articles(seq) WHERE placed_seq IS NULL;
    `,
  },
  {
    version: 4,
    name: 'front-page-rank-and-brief-digest',
    // rank: see storyRank (stories written before keep their day's rank: the time of day is not parsed
    // here); line: the storyline, or the story itself; lead: the best-ranked story of its line.
    sql: `
      ALTER TABLE stories ADD COLUMN rank double precision NOT NULL DEFAULT 0;
      ALTER TABLE stories ADD COLUMN line text COLLATE "C";
      ALTER TABLE stories ADD COLUMN lead boolean NOT NULL DEFAULT false;
      UPDATE stories SET line = coalesce(storyline, id),
        rank = extract(epoch FROM CASE WHEN last ~ '^d{4}-d{2}-d{2}' THEN substr(last, 1, 10)::date::timestamptz
                                       ELSE updated_at END) / 86400
               + log(2, greatest(1, json_array_length(origins::json)));
      UPDATE stories s SET lead = (s.id = l.id)
        FROM (SELECT DISTINCT ON (line) line, id FROM stories ORDER BY line, rank DESC, id) l
        WHERE s.line = l.line;
      CREATE INDEX stories_front ON stories(rank DESC, id) WHERE lead;
      CREATE INDEX stories_line ON stories(line, rank DESC, id);
      ALTER TABLE briefs ADD COLUMN headline text;
      ALTER TABLE briefs ADD COLUMN gist text;
      ALTER TABLE briefs ADD COLUMN disagreements integer NOT NULL DEFAULT 0;
      UPDATE briefs SET headline = json::json->>'headline', gist = json::json->'summary'->0->>'text',
        disagreements = coalesce(json_array_length(json::json->'contradictions'), 0);
    `,
  },
  {
    version: 5,
    name: 'site-templates',
    // One row per site: its learnt template as JSON (extract/template/site-template.ts).
    sql: `
      CREATE TABLE site_templates (
        site text COLLATE "C" PRIMARY KEY,
        json text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 6,
    name: 'cluster-state-in-the-store',
    // See the SQLite twin. Keys are unsigned 32-bit, kept in bigint; records are JSON text as written.
    sql: `
      DROP INDEX articles_placed;
      DROP INDEX articles_unplaced;
      DELETE FROM stories;
      UPDATE articles SET placed_seq = NULL, story_id = NULL, origin_id = NULL;
      ALTER TABLE articles ADD COLUMN job text COLLATE "C";
      ALTER TABLE articles ADD COLUMN left_out text;
      CREATE INDEX articles_unplaced ON articles(seq) WHERE placed_seq IS NULL AND left_out IS NULL;
      CREATE TABLE cluster_meta (
        id integer PRIMARY KEY CHECK (id = 1),
        version bigint NOT NULL,
        json text NOT NULL
      );
      INSERT INTO cluster_meta (id, version, json)
        VALUES (1, 0, '{"documents":0,"stories":0,"open":0,"clock":0,"sweptDay":0}');
      CREATE TABLE cluster_frequencies (key bigint PRIMARY KEY, n integer NOT NULL);
      CREATE TABLE cluster_stories (
        ord integer PRIMARY KEY,
        status text COLLATE "C" NOT NULL,
        due double precision,
        json text NOT NULL
      );
      CREATE INDEX cluster_stories_due ON cluster_stories(status, due, ord) WHERE due IS NOT NULL;
      CREATE TABLE cluster_story_keys (
        kind smallint NOT NULL,
        key bigint NOT NULL,
        story integer NOT NULL,
        PRIMARY KEY (kind, key, story)
      );
      CREATE TABLE cluster_lines (ord integer PRIMARY KEY, json text NOT NULL);
      CREATE TABLE cluster_copies (seq bigint PRIMARY KEY, at double precision NOT NULL, json text NOT NULL);
      CREATE INDEX cluster_copies_at ON cluster_copies(at);
      CREATE TABLE cluster_buckets (band bigint NOT NULL, seq bigint NOT NULL, PRIMARY KEY (band, seq));
      CREATE INDEX cluster_buckets_seq ON cluster_buckets(seq);
      CREATE TABLE cluster_members (
        seq bigint PRIMARY KEY,
        doc text COLLATE "C" NOT NULL UNIQUE,
        story integer NOT NULL,
        origin text COLLATE "C" NOT NULL,
        credits text NOT NULL
      );
      CREATE INDEX cluster_members_story ON cluster_members(story, seq);
    `,
  },
];

/**
 * @module extract/record/fields
 * The field names a crawler record may use, strongest first: the one list the record reader and the
 * HTTP API's body schema both read, so that a record the API accepts is a record the reader can read.
 * Shapes: news-please (`maintext`, `date_publish`, `source_domain`, `authors`, `language`, `dId`),
 * newspaper3k (`text`, `publish_date`, `authors`, `source_url`, `meta_lang`), and ours (`body`,
 * `published`, `outlet`, `byline`, `id`); `html` holds a page's markup.
 */

/** Fields holding the article: its text, or its page's HTML. */
export const RECORD_TEXT_FIELDS = ['maintext', 'text', 'body', 'content', 'article', 'html'] as const;
export const RECORD_TITLE_FIELDS = ['title', 'headline'] as const;
export const RECORD_DATE_FIELDS = [
  'date_publish',
  'publish_date',
  'published',
  'published_at',
  'date',
  'date_modify',
] as const;
export const RECORD_URL_FIELDS = ['url', 'canonical_url', 'link'] as const;
export const RECORD_ID_FIELDS = ['id', 'dId', 'guid'] as const;
export const RECORD_LANGUAGE_FIELDS = ['language', 'meta_lang', 'lang'] as const;
export const RECORD_OUTLET_FIELDS = ['outlet', 'source', 'publisher', 'site_name'] as const;
export const RECORD_BYLINE_FIELDS = ['byline', 'authors', 'author'] as const;

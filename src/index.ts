/**
 * @module corroborate
 * The library API: an explicit export list. Everything a program needs to run the pipeline in-process:
 * input, extract, analyze, cluster, synthesize (the export lines are kept in name order by the linter).
 */

export {
  type AnalyzeOptions,
  analyze,
  findDates,
  findEntities,
  findQuantities,
  findQuotes,
  resolveEntities,
  type StoryEntities,
  splitSentences,
} from './analyze/index.js';
export { main } from './cli/main.js';
export {
  type ClusterAssignment,
  type ClusterDocumentsOptions,
  type Clusterer,
  type ClusterInput,
  type ClusterOptions,
  type ClusterState,
  clusterDocuments,
  createClusterer,
  createMemoryState,
  type DuplicateOptions,
  type FindOriginsOptions,
  findOrigins,
  groupStorylines,
  type Skipped,
} from './cluster/index.js';
export {
  briefSchema,
  extractRecordSchema,
  jsonSchemaOf,
  storiesSchema,
  storylinesSchema,
} from './contracts.js';
export { decodeHtml } from './extract/charset/decode.js';
export { type ExtractHtmlOptions, extractHtml, isProbablyHtml } from './extract/html/extract-html.js';
export { extract } from './extract/index.js';
export { type CleanRecordResult, cleanRecord } from './extract/record/clean-record.js';
export { type ReadRecordResult, readRecord, readRecordJson } from './extract/record/read-record.js';
export {
  type CleanTextResult,
  cleanText,
  MAX_INPUT_CHARS,
  type TextMiss,
  tryCleanText,
} from './extract/text/clean-text.js';
export { parseFeed, parseOpml } from './ingest/feed-parser.js';
export {
  createFetcher,
  type Fetcher,
  type FetcherOptions,
  type FetchOutcome,
  USER_AGENT,
} from './ingest/fetcher.js';
export { createIngestor, type IngestOptions, type Ingestor, type IngestSummary } from './ingest/ingest.js';
export { defaultPipeline, type Pipeline } from './ingest/pipeline.js';
export { parseInterval, type WatchOptions, watchFeeds } from './ingest/watch.js';
export { type InputItem, type ReadInputsOptions, readInputs, sniffKind } from './input/index.js';
export { createApp } from './server/app.js';
export { openApiDocument } from './server/openapi.js';
export { createService, type Service, type ServiceOptions } from './server/service.js';
export { normalizeUrl } from './store/normalize-url.js';
export { openSqliteStore, type SqliteStoreOptions } from './store/sqlite-store.js';
export type { Store, StoredArticle, StoredStory } from './store/store.js';
export {
  briefStory,
  escapeHtml,
  renderHtml,
  renderMarkdown,
  synthesize,
  type VerifyProblem,
  verifyBrief,
} from './synthesize/index.js';
export type * from './types.js';

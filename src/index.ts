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
  clusterDocuments,
  createClusterer,
  type DuplicateOptions,
  type FindOriginsOptions,
  findOrigins,
  type Skipped,
} from './cluster/index.js';
export { briefSchema, extractRecordSchema, jsonSchemaOf, storiesSchema } from './contracts.js';
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
export { type InputItem, type ReadInputsOptions, readInputs, sniffKind } from './input/index.js';
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

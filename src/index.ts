/**
 * @module corroborate
 * The library API: an explicit export list. Everything a program needs to run the pipeline in-process,
 * stage by stage in pipeline order.
 */

// Analysis: article -> sentences, entities, quotes, quantities, dates.
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
// The command line, callable in-process.
export { main } from './cli/main.js';
// The JSON contracts of the CLI's outputs.
export { briefSchema, extractRecordSchema, jsonSchemaOf, storiesSchema } from './contracts.js';

// Extraction: raw document -> article.
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
// Input: files, folders, records and standard input as raw documents.
export { type InputItem, type ReadInputsOptions, readInputs, sniffKind } from './input/index.js';

// Synthesis: the documents of one story -> a brief, its renderings and its verification.
export {
  briefStory,
  escapeHtml,
  renderHtml,
  renderMarkdown,
  synthesize,
  type VerifyProblem,
  verifyBrief,
} from './synthesize/index.js';
// The domain model.
export type * from './types.js';

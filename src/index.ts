/**
 * @module corroborate
 * The library API: an explicit export list. Everything a program needs to run the pipeline in-process.
 */

export { type ReadRecordResult, readRecord, readRecordJson } from './extract/record/read-record.js';

// Extraction: plain-text dumps and crawler records.
export {
  type CleanTextResult,
  cleanText,
  MAX_INPUT_CHARS,
  type TextMiss,
  tryCleanText,
} from './extract/text/clean-text.js';
export {
  type AnalyzeOptions,
  analyze,
  resolveEntities,
  type StoryEntities,
  splitSentences,
} from './analyze/index.js';
export type * from './types.js';

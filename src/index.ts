/**
 * @module corroborate
 * The library API: an explicit export list. Everything a program needs to run the pipeline in-process.
 */

export {
  type AnalyzeOptions,
  analyze,
  resolveEntities,
  type StoryEntities,
  splitSentences,
} from './analyze/index.js';
export type * from './types.js';

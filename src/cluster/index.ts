/**
 * @module cluster
 * Documents -> stories (events, not topics) linked into storylines, and copies of one text -> origins
 * (syndication).
 */

export { type ClusterDocumentsOptions, clusterDocuments } from './cluster-documents.js';
export type { ClusterAssignment, ClusterInput, Skipped } from './cluster-input.js';
export { createMemoryState } from './memory-state.js';
export { type FindOriginsOptions, findOrigins, isCopy } from './near-duplicates.js';
export type { ClusterOptions, DuplicateOptions } from './options.js';
export type {
  ClusterChanges,
  ClusterState,
  CopyRecord,
  LineRecord,
  MemberRecord,
  StateMeta,
  StateQuery,
  StateTransaction,
  StateView,
  StoryRecord,
  StoryStatus,
  StorySummary,
  WeightedKeys,
} from './state.js';
export { groupStorylines } from './storylines.js';
export { type Clusterer, createClusterer, storyOf } from './stream-clusterer.js';

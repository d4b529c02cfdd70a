/**
 * @module cluster
 * Documents -> stories (events, not topics) linked into storylines, and copies of one text -> origins
 * (syndication).
 */

export { type ClusterDocumentsOptions, clusterDocuments } from './cluster-documents.js';
export type { ClusterAssignment, ClusterInput, Skipped } from './cluster-input.js';
export { type FindOriginsOptions, findOrigins, isCopy } from './near-duplicates.js';
export type { ClusterOptions, DuplicateOptions } from './options.js';
export { groupStorylines } from './storylines.js';
export { type Clusterer, createClusterer } from './stream-clusterer.js';

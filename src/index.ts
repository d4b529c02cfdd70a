/**
 * @module corroborate
 * The library API: an explicit export list. Everything a program needs to run the pipeline in-process.
 */

export type {
  ClusterAssignment,
  ClusterDocumentsOptions,
  Clusterer,
  ClusterInput,
  ClusterOptions,
  DuplicateOptions,
  FindOriginsOptions,
  Skipped,
} from './cluster/index.js';
export { clusterDocuments, createClusterer, findOrigins } from './cluster/index.js';
export type * from './types.js';

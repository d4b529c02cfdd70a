/**
 * @module cluster/cluster-documents
 * Clusters a batch: sorts it into a canonical order (publication time, then id; undated documents last)
 * so the result does not depend on the order the caller listed the documents in, then streams it
 * through a clusterer.
 */

import type { Story } from '../types.js';
import type { ClusterInput, Skipped } from './cluster-input.js';
import type { ClusterOptions } from './options.js';
import { type Clusterer, createClusterer } from './stream-clusterer.js';

export interface ClusterDocumentsOptions extends ClusterOptions {
  /** Makes the clusterer to stream through (default: `createClusterer`). */
  readonly clusterer?: (options: ClusterOptions) => Clusterer;
}

function timeOf(doc: ClusterInput): number {
  const ms = typeof doc?.published === 'string' ? Date.parse(doc.published) : Number.NaN;
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/**
 * Clusters documents into stories; documents it cannot cluster are listed with the reason.
 *
 * @example const { stories, skipped } = await clusterDocuments(articles);
 */
export async function clusterDocuments(
  docs: Iterable<ClusterInput>,
  options: ClusterDocumentsOptions = {},
): Promise<{ stories: Story[]; skipped: Skipped[] }> {
  const { clusterer: make = createClusterer, ...rest } = options;
  const ordered = [...docs]
    .map((doc) => ({ doc, time: timeOf(doc), id: typeof doc?.id === 'string' ? doc.id : '' }))
    .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || 0);
  const clusterer = make(rest);
  const skipped: Skipped[] = [];
  for (const { doc } of ordered) {
    const result = await clusterer.add(doc);
    if (!result.ok) skipped.push({ id: result.id, reason: result.reason });
  }
  return { stories: await clusterer.stories(), skipped };
}

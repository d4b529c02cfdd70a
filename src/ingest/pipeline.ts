/**
 * @module ingest/pipeline
 * The pipeline stages ingest and serve depend on, as one injected object so tests can use fakes:
 * extraction, a streaming clusterer over a given state (the store's), the brief, and the reader of
 * local inputs.
 */

import type { Clusterer, ClusterInput, ClusterState } from '../cluster/index.js';
import type { InputItem } from '../input/index.js';
import type { Article, Brief, ExtractResult, RawDocument } from '../types.js';

export type { Clusterer, ClusterState, InputItem };
/** What a clusterer is told about one article. */
export type ClusterDoc = ClusterInput;

export interface Pipeline {
  extract(raw: RawDocument): ExtractResult;
  /** A clusterer placing documents through `state` (every process on one store shares it). */
  createClusterer(state: ClusterState): Clusterer;
  brief(articles: readonly Article[]): Brief;
  /** Reads files, folders, JSON/JSONL records and `-` into raw documents. */
  readInputs(inputs: readonly string[]): AsyncIterable<InputItem>;
}

/** What the clusterer is told about a stored article. */
export function clusterDocOf(article: Article): ClusterDoc {
  return {
    id: article.id,
    title: article.title ?? '',
    text: article.text,
    published: article.published,
    credits: article.credits,
    language: article.language,
  };
}

/**
 * The real pipeline: src/extract, src/input, src/cluster and src/synthesize, loaded on first use so
 * that `serve` (which never extracts) does not pay for them at start-up.
 */
export async function defaultPipeline(): Promise<Pipeline> {
  const [extract, input, cluster, synthesize] = await Promise.all([
    import('../extract/index.js'),
    import('../input/index.js'),
    import('../cluster/index.js'),
    import('../synthesize/index.js'),
  ]);
  return {
    extract: (raw) => extract.extract(raw),
    createClusterer: (state) => cluster.createClusterer({ state }),
    brief: (articles) => synthesize.briefStory(articles),
    readInputs: (inputs) => input.readInputs(inputs),
  };
}

/**
 * @module ingest/pipeline
 * The pipeline stages ingest and serve depend on, as one injected object so tests can use fakes:
 * extraction, a streaming clusterer, the brief, and the reader of local inputs.
 */

import type { Article, Brief, ExtractResult, RawDocument, Story } from '../types.js';

/** What a clusterer is told about one article. */
export interface ClusterDoc {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly published: string | null;
  readonly credits?: readonly string[];
}

export type ClusterAddResult =
  | {
      readonly ok: true;
      readonly story: string;
      readonly origin: string;
      readonly duplicateOf: string | null;
    }
  | { readonly ok: false; readonly id: string; readonly reason: string };

/** A streaming clusterer: articles go in one at a time, stories come out. */
export interface Clusterer {
  add(doc: ClusterDoc): ClusterAddResult;
  stories(): Story[];
}

export type InputItem =
  | { readonly ok: true; readonly doc: RawDocument }
  | { readonly ok: false; readonly input: string; readonly reason: string };

export interface Pipeline {
  extract(raw: RawDocument): ExtractResult;
  createClusterer(): Clusterer;
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
  };
}

/*
 * The real stages are loaded by path at run time: they are written alongside this module, and loading
 * them lazily keeps `serve` (which never extracts) from paying for them at start-up.
 */
const STAGES = {
  extract: '../extract/index.js',
  input: '../input/index.js',
  cluster: '../cluster/index.js',
  synthesize: '../synthesize/index.js',
} as const;

interface StageModules {
  extract: { extract(raw: RawDocument): ExtractResult };
  input: { readInputs(inputs: readonly string[]): AsyncIterable<InputItem> };
  cluster: { createClusterer(options?: unknown): Clusterer };
  synthesize: { briefStory(articles: readonly Article[]): Brief };
}

async function load<K extends keyof StageModules>(name: K): Promise<StageModules[K]> {
  const specifier: string = STAGES[name];
  return (await import(specifier)) as StageModules[K];
}

/** The real pipeline: src/extract, src/input, src/cluster and src/synthesize. */
export async function defaultPipeline(): Promise<Pipeline> {
  const [extract, input, cluster, synthesize] = await Promise.all([
    load('extract'),
    load('input'),
    load('cluster'),
    load('synthesize'),
  ]);
  return {
    extract: (raw) => extract.extract(raw),
    createClusterer: () => cluster.createClusterer(),
    brief: (articles) => synthesize.briefStory(articles),
    readInputs: (inputs) => input.readInputs(inputs),
  };
}

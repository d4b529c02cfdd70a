/**
 * @module ingest/ingest
 * Incremental ingest into the store: local files and folders, article URLs, RSS/Atom/RDF feed URLs
 * and OPML lists. Each call is one run with its own state (`ingest-run.ts`) going through the steps of
 * `tasks.ts`: read the input, poll feeds, fetch pages, extract and store each article (one transaction
 * each, so a crash loses nothing committed) and place it into its story (one more); then write the
 * briefs of the stories that changed.
 */

import type { Store } from '../store/store.js';
import type { RawDocument } from '../types.js';
import { toPayload } from './document-payload.js';
import type { Fetcher } from './fetcher.js';
import { type IngestProgress, IngestRun, type IngestSummary, type RunSetting } from './ingest-run.js';
import type { Clusterer, Pipeline } from './pipeline.js';
import type { ItemReport } from './tasks.js';

export type { IngestProgress, IngestSummary } from './ingest-run.js';
export type { ItemReport, ItemStatus, SkippedArticle } from './tasks.js';

export interface IngestOptions {
  readonly store: Store;
  readonly pipeline: Pipeline;
  readonly fetcher: Fetcher;
  readonly onProgress?: (progress: IngestProgress) => void;
  readonly signal?: AbortSignal;
  readonly now?: () => number;
  /** Feed items processed at once (the fetcher still keeps its per-host limits). Default 8. */
  readonly concurrency?: number;
  /** The polling interval asked for, used to set each feed's next poll. Default 15 min. */
  readonly everyMs?: number;
  /** The clusterer to place with (over `store.clusterState()`); default a new one over it. */
  readonly clusterer?: Clusterer;
}

export interface Ingestor {
  /** Ingests inputs (paths, URLs, OPML files) and brings stories and briefs up to date. */
  ingest(inputs: readonly string[]): Promise<IngestSummary>;
  /** Polls one feed (conditionally) and brings stories and briefs up to date. */
  pollFeed(url: string): Promise<IngestSummary>;
  /** Stores one raw document: extract, store, place, brief; answers with its own item. */
  addDocument(raw: RawDocument): Promise<ItemReport>;
}

export function createIngestor(options: IngestOptions): Ingestor {
  const setting: RunSetting = {
    store: options.store,
    pipeline: options.pipeline,
    fetcher: options.fetcher,
    clusterer: options.clusterer ?? options.pipeline.createClusterer(options.store.clusterState()),
    now: options.now ?? Date.now,
    everyMs: options.everyMs ?? 15 * 60 * 1000,
    concurrency: options.concurrency ?? 8,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };

  async function run(work: (run: IngestRun) => Promise<void>): Promise<IngestRun> {
    const current = new IngestRun(setting);
    await work(current);
    await current.settle();
    return current;
  }

  return {
    async ingest(inputs) {
      const done = await run(async (current) => {
        for (const input of inputs) await current.do('read-input', { input });
      });
      return done.summary();
    },
    async pollFeed(url) {
      return (await run((current) => current.do('poll-feed', { url }))).summary();
    },
    async addDocument(raw) {
      const done = await run((current) =>
        current.do('extract-article', { document: toPayload(raw), hints: null, feed: null }),
      );
      return done.items[0] ?? { input: raw.input, status: 'failed', reason: 'not-processed' };
    },
  };
}

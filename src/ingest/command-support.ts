/**
 * @module ingest/command-support
 * What the ingest, watch and serve commands share: opening the store and the pipeline (injectable
 * for tests), a progress bar for a terminal, and the end-of-run summary.
 */

import { openStore as openAnyStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { createFetcher, type Fetcher } from './fetcher.js';
import type { IngestProgress, IngestSummary } from './ingest.js';
import { defaultPipeline, type Pipeline } from './pipeline.js';

/** Extra command context the store/ingest/serve commands accept (tests pass fakes). */
export interface PipelineContext {
  /** Loads the pipeline; defaults to the real stages. */
  readonly pipeline?: () => Promise<Pipeline>;
  /**
   * A module whose default export makes the pipeline, for worker threads (which cannot be handed a
   * function). Without it, a command given `pipeline` runs its jobs on the main thread.
   */
  readonly pipelineModule?: string;
  /** The fetch the fetcher uses; defaults to the global one. */
  readonly fetch?: typeof fetch;
}

/** Opens the store a command's `--db` names (a SQLite file or a `postgres://` URL). */
export function openStore(spec: string): Promise<Store> {
  return openAnyStore(spec);
}

export function loadPipeline(context: PipelineContext): Promise<Pipeline> {
  return (context.pipeline ?? defaultPipeline)();
}

export function makeFetcher(allowPrivate: boolean, context: PipelineContext): Fetcher {
  return createFetcher({ allowPrivate, ...(context.fetch ? { fetch: context.fetch } : {}) });
}

/** A one-line progress bar redrawn in place; silent unless `interactive` (stderr is a terminal). */
export function progressBar(
  write: (text: string) => void,
  interactive: boolean,
): { update(p: IngestProgress): void; done(): void } {
  if (!interactive) return { update() {}, done() {} };
  const counts = { new: 0, duplicate: 0, 'not-modified': 0, failed: 0 };
  let drawn = false;
  return {
    update(p) {
      counts[p.last.status]++;
      const width = 24;
      const filled = Math.min(width, Math.round((p.done / Math.max(1, p.total)) * width));
      write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total}  new ${counts.new}  ` +
          `dup ${counts.duplicate}  304 ${counts['not-modified']}  failed ${counts.failed} `,
      );
      drawn = true;
    },
    done() {
      if (drawn) write('\n');
    },
  };
}

/** The end-of-run summary: counts, then each failure with its reason. */
export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `new ${summary.new}, duplicate ${summary.duplicate}, not modified ${summary.notModified}, failed ${summary.failed}; ` +
      `${summary.storiesChanged} stories changed, ${summary.briefsWritten} briefs written` +
      (summary.briefsFailed > 0 ? `, ${summary.briefsFailed} briefs failed` : ''),
  ];
  for (const item of summary.items)
    if (item.status === 'failed') lines.push(`  failed  ${item.input}: ${item.reason}`);
  // Stored but in no story: said as `cluster` says it, never left out silently.
  for (const item of summary.skipped) lines.push(`  skipped ${item.input}: ${item.reason}`);
  return `${lines.join('\n')}\n`;
}

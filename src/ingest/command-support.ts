/**
 * @module ingest/command-support
 * What the ingest, watch and serve commands share: a usage error (exit 2), opening the store and the
 * pipeline, and a progress bar for a terminal.
 */

import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';
import { createFetcher, type Fetcher } from './fetcher.js';
import type { IngestProgress, IngestSummary } from './ingest.js';
import { defaultPipeline, type Pipeline } from './pipeline.js';

/** Misuse of a command: printed with a hint, exit code 2. */
export class UsageError extends Error {
  readonly code = 'usage';
  readonly exitCode = 2;
}

/** Things a command needs from outside; tests pass their own. */
export interface CommandContext {
  readonly pipeline?: () => Promise<Pipeline>;
  readonly fetch?: typeof fetch;
  readonly stdout?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr?: NodeJS.WritableStream & { isTTY?: boolean };
}

let context: CommandContext = {};
/** Replaces what commands take from outside (tests); returns the previous context. */
export function setCommandContext(next: CommandContext): CommandContext {
  const previous = context;
  context = next;
  return previous;
}
export const commandContext = (): CommandContext => context;

export function requireDb(db: unknown): string {
  if (typeof db !== 'string' || db.length === 0) throw new UsageError('--db PATH is required');
  return db;
}

export function openStore(path: string): Store {
  return openSqliteStore(path);
}

export async function loadPipeline(): Promise<Pipeline> {
  return (context.pipeline ?? defaultPipeline)();
}

export function makeFetcher(allowPrivate: boolean): Fetcher {
  return createFetcher({ allowPrivate, ...(context.fetch ? { fetch: context.fetch } : {}) });
}

/** A one-line progress bar redrawn in place, only when stderr is a terminal. */
export function progressBar(): { update(p: IngestProgress): void; done(): void } {
  const err = context.stderr ?? process.stderr;
  if (!err.isTTY) return { update() {}, done() {} };
  let counts = { new: 0, duplicate: 0, 'not-modified': 0, failed: 0 };
  return {
    update(p) {
      counts = { ...counts, [p.last.status]: counts[p.last.status] + 1 };
      const width = 24;
      const filled = Math.round((p.done / Math.max(1, p.total)) * width);
      err.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total}  new ${counts.new}  dup ${counts.duplicate}  304 ${counts['not-modified']}  failed ${counts.failed} `,
      );
    },
    done() {
      err.write('\n');
    },
  };
}

/** The end-of-run summary: counts, then each failure with its reason. */
export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `new ${summary.new}, duplicate ${summary.duplicate}, not modified ${summary.notModified}, failed ${summary.failed}; ` +
      `${summary.storiesChanged} stories changed, ${summary.briefsWritten} briefs written`,
  ];
  for (const item of summary.items)
    if (item.status === 'failed') lines.push(`  failed  ${item.input}: ${item.reason}`);
  return `${lines.join('\n')}\n`;
}

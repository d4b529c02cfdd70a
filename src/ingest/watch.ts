/**
 * @module ingest/watch
 * Keeps polling a list of feeds: each feed when it is due (its next poll time in the store, set from
 * the interval asked for stretched to its ttl and caching headers), until the signal stops it. With a
 * job queue, a due feed's poll is queued for the workers instead (and not queued again until its poll
 * has run or a tick has passed).
 */

import type { Store } from '../store/store.js';
import type { Ingestor, IngestSummary } from './ingest.js';
import type { JobQueue } from './queue/job-queue.js';

export interface WatchOptions {
  readonly store: Store;
  /** Polls each due feed here and now (SQLite)... */
  readonly ingestor?: Ingestor;
  /** ...or queues its poll for the workers (PostgreSQL): one waiting poll per feed. */
  readonly queue?: JobQueue;
  readonly onQueued?: (feed: string, job: string) => void;
  readonly feeds: readonly string[];
  readonly signal: AbortSignal;
  readonly now?: () => number;
  /** Longest sleep between checks, in ms (so a stop or a new due time is noticed). Default 60 s. */
  readonly tickMs?: number;
  readonly onPoll?: (feed: string, summary: IngestSummary) => void;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Polls until `signal` aborts; returns how many polls were made. Never throws for a bad feed. */
export async function watchFeeds(options: WatchOptions): Promise<number> {
  const now = options.now ?? Date.now;
  const tickMs = options.tickMs ?? 60_000;
  let polls = 0;
  /** Feeds whose poll is queued: when, and the fetch time it will move on from. */
  const queued = new Map<string, { at: number; fetched: string | null }>();
  while (!options.signal.aborted) {
    let nextDue = Number.POSITIVE_INFINITY;
    for (const feed of options.feeds) {
      if (options.signal.aborted) break;
      const state = await options.store.findFeed(feed);
      const due = state?.nextPoll ? Date.parse(state.nextPoll) : 0;
      if (due <= now() && options.queue) {
        const waiting = queued.get(feed);
        const fetched = state?.lastFetched ?? null;
        if (waiting === undefined || waiting.fetched !== fetched || now() - waiting.at >= tickMs) {
          options.onQueued?.(feed, await options.queue.enqueue('poll-feed', { url: feed }));
          queued.set(feed, { at: now(), fetched });
          polls++;
        }
        nextDue = Math.min(nextDue, now() + Math.min(tickMs, 1000));
      } else if (due <= now() && options.ingestor) {
        const summary = await options.ingestor.pollFeed(feed);
        polls++;
        options.onPoll?.(feed, summary);
        const after = await options.store.findFeed(feed);
        nextDue = Math.min(nextDue, after?.nextPoll ? Date.parse(after.nextPoll) : now() + tickMs);
      } else {
        nextDue = Math.min(nextDue, due);
      }
    }
    await sleep(Math.max(50, Math.min(tickMs, nextDue - now())), options.signal);
  }
  return polls;
}

/** Parses an interval like `15m`, `90s`, `2h`, `1d` or plain milliseconds; null when it is not one. */
export function parseInterval(text: string): number | null {
  const match = text.trim().match(/^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i);
  if (!match) return null;
  const value = Number(match[1]);
  const unit = (match[2] ?? 'ms').toLowerCase();
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit] ?? 1;
  const ms = value * factor;
  return ms > 0 ? ms : null;
}

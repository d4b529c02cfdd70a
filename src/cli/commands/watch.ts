/**
 * @module cli/commands/watch
 * `corroborate watch --db PATH --feeds FILE --every 15m`: keeps polling the feeds listed in FILE
 * (OPML, or one URL a line) with the same manners as ingest; stops cleanly on SIGINT/SIGTERM.
 */

import { readFile } from 'node:fs/promises';
import { defineCommand } from 'citty';
import {
  formatSummary,
  loadPipeline,
  makeFetcher,
  openStore,
  type PipelineContext,
} from '../../ingest/command-support.js';
import { parseOpml } from '../../ingest/feed-parser.js';
import { createIngestor } from '../../ingest/ingest.js';
import { openJobQueue } from '../../ingest/queue/open-job-queue.js';
import { parseInterval, watchFeeds } from '../../ingest/watch.js';
import { isPostgresUrl } from '../../store/open-store.js';
import { DB_ARG, databaseOf } from '../database-arg.js';
import { usageError } from '../errors.js';
import type { CommandData } from '../io.js';

async function readFeedList(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw usageError(`cannot read --feeds ${path}: ${(error as NodeJS.ErrnoException).code}`);
  }
  if (/<opml[\s>]/i.test(text)) {
    const opml = parseOpml(text);
    if (!opml.ok) throw usageError(`--feeds ${path}: ${opml.reason}`);
    return [...opml.feeds];
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^https?:\/\//i.test(line));
}

export default defineCommand({
  meta: { name: 'watch', description: 'Keep polling feeds into a database until stopped' },
  args: {
    db: DB_ARG,
    feeds: { type: 'string', description: 'OPML file, or a file with one feed URL a line', required: true },
    every: {
      type: 'string',
      description: 'Shortest interval between polls of one feed (15m, 1h, 90s)',
      default: '15m',
    },
    'allow-private': {
      type: 'boolean',
      description: 'Allow loopback and private network addresses',
      default: false,
    },
  },
  async run({ args, data }) {
    const context = data as CommandData & PipelineContext & { signal?: AbortSignal };
    const { io } = context;
    const db = databaseOf(args);
    const everyMs = parseInterval(String(args.every));
    if (everyMs === null) throw usageError(`--every ${args.every} is not an interval like 15m, 1h or 90s`);
    if (typeof args.feeds !== 'string') throw usageError('--feeds FILE is required');
    const feeds = await readFeedList(args.feeds);
    if (feeds.length === 0) throw usageError(`--feeds ${args.feeds} lists no feed URLs`);
    const store = await openStore(db);
    const stop = new AbortController();
    const onSignal = (): void => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    context.signal?.addEventListener('abort', onSignal, { once: true });
    try {
      if (isPostgresUrl(db)) {
        // Many machines may poll: the polls are jobs, one waiting per feed, for `worker` processes.
        const queue = await openJobQueue(db);
        try {
          io.stderr(`queueing polls of ${feeds.length} feeds for the workers (Ctrl-C to stop)\n`);
          const polls = await watchFeeds({
            store,
            queue,
            feeds,
            signal: stop.signal,
            onQueued: (feed, job) => io.stdout(`${new Date().toISOString()} ${feed}: queued ${job}\n`),
          });
          io.stderr(`stopped after queueing ${polls} polls\n`);
        } finally {
          await queue.close();
        }
        return;
      }
      const ingestor = createIngestor({
        store,
        pipeline: await loadPipeline(context),
        fetcher: makeFetcher(Boolean(args['allow-private']), context),
        signal: stop.signal,
        everyMs,
      });
      io.stderr(`watching ${feeds.length} feeds, each at most every ${args.every} (Ctrl-C to stop)\n`);
      const polls = await watchFeeds({
        store,
        ingestor,
        feeds,
        signal: stop.signal,
        onPoll: (feed, summary) =>
          io.stdout(`${new Date().toISOString()} ${feed}: ${formatSummary(summary)}`),
      });
      io.stderr(`stopped after ${polls} polls\n`);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await store.close();
    }
  },
});

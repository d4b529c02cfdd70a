/**
 * @module cli/commands/watch
 * `corroborate watch --db PATH --feeds FILE --every 15m`: keeps polling the feeds listed in FILE
 * (OPML, or one URL a line) with the same manners as ingest; stops cleanly on SIGINT/SIGTERM.
 */

import { readFile } from 'node:fs/promises';
import { defineCommand } from 'citty';
import {
  commandContext,
  formatSummary,
  loadPipeline,
  makeFetcher,
  openStore,
  requireDb,
  UsageError,
} from '../../ingest/command-support.js';
import { parseOpml } from '../../ingest/feed-parser.js';
import { createIngestor } from '../../ingest/ingest.js';
import { parseInterval, watchFeeds } from '../../ingest/watch.js';

async function readFeedList(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read --feeds ${path}: ${(error as NodeJS.ErrnoException).code}`);
  }
  if (/<opml[\s>]/i.test(text)) {
    const opml = parseOpml(text);
    if (!opml.ok) throw new UsageError(`--feeds ${path}: ${opml.reason}`);
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
    db: { type: 'string', description: 'SQLite database file', required: true },
    feeds: { type: 'string', description: 'OPML file, or a file with one feed URL a line', required: true },
    every: {
      type: 'string',
      description: 'Shortest interval between polls of one feed (15m, 1h, ...)',
      default: '15m',
    },
    'allow-private': {
      type: 'boolean',
      description: 'Allow loopback and private network addresses',
      default: false,
    },
  },
  async run({ args }) {
    const out = commandContext().stdout ?? process.stdout;
    const db = requireDb(args.db);
    const everyMs = parseInterval(String(args.every));
    if (everyMs === null)
      throw new UsageError(`--every ${args.every} is not an interval like 15m, 1h or 90s`);
    if (typeof args.feeds !== 'string') throw new UsageError('--feeds FILE is required');
    const feeds = await readFeedList(args.feeds);
    if (feeds.length === 0) throw new UsageError(`--feeds ${args.feeds} lists no feed URLs`);
    const store = openStore(db);
    const stop = new AbortController();
    const onSignal = (): void => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const ingestor = createIngestor({
        store,
        pipeline: await loadPipeline(),
        fetcher: makeFetcher(Boolean(args['allow-private'])),
        signal: stop.signal,
        everyMs,
      });
      out.write(`watching ${feeds.length} feeds every ${args.every} (Ctrl-C to stop)\n`);
      const polls = await watchFeeds({
        store,
        ingestor,
        feeds,
        signal: stop.signal,
        onPoll: (feed, summary) =>
          out.write(`${new Date().toISOString()} ${feed}: ${formatSummary(summary)}`),
      });
      out.write(`stopped after ${polls} polls\n`);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await store.close();
    }
  },
});

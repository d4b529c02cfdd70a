/**
 * @module cli/commands/ingest
 * `corroborate ingest --db PATH INPUT...`: files, folders, article URLs, feed URLs and OPML files into
 * the store; prints a summary (new, duplicate, not modified, failed with reasons).
 * Exit 0 when nothing failed, 1 when some item failed, 2 on misuse.
 */

import { defineCommand } from 'citty';
import {
  commandContext,
  formatSummary,
  loadPipeline,
  makeFetcher,
  openStore,
  progressBar,
  requireDb,
  UsageError,
} from '../../ingest/command-support.js';
import { createIngestor } from '../../ingest/ingest.js';

export default defineCommand({
  meta: {
    name: 'ingest',
    description: 'Ingest files, folders, article URLs, feeds and OPML lists into a database',
  },
  args: {
    db: { type: 'string', description: 'SQLite database file (created if missing)', required: true },
    'allow-private': {
      type: 'boolean',
      description: 'Allow loopback and private network addresses',
      default: false,
    },
    json: { type: 'boolean', description: 'Print the summary as JSON', default: false },
  },
  async run({ args }) {
    const out = commandContext().stdout ?? process.stdout;
    const db = requireDb(args.db);
    const inputs = args._.map(String);
    if (inputs.length === 0)
      throw new UsageError('give at least one INPUT (file, folder, URL, feed or OPML)');
    const store = openStore(db);
    try {
      const bar = progressBar();
      const ingestor = createIngestor({
        store,
        pipeline: await loadPipeline(),
        fetcher: makeFetcher(Boolean(args['allow-private'])),
        onProgress: bar.update,
      });
      const summary = await ingestor.ingest(inputs);
      bar.done();
      out.write(args.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
      if (summary.failed > 0) process.exitCode = 1;
      return summary;
    } finally {
      await store.close();
    }
  },
});

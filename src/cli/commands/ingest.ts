/**
 * @module cli/commands/ingest
 * `corroborate ingest --db PATH INPUT...`: files, folders, article URLs, feed URLs and OPML files into
 * the store; prints a summary (new, duplicate, not modified, failed with reasons).
 * Exit 0 when nothing failed, 1 when some item failed, 2 on misuse.
 */

import { defineCommand } from 'citty';
import {
  formatSummary,
  loadPipeline,
  makeFetcher,
  openStore,
  type PipelineContext,
  progressBar,
} from '../../ingest/command-support.js';
import { createIngestor } from '../../ingest/ingest.js';
import { DB_ARG, databaseOf } from '../database-arg.js';
import { usageError } from '../errors.js';
import type { CommandData } from '../io.js';

export default defineCommand({
  meta: {
    name: 'ingest',
    description: 'Ingest files, folders, article URLs, feeds and OPML lists into a database',
  },
  args: {
    db: DB_ARG,
    'allow-private': {
      type: 'boolean',
      description: 'Allow loopback and private network addresses',
      default: false,
    },
    json: { type: 'boolean', description: 'Print the summary as JSON', default: false },
    inputs: {
      type: 'positional',
      description: 'Files, folders, article URLs, RSS/Atom feed URLs, OPML files',
      required: false,
    },
  },
  async run({ args, data }) {
    const context = data as CommandData & PipelineContext;
    const { io } = context;
    const db = databaseOf(args);
    const inputs = args._.map(String);
    if (inputs.length === 0) throw usageError('give at least one INPUT (file, folder, URL, feed or OPML)');
    const store = await openStore(db);
    try {
      const bar = progressBar(io.stderr, io.interactive);
      const ingestor = createIngestor({
        store,
        pipeline: await loadPipeline(context),
        fetcher: makeFetcher(Boolean(args['allow-private']), context),
        onProgress: bar.update,
      });
      const summary = await ingestor.ingest(inputs);
      bar.done();
      io.stdout(args.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
      if (summary.failed > 0) context.exitCode = 1;
      return summary;
    } finally {
      await store.close();
    }
  },
});

/**
 * @module cli/commands/status
 * `corroborate status --db PATH|URL [--json]`: what the database holds and how its job queue is doing:
 * jobs waiting and running, and the jobs parked after their last attempt, with the reason.
 */

import { defineCommand } from 'citty';
import { openStore } from '../../ingest/command-support.js';
import { openJobQueue } from '../../ingest/queue/open-job-queue.js';
import { DB_ARG, databaseOf } from '../database-arg.js';
import type { CommandData } from '../io.js';

export default defineCommand({
  meta: { name: 'status', description: 'Counts, and the job queue with its parked (failed) jobs' },
  args: {
    db: DB_ARG,
    json: { type: 'boolean', description: 'Print as JSON', default: false },
  },
  async run({ args, data }) {
    const { io } = data as CommandData;
    const db = databaseOf(args);
    const store = await openStore(db);
    try {
      const queue = await openJobQueue(db);
      try {
        const [stats, jobs] = await Promise.all([store.stats(), queue.health()]);
        if (args.json) {
          io.stdout(`${JSON.stringify({ ...stats, jobs }, null, 2)}\n`);
          return;
        }
        io.stdout(
          `${stats.articles} articles, ${stats.stories} stories, ${stats.briefs} briefs, ${stats.feeds} feeds (schema ${stats.schemaVersion})\n` +
            `jobs: ${jobs.queued} waiting, ${jobs.running} running, ${jobs.failed} parked after their last attempt\n`,
        );
        for (const job of jobs.parked) io.stdout(`  parked  ${job.id} at ${job.at}: ${job.error}\n`);
      } finally {
        await queue.close();
      }
    } finally {
      await store.close();
    }
  },
});

/**
 * @module ingest/queue/open-job-queue
 * The job queue of a database: pg-boss beside a `postgres://` store, a table in a SQLite file.
 */

import { isPostgresUrl } from '../../store/open-store.js';
import type { JobQueue, QueueOptions } from './job-queue.js';
import { openPgJobQueue, type PgJobQueueOptions } from './pg-job-queue.js';
import { openSqliteJobQueue } from './sqlite-job-queue.js';

export async function openJobQueue(
  spec: string,
  options: QueueOptions & PgJobQueueOptions = {},
): Promise<JobQueue> {
  return isPostgresUrl(spec) ? openPgJobQueue(spec, options) : openSqliteJobQueue(spec, options);
}

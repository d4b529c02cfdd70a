/**
 * @module ingest/queue/pg-job-queue
 * The job queue on PostgreSQL, with pg-boss (its own schema beside the store's tables): jobs are taken
 * with `FOR UPDATE SKIP LOCKED`, each task is a pg-boss queue whose policy does the coalescing
 * (`stately`: one waiting and one running job per key), retries back off, and a job whose worker died
 * (SIGKILL, a lost machine) expires after its lease and is retried by pg-boss's supervisor.
 */

import PgBoss from 'pg-boss';
import { connectionError, isConnectionFailure } from '../../store/postgres-errors.js';
import type { TaskName, TaskPayloads } from '../tasks.js';
import {
  coalesceKey,
  type JobInfo,
  type JobOutput,
  type JobQueue,
  type JobState,
  parseJobId,
  type QueueOptions,
  TASK_POLICY,
  type TakenJob,
} from './job-queue.js';

/** The schema pg-boss keeps its tables in. */
export const QUEUE_SCHEMA = 'corroborate_queue';

export interface PgJobQueueOptions extends QueueOptions {
  /** Connections pg-boss may open. Default 4. */
  readonly poolSize?: number;
  /** How often expired leases are looked for, in seconds (one process does it per interval). Default 5. */
  readonly superviseSeconds?: number;
  readonly onError?: (error: Error) => void;
}

interface BossRow {
  id: string;
  name: string;
  state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
  retryLimit: number;
  retryCount: number;
  startedOn: Date | null;
  createdOn: Date;
  completedOn: Date | null;
  output: unknown;
}

const STATES: Record<BossRow['state'], JobState> = {
  created: 'queued',
  retry: 'retrying',
  active: 'running',
  completed: 'done',
  cancelled: 'failed',
  failed: 'failed',
};

function messageOf(output: unknown): string | null {
  if (output === null || typeof output !== 'object') return null;
  const value =
    (output as { message?: unknown; value?: { message?: unknown } }).message ??
    (output as { value?: { message?: unknown } }).value?.message;
  return typeof value === 'string' ? value : null;
}

/**
 * Connects the queue to PostgreSQL at `url`, creating its schema and queues when missing.
 * @example const queue = await openPgJobQueue(process.env.DATABASE_URL!);
 */
export async function openPgJobQueue(url: string, options: PgJobQueueOptions = {}): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    max: options.poolSize ?? 4,
    application_name: 'corroborate-queue',
    supervise: true,
    schedule: false,
    maintenanceIntervalSeconds: options.superviseSeconds ?? 5,
  });
  boss.on('error', (error: Error) => options.onError?.(error));
  try {
    await boss.start();
    const existing = new Set((await boss.getQueues()).map((q) => q.name));
    for (const [task, policy] of Object.entries(TASK_POLICY)) {
      const settings = {
        name: task,
        policy: policy.coalesce !== null || policy.serial ? ('stately' as const) : ('standard' as const),
        retryLimit: policy.attempts - 1,
        retryDelay: options.retryDelaySeconds ?? 2,
        retryBackoff: true,
        expireInSeconds: options.leaseSeconds ?? policy.leaseSeconds,
      };
      if (existing.has(task)) await boss.updateQueue(task, settings);
      else await boss.createQueue(task, settings);
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    throw isConnectionFailure(error) ? connectionError(url, error) : error;
  }
  const db = boss.getDb();

  async function waitingId(task: TaskName, key: string): Promise<string | null> {
    const found = await db.executeSql(
      `SELECT id FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND singleton_key = $2 AND state < 'active'
       ORDER BY created_on LIMIT 1`,
      [task, key],
    );
    return (found.rows[0] as { id?: string } | undefined)?.id ?? null;
  }

  function infoOf(task: TaskName, row: BossRow): JobInfo {
    const state = STATES[row.state];
    const started = row.startedOn !== null ? 1 : 0;
    const output = state === 'done' ? (row.output as JobOutput | null) : null;
    return {
      id: `${task}.${row.id}`,
      task,
      state,
      attempts: row.retryCount + started,
      maxAttempts: row.retryLimit + 1,
      created: new Date(row.createdOn).toISOString(),
      finished: row.completedOn === null ? null : new Date(row.completedOn).toISOString(),
      output,
      error: state === 'done' ? null : messageOf(row.output),
    };
  }

  return {
    async enqueue<T extends TaskName>(task: T, payload: TaskPayloads[T]) {
      const key = coalesceKey(task, payload);
      for (let tries = 0; tries < 5; tries++) {
        const id = await boss.send(task, payload as object, key === null ? {} : { singletonKey: key });
        if (id !== null) return `${task}.${id}`;
        // Coalesced: the job already waiting with this key does the work.
        const waiting = key === null ? null : await waitingId(task, key);
        if (waiting !== null) return `${task}.${waiting}`;
      }
      throw new Error(`could not queue ${task}`);
    },
    async take(order) {
      for (const task of order) {
        const [job] = await boss.fetch<TaskPayloads[TaskName]>(task, { batchSize: 1, includeMetadata: true });
        if (job) {
          const meta = job as unknown as { retryCount: number };
          return { id: `${task}.${job.id}`, task, payload: job.data, attempt: meta.retryCount + 1 };
        }
      }
      return null;
    },
    async complete(job: TakenJob, output: JobOutput) {
      const local = parseJobId(job.id)?.local ?? '';
      await boss.complete(job.task, local, output as unknown as object);
    },
    async fail(job: TakenJob, error: string) {
      const local = parseJobId(job.id)?.local ?? '';
      await boss.fail(job.task, local, { message: error });
    },
    async findJob(id) {
      const parsed = parseJobId(id);
      if (parsed === null || !/^[0-9a-f-]{36}$/i.test(parsed.local)) return null;
      const row = (await boss.getJobById(parsed.task, parsed.local, {
        includeArchive: true,
      })) as BossRow | null;
      return row ? infoOf(parsed.task, row) : null;
    },
    async health() {
      const counts = await db.executeSql(
        `SELECT state, count(*)::int AS n FROM ${QUEUE_SCHEMA}.job
         WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY state`,
        [],
      );
      const n = (state: string) =>
        (counts.rows as { state: string; n: number }[]).find((row) => row.state === state)?.n ?? 0;
      const parked = await db.executeSql(
        `SELECT id, name, output, completed_on FROM ${QUEUE_SCHEMA}.job WHERE state = 'failed'
         ORDER BY completed_on DESC LIMIT 10`,
        [],
      );
      return {
        queued: n('created') + n('retry'),
        running: n('active'),
        failed: n('failed'),
        parked: (parked.rows as { id: string; name: TaskName; output: unknown; completed_on: Date }[]).map(
          (row) => ({
            id: `${row.name}.${row.id}`,
            task: row.name,
            error: messageOf(row.output) ?? 'failed',
            at: new Date(row.completed_on).toISOString(),
          }),
        ),
      };
    },
    async close() {
      await boss.stop({ graceful: false, wait: true, close: true });
    },
  };
}

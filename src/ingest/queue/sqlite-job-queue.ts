/**
 * @module ingest/queue/sqlite-job-queue
 * The job queue in the SQLite database file itself (its own connection and table), for one machine:
 * `serve` and `watch` on SQLite run their jobs in worker threads of the same process, and any other
 * process on the file sees the same jobs. Taking a job is one transaction; a lease that runs out (its
 * worker died) makes the job available again; coalesced tasks keep one waiting job per key.
 */

import Database from 'better-sqlite3';
import { isBusy, useWal } from '../../store/sqlite-wal.js';
import type { TaskName, TaskPayloads } from '../tasks.js';
import {
  coalesceKey,
  type JobInfo,
  type JobOutput,
  type JobQueue,
  type JobState,
  type ParkedJob,
  parseJobId,
  type QueueOptions,
  TASK_POLICY,
  type TakenJob,
} from './job-queue.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    task TEXT NOT NULL,
    payload TEXT NOT NULL,
    key TEXT,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    run_at INTEGER NOT NULL,
    lease_until INTEGER,
    worker TEXT,
    output TEXT,
    error TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT
  );
  CREATE UNIQUE INDEX IF NOT EXISTS jobs_waiting_key ON jobs(task, key) WHERE key IS NOT NULL AND state = 'queued';
  CREATE INDEX IF NOT EXISTS jobs_ready ON jobs(task, state, run_at);
  CREATE INDEX IF NOT EXISTS jobs_failed ON jobs(finished_at) WHERE state = 'failed';
`;

interface JobRow {
  id: number;
  task: TaskName;
  payload: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  max_attempts: number;
  run_at: number;
  lease_until: number | null;
  output: string | null;
  error: string | null;
  created_at: string;
  finished_at: string | null;
}

/** How long a write waits for another connection's lock before it fails (as SQLite's busy timeout). */
const BUSY_WAIT_MS = 5000;
/** Longest pause between two tries of a locked write. */
const MAX_PAUSE_MS = 20;

export interface SqliteJobQueueOptions extends QueueOptions {
  readonly now?: () => number;
}

/**
 * Opens the job queue kept in the SQLite file `path` (`:memory:` keeps it in this connection only).
 * @example const queue = openSqliteJobQueue('news.db');
 */
export function openSqliteJobQueue(path: string, options: SqliteJobQueueOptions = {}): JobQueue {
  const now = options.now ?? Date.now;
  const db = new Database(path, { timeout: BUSY_WAIT_MS });
  useWal(db, BUSY_WAIT_MS);
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  // From here on a locked file is waited for between turns of the event loop (`unblocked`), never
  // inside a call: a server queueing a job while a worker writes keeps answering meanwhile.
  db.pragma('busy_timeout = 0');
  const unblocked = async <T>(write: () => T): Promise<T> => {
    const deadline = Date.now() + BUSY_WAIT_MS;
    for (let pause = 1; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
      try {
        return write();
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  };
  const leaseMs = (task: TaskName) => (options.leaseSeconds ?? TASK_POLICY[task].leaseSeconds) * 1000;
  const retryMs = (options.retryDelaySeconds ?? 2) * 1000;
  const serialTasks = Object.entries(TASK_POLICY)
    .filter(([, policy]) => policy.serial)
    .map(([task]) => task);

  const stmt = {
    insert: db.prepare<[string, string, string | null, number, number, string], { id: number }>(
      `INSERT INTO jobs (task, payload, key, state, max_attempts, run_at, created_at)
       VALUES (?, ?, ?, 'queued', ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
    ),
    waiting: db.prepare<[string, string], { id: number }>(
      "SELECT id FROM jobs WHERE task = ? AND key = ? AND state = 'queued'",
    ),
    // A job whose lease ran out on its last attempt is parked: its worker died every time.
    parkLost: db.prepare<[string, number]>(
      `UPDATE jobs SET state = 'failed', finished_at = ?, error = coalesce(error, 'lease expired: its worker stopped')
       WHERE state = 'running' AND lease_until < ? AND attempts >= max_attempts`,
    ),
    // Serial tasks are our own constant names, so they are written into the statement.
    candidate: db.prepare<{ at: number; task: string }, JobRow>(
      `SELECT * FROM jobs j
       WHERE ((state = 'queued' AND run_at <= @at) OR (state = 'running' AND lease_until < @at))
         AND task = @task
         AND NOT (task IN (${serialTasks.map((t) => `'${t}'`).join(', ') || "''"}) AND EXISTS (
           SELECT 1 FROM jobs o WHERE o.task = j.task AND o.state = 'running' AND o.lease_until >= @at
             AND o.id <> j.id))
       ORDER BY run_at, id LIMIT 1`,
    ),
    claim: db.prepare<[number, string, number, number]>(
      `UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_until = ?, worker = ?
       WHERE id = ? AND attempts = ?`,
    ),
    complete: db.prepare<[string, string, number, string]>(
      `UPDATE jobs SET state = 'done', output = ?, finished_at = ?, lease_until = NULL
       WHERE id = ? AND worker = ? AND state = 'running'`,
    ),
    retry: db.prepare<[number, string, number, string]>(
      `UPDATE jobs SET state = 'queued', run_at = ?, error = ?, lease_until = NULL
       WHERE id = ? AND worker = ? AND state = 'running'`,
    ),
    park: db.prepare<[string, string, number, string]>(
      `UPDATE jobs SET state = 'failed', error = ?, finished_at = ?, lease_until = NULL
       WHERE id = ? AND worker = ? AND state = 'running'`,
    ),
    byId: db.prepare<[number], JobRow>('SELECT * FROM jobs WHERE id = ?'),
    counts: db.prepare<[], { state: string; n: number }>(
      "SELECT state, count(*) AS n FROM jobs WHERE state IN ('queued', 'running') GROUP BY state",
    ),
    failedCount: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM jobs WHERE state = 'failed'"),
    parked: db.prepare<[], JobRow>(
      "SELECT * FROM jobs WHERE state = 'failed' ORDER BY finished_at DESC, id DESC LIMIT 10",
    ),
  };

  /** Who holds which taken job: set by `take`, checked by `complete`/`fail`. */
  const holders = new Map<string, string>();

  const take = db.transaction((order: readonly TaskName[], worker: string): TakenJob | null => {
    const at = now();
    stmt.parkLost.run(new Date(at).toISOString(), at);
    for (const task of order) {
      const row = stmt.candidate.get({ at, task });
      if (!row) continue;
      stmt.claim.run(at + leaseMs(task), worker, row.id, row.attempts);
      const id = `${task}.${row.id}`;
      holders.set(id, worker);
      return {
        id,
        task,
        payload: JSON.parse(row.payload) as TaskPayloads[TaskName],
        attempt: row.attempts + 1,
      };
    }
    return null;
  });

  function stateOf(row: JobRow): JobState {
    if (row.state === 'queued') return row.attempts > 0 ? 'retrying' : 'queued';
    return row.state;
  }

  const local = (id: string) => Number(parseJobId(id)?.local ?? Number.NaN);

  return {
    async enqueue(task, payload) {
      const key = coalesceKey(task, payload);
      const json = JSON.stringify(payload);
      const inserted = await unblocked(() =>
        stmt.insert.get(task, json, key, TASK_POLICY[task].attempts, now(), new Date(now()).toISOString()),
      );
      const id =
        inserted?.id ?? (key === null ? undefined : (await unblocked(() => stmt.waiting.get(task, key)))?.id);
      if (id === undefined) throw new Error(`could not queue ${task}`);
      return `${task}.${id}`;
    },
    async take(order, worker) {
      return unblocked(() => take.immediate(order, worker));
    },
    async complete(job, output) {
      const json = JSON.stringify(output);
      await unblocked(() =>
        stmt.complete.run(json, new Date(now()).toISOString(), local(job.id), holders.get(job.id) ?? ''),
      );
      holders.delete(job.id);
    },
    async fail(job, error) {
      const row = await unblocked(() => stmt.byId.get(local(job.id)));
      const worker = holders.get(job.id) ?? '';
      holders.delete(job.id);
      if (!row) return;
      await unblocked(() =>
        row.attempts < row.max_attempts
          ? stmt.retry.run(now() + retryMs * 2 ** (row.attempts - 1), error, row.id, worker)
          : stmt.park.run(error, new Date(now()).toISOString(), row.id, worker),
      );
    },
    async findJob(id) {
      const parsed = parseJobId(id);
      if (parsed === null || !/^\d+$/.test(parsed.local)) return null;
      const row = await unblocked(() => stmt.byId.get(Number(parsed.local)));
      if (!row || row.task !== parsed.task) return null;
      return {
        id,
        task: row.task,
        state: stateOf(row),
        attempts: row.attempts,
        maxAttempts: row.max_attempts,
        created: row.created_at,
        finished: row.finished_at,
        output: row.output === null ? null : (JSON.parse(row.output) as JobOutput),
        error: row.error,
      } satisfies JobInfo;
    },
    async health() {
      const counts = new Map((await unblocked(() => stmt.counts.all())).map((row) => [row.state, row.n]));
      const parked: ParkedJob[] = (await unblocked(() => stmt.parked.all())).map((row) => ({
        id: `${row.task}.${row.id}`,
        task: row.task,
        error: row.error ?? 'failed',
        at: row.finished_at ?? row.created_at,
      }));
      return {
        queued: counts.get('queued') ?? 0,
        running: counts.get('running') ?? 0,
        failed: (await unblocked(() => stmt.failedCount.get()))?.n ?? 0,
        parked,
      };
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

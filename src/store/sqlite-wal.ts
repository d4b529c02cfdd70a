/**
 * @module store/sqlite-wal
 * Turning a SQLite file to WAL when other processes may be opening it at the same moment. The switch
 * needs the file to itself, and SQLite skips its busy wait wherever waiting could deadlock (two
 * processes opening a new file both read it and both want it to themselves): there `PRAGMA
 * journal_mode = WAL` fails at once with SQLITE_BUSY, or leaves the mode as it was. So the switch is
 * tried again, with growing pauses, until it holds or the wait runs out. WAL stays with the file, so
 * after the first open nothing waits.
 */

import type Database from 'better-sqlite3';

/** Longest pause between two tries of a locked switch. */
const MAX_PAUSE_MS = 20;

/** Whether `error` is SQLite saying another connection holds a lock this one needs. */
export const isBusy = (error: unknown): boolean =>
  error instanceof Error &&
  'code' in error &&
  typeof error.code === 'string' &&
  (error.code === 'SQLITE_BUSY' || error.code.startsWith('SQLITE_BUSY_'));

const pauseCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * Puts `db` in WAL mode, waiting up to `waitMs` for connections of other processes that hold the
 * file; throws SQLite's busy error when they hold it longer. An in-memory database keeps its mode.
 * @example useWal(new Database('news.db'), 5000);
 */
export function useWal(db: Database.Database, waitMs: number): void {
  const deadline = Date.now() + waitMs;
  for (let pause = 1; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
    try {
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (mode === 'wal' || db.memory) return;
      if (Date.now() >= deadline) {
        throw Object.assign(new Error(`database is locked: the journal stays ${String(mode)}, not WAL`), {
          code: 'SQLITE_BUSY',
        });
      }
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
    }
    // Opening is synchronous (a constructor's work), so the pause blocks this thread, as SQLite's own
    // busy handler would.
    Atomics.wait(pauseCell, 0, 0, pause);
  }
}

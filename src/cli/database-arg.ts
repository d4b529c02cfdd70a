/**
 * @module cli/database-arg
 * The `--db` option every store command shares: a SQLite file, or a `postgres://` connection string;
 * without it, the `DATABASE_URL` environment variable.
 */

import { usageError } from './errors.js';

export const DB_ARG = {
  type: 'string',
  description: 'SQLite file (created if missing) or postgres:// URL; default $DATABASE_URL',
  required: false,
} as const;

/** The database a command works on; misuse when neither `--db` nor `DATABASE_URL` names one. */
export function databaseOf(args: { db?: unknown }, env: NodeJS.ProcessEnv = process.env): string {
  if (typeof args.db === 'string' && args.db !== '') return args.db;
  const fromEnv = env.DATABASE_URL;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  throw usageError('--db PATH|postgres://… is required (or set DATABASE_URL)');
}

/** A whole number option of at least `min`; misuse otherwise. */
export function countOf(value: unknown, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw usageError(`${name} ${String(value)} is not a whole number >= ${min}`);
  return n;
}

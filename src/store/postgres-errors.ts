/**
 * @module store/postgres-errors
 * What went wrong talking to PostgreSQL, in words a person can act on (the connection string's
 * password never appears), and which failures are worth retrying: the server restarting, a dropped
 * connection, a serialisation conflict. Every store operation is idempotent, so a retried write that
 * had in fact committed changes nothing.
 */

import { StoreError } from './store.js';

/** The connection string with its password replaced, for messages and logs (a file path is kept). */
export function redactUrl(url: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable connection string)';
  }
}

interface PgLikeError {
  readonly code?: string;
  readonly message?: string;
}

/** SQLSTATE classes and Node error codes that mean "try again shortly". */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  '57P01', // admin_shutdown: the server is restarting
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

export function isTransient(error: unknown): boolean {
  const e = error as PgLikeError;
  if (e?.code !== undefined && (TRANSIENT_CODES.has(e.code) || e.code.startsWith('08'))) return true;
  // node-postgres reports a socket closed under it without a code.
  return /Connection terminated|connection ended|Client has encountered a connection error/i.test(
    e?.message ?? '',
  );
}

/** True when `error` is about reaching or logging in to the server, not about a statement. */
export function isConnectionFailure(error: unknown): boolean {
  const code = (error as PgLikeError)?.code;
  if (code === undefined) return true;
  return /^(E[A-Z]+|08...|28...|3D000|57P0.|53300)$/.test(code);
}

/** A StoreError naming what failed to connect and why. */
export function connectionError(url: string, error: unknown): StoreError {
  const e = error as PgLikeError;
  const where = redactUrl(url);
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused (is the server running, and on that port?)',
    ENOTFOUND: 'no such host',
    EAI_AGAIN: 'the host name could not be resolved',
    ETIMEDOUT: 'the connection timed out',
    '28P01': 'password authentication failed',
    '28000': 'the server refused this user',
    '3D000': 'the database does not exist',
    '57P03': 'the server is starting up or shutting down',
  };
  const reason =
    (e?.code !== undefined ? reasons[e.code] : undefined) ??
    (/timeout/i.test(e?.message ?? '') ? 'the connection timed out' : (e?.message ?? String(error)));
  return new StoreError('connect-failed', `cannot connect to PostgreSQL at ${where}: ${reason}`, {
    cause: error,
  });
}

/** Runs `work`, retrying transient failures with backoff for up to `budgetMs`. */
export async function withRetry<T>(work: () => Promise<T>, budgetMs: number): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransient(error) || Date.now() >= deadline) throw error;
      const wait = Math.min(2000, 50 * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, Math.max(0, deadline - Date.now()))));
    }
  }
}

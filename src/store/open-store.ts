/**
 * @module store/open-store
 * One door to every backend: a `postgres://` (or `postgresql://`) connection string opens the
 * PostgreSQL store, anything else is a SQLite file (`:memory:` for a throwaway one).
 */

import { isPostgresUrl, openPostgresStore, type PostgresStoreOptions } from './postgres-store.js';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
import type { Store } from './store.js';

export type OpenStoreOptions = SqliteStoreOptions & PostgresStoreOptions;

/**
 * Opens (creating and migrating) the store `spec` names.
 * @example const store = await openStore(process.env.DATABASE_URL ?? 'news.db');
 */
export async function openStore(spec: string, options: OpenStoreOptions = {}): Promise<Store> {
  return isPostgresUrl(spec) ? openPostgresStore(spec, options) : openSqliteStore(spec, options);
}

export { isPostgresUrl };

/**
 * @module store/postgres-sql
 * SQL text for statements sent several to a round trip (the simple query protocol takes no parameters):
 * values made literals by one escaper, integers checked to be integers, and the batch that runs them.
 * Used where round trips matter more than plans: inside the placement lock, every round trip is time
 * every other worker waits.
 */

import pg from 'pg';
import { integers } from './cluster-rows.js';

export type Row = Record<string, unknown>;

/** `ARRAY[...]::type[]` of integers checked to be integers (nothing else is put into SQL text). */
export const intArray = (list: readonly number[], type: 'bigint' | 'int' | 'smallint'): string =>
  `ARRAY[${integers(list).join(',')}]::${type}[]`;

/** A float as SQL text (finite numbers only). */
export function float(x: number): string {
  if (!Number.isFinite(x)) throw new TypeError(`postgres: ${x} is not a finite number`);
  return `${x}::float8`;
}

/** A string (or NULL) as an SQL literal. */
export const literal = (value: string | null): string => (value === null ? 'NULL' : pg.escapeLiteral(value));

/** `ARRAY[...]::type[]` of strings (or NULLs) as literals, cast to `type`. */
export const textArray = (list: readonly (string | null)[], type = 'text'): string =>
  `ARRAY[${list.map(literal).join(',')}]::${type}[]`;

/** `VALUES` rows of SQL text. */
export const values = (rows: readonly (readonly string[])[]): string =>
  rows.map((row) => `(${row.join(', ')})`).join(', ');

/** Runs statements as one round trip; gives each one's rows in order. */
export async function batch(client: pg.ClientBase, statements: readonly string[]): Promise<Row[][]> {
  if (statements.length === 0) return [];
  const result = (await client.query(statements.join(';\n'))) as unknown as pg.QueryResult | pg.QueryResult[];
  const results = Array.isArray(result) ? result : [result];
  return results.map((r) => r.rows as Row[]);
}

/** One integer as SQL text (checked to be one). */
export const int = (n: number): string => String(integers([n])[0]);

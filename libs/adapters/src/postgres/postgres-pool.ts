import { type CustomTypesConfig, Pool, types } from 'pg';

/**
 * bigint columns (positions, counts) as numbers instead of pg's default strings: a log would
 * need 2^53 events before one lost precision. Per pool, so no other user of pg is affected.
 */
const TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === types.builtins.INT8 ? (value: string) => Number(value) : types.getTypeParser(oid, format)) as CustomTypesConfig['getTypeParser'],
};

export interface PostgresPoolOptions {
  readonly connectionString: string;
  readonly max: number;
  /** Schemas set as each connection's search_path, first the one new tables go in; the connection string's own otherwise. */
  readonly searchPath?: readonly string[];
}

export const quotePostgresIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export function createPostgresPool({ connectionString, max, searchPath }: PostgresPoolOptions): Pool {
  const pool = new Pool({ connectionString, max, types: TYPES });
  // A connection runs its queries in order, so this comes before any query of the pool's user.
  if (searchPath) pool.on('connect', (client) => void client.query(`SET search_path TO ${searchPath.map(quotePostgresIdentifier).join(', ')}`));
  // An idle connection the server drops emits here; unhandled, it would kill the process. The
  // pool discards that connection on its own and the next query opens a fresh one.
  pool.on('error', () => undefined);
  return pool;
}

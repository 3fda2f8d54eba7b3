import type { Pool } from 'pg';
import { POSTGRES_ADVISORY_LOCKS } from './postgres-advisory-locks';
import { inTransaction } from './postgres-transaction';

export interface PostgresMigrationOptions {
  /** The component's row in `schema_version`: several components may share one database. */
  readonly component: string;
  /** Named in errors: "the event store database is at schema version ...". */
  readonly describedAs: string;
  /** Each entry moves the component from version `index` to `index + 1`; never edit one that has shipped. */
  readonly migrations: readonly string[];
}

/** Brings a component's tables to this build's version in one transaction, or refuses a newer schema. */
export async function migratePostgres(pool: Pool, { component, describedAs, migrations }: PostgresMigrationOptions): Promise<void> {
  await inTransaction(
    pool,
    async (query) => {
      await query('CREATE TABLE IF NOT EXISTS schema_version (component text PRIMARY KEY, version integer NOT NULL)');
      const rows = await query<{ version: number }>('SELECT version FROM schema_version WHERE component = $1', [component]);
      const current = rows[0]?.version ?? 0;
      if (current > migrations.length)
        throw new Error(`The ${describedAs} database is at schema version ${current}, newer than this build knows (${migrations.length})`);
      for (let version = current; version < migrations.length; version++) await query(migrations[version]);
      await query('INSERT INTO schema_version (component, version) VALUES ($1, $2) ON CONFLICT (component) DO UPDATE SET version = excluded.version', [
        component,
        migrations.length,
      ]);
    },
    `BEGIN; SELECT pg_advisory_xact_lock(${POSTGRES_ADVISORY_LOCKS.migrations})`,
  );
}

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';

export interface SqliteDatabaseOptions {
  /** A file path (its folder is created), or ':memory:'. */
  readonly filename: string;
  /** Named in errors: "the event store file is at schema version ...". */
  readonly describedAs: string;
  readonly synchronous: 'FULL' | 'NORMAL';
  /** Each entry moves the file from version `index` to `index + 1`; never edit one that has shipped. */
  readonly migrations: readonly string[];
  readonly busyTimeoutMs?: number;
  /** Further pragmas, e.g. `wal_autocheckpoint = 10000`. */
  readonly pragmas?: readonly string[];
}

/** Every SQLite file of the service: WAL, the chosen durability, secure delete, migrated by `user_version`. */
export function openSqliteDatabase(options: SqliteDatabaseOptions): Database {
  if (options.filename !== ':memory:') mkdirSync(dirname(options.filename), { recursive: true });
  const db = new BetterSqlite3(options.filename);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous}`);
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // Deleted and overwritten rows are zeroed, not left in free space: an erasure must leave no personal data in any file.
    db.pragma('secure_delete = ON');
    for (const pragma of options.pragmas ?? []) db.pragma(pragma);
    migrate(db, options);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function migrate(db: Database, { migrations, describedAs }: SqliteDatabaseOptions): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length)
    throw new Error(`The ${describedAs} file is at schema version ${current}, newer than this build knows (${migrations.length})`);
  db.transaction(() => {
    for (let version = current; version < migrations.length; version++) db.exec(migrations[version]);
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}

import type { Database } from 'better-sqlite3';
import { type CheckpointStore, InvalidCheckpointError, isCheckpointPosition } from '@client-lifecycle/ports';
import { openSqliteDatabase } from '../sqlite';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE checkpoints (
    name     TEXT PRIMARY KEY,
    position INTEGER NOT NULL CHECK (position >= 0)
  ) WITHOUT ROWID;
  `,
];

/** Named checkpoints in their own SQLite file, so a subscriber's progress never waits on the log's write lock. */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly statements;

  private constructor(private readonly db: Database) {
    this.statements = {
      get: db.prepare('SELECT position FROM checkpoints WHERE name = ?').pluck(),
      put: db.prepare('INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position'),
    };
  }

  static open(filename: string, synchronous: 'FULL' | 'NORMAL' = 'FULL'): SqliteCheckpointStore {
    return new SqliteCheckpointStore(openSqliteDatabase({ filename, describedAs: 'checkpoint store', synchronous, migrations: MIGRATIONS }));
  }

  async get(name: string): Promise<number> {
    return (this.statements.get.get(name) as number | undefined) ?? 0;
  }

  async put(name: string, position: number): Promise<void> {
    if (!isCheckpointPosition(position)) throw new InvalidCheckpointError(name, position);
    this.statements.put.run(name, position);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

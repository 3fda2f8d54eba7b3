import type { Pool } from 'pg';
import { type CheckpointStore, InvalidCheckpointError, isCheckpointPosition } from '@client-lifecycle/ports';
import { createPostgresPool, migratePostgres } from '../postgres';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE checkpoints (
    name     text COLLATE "C" PRIMARY KEY,
    position bigint NOT NULL CHECK (position >= 0)
  );
  `,
];

/** Named checkpoints in PostgreSQL, so a relay that moves to another host resumes where the last one stopped. */
export class PostgresCheckpointStore implements CheckpointStore {
  private closing: Promise<void> | null = null;

  private constructor(private readonly pool: Pool) {}

  /** The table goes in the connection's current schema, as the event store's do. */
  static async open(connectionString: string): Promise<PostgresCheckpointStore> {
    const pool = createPostgresPool({ connectionString, max: 1 });
    try {
      await migratePostgres(pool, { component: 'checkpoints', describedAs: 'checkpoint store', migrations: MIGRATIONS });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresCheckpointStore(pool);
  }

  async get(name: string): Promise<number> {
    const { rows } = await this.pool.query<{ position: number }>('SELECT position FROM checkpoints WHERE name = $1', [name]);
    return rows[0]?.position ?? 0;
  }

  async put(name: string, position: number): Promise<void> {
    if (!isCheckpointPosition(position)) throw new InvalidCheckpointError(name, position);
    await this.pool.query('INSERT INTO checkpoints (name, position) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET position = excluded.position', [
      name,
      position,
    ]);
  }

  async close(): Promise<void> {
    this.closing ??= this.pool.end();
    await this.closing;
  }
}

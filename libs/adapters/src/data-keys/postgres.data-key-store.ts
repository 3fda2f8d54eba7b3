import type { Pool } from 'pg';
import type { DataKeyStore, StoredDataKey } from '@client-lifecycle/ports';
import { createPostgresPool, migratePostgres } from '../postgres';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE data_keys (
    client_id     text COLLATE "C" PRIMARY KEY,
    wrapped_key   bytea,
    master_key_id text NOT NULL,
    erased_at     text
  );
  `,
];

interface Row {
  client_id: string;
  wrapped_key: Buffer | null;
  master_key_id: string;
  erased_at: string | null;
}

const toKey = (row: Row): StoredDataKey => ({
  clientId: row.client_id,
  wrappedKey: row.wrapped_key === null ? null : new Uint8Array(row.wrapped_key),
  masterKeyId: row.master_key_id,
  erasedAt: row.erased_at,
});

/** Data keys in PostgreSQL beside the event log; a VACUUM after each erasure frees the dead row that held the key. */
export class PostgresDataKeyStore implements DataKeyStore {
  private closing: Promise<void> | null = null;

  private constructor(private readonly pool: Pool) {}

  static async open(connectionString: string, poolSize = 2): Promise<PostgresDataKeyStore> {
    const pool = createPostgresPool({ connectionString, max: poolSize });
    try {
      await migratePostgres(pool, { component: 'data-keys', describedAs: 'data key store', migrations: MIGRATIONS });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresDataKeyStore(pool);
  }

  async get(clientId: string): Promise<StoredDataKey | null> {
    const { rows } = await this.pool.query<Row>('SELECT * FROM data_keys WHERE client_id = $1', [clientId]);
    return rows[0] ? toKey(rows[0]) : null;
  }

  async putIfAbsent(clientId: string, wrappedKey: Uint8Array, masterKeyId: string): Promise<StoredDataKey> {
    await this.pool.query('INSERT INTO data_keys (client_id, wrapped_key, master_key_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      clientId,
      Buffer.from(wrappedKey),
      masterKeyId,
    ]);
    return (await this.get(clientId))!; // inserted above, or already there
  }

  async destroy(clientId: string, erasedAt: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO data_keys (client_id, wrapped_key, master_key_id, erased_at) VALUES ($1, NULL, '', $2)
       ON CONFLICT (client_id) DO UPDATE SET wrapped_key = NULL, erased_at = coalesce(data_keys.erased_at, excluded.erased_at)`,
      [clientId, erasedAt],
    );
    await this.pool.query('VACUUM data_keys');
  }

  async liveKeys(after: string, first: number): Promise<StoredDataKey[]> {
    const { rows } = await this.pool.query<Row>('SELECT * FROM data_keys WHERE wrapped_key IS NOT NULL AND client_id > $1 ORDER BY client_id LIMIT $2', [
      after,
      first,
    ]);
    return rows.map(toKey);
  }

  async rewrap(clientId: string, wrappedKey: Uint8Array, masterKeyId: string): Promise<void> {
    await this.pool.query('UPDATE data_keys SET wrapped_key = $1, master_key_id = $2 WHERE client_id = $3 AND wrapped_key IS NOT NULL', [
      Buffer.from(wrappedKey),
      masterKeyId,
      clientId,
    ]);
  }

  async close(): Promise<void> {
    this.closing ??= this.pool.end();
    await this.closing;
  }
}

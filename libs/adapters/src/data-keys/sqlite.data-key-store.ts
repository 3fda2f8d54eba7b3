import type { Database } from 'better-sqlite3';
import type { DataKeyStore, StoredDataKey } from '@client-lifecycle/ports';
import { openSqliteDatabase } from '../sqlite';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE data_keys (
    client_id     TEXT PRIMARY KEY,
    wrapped_key   BLOB,
    master_key_id TEXT NOT NULL,
    erased_at     TEXT
  ) WITHOUT ROWID;
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

/**
 * Data keys in their own SQLite file. `secure_delete` overwrites a destroyed key's bytes in the
 * file, and a truncating checkpoint after each erasure drops the WAL frames that still held it.
 */
export class SqliteDataKeyStore implements DataKeyStore {
  private constructor(private readonly db: Database) {}

  static open(filename: string): SqliteDataKeyStore {
    return new SqliteDataKeyStore(
      openSqliteDatabase({ filename, describedAs: 'data key store', synchronous: 'FULL', migrations: MIGRATIONS, pragmas: ['secure_delete = ON'] }),
    );
  }

  async get(clientId: string): Promise<StoredDataKey | null> {
    const row = this.db.prepare('SELECT * FROM data_keys WHERE client_id = ?').get(clientId) as Row | undefined;
    return row ? toKey(row) : null;
  }

  async putIfAbsent(clientId: string, wrappedKey: Uint8Array, masterKeyId: string): Promise<StoredDataKey> {
    this.db
      .prepare('INSERT INTO data_keys (client_id, wrapped_key, master_key_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
      .run(clientId, Buffer.from(wrappedKey), masterKeyId);
    return (await this.get(clientId))!; // inserted above, or already there
  }

  async destroy(clientId: string, erasedAt: string): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO data_keys (client_id, wrapped_key, master_key_id, erased_at) VALUES (?, NULL, '', ?)
         ON CONFLICT (client_id) DO UPDATE SET wrapped_key = NULL, erased_at = coalesce(data_keys.erased_at, excluded.erased_at)`,
      )
      .run(clientId, erasedAt);
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async liveKeys(after: string, first: number): Promise<StoredDataKey[]> {
    const rows = this.db
      .prepare('SELECT * FROM data_keys WHERE wrapped_key IS NOT NULL AND client_id > ? ORDER BY client_id LIMIT ?')
      .all(after, first) as Row[];
    return rows.map(toKey);
  }

  async rewrap(clientId: string, wrappedKey: Uint8Array, masterKeyId: string): Promise<void> {
    this.db
      .prepare('UPDATE data_keys SET wrapped_key = ?, master_key_id = ? WHERE client_id = ? AND wrapped_key IS NOT NULL')
      .run(Buffer.from(wrappedKey), masterKeyId, clientId);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

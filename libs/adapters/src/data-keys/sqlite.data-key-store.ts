import type { Database, Statement } from 'better-sqlite3';
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

interface PendingPut {
  readonly clientId: string;
  readonly wrappedKey: Uint8Array;
  readonly masterKeyId: string;
  readonly resolve: (stored: StoredDataKey) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Data keys in their own SQLite file. `secure_delete` overwrites a destroyed key's bytes in the
 * file, and a truncating checkpoint after each erasure drops the WAL frames that still held it.
 *
 * New keys are written by group commit, like the event log's appends: the keys asked for while
 * a transaction is being written go in the next one, so the first commands on many clients at
 * once (a log written before encryption was on, an import) pay one fsync for all their keys
 * instead of one each, on the event loop. Each is answered only once its transaction is durable.
 */
export class SqliteDataKeyStore implements DataKeyStore {
  private readonly statements: ReturnType<typeof prepare>;
  private pending: PendingPut[] = [];
  private flushScheduled = false;

  private constructor(private readonly db: Database) {
    this.statements = prepare(db);
  }

  static open(filename: string): SqliteDataKeyStore {
    return new SqliteDataKeyStore(
      openSqliteDatabase({ filename, describedAs: 'data key store', synchronous: 'FULL', migrations: MIGRATIONS, pragmas: ['secure_delete = ON'] }),
    );
  }

  async get(clientId: string): Promise<StoredDataKey | null> {
    const row = this.statements.get.get(clientId) as Row | undefined;
    return row ? toKey(row) : null;
  }

  putIfAbsent(clientId: string, wrappedKey: Uint8Array, masterKeyId: string): Promise<StoredDataKey> {
    return new Promise((resolve, reject) => {
      this.pending.push({ clientId, wrappedKey, masterKeyId, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
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

  /** Writes the keys already asked for, then closes the file. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    this.flush();
    this.db.close();
  }

  /** One transaction for every key asked for since the last one: each inserted, or the one already there kept. */
  private flush(): void {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let stored: StoredDataKey[];
    try {
      stored = this.db
        .transaction(() =>
          batch.map(({ clientId, wrappedKey, masterKeyId }) => {
            this.statements.insert.run(clientId, Buffer.from(wrappedKey), masterKeyId);
            return toKey(this.statements.get.get(clientId) as Row); // inserted above, or already there
          }),
        )
        .immediate();
    } catch (error) {
      for (const put of batch) put.reject(error);
      return;
    }
    batch.forEach((put, index) => put.resolve(stored[index]));
  }
}

function prepare(db: Database): { readonly get: Statement; readonly insert: Statement } {
  return {
    get: db.prepare('SELECT * FROM data_keys WHERE client_id = ?'),
    insert: db.prepare('INSERT INTO data_keys (client_id, wrapped_key, master_key_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'),
  };
}

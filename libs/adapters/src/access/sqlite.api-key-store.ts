import type { Database } from 'better-sqlite3';
import type { ApiKeyStore, StoredApiKey } from '@client-lifecycle/ports';
import { openSqliteDatabase } from '../sqlite';
import { API_KEY_COLUMNS, type ApiKeyRow, toStoredApiKey } from './api-key.row';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE api_keys (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    roles       TEXT NOT NULL,
    prefix      TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT,
    revoked_at  TEXT,
    created_by  TEXT NOT NULL,
    seq         INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX api_keys_by_prefix ON api_keys (prefix);
  `,
];

type Row = ApiKeyRow<string>;

const toKey = (row: Row): StoredApiKey => toStoredApiKey(row, JSON.parse(row.roles) as string[]); // written by insert() from a string array

/** API keys in their own SQLite file in DATA_DIR. */
export class SqliteApiKeyStore implements ApiKeyStore {
  private readonly statements;

  private constructor(private readonly db: Database) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO api_keys (${API_KEY_COLUMNS}, seq)
         VALUES (@id, @name, @roles, @prefix, @secretHash, @createdAt, @expiresAt, @revokedAt, @createdBy, (SELECT coalesce(max(seq), 0) + 1 FROM api_keys))`,
      ),
      findById: db.prepare(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE id = ?`),
      findByPrefix: db.prepare(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE prefix = ? ORDER BY seq`),
      list: db.prepare(`SELECT ${API_KEY_COLUMNS} FROM api_keys ORDER BY seq`),
      revoke: db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    };
  }

  static open(filename: string, synchronous: 'FULL' | 'NORMAL' = 'FULL'): SqliteApiKeyStore {
    return new SqliteApiKeyStore(openSqliteDatabase({ filename, describedAs: 'API key store', synchronous, migrations: MIGRATIONS }));
  }

  async insert(key: StoredApiKey): Promise<void> {
    this.statements.insert.run({ ...key, roles: JSON.stringify(key.roles) });
  }

  async findById(id: string): Promise<StoredApiKey | null> {
    const row = this.statements.findById.get(id) as Row | undefined;
    return row ? toKey(row) : null;
  }

  async findByPrefix(prefix: string): Promise<StoredApiKey[]> {
    return (this.statements.findByPrefix.all(prefix) as Row[]).map(toKey);
  }

  async list(): Promise<StoredApiKey[]> {
    return (this.statements.list.all() as Row[]).map(toKey);
  }

  async revoke(id: string, revokedAt: string): Promise<boolean> {
    return this.statements.revoke.run(revokedAt, id).changes === 1;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

import type { Pool } from 'pg';
import type { ApiKeyStore, StoredApiKey } from '@client-lifecycle/ports';
import { createPostgresPool, migratePostgres } from '../postgres';
import { API_KEY_COLUMNS, type ApiKeyRow, toStoredApiKey } from './api-key.row';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE api_keys (
    id          text COLLATE "C" PRIMARY KEY,
    name        text NOT NULL,
    roles       text[] NOT NULL,
    prefix      text COLLATE "C" NOT NULL,
    secret_hash text NOT NULL,
    created_at  text NOT NULL,
    expires_at  text,
    revoked_at  text,
    created_by  text NOT NULL,
    seq         bigserial NOT NULL
  );
  CREATE INDEX api_keys_by_prefix ON api_keys (prefix);
  `,
];

type Row = ApiKeyRow<string[]>;

const toKey = (row: Row): StoredApiKey => toStoredApiKey(row, row.roles);

/** API keys in PostgreSQL, shared by every API replica (READ_MODEL_STORE=postgres). */
export class PostgresApiKeyStore implements ApiKeyStore {
  private closing: Promise<void> | null = null;

  private constructor(private readonly pool: Pool) {}

  static async open(connectionString: string, poolSize = 2): Promise<PostgresApiKeyStore> {
    const pool = createPostgresPool({ connectionString, max: poolSize });
    try {
      await migratePostgres(pool, { component: 'api-keys', describedAs: 'API key store', migrations: MIGRATIONS });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresApiKeyStore(pool);
  }

  async insert(key: StoredApiKey): Promise<void> {
    await this.pool.query(`INSERT INTO api_keys (${API_KEY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
      key.id,
      key.name,
      [...key.roles],
      key.prefix,
      key.secretHash,
      key.createdAt,
      key.expiresAt,
      key.revokedAt,
      key.createdBy,
    ]);
  }

  async findById(id: string): Promise<StoredApiKey | null> {
    const { rows } = await this.pool.query<Row>(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE id = $1`, [id]);
    return rows[0] ? toKey(rows[0]) : null;
  }

  async findByPrefix(prefix: string): Promise<StoredApiKey[]> {
    const { rows } = await this.pool.query<Row>(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE prefix = $1 ORDER BY seq`, [prefix]);
    return rows.map(toKey);
  }

  async list(): Promise<StoredApiKey[]> {
    const { rows } = await this.pool.query<Row>(`SELECT ${API_KEY_COLUMNS} FROM api_keys ORDER BY seq`);
    return rows.map(toKey);
  }

  async revoke(id: string, revokedAt: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [revokedAt, id]);
    return rowCount === 1;
  }

  async close(): Promise<void> {
    this.closing ??= this.pool.end();
    await this.closing;
  }
}

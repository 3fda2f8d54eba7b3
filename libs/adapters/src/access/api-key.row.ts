import type { StoredApiKey } from '@client-lifecycle/ports';

/** An API key as the SQL stores (SQLite, PostgreSQL) keep it: the same columns in both; only how roles are held differs. */
export interface ApiKeyRow<Roles> {
  id: string;
  name: string;
  roles: Roles;
  prefix: string;
  secret_hash: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  created_by: string;
}

export const API_KEY_COLUMNS = 'id, name, roles, prefix, secret_hash, created_at, expires_at, revoked_at, created_by';

export const toStoredApiKey = (row: ApiKeyRow<unknown>, roles: string[]): StoredApiKey => ({
  id: row.id,
  name: row.name,
  roles,
  prefix: row.prefix,
  secretHash: row.secret_hash,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
  createdBy: row.created_by,
});

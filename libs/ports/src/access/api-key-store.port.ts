export const API_KEY_STORE = Symbol('ApiKeyStore');

/** An API key as stored: never the secret, only its scrypt hash and the short prefix people recognise it by. */
export interface StoredApiKey {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  /** The first characters of the secret: shown in lists, and the index a presented secret is looked up by. */
  readonly prefix: string;
  /** `scrypt$<salt base64url>$<hash base64url>`. */
  readonly secretHash: string;
  /** ISO 8601 instants. */
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  /** The principal that created it (`api-key:<id>`, `jwt:<subject>` or `system` for the first-run key). */
  readonly createdBy: string;
}

/** Where API keys live; every process of a deployment reads the same store, so a revocation reaches all of them. */
export interface ApiKeyStore {
  /** Refuses (rejects) a second key with the same id. */
  insert(key: StoredApiKey): Promise<void>;
  findById(id: string): Promise<StoredApiKey | null>;
  /** Candidates for a presented secret: every key (revoked or not) whose prefix is this one. */
  findByPrefix(prefix: string): Promise<StoredApiKey[]>;
  /** Every key, oldest first. */
  list(): Promise<StoredApiKey[]>;
  /** Marks the key revoked at that instant; false when there is no such key or it was already revoked. */
  revoke(id: string, revokedAt: string): Promise<boolean>;
  close(): Promise<void>;
}

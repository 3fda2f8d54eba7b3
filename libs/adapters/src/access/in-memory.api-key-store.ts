import type { ApiKeyStore, StoredApiKey } from '@client-lifecycle/ports';

/** Keys for one process's lifetime: EVENT_STORE=memory and tests. */
export class InMemoryApiKeyStore implements ApiKeyStore {
  private readonly keys = new Map<string, StoredApiKey>();

  async insert(key: StoredApiKey): Promise<void> {
    if (this.keys.has(key.id)) throw new Error(`API key ${key.id} already exists`);
    this.keys.set(key.id, { ...key, roles: [...key.roles] });
  }

  async findById(id: string): Promise<StoredApiKey | null> {
    return this.keys.get(id) ?? null;
  }

  async findByPrefix(prefix: string): Promise<StoredApiKey[]> {
    return [...this.keys.values()].filter((key) => key.prefix === prefix);
  }

  async list(): Promise<StoredApiKey[]> {
    return [...this.keys.values()];
  }

  async revoke(id: string, revokedAt: string): Promise<boolean> {
    const key = this.keys.get(id);
    if (!key || key.revokedAt !== null) return false;
    this.keys.set(id, { ...key, revokedAt });
    return true;
  }

  async close(): Promise<void> {}
}

import type { DataKeyStore, StoredDataKey } from '@client-lifecycle/ports';

export class InMemoryDataKeyStore implements DataKeyStore {
  private readonly keys = new Map<string, StoredDataKey>();

  async get(clientId: string): Promise<StoredDataKey | null> {
    return this.keys.get(clientId) ?? null;
  }

  async putIfAbsent(clientId: string, wrappedKey: Uint8Array, masterKeyId: string): Promise<StoredDataKey> {
    const existing = this.keys.get(clientId);
    if (existing) return existing;
    const stored = { clientId, wrappedKey: Uint8Array.from(wrappedKey), masterKeyId, erasedAt: null };
    this.keys.set(clientId, stored);
    return stored;
  }

  async destroy(clientId: string, erasedAt: string): Promise<void> {
    const existing = this.keys.get(clientId);
    if (existing?.erasedAt) return;
    this.keys.set(clientId, { clientId, wrappedKey: null, masterKeyId: existing?.masterKeyId ?? '', erasedAt });
  }

  async liveKeys(after: string, first: number): Promise<StoredDataKey[]> {
    return [...this.keys.values()]
      .filter((key) => key.wrappedKey !== null && key.clientId > after)
      .sort((a, b) => (a.clientId < b.clientId ? -1 : 1))
      .slice(0, first);
  }

  async rewrap(clientId: string, wrappedKey: Uint8Array, masterKeyId: string): Promise<void> {
    const existing = this.keys.get(clientId);
    if (existing?.wrappedKey) this.keys.set(clientId, { ...existing, wrappedKey: Uint8Array.from(wrappedKey), masterKeyId });
  }

  async close(): Promise<void> {}
}

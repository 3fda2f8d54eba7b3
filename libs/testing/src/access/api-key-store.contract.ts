import type { ApiKeyStore, StoredApiKey } from '@client-lifecycle/ports';

export interface ApiKeyStoreContractHarness {
  create(): Promise<ApiKeyStore>;
  /** Closes and opens the store again over the same storage; absent for volatile stores. */
  reopen?(store: ApiKeyStore): Promise<ApiKeyStore>;
  /** A second store over the same storage, as another API replica would open it; absent for volatile stores. */
  openAnother?(store: ApiKeyStore): Promise<ApiKeyStore>;
}

const key = (id: string, prefix: string, overrides: Partial<StoredApiKey> = {}): StoredApiKey => ({
  id,
  name: `key ${id}`,
  roles: ['VIEWER', 'AGENT'],
  prefix,
  secretHash: `scrypt$salt-${id}$hash-${id}`,
  createdAt: '2026-03-01T09:00:00.000Z',
  expiresAt: null,
  revokedAt: null,
  createdBy: 'system',
  ...overrides,
});

export function describeApiKeyStoreContract(adapter: string, harness: ApiKeyStoreContractHarness): void {
  describe(`${adapter} API key store contract`, () => {
    let store: ApiKeyStore;

    beforeEach(async () => {
      store = await harness.create();
    });

    afterEach(async () => {
      await store.close();
    });

    it('starts empty', async () => {
      expect(await store.list()).toEqual([]);
      expect(await store.findById('K-1')).toBeNull();
      expect(await store.findByPrefix('clk_abcd')).toEqual([]);
    });

    it('reads a key back whole by id and by prefix, roles in the order given', async () => {
      const one = key('K-1', 'clk_abcd', { roles: ['MANAGER', 'FINANCE'], expiresAt: '2027-01-01T00:00:00.000Z' });
      await store.insert(one);

      expect(await store.findById('K-1')).toEqual(one);
      expect(await store.findByPrefix('clk_abcd')).toEqual([one]);
    });

    it('lists keys oldest first and finds every key sharing a prefix', async () => {
      await store.insert(key('K-2', 'clk_same'));
      await store.insert(key('K-1', 'clk_same'));
      await store.insert(key('K-3', 'clk_othr'));

      expect((await store.list()).map((k) => k.id)).toEqual(['K-2', 'K-1', 'K-3']);
      expect((await store.findByPrefix('clk_same')).map((k) => k.id)).toEqual(['K-2', 'K-1']);
    });

    it('refuses a second key with the same id and keeps the first', async () => {
      await store.insert(key('K-1', 'clk_abcd'));

      // Duck-typed: better-sqlite3's error class belongs to the realm of whichever test file loaded the addon first, so toThrow() misses it at times.
      await expect(store.insert(key('K-1', 'clk_wxyz', { name: 'impostor' }))).rejects.toHaveProperty('message', expect.any(String));
      expect((await store.findById('K-1'))?.name).toBe('key K-1');
    });

    it('revokes once: the key stays listed with the instant of its revocation', async () => {
      await store.insert(key('K-1', 'clk_abcd'));

      expect(await store.revoke('K-1', '2026-03-02T10:00:00.000Z')).toBe(true);
      expect(await store.revoke('K-1', '2026-03-03T10:00:00.000Z')).toBe(false);
      expect(await store.revoke('K-404', '2026-03-03T10:00:00.000Z')).toBe(false);
      expect((await store.findById('K-1'))?.revokedAt).toBe('2026-03-02T10:00:00.000Z');
      expect((await store.findByPrefix('clk_abcd'))[0].revokedAt).toBe('2026-03-02T10:00:00.000Z');
    });

    if (harness.reopen)
      it('keeps keys and revocations across a restart', async () => {
        await store.insert(key('K-1', 'clk_abcd'));
        await store.revoke('K-1', '2026-03-02T10:00:00.000Z');
        store = await harness.reopen!(store);

        expect(await store.findById('K-1')).toEqual(key('K-1', 'clk_abcd', { revokedAt: '2026-03-02T10:00:00.000Z' }));
      });

    if (harness.openAnother)
      it('shows a revocation made through one store to another over the same storage', async () => {
        const other = await harness.openAnother!(store);
        try {
          await store.insert(key('K-1', 'clk_abcd'));
          expect((await other.findById('K-1'))?.revokedAt).toBeNull();

          await store.revoke('K-1', '2026-03-02T10:00:00.000Z');

          expect((await other.findById('K-1'))?.revokedAt).toBe('2026-03-02T10:00:00.000Z');
        } finally {
          await other.close();
        }
      });
  });
}

import type { DataKeyStore } from '@client-lifecycle/ports';

export interface DataKeyStoreContractHarness {
  create(): Promise<DataKeyStore>;
  /** Closes and opens the store again over the same storage; absent for volatile stores. */
  reopen?(store: DataKeyStore): Promise<DataKeyStore>;
}

const bytes = (fill: number) => new Uint8Array(60).fill(fill);

export function describeDataKeyStoreContract(adapter: string, harness: DataKeyStoreContractHarness): void {
  describe(`${adapter} data key store contract`, () => {
    let store: DataKeyStore;

    beforeEach(async () => {
      store = await harness.create();
    });

    afterEach(() => store.close());

    it('knows no key for a client it never saw', async () => {
      expect(await store.get('c-1')).toBeNull();
    });

    it('keeps the first key put for a client: a second writer gets the first one back', async () => {
      const first = await store.putIfAbsent('c-1', bytes(1), 'm-1');
      const second = await store.putIfAbsent('c-1', bytes(2), 'm-1');

      expect(first.wrappedKey).toEqual(bytes(1));
      expect(second.wrappedKey).toEqual(bytes(1));
      expect((await store.get('c-1'))?.wrappedKey).toEqual(bytes(1));
    });

    it('destroys a key for good: a tombstone stays and no new key can be put', async () => {
      await store.putIfAbsent('c-1', bytes(1), 'm-1');
      await store.destroy('c-1', '2026-11-27T10:00:00.000Z');
      await store.destroy('c-1', '2026-11-28T10:00:00.000Z');
      const after = await store.putIfAbsent('c-1', bytes(3), 'm-1');

      expect(after).toMatchObject({ wrappedKey: null, erasedAt: '2026-11-27T10:00:00.000Z' });
      expect(await store.get('c-1')).toMatchObject({ wrappedKey: null, erasedAt: '2026-11-27T10:00:00.000Z' });
    });

    it('erases a client that never had a key, so none is ever made', async () => {
      await store.destroy('c-9', '2026-11-27T10:00:00.000Z');

      expect((await store.putIfAbsent('c-9', bytes(1), 'm-1')).wrappedKey).toBeNull();
    });

    it('walks live keys in client id order for a rotation, and rewraps them; erased ones stay erased', async () => {
      for (const id of ['c-3', 'c-1', 'c-2']) await store.putIfAbsent(id, bytes(1), 'm-1');
      await store.destroy('c-2', '2026-11-27T10:00:00.000Z');

      const page = await store.liveKeys('', 10);
      expect(page.map((key) => key.clientId)).toEqual(['c-1', 'c-3']);
      expect((await store.liveKeys('c-1', 10)).map((key) => key.clientId)).toEqual(['c-3']);

      await store.rewrap('c-1', bytes(7), 'm-2');
      await store.rewrap('c-2', bytes(7), 'm-2');
      expect(await store.get('c-1')).toMatchObject({ wrappedKey: bytes(7), masterKeyId: 'm-2' });
      expect((await store.get('c-2'))?.wrappedKey).toBeNull();
    });

    if (harness.reopen) {
      const reopen = harness.reopen;
      it('keeps keys and tombstones across a restart', async () => {
        await store.putIfAbsent('c-1', bytes(1), 'm-1');
        await store.destroy('c-2', '2026-11-27T10:00:00.000Z');
        store = await reopen(store);

        expect((await store.get('c-1'))?.wrappedKey).toEqual(bytes(1));
        expect((await store.get('c-2'))?.wrappedKey).toBeNull();
      });
    }
  });
}

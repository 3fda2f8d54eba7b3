import { CheckpointErrorCode, type CheckpointStore } from '@client-lifecycle/ports';

export interface CheckpointStoreContractHarness {
  create(): Promise<CheckpointStore>;
  /** Closes and opens the store again over the same storage; absent for volatile stores. */
  reopen?(store: CheckpointStore): Promise<CheckpointStore>;
}

export function describeCheckpointStoreContract(adapter: string, harness: CheckpointStoreContractHarness): void {
  describe(`${adapter} checkpoint store contract`, () => {
    let store: CheckpointStore;

    beforeEach(async () => {
      store = await harness.create();
    });

    afterEach(async () => {
      await store.close();
    });

    it('answers 0 for a name never stored', async () => {
      expect(await store.get('kafka-relay')).toBe(0);
    });

    it('keeps the last position stored under each name, independently', async () => {
      await store.put('kafka-relay', 10);
      await store.put('kafka-relay', 25);
      await store.put('other', 3);

      expect(await store.get('kafka-relay')).toBe(25);
      expect(await store.get('other')).toBe(3);
    });

    it('stores a position back to 0, for a subscriber started over', async () => {
      await store.put('kafka-relay', 7);
      await store.put('kafka-relay', 0);

      expect(await store.get('kafka-relay')).toBe(0);
    });

    it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('refuses position %p with a stable code and keeps the stored one', async (position) => {
      await store.put('kafka-relay', 4);

      await expect(store.put('kafka-relay', position)).rejects.toMatchObject({ code: CheckpointErrorCode.InvalidPosition });
      expect(await store.get('kafka-relay')).toBe(4);
    });

    if (harness.reopen) {
      const reopen = harness.reopen;
      it('keeps its positions across a reopen', async () => {
        await store.put('kafka-relay', 42);

        store = await reopen(store);

        expect(await store.get('kafka-relay')).toBe(42);
      });
    }
  });
}

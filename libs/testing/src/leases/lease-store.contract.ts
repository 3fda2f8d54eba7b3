import type { Lease, LeaseStore } from '@client-lifecycle/ports';

export interface LeaseStoreContractHarness {
  /** A store for one process of the deployment; every store of a run shares the same leases. */
  create(owner: string): Promise<LeaseStore>;
  /** Ends the holder as its process dying would: nothing is released, the connection or file lock just goes. */
  crash(store: LeaseStore): Promise<void>;
}

/** A crashed holder's lease comes free when the server or the operating system notices; poll for it. */
async function acquiredEventually(store: LeaseStore, name: string): Promise<Lease> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const lease = await store.tryAcquire(name);
    if (lease) return lease;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`lease ${name} never came free`);
}

/** One suite, every lease adapter: at most one holder per name across processes, and takeover when it dies. */
export function describeLeaseStoreContract(adapter: string, harness: LeaseStoreContractHarness): void {
  describe(`${adapter} lease store contract`, () => {
    const stores: LeaseStore[] = [];
    const open = async (owner: string) => {
      const store = await harness.create(owner);
      stores.push(store);
      return store;
    };

    afterEach(async () => {
      await Promise.all(stores.splice(0).map((store) => store.close()));
    });

    it('grants a free lease, and refuses it to everyone else while it is held', async () => {
      const [first, second] = [await open('first'), await open('second')];

      const lease = await first.tryAcquire('projector');

      expect(lease).toMatchObject({ name: 'projector', owner: 'first' });
      expect(await second.tryAcquire('projector')).toBeNull();
      expect(await first.tryAcquire('projector')).toBeNull();
      expect(await lease!.renew()).toBe(true);
    });

    it('lets exactly one of many contenders win', async () => {
      const contenders = await Promise.all(Array.from({ length: 5 }, (_, index) => open(`contender-${index}`)));

      const leases = await Promise.all(contenders.map((store) => store.tryAcquire('relay')));

      expect(leases.filter((lease) => lease !== null)).toHaveLength(1);
    });

    it('keeps leases of different names apart', async () => {
      const [first, second] = [await open('first'), await open('second')];

      expect(await first.tryAcquire('projector')).not.toBeNull();
      expect(await second.tryAcquire('scheduler')).not.toBeNull();
      expect(await second.tryAcquire('projector')).toBeNull();
      expect(await first.tryAcquire('scheduler')).toBeNull();
    });

    it('hands a released lease to the next contender', async () => {
      const [first, second] = [await open('first'), await open('second')];
      const lease = await first.tryAcquire('saga');

      await lease!.release();

      expect(await second.tryAcquire('saga')).toMatchObject({ name: 'saga', owner: 'second' });
      expect(await lease!.renew()).toBe(false);
    });

    it('hands the lease of a holder that died to a standby, and the dead holder cannot renew it', async () => {
      const [holder, standby] = [await open('holder'), await open('standby')];
      const lease = await holder.tryAcquire('projector');
      expect(await standby.tryAcquire('projector')).toBeNull();

      await harness.crash(holder);

      expect(await acquiredEventually(standby, 'projector')).toMatchObject({ owner: 'standby' });
      expect(await lease!.renew()).toBe(false);
    });

    it('releases every lease it holds when closed', async () => {
      const [first, second] = [await open('first'), await open('second')];
      await first.tryAcquire('projector');
      await first.tryAcquire('scheduler');

      await first.close();

      expect(await acquiredEventually(second, 'projector')).not.toBeNull();
      expect(await acquiredEventually(second, 'scheduler')).not.toBeNull();
    });
  });
}

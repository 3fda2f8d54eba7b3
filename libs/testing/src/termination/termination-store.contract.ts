import { evolveTermination, initialTerminationState, type TerminationProcess, TerminationReason, TerminationStatus } from '@client-lifecycle/domain';
import type { TerminationRecord, TerminationStore } from '@client-lifecycle/ports';

export interface TerminationStoreContractHarness {
  create(): Promise<TerminationStore>;
  /** Closes and opens the store again over the same storage; absent for volatile stores. */
  reopen?(store: TerminationStore): Promise<TerminationStore>;
}

const proposal = (terminationId: string, clientId: string): TerminationProcess =>
  evolveTermination(initialTerminationState(), {
    type: 'TerminationProposed',
    data: {
      terminationId,
      clientId,
      reason: TerminationReason.NonPayment,
      explanation: 'Unpaid for 90 days',
      proposedBy: 'alice',
      proposedOn: '2026-03-01',
      evidence: {
        asOf: '2026-03-01',
        riskScore: 70,
        riskBand: 'RED',
        recommendation: 'PROPOSE_TERMINATION',
        archetypes: ['NON_PAYER'],
        topFactors: [],
        currency: 'EUR',
        outstandingMinor: 1,
        overdueMinor: 1,
        contributionMarginMinor: -1,
        contributionMarginPercent: null,
      },
    },
  }) as TerminationProcess; // a proposal always starts a running process

const record = (terminationId: string, clientId: string, proposedAt: number, status = TerminationStatus.Proposed): TerminationRecord => ({
  state: { ...proposal(terminationId, clientId), status },
  proposedAt,
  lastPosition: proposedAt,
  lastRecordedAt: '2026-03-01T09:00:00.000Z',
});

export function describeTerminationStoreContract(adapter: string, harness: TerminationStoreContractHarness): void {
  describe(`${adapter} termination store contract`, () => {
    let store: TerminationStore;

    beforeEach(async () => {
      store = await harness.create();
    });

    afterEach(async () => {
      await store.close();
    });

    it('starts empty at checkpoint 0', async () => {
      expect(await store.checkpoint()).toBe(0);
      expect(await store.get('T-1')).toBeNull();
      expect(await store.list(undefined, 10, 0)).toEqual({ rows: [], hasNextPage: false, totalCount: 0 });
    });

    it('stores records with the checkpoint and reads them back whole', async () => {
      const one = record('T-1', 'acme', 3);
      await store.commit([one], 3);

      expect(await store.checkpoint()).toBe(3);
      expect(await store.get('T-1')).toEqual(one);
    });

    it('replaces a record when it moves on', async () => {
      await store.commit([record('T-1', 'acme', 3)], 3);
      const approved = { ...record('T-1', 'acme', 3, TerminationStatus.Approved), lastPosition: 9 };
      await store.commit([approved], 9);

      expect(await store.get('T-1')).toEqual(approved);
      expect((await store.list(TerminationStatus.Proposed, 10, 0)).totalCount).toBe(0);
    });

    it("finds a client's latest termination", async () => {
      await store.commit([record('T-1', 'acme', 3, TerminationStatus.Cancelled), record('T-2', 'acme', 8), record('T-3', 'globex', 9)], 9);

      expect((await store.latestForClient('acme'))?.state.terminationId).toBe('T-2');
      expect(await store.latestForClient('initech')).toBeNull();
    });

    it('lists by status, oldest proposal first, a page at a time', async () => {
      await store.commit([record('T-3', 'c', 30), record('T-1', 'a', 10), record('T-2', 'b', 20, TerminationStatus.Offboarded), record('T-4', 'd', 40)], 40);

      const firstPage = await store.list(TerminationStatus.Proposed, 2, 0);
      expect(firstPage.rows.map((row) => row.state.terminationId)).toEqual(['T-1', 'T-3']);
      expect(firstPage).toMatchObject({ hasNextPage: true, totalCount: 3 });
      const lastPage = await store.list(TerminationStatus.Proposed, 2, 2);
      expect(lastPage.rows.map((row) => row.state.terminationId)).toEqual(['T-4']);
      expect(lastPage.hasNextPage).toBe(false);
      expect((await store.list(undefined, 10, 0)).rows.map((row) => row.state.terminationId)).toEqual(['T-1', 'T-2', 'T-3', 'T-4']);
    });

    it('hands out copies: changing what was read changes nothing stored', async () => {
      await store.commit([record('T-1', 'acme', 3)], 3);
      const read = await store.get('T-1');
      (read!.state as { explanation: string }).explanation = 'changed'; // read above, so present

      expect((await store.get('T-1'))?.state.explanation).toBe('Unpaid for 90 days');
    });

    if (harness.reopen) {
      const reopen = harness.reopen;
      it('keeps records and checkpoint across a reopen', async () => {
        await store.commit([record('T-1', 'acme', 3)], 5);
        store = await reopen(store);

        expect(await store.checkpoint()).toBe(5);
        expect((await store.get('T-1'))?.state.clientId).toBe('acme');
      });

      it('keeps a checkpoint moved past events that changed no termination, and the records committed after it, across a reopen', async () => {
        await store.commit([record('T-1', 'acme', 3)], 5);
        await store.commit([], 8);
        await store.commit([record('T-2', 'globex', 9)], 9);
        await store.commit([], 12);
        store = await reopen(store);

        expect(await store.checkpoint()).toBe(12);
        expect((await store.get('T-1'))?.state.clientId).toBe('acme');
        expect((await store.get('T-2'))?.state.clientId).toBe('globex');
      });
    }
  });
}

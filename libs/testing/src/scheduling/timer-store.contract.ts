import { type Timer, TimerKind } from '@client-lifecycle/domain';
import { type TimerStore, TimerOutcome } from '@client-lifecycle/ports';

export interface TimerStoreContractHarness {
  create(): Promise<TimerStore>;
  /** Closes and opens the store again over the same storage; absent for volatile stores. */
  reopen?(store: TimerStore): Promise<TimerStore>;
}

const aTimer = (timerId: string, dueOn: string): Timer => ({
  timerId,
  clientId: 'acme',
  kind: TimerKind.InvoiceAging,
  dueOn,
  subject: 'INV-1',
  bucket: 'DAYS_1_30',
});

export function describeTimerStoreContract(adapter: string, harness: TimerStoreContractHarness): void {
  describe(`${adapter} timer store contract`, () => {
    let store: TimerStore;

    beforeEach(async () => {
      store = await harness.create();
    });

    afterEach(async () => {
      await store.close();
    });

    it('starts at checkpoint 0 with nothing due', async () => {
      expect(await store.checkpoint()).toBe(0);
      expect(await store.due('2999-12-31', 10)).toEqual([]);
      expect(await store.nextDueOn()).toBeNull();
    });

    it('stores timers with the checkpoint they were projected up to', async () => {
      await store.schedule([aTimer('b', '2026-03-02'), aTimer('a', '2026-03-01')], 7);

      expect(await store.checkpoint()).toBe(7);
      expect(await store.nextDueOn()).toBe('2026-03-01');
    });

    it('hands out the timers due by a day, earliest first, up to a limit', async () => {
      await store.schedule([aTimer('c', '2026-03-03'), aTimer('b', '2026-03-02'), aTimer('a', '2026-03-01')], 3);

      expect((await store.due('2026-03-02', 10)).map((timer) => timer.timerId)).toEqual(['a', 'b']);
      expect((await store.due('2026-03-03', 1)).map((timer) => timer.timerId)).toEqual(['a']);
      expect(await store.due('2026-03-01', 10)).toEqual([aTimer('a', '2026-03-01')]);
    });

    it("hands out due timers client by client, each client's earliest first, for catch-up batches of whole clients", async () => {
      const of = (timerId: string, clientId: string, dueOn: string) => ({ ...aTimer(timerId, dueOn), clientId });
      await store.schedule(
        [of('t1', 'b', '2026-03-01'), of('t2', 'a', '2026-03-03'), of('t3', 'b', '2026-02-01'), of('t4', 'a', '2026-03-02'), of('t5', 'c', '2026-04-01')],
        1,
      );

      expect((await store.dueByClient('2026-03-31', 10)).map((timer) => timer.timerId)).toEqual(['t4', 't2', 't3', 't1']);
      expect((await store.dueByClient('2026-03-31', 3)).map((timer) => timer.timerId)).toEqual(['t4', 't2', 't3']);
      await store.markAllFired([{ timerId: 't4', outcome: TimerOutcome.Recorded }], '2026-03-31T00:00:00Z');
      expect((await store.dueByClient('2026-03-31', 10)).map((timer) => timer.timerId)).toEqual(['t2', 't3', 't1']);
    });

    it('keeps a timer scheduled twice as one', async () => {
      await store.schedule([aTimer('a', '2026-03-01')], 1);
      await store.schedule([aTimer('a', '2026-03-01')], 2);

      expect(await store.due('2026-03-01', 10)).toHaveLength(1);
    });

    it('never hands out a fired timer again, nor schedules it anew', async () => {
      await store.schedule([aTimer('a', '2026-03-01'), aTimer('b', '2026-03-05')], 2);
      await store.markFired('a', TimerOutcome.Recorded, '2026-03-01T00:00:01Z');
      await store.schedule([aTimer('a', '2026-03-01')], 3);

      expect(await store.due('2026-03-31', 10)).toEqual([aTimer('b', '2026-03-05')]);
      expect(await store.nextDueOn()).toBe('2026-03-05');
    });

    it('marks a batch of timers fired at once, one fired before included', async () => {
      await store.schedule([aTimer('a', '2026-03-01'), aTimer('b', '2026-03-02'), aTimer('c', '2026-03-03'), aTimer('d', '2026-03-20')], 2);
      await store.markFired('a', TimerOutcome.NothingDue, '2026-03-01T00:00:01Z');

      await store.markAllFired(
        [
          { timerId: 'a', outcome: TimerOutcome.Recorded },
          { timerId: 'b', outcome: TimerOutcome.Recorded },
          { timerId: 'c', outcome: TimerOutcome.NothingDue },
        ],
        '2026-03-04T00:00:01Z',
      );
      await store.markAllFired([], '2026-03-04T00:00:02Z');

      expect(await store.due('2026-03-31', 10)).toEqual([aTimer('d', '2026-03-20')]);
      expect(await store.nextDueOn()).toBe('2026-03-20');
    });

    if (harness.reopen) {
      const reopen = harness.reopen;
      it('keeps timers, fired marks and the checkpoint across a restart', async () => {
        await store.schedule([aTimer('a', '2026-03-01'), aTimer('b', '2026-03-05')], 9);
        await store.markFired('a', TimerOutcome.NothingDue, '2026-03-01T00:00:01Z');

        store = await reopen(store);

        expect(await store.checkpoint()).toBe(9);
        expect(await store.due('2026-03-31', 10)).toEqual([aTimer('b', '2026-03-05')]);
      });
    }
  });
}

import { ReminderChannel, ReminderStep, WorklistAction, WorklistContact, type WorklistEntry } from '@client-lifecycle/domain';
import { type WorklistClient, worklistKey, type WorklistStore } from '@client-lifecycle/ports';

const entry = (clientId: string, dueOn: string, priority: number, overrides: Partial<WorklistEntry> = {}): WorklistEntry => ({
  entryId: `${clientId}/INV-1/FRIENDLY`,
  clientId,
  clientName: `Client ${clientId} ünïcode €`,
  currency: 'EUR',
  action: WorklistAction.FriendlyReminder,
  step: ReminderStep.Friendly,
  invoiceId: 'INV-1',
  dueOn,
  daysPastDue: 1,
  invoices: [{ invoiceId: 'INV-1', dueDate: '2026-02-09', openBalanceMinor: 100_000 }],
  totalMinor: 100_000,
  channel: ReminderChannel.Email,
  contact: WorklistContact.AccountsPayable,
  askForDate: false,
  riskScore: 40,
  priority,
  ...overrides,
});

const client = (clientId: string, entries: WorklistEntry[], refreshOn: string | null = '2026-03-10'): WorklistClient => ({
  clientId,
  entries,
  asOf: '2026-03-01',
  refreshOn,
});

/** What every worklist store guarantees, whatever keeps the rows. */
export function describeWorklistStoreContract(adapter: string, create: () => Promise<WorklistStore>): void {
  describe(`${adapter} worklist store contract`, () => {
    let store: WorklistStore;
    const a = entry('a', '2026-03-01', 500);
    const b = entry('b', '2026-03-05', 900, { action: WorklistAction.FirmReminder, step: ReminderStep.Firm, channel: ReminderChannel.Call });
    const c = entry('c', '2026-03-20', 2_000);
    const d = entry('d', '2026-02-20', 500);

    beforeEach(async () => {
      store = await create();
      await store.commit([client('a', [a]), client('b', [b]), client('c', [c], null), client('d', [d], '2026-03-05')], 7);
    });

    afterEach(async () => {
      await store.close();
    });

    it('lists the entries due on or before the day, highest priority first, ties by entry id, as they were written', async () => {
      expect(await store.checkpoint()).toBe(7);
      expect(await store.list('2026-03-05', {}, 10, null)).toEqual({ entries: [b, a, d], hasNextPage: false });
    });

    it('an entry due later appears once the day asked for reaches it, with no write', async () => {
      expect((await store.list('2026-03-19', {}, 10, null)).entries.map((e) => e.clientId)).toEqual(['b', 'a', 'd']);
      expect((await store.list('2026-03-20', {}, 10, null)).entries.map((e) => e.clientId)).toEqual(['c', 'b', 'a', 'd']);
    });

    it('pages continue after the last entry seen', async () => {
      const first = await store.list('2026-03-31', {}, 2, null);
      const second = await store.list('2026-03-31', {}, 2, worklistKey(first.entries[1]));

      expect(first.entries.map((e) => e.clientId)).toEqual(['c', 'b']);
      expect(first.hasNextPage).toBe(true);
      expect(second).toEqual({ entries: [a, d], hasNextPage: false });
    });

    it('filters by action, channel and client', async () => {
      const on = '2026-03-31';
      expect((await store.list(on, { action: WorklistAction.FirmReminder }, 10, null)).entries).toEqual([b]);
      expect((await store.list(on, { channel: ReminderChannel.Email }, 10, null)).entries).toEqual([c, a, d]);
      expect((await store.list(on, { clientId: 'd' }, 10, null)).entries).toEqual([d]);
    });

    it('counts the entries due on or before the day that match the filter, whatever page is asked for', async () => {
      expect(await store.count('2026-03-05', {})).toBe(3);
      expect(await store.count('2026-03-31', {})).toBe(4);
      expect(await store.count('2026-03-31', { action: WorklistAction.FirmReminder })).toBe(1);
      expect(await store.count('2026-03-31', { channel: ReminderChannel.Email })).toBe(3);
      expect(await store.count('2026-03-31', { channel: ReminderChannel.Email, clientId: 'd' })).toBe(1);
      expect(await store.count('2026-02-01', {})).toBe(0);
    });

    it("a commit replaces a client's entries: an action carried out leaves the list", async () => {
      const next = entry('a', '2026-03-12', 800, { entryId: 'a/INV-1/FIRM', action: WorklistAction.FirmReminder, step: ReminderStep.Firm });
      await store.commit([client('a', [next]), client('b', [])], 8);

      expect((await store.list('2026-03-31', {}, 10, null)).entries).toEqual([c, next, d]);
      expect(await store.count('2026-03-31', {})).toBe(3);
      expect(await store.checkpoint()).toBe(8);
    });

    it("a commit writes whatever of a client changed: the same entries judged again, an entry's priority, its day to judge again", async () => {
      const second = entry('a', '2026-03-02', 300, { entryId: 'a/INV-2/FRIENDLY', invoiceId: 'INV-2' });
      await store.commit([client('a', [second, a])], 8);
      await store.commit([client('a', [a, second])], 9);
      expect((await store.list('2026-03-31', {}, 10, null)).entries).toEqual([c, b, a, d, second]);

      const higher = { ...second, priority: 950, riskScore: 70 };
      await store.commit([client('a', [a, higher], '2026-03-04'), client('c', [c], null)], 10);

      expect((await store.list('2026-03-31', {}, 10, null)).entries).toEqual([c, higher, b, a, d]);
      expect(await store.dueForRefresh('2026-03-05', 10)).toEqual(['a', 'd']);
      expect(await store.checkpoint()).toBe(10);
    });

    it('names the clients to judge again by the day, in id order, after a given one', async () => {
      expect(await store.dueForRefresh('2026-03-05', 10)).toEqual(['d']);
      expect(await store.dueForRefresh('2026-03-10', 10)).toEqual(['a', 'b', 'd']);
      expect(await store.dueForRefresh('2026-03-10', 1, 'a')).toEqual(['b']);
    });

    it('reset drops every entry and the checkpoint', async () => {
      await store.reset();

      expect(await store.checkpoint()).toBe(0);
      expect(await store.list('2026-12-31', {}, 10, null)).toEqual({ entries: [], hasNextPage: false });
      expect(await store.count('2026-12-31', {})).toBe(0);
      expect(await store.dueForRefresh('2026-12-31', 10)).toEqual([]);
    });
  });
}

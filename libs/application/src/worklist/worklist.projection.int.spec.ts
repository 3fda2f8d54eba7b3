import { FixedClock, InMemoryEventStore, InMemoryWorklistStore, UuidV7Generator } from '@client-lifecycle/adapters';
import { ReminderChannel, ReminderStep, WorklistAction } from '@client-lifecycle/domain';
import type { WorklistStore } from '@client-lifecycle/ports';
import { ClientCommandHandler } from '../client/client-command.handler';
import { seedPortfolio } from '../seed';
import { WorklistProjection } from './worklist.projection';

const TODAY = '2026-11-20';
/** A worklist store whose commit fails once, after `commits` that went through. */
class FailsOnceAfter extends InMemoryWorklistStore {
  constructor(private commits: number) {
    super();
  }

  override async commit(...args: Parameters<InMemoryWorklistStore['commit']>): Promise<void> {
    if (this.commits-- === 0) throw new Error('commit failed');
    return super.commit(...args);
  }
}

const everything = async (store: WorklistStore, on = '2099-12-31') => JSON.stringify(await store.list(on, {}, 100_000, null));

describe('worklist projection', () => {
  let events: InMemoryEventStore;
  let handler: ClientCommandHandler;
  let clock: FixedClock;

  beforeAll(async () => {
    clock = new FixedClock(new Date(`${TODAY}T18:00:00.000Z`));
    events = new InMemoryEventStore(clock);
    handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
  });

  it('rebuilt from position 0, gives exactly the entries the incremental run wrote', async () => {
    const incremental = new InMemoryWorklistStore();
    const projection = new WorklistProjection(events, incremental, clock, { pageSize: 97 });
    await seedPortfolio(handler, { clients: 60, seed: 11, today: TODAY, concurrency: 4, onProgress: () => void projection.catchUp() });
    await projection.catchUp();

    const rebuilt = new InMemoryWorklistStore();
    await new WorklistProjection(events, rebuilt, clock).rebuild();

    expect(await rebuilt.checkpoint()).toBe(await events.headPosition());
    expect(await everything(rebuilt)).toBe(await everything(incremental));
    expect((await rebuilt.list(TODAY, {}, 1_000, null)).entries.length).toBeGreaterThan(0);
  });

  it('with room for only two clients folded in memory, the others folded again from their streams, gives exactly what a rebuild gives', async () => {
    const incremental = new InMemoryWorklistStore();
    const projection = new WorklistProjection(events, incremental, clock, { pageSize: 13, cacheClients: 2 });
    await projection.catchUp();

    const rebuilt = new InMemoryWorklistStore();
    await new WorklistProjection(events, rebuilt, clock).rebuild();

    expect(await everything(incremental)).toBe(await everything(rebuilt));
  });

  it('after a commit that failed, the next catch-up folds from the stored checkpoint, not from the folds in memory: nothing is counted twice', async () => {
    const failing = new FailsOnceAfter(3);
    const projection = new WorklistProjection(events, failing, clock, { pageSize: 41 });
    await expect(projection.catchUp()).rejects.toThrow('commit failed');

    await projection.catchUp();

    const rebuilt = new InMemoryWorklistStore();
    await new WorklistProjection(events, rebuilt, clock).rebuild();
    expect(await everything(failing)).toBe(await everything(rebuilt));
  });

  describe('one client, invoice W1 of EUR 1,000.00 issued 1 October and due 31 October 2026', () => {
    let store: InMemoryWorklistStore;
    let projection: WorklistProjection;
    const clientId = 'worklist-client';

    beforeAll(async () => {
      events = new InMemoryEventStore(clock);
      handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
      const context = { actor: 'worklist-spec' };
      await handler.handle(
        {
          type: 'RegisterClient',
          data: {
            clientId,
            name: 'Worklist Ltd',
            contract: {
              paymentTermsDays: 30,
              exitClause: { text: 'Either party may end with notice', immediateExitFor: [] },
              startDate: '2025-01-01',
              hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
              currency: 'EUR',
              contractedHoursPerMonth: 40,
            },
          },
        },
        context,
      );
      await handler.handle(
        { type: 'IssueInvoice', data: { clientId, invoiceId: 'W1', amount: { amountMinor: 100_000, currency: 'EUR' }, issuedOn: '2026-10-01' } },
        context,
      );
      store = new InMemoryWorklistStore();
      projection = new WorklistProjection(events, store, clock);
      await projection.catchUp();
    });

    it('lists the friendly reminder due the day after the due date', async () => {
      expect((await store.list(TODAY, {}, 10, null)).entries).toMatchObject([
        { entryId: `${clientId}/W1/FRIENDLY`, action: WorklistAction.FriendlyReminder, dueOn: '2026-11-01', totalMinor: 100_000 },
      ]);
    });

    it('recording the reminder the entry asks for takes it off the list; the firm reminder follows', async () => {
      await handler.handle(
        { type: 'RecordReminder', data: { clientId, reminderId: 'R-1', invoiceId: 'W1', step: ReminderStep.Friendly, channel: ReminderChannel.Email } },
        { actor: 'worklist-spec' },
      );
      await projection.catchUp();

      expect((await store.list(TODAY, {}, 10, null)).entries).toMatchObject([{ entryId: `${clientId}/W1/FIRM`, action: WorklistAction.FirmReminder }]);
    });

    it('judges the client again when the calendar reaches its next ladder day, without an event', async () => {
      const position = await events.headPosition();
      clock.set(new Date('2026-12-20T12:00:00.000Z'));

      await projection.catchUp();

      expect(await events.headPosition()).toBe(position);
      expect((await store.list('2026-12-20', {}, 10, null)).entries).toMatchObject([{ action: WorklistAction.FinalNotice, dueOn: '2026-12-15' }]);
    });
  });
});

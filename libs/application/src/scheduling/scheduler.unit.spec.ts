import { FixedClock, InMemoryEventStore, InMemoryTimerStore, UuidV7Generator } from '@client-lifecycle/adapters';
import { ClientCommandHandler, type UnstampedClientCommand } from '../client/client-command.handler';
import { Scheduler } from './scheduler';

const TODAY = new Date('2026-04-15T08:00:00.000Z');

const register: UnstampedClientCommand = {
  type: 'RegisterClient',
  data: {
    clientId: 'acme',
    name: 'ACME',
    contract: {
      paymentTermsDays: 30,
      exitClause: { text: 'Notice applies', immediateExitFor: [] },
      startDate: '2025-01-01',
      hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
      currency: 'EUR',
      contractedHoursPerMonth: 10,
    },
  },
  occurredAt: '2025-01-01T09:00:00Z',
};

/** Invoice due 9 February: by 15 April it is 65 days past due. */
const invoice: UnstampedClientCommand = {
  type: 'IssueInvoice',
  data: { clientId: 'acme', invoiceId: 'INV-1', amount: { amountMinor: 100_000, currency: 'EUR' }, issuedOn: '2026-01-10' },
  occurredAt: '2026-01-10T09:00:00Z',
};

describe('scheduler', () => {
  let events: InMemoryEventStore;
  let handler: ClientCommandHandler;
  const clock = new FixedClock(TODAY);

  beforeEach(async () => {
    events = new InMemoryEventStore(clock);
    handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
    await handler.handle(register, { actor: 'crm' });
    await handler.handle(invoice, { actor: 'crm' });
  });

  const typesIn = async () => (await events.readStream('client-acme')).map((event) => event.type);

  it("catches up on every timer that came due while it was not running, as of each timer's day", async () => {
    const scheduler = new Scheduler(events, new InMemoryTimerStore(), handler, clock);

    await scheduler.runOnce();

    const stored = await events.readStream('client-acme');
    const aged = stored.filter((event) => event.type === 'InvoiceAged');
    expect(aged.map((event) => [event.data, event.occurredAt])).toEqual([
      [expect.objectContaining({ bucket: 'DAYS_1_30', daysPastDue: 1, agedOn: '2026-02-10' }), '2026-02-10T00:00:00.000Z'],
      [expect.objectContaining({ bucket: 'DAYS_31_60', daysPastDue: 31, agedOn: '2026-03-12' }), '2026-03-12T00:00:00.000Z'],
      [expect.objectContaining({ bucket: 'DAYS_61_90', daysPastDue: 61, agedOn: '2026-04-11' }), '2026-04-11T00:00:00.000Z'],
    ]);
    expect(stored.filter((event) => event.type === 'CollectionStepFellDue').length).toBeGreaterThan(0);
    expect(stored.every((event) => event.type === 'ClientRegistered' || event.type === 'InvoiceIssued' || event.metadata.actor === 'scheduler')).toBe(true);
  });

  it('fires each timer once', async () => {
    const scheduler = new Scheduler(events, new InMemoryTimerStore(), handler, clock);
    await scheduler.runOnce();
    const afterFirst = await typesIn();

    expect(await scheduler.runOnce()).toBe(0);
    expect(await typesIn()).toEqual(afterFirst);
  });

  it('records nothing twice when timers fire again after a crash lost their fired marks', async () => {
    await new Scheduler(events, new InMemoryTimerStore(), handler, clock).runOnce();
    const afterFirst = await typesIn();

    const fired = await new Scheduler(events, new InMemoryTimerStore(), handler, clock).runOnce();

    expect(fired).toBeGreaterThan(0);
    expect(await typesIn()).toEqual(afterFirst);
  });

  it('records nothing for an invoice paid before its due date', async () => {
    await handler.handle(
      {
        type: 'RecordPayment',
        data: { clientId: 'acme', paymentId: 'P-1', invoiceId: 'INV-1', amount: { amountMinor: 100_000, currency: 'EUR' }, paidOn: '2026-02-01' },
      },
      { actor: 'crm' },
    );

    await new Scheduler(events, new InMemoryTimerStore(), handler, clock).runOnce();

    expect(await typesIn()).toEqual(['ClientRegistered', 'InvoiceIssued', 'PaymentRecorded']);
  });

  it('states on each catch-up fact the balance open on its own day, not what is open when it runs', async () => {
    await handler.handle(
      {
        type: 'RecordPayment',
        data: { clientId: 'acme', paymentId: 'P-1', invoiceId: 'INV-1', amount: { amountMinor: 40_000, currency: 'EUR' }, paidOn: '2026-03-01' },
      },
      { actor: 'crm' },
    );

    await new Scheduler(events, new InMemoryTimerStore(), handler, clock).runOnce();

    const aged = (await events.readStream('client-acme')).filter((event) => event.type === 'InvoiceAged');
    expect(
      aged.map((event) => [(event.data as { agedOn: string }).agedOn, (event.data as { openBalance: { amountMinor: number } }).openBalance.amountMinor]),
    ).toEqual([
      ['2026-02-10', 100_000],
      ['2026-03-12', 60_000],
      ['2026-04-11', 60_000],
    ]);
  });

  it('leaves timers of days still to come', async () => {
    const timers = new InMemoryTimerStore();
    await new Scheduler(events, timers, handler, clock).runOnce();

    expect(await timers.nextDueOn()).toBe('2026-05-10');
  });
});

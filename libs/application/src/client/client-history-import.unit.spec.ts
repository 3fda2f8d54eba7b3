import { FixedClock, InMemoryEventStore, InMemoryTimerStore, UuidV7Generator } from '@client-lifecycle/adapters';
import type { EventStore } from '@client-lifecycle/ports';
import { Scheduler } from '../scheduling/scheduler';
import { BatchCommandRefusedError, ConcurrencyConflictError } from '../shared';
import { ClientCommandHandler, type UnstampedClientCommand } from './client-command.handler';
import { eur, registerAcme } from './client-commands.fixtures';

const TODAY = new Date('2026-06-01T12:00:00.000Z');

/** Due 9 February. */
const invoice = (invoiceId = 'INV-1'): UnstampedClientCommand => ({
  type: 'IssueInvoice',
  data: { clientId: 'acme', invoiceId, amount: eur(100_000), issuedOn: '2026-01-10' },
  occurredAt: '2026-01-10T09:00:00Z',
});
const payment = (paymentId: string, amountMinor: number, paidOn: string): UnstampedClientCommand => ({
  type: 'RecordPayment',
  data: { clientId: 'acme', paymentId, invoiceId: 'INV-1', amount: eur(amountMinor), paidOn },
  occurredAt: `${paidOn}T10:00:00Z`,
});

/** Counts appends, so a test can say the batch went in as one. */
function countingAppends(store: EventStore): { store: EventStore; appends: () => number } {
  let count = 0;
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'append') return Reflect.get(target, property, receiver);
      return (...args: Parameters<EventStore['append']>) => {
        count += 1;
        return target.append(...args);
      };
    },
  });
  return { store: counted, appends: () => count };
}

describe("importing a client's history", () => {
  const clock = new FixedClock(TODAY);
  let events: InMemoryEventStore;

  beforeEach(() => {
    events = new InMemoryEventStore(clock);
  });

  it('stores the whole batch in one append, each event at its own business time, under one correlation', async () => {
    const { store, appends } = countingAppends(events);
    const handler = new ClientCommandHandler(store, clock, new UuidV7Generator());

    const outcome = await handler.importHistory('acme', [registerAcme, invoice(), payment('P-1', 100_000, '2026-02-05')], { actor: 'crm' });

    expect(appends()).toBe(1);
    expect(outcome).toMatchObject({ clientId: 'acme', version: 3, deduplicated: false });
    expect(outcome.events.map((event) => [event.type, event.occurredAt])).toEqual([
      ['ClientRegistered', '2026-01-01T09:00:00Z'],
      ['InvoiceIssued', '2026-01-10T09:00:00Z'],
      ['PaymentRecorded', '2026-02-05T10:00:00Z'],
    ]);
    expect(new Set(outcome.events.map((event) => event.metadata.correlationId)).size).toBe(1);
    expect(outcome.client?.history.invoices[0]).toMatchObject({ openBalanceMinor: 0 });
  });

  it('refuses the whole batch with the index and code of the first refused command, and stores nothing', async () => {
    const handler = new ClientCommandHandler(events, clock, new UuidV7Generator());

    const refusal = handler.importHistory('acme', [registerAcme, invoice(), payment('P-1', 150_000, '2026-02-05')], { actor: 'crm' });

    await expect(refusal).rejects.toBeInstanceOf(BatchCommandRefusedError);
    await expect(refusal).rejects.toMatchObject({ index: 2, refusal: { code: 'CLIENT.PAYMENT_EXCEEDS_OPEN_BALANCE' } });
    expect(await events.headPosition()).toBe(0);
  });

  it('refuses a batch naming another client at that command', async () => {
    const handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
    const stray = { ...invoice(), data: { ...invoice().data, clientId: 'globex' } } as UnstampedClientCommand;

    await expect(handler.importHistory('acme', [registerAcme, stray], { actor: 'crm' })).rejects.toMatchObject({
      index: 1,
      refusal: { code: 'CLIENT.COMMAND_FOR_ANOTHER_CLIENT' },
    });
    expect(await events.headPosition()).toBe(0);
  });

  it('answers a resend with the same idempotency key with the first append', async () => {
    const handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
    await handler.importHistory('acme', [registerAcme, invoice()], { actor: 'crm', idempotencyKey: 'import-1' });

    const again = await handler.importHistory('acme', [registerAcme, invoice()], { actor: 'crm', idempotencyKey: 'import-1' });

    expect(again).toMatchObject({ version: 2, deduplicated: true });
    expect(await events.headPosition()).toBe(2);
  });

  it('appends at the version it was decided on: a pinned version that moved on is a conflict', async () => {
    const handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
    await handler.importHistory('acme', [registerAcme], { actor: 'crm' });

    await expect(handler.importHistory('acme', [invoice()], { actor: 'crm', expectedVersion: 0 })).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(await events.headPosition()).toBe(1);
  });

  it('leaves the client fold cache untouched by a refused batch', async () => {
    const handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
    await handler.importHistory('acme', [registerAcme], { actor: 'crm' });

    await expect(handler.importHistory('acme', [invoice(), invoice()], { actor: 'crm' })).rejects.toMatchObject({ index: 1 });
    const next = await handler.handle(invoice(), { actor: 'crm' });

    expect(next.client?.history.invoices).toHaveLength(1);
  });

  it('lets the scheduler judge its timers after the batch: no aging fact for an invoice the batch paid on time', async () => {
    const handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
    const scheduler = new Scheduler(events, new InMemoryTimerStore(), handler, clock);
    await handler.importHistory('acme', [registerAcme, invoice(), invoice('INV-2'), payment('P-1', 100_000, '2026-02-05')], { actor: 'crm' });

    await scheduler.runOnce();

    const aged = (await events.readStream('client-acme')).filter((event) => event.type === 'InvoiceAged').map((event) => event.data as { invoiceId: string });
    expect(aged.length).toBeGreaterThan(0);
    expect(aged.every((fact) => fact.invoiceId === 'INV-2')).toBe(true);
  });
});

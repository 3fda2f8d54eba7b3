import { ClientHistoryBuilder, type ClientEvent, clientDecider, type ClientState, type RegisteredClient } from '@client-lifecycle/domain';
import { on } from '../client-history/client-history.fixtures';
import { clientRegistered, invoiceIssued, paymentRecorded, timeLogged } from './client.fixtures';
import { PaymentKind } from './client.vocabulary';

const EVENTS = 20_000;

/** A long relationship: an invoice a day, paid in two parts, and time logged in between. */
function longHistory(): ClientEvent[] {
  const events: ClientEvent[] = [clientRegistered()];
  for (let index = 0; events.length < EVENTS; index++) {
    const invoiceId = `INV-${index}`;
    events.push(
      invoiceIssued({ invoiceId }),
      paymentRecorded({
        invoiceId,
        paymentId: `P-${index}-1`,
        amount: { amountMinor: 40_000, currency: 'EUR' },
        kind: PaymentKind.Partial,
        openBalanceAfter: { amountMinor: 60_000, currency: 'EUR' },
      }),
      timeLogged({ timeEntryId: `T-${index}` }),
    );
  }
  return events.slice(0, EVENTS);
}

describe('Folding a client is linear in its number of events', () => {
  it('the decider state keeps the same collections through 20,000 events instead of copying them per event', () => {
    const events = longHistory();
    let state: ClientState = clientDecider.evolve(clientDecider.initialState(), events[0]);
    const registered = state as RegisteredClient;
    const collections = [registered.invoices, registered.recordedIds, registered.promises, registered.complaints];
    for (const event of events.slice(1)) {
      state = clientDecider.evolve(state, event);
      expect(state).toBe(registered);
    }
    const now = [registered.invoices, registered.recordedIds, registered.promises, registered.complaints];
    expect(now.every((collection, index) => collection === collections[index])).toBe(true);
    expect(registered.invoices.size).toBe(Math.ceil((EVENTS - 1) / 3));
    expect(registered.recordedIds.size).toBe(EVENTS - 1 - registered.invoices.size);
  });

  it('the history grows its lists in place, and a snapshot shares every entry instead of cloning it', () => {
    const builder = new ClientHistoryBuilder();
    const events = longHistory();
    builder.apply(on('2026-01-01', events[0]));
    const draft = builder.current();
    const lists = draft && [draft.invoices, draft.timeEntries];
    events.slice(1).forEach((event, index) => builder.apply(on('2026-01-02', event, `E${index}`)));

    const after = builder.current();
    expect(after).toBe(draft);
    expect(after?.invoices).toBe(lists?.[0]);
    expect(after?.timeEntries).toBe(lists?.[1]);
    expect(after && after.invoices.length + after.timeEntries.length).toBe(EVENTS - 1 - Math.floor((EVENTS - 1) / 3));
    const snapshot = builder.snapshot();
    expect(snapshot?.invoices).not.toBe(after?.invoices);
    expect(snapshot?.invoices.every((invoice, index) => invoice === after?.invoices[index])).toBe(true);
    expect(snapshot?.timeEntries.every((entry, index) => entry === after?.timeEntries[index])).toBe(true);
    expect(snapshot?.invoices[0].payments).toHaveLength(1);
  });
});

describe('A history snapshot never changes', () => {
  it('later facts, even ones that change an entry it holds, do not show through it', () => {
    const builder = new ClientHistoryBuilder();
    builder.apply(on('2026-01-01', clientRegistered()));
    builder.apply(on('2026-01-10', invoiceIssued()));
    const before = builder.snapshot();

    builder.apply(on('2026-02-20', paymentRecorded()));
    builder.apply(on('2026-02-21', timeLogged()));
    const after = builder.snapshot();

    expect(before?.invoices[0]).toMatchObject({ openBalanceMinor: 100_000, payments: [] });
    expect(before?.timeEntries).toEqual([]);
    expect(after?.invoices[0]).toMatchObject({ openBalanceMinor: 0, paidOffOn: '2026-02-20' });
    expect(Object.isFrozen(before) && Object.isFrozen(before?.invoices)).toBe(true);
  });

  it('a snapshot with nothing new since the last one is the same object, and unchanged lists are shared', () => {
    const builder = new ClientHistoryBuilder();
    builder.apply(on('2026-01-01', clientRegistered()));
    builder.apply(on('2026-01-10', invoiceIssued()));
    const first = builder.snapshot();
    expect(builder.snapshot()).toBe(first);

    builder.apply(on('2026-01-11', timeLogged()));
    const second = builder.snapshot();
    expect(second).not.toBe(first);
    expect(second?.invoices).toBe(first?.invoices);
    expect(second?.timeEntries).toHaveLength(1);
  });
});

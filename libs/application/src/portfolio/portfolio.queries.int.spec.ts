import { FixedClock, InMemoryClientSummaryStore, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import { addDays, clientStreamId, type LocalDate, type PortfolioClient, portfolioView } from '@client-lifecycle/domain';
import type { ClientSummaryChanges, ClientSummaryStore, EventStore } from '@client-lifecycle/ports';
import { ClientCommandHandler } from '../client/client-command.handler';
import { historyOf } from '../client/client-facts';
import { assessClient } from '../insight/client-assessment';
import { ClientSummaryProjection } from '../read-models/client-summary.projection';
import { seedPortfolio } from '../seed';
import { PortfolioQueries } from './portfolio.queries';

const TODAY = '2026-11-20';

/** The portfolio computed from scratch: every client folded from its events and judged as of `to`. */
async function recomputed(events: EventStore, clientIds: readonly string[], from: LocalDate, to: LocalDate, top: number) {
  const clients: PortfolioClient[] = [];
  for (const clientId of clientIds) {
    const history = historyOf(await events.readStream(clientStreamId(clientId)));
    if (!history) continue;
    const { risk, profitability } = assessClient(history, to);
    clients.push({ history, risk, profitability });
  }
  return portfolioView(clients, { from, to }, { top });
}

/** The log, except that reading a client's stream fails: the portfolio must come from the rows alone. */
const readingNoStream = (events: EventStore): EventStore =>
  new Proxy(events, {
    get: (target, property, receiver) =>
      property === 'readStream' || property === 'readStreams'
        ? () => Promise.reject(new Error('the portfolio read a stream'))
        : Reflect.get(target, property, receiver),
  });

/** The store, noting how many records each `changedSince` and `recordsAfter` returned. */
const countingReads = (store: ClientSummaryStore, read: number[]): ClientSummaryStore =>
  new Proxy(store, {
    get: (target, property) => {
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      if (property === 'changedSince' || property === 'recordsAfter')
        return async (...args: unknown[]) => {
          const changes = (await value.apply(target, args)) as ClientSummaryChanges;
          read.push(changes.records.length);
          return changes;
        };
      return value.bind(target);
    },
  });

describe('portfolio kept as running sums over the client rows', () => {
  const clock = new FixedClock(new Date(`${TODAY}T18:00:00.000Z`));
  let events: InMemoryEventStore;
  let handler: ClientCommandHandler;
  let store: InMemoryClientSummaryStore;
  let projection: ClientSummaryProjection;
  let clientIds: string[];

  beforeAll(async () => {
    events = new InMemoryEventStore(clock);
    handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
    store = new InMemoryClientSummaryStore();
    projection = new ClientSummaryProjection(events, store, clock, { cacheClients: 10 });
    await seedPortfolio(handler, { clients: 60, seed: 11, today: TODAY, concurrency: 4 });
    await projection.catchUp();
    clientIds = (await store.list({}, 'SCORE', 1_000, null)).rows.map((row) => row.clientId);
  });

  it('answers every period ending today exactly as a full recomputation over every client, reading no stream', async () => {
    const portfolios = new PortfolioQueries(readingNoStream(events), store, clock);

    for (const [from, top] of [
      [TODAY, 10],
      [addDays(TODAY, -30), 5],
      [addDays(TODAY, -182), 100],
      [addDays(TODAY, -800), 0],
    ] as const)
      expect(await portfolios.portfolio(from, TODAY, top)).toEqual(await recomputed(events, clientIds, from, TODAY, top));
  });

  it('is kept ready from start-up: the first answer reads no record, and rows written meanwhile are followed in the background', async () => {
    const read: number[] = [];
    const portfolios = new PortfolioQueries(readingNoStream(events), countingReads(store, read), clock);
    const failed: unknown[] = [];
    await portfolios.keepReady((error) => failed.push(error), 20);
    expect(read.reduce((sum, count) => sum + count, 0)).toBe(clientIds.length);
    const [client] = await store.find([clientIds[2]]);
    await handler.handle(
      {
        type: 'IssueInvoice',
        data: { clientId: client.clientId, invoiceId: 'INV-ready', amount: { amountMinor: 123_000, currency: client.currency }, issuedOn: addDays(TODAY, -20) },
      },
      { actor: 'test' },
    );
    const firstPass = read.length;
    await projection.catchUp();
    while (!read.slice(firstPass).some((count) => count > 0)) await new Promise((resolve) => setTimeout(resolve, 20));
    read.length = 0;

    const answer = await portfolios.portfolio(addDays(TODAY, -30), TODAY, 10);

    expect(read).toEqual([0]);
    expect(answer).toEqual(await recomputed(events, clientIds, addDays(TODAY, -30), TODAY, 10));
    expect(failed).toEqual([]);
    await portfolios.stop();
  });

  it('follows the rows as they change: a payment, a new invoice and a new client move the sums', async () => {
    const portfolios = new PortfolioQueries(readingNoStream(events), store, clock);
    const before = await portfolios.portfolio(addDays(TODAY, -90), TODAY, 10);
    const [biller] = await store.find([clientIds[0]]);
    const amount = (amountMinor: number) => ({ amountMinor, currency: biller.currency });
    const data = { clientId: biller.clientId, invoiceId: 'INV-portfolio' };
    await handler.handle({ type: 'IssueInvoice', data: { ...data, amount: amount(777_000), issuedOn: addDays(TODAY, -50) } }, { actor: 'test' });
    await projection.catchUp();
    await portfolios.portfolio(addDays(TODAY, -90), TODAY, 10);
    await handler.handle(
      { type: 'RecordPayment', data: { ...data, paymentId: 'P-portfolio', amount: amount(300_000), paidOn: addDays(TODAY, -3) } },
      { actor: 'test' },
    );
    await seedPortfolio(handler, { clients: 63, seed: 11, today: TODAY, concurrency: 2 });
    await projection.catchUp();
    clientIds = (await store.list({}, 'SCORE', 1_000, null)).rows.map((row) => row.clientId);

    const after = await portfolios.portfolio(addDays(TODAY, -90), TODAY, 10);

    expect(after).toEqual(await recomputed(events, clientIds, addDays(TODAY, -90), TODAY, 10));
    expect(after).not.toEqual(before);
    expect(after.clientCount).toBe(63);
  });

  it('follows write-offs, credit notes and late interest out of receivables as a full recomputation does', async () => {
    const portfolios = new PortfolioQueries(readingNoStream(events), store, clock);
    const [client] = await store.find([clientIds[1]]);
    const amount = (amountMinor: number) => ({ amountMinor, currency: client.currency });
    const data = { clientId: client.clientId, invoiceId: 'INV-books' };
    const on = (daysBack: number) => `${addDays(TODAY, -daysBack)}T10:00:00.000Z`;
    await handler.handle(
      { type: 'IssueInvoice', data: { ...data, amount: amount(500_000), issuedOn: addDays(TODAY, -80), dueDate: addDays(TODAY, -50) } },
      { actor: 'test' },
    );
    await handler.handle(
      { type: 'WriteOffInvoice', data: { ...data, writeOffId: 'WO-books', amount: amount(200_000), reason: 'Given up' }, occurredAt: on(10) },
      { actor: 'test' },
    );
    await handler.handle(
      { type: 'IssueCreditNote', data: { ...data, creditNoteId: 'CN-books', amount: amount(50_000), reason: 'Billed twice' }, occurredAt: on(5) },
      { actor: 'test' },
    );
    await handler.handle(
      {
        type: 'ChargeLateInterest',
        data: { ...data, chargeId: 'LI-books', amount: amount(3_000), from: addDays(TODAY, -49), to: addDays(TODAY, -3) },
        occurredAt: on(3),
      },
      { actor: 'test' },
    );
    await projection.catchUp();

    for (const from of [addDays(TODAY, -30), addDays(TODAY, -90)])
      expect(await portfolios.portfolio(from, TODAY, 10)).toEqual(await recomputed(events, clientIds, from, TODAY, 10));
  });

  it('gives the same answer again while no row changes, and never one made before a row changed', async () => {
    const portfolios = new PortfolioQueries(readingNoStream(events), store, clock);
    const [month, quarter] = [addDays(TODAY, -30), addDays(TODAY, -90)];
    // Given two periods asked once each
    const monthBefore = await portfolios.portfolio(month, TODAY, 10);
    const quarterBefore = await portfolios.portfolio(quarter, TODAY, 5);

    // When they are asked again, in turn, with no row changed: the answers made before
    expect(await portfolios.portfolio(month, TODAY, 10)).toBe(monthBefore);
    expect(await portfolios.portfolio(quarter, TODAY, 5)).toBe(quarterBefore);

    // When an invoice is issued and the projector writes the client's row
    const [client] = await store.find([clientIds[3]]);
    await handler.handle(
      {
        type: 'IssueInvoice',
        data: {
          clientId: client.clientId,
          invoiceId: 'INV-fresh',
          amount: { amountMinor: 4_321_000, currency: client.currency },
          issuedOn: addDays(TODAY, -2),
        },
      },
      { actor: 'test' },
    );
    await projection.catchUp();

    // Then the next answer of each period has it, as a full recomputation does
    const monthAfter = await portfolios.portfolio(month, TODAY, 10);
    expect(monthAfter).not.toEqual(monthBefore);
    expect(monthAfter).toEqual(await recomputed(events, clientIds, month, TODAY, 10));
    expect(await portfolios.portfolio(quarter, TODAY, 5)).toEqual(await recomputed(events, clientIds, quarter, TODAY, 5));
  });

  it('folds a period ending on another day, as a full recomputation does', async () => {
    const to = addDays(TODAY, -40);
    const portfolios = new PortfolioQueries(events, store, clock);

    expect(await portfolios.portfolio(addDays(to, -60), to, 10)).toEqual(await recomputed(events, clientIds, addDays(to, -60), to, 10));
  });
});

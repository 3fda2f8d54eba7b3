import { FixedClock, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import { assessClient } from '@client-lifecycle/domain';
import { ClientCommandHandler, type UnstampedClientCommand } from '../client/client-command.handler';
import { ClientFolds } from '../client/client-folds.cache';
import { ClientQueries } from '../client/client.queries';
import { ClientInsightQueries } from './client-insight.queries';

const clock = new FixedClock(new Date('2026-05-01T12:00:00.000Z'));

const commands: UnstampedClientCommand[] = [
  {
    type: 'RegisterClient',
    data: {
      clientId: 'acme',
      name: 'ACME',
      contract: {
        paymentTermsDays: 30,
        exitClause: { text: 'Notice applies', immediateExitFor: [] },
        startDate: '2026-01-01',
        hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
        currency: 'EUR',
        contractedHoursPerMonth: 10,
      },
    },
  },
  { type: 'IssueInvoice', data: { clientId: 'acme', invoiceId: 'INV-1', amount: { amountMinor: 500_000, currency: 'EUR' }, issuedOn: '2026-01-15' } },
];

describe('Insight on a folded client', () => {
  it('is assessed once per snapshot and day, and its trend compares with the same client 30 days before', async () => {
    const store = new InMemoryEventStore(clock);
    const folds = new ClientFolds(store);
    const handler = new ClientCommandHandler(store, clock, new UuidV7Generator(), { maxAttempts: 5 }, folds);
    for (const command of commands) await handler.handle(command, { actor: 'crm' });
    const insights = new ClientInsightQueries(store, clock, undefined, new ClientQueries(store, folds));
    await insights.insight('acme');

    const outcome = await handler.handle(
      {
        type: 'RecordPayment',
        data: { clientId: 'acme', paymentId: 'PAY-1', invoiceId: 'INV-1', amount: { amountMinor: 500_000, currency: 'EUR' }, paidOn: '2026-04-30' },
      },
      { actor: 'crm' },
    );
    const after = outcome.client && insights.assess(outcome.client);
    const again = await insights.insight('acme');

    expect(after?.risk.trend).toMatchObject({ comparedWith: '2026-04-01', previousScore: after && assessClient(after.history, '2026-04-01').risk.score });
    expect(again?.risk).toBe(after?.risk);
    expect(again?.collection).toBe(after?.collection);
  });
});

describe('Insight judged as of a business day (the `on` axis)', () => {
  it('judges what was known by asOf as of the day asked for, not as of the day it was recorded', async () => {
    const store = new InMemoryEventStore(clock);
    const handler = new ClientCommandHandler(store, clock, new UuidV7Generator());
    // Imported on 1 May: an invoice due 14 February and paid, late, on 30 April.
    await handler.importHistory(
      'acme',
      [
        ...commands,
        {
          type: 'RecordPayment',
          data: { clientId: 'acme', paymentId: 'PAY-1', invoiceId: 'INV-1', amount: { amountMinor: 500_000, currency: 'EUR' }, paidOn: '2026-04-30' },
        },
      ],
      { actor: 'crm' },
    );
    const insights = new ClientInsightQueries(store, clock);

    const inMarch = await insights.insight('acme', undefined, undefined, '2026-03-20');
    const today = await insights.insight('acme');

    expect(inMarch).toMatchObject({ asOfDay: '2026-03-20', collection: { totalOverdueMinor: 500_000 } });
    expect(today).toMatchObject({ asOfDay: '2026-05-01', collection: { totalOverdueMinor: 0 } });
  });

  it('knows only what was recorded by asOf, whatever day it is judged on', async () => {
    const store = new InMemoryEventStore(clock);
    const handler = new ClientCommandHandler(store, clock, new UuidV7Generator());
    await handler.importHistory('acme', commands, { actor: 'crm' });
    const insights = new ClientInsightQueries(store, clock);

    const beforeTheImport = await insights.insight('acme', '2026-04-30T00:00:00.000Z', undefined, '2026-03-20');

    expect(beforeTheImport).toBeNull();
  });
});

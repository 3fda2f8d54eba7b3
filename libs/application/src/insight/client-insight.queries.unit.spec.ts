import {
  ClientDataKeys,
  FixedClock,
  InMemoryDataKeyStore,
  InMemoryEventStore,
  MasterKey,
  PersonalDataEventStore,
  UuidV7Generator,
} from '@client-lifecycle/adapters';
import { assessClient } from '@client-lifecycle/domain';
import { ClientCommandHandler, type UnstampedClientCommand } from '../client/client-command.handler';
import { ClientFolds } from '../client/client-folds.cache';
import { ClientQueries } from '../client/client.queries';
import { ClientErasure } from '../privacy/client.erasure';
import { ClientInsightQueries } from './client-insight.queries';
import { HEAP_BYTES_PER_ASSESSMENT_CHAR, ReadyAssessments } from './ready-assessments.cache';

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

describe('The assessments kept ready in one bounded memo', () => {
  async function folded(assessments: ReadyAssessments) {
    const events = new PersonalDataEventStore(new InMemoryEventStore(clock), new ClientDataKeys(new InMemoryDataKeyStore(), MasterKey.generate()));
    const ids = new UuidV7Generator();
    const folds = new ClientFolds(events);
    const handler = new ClientCommandHandler(events, clock, ids, { maxAttempts: 5 }, folds);
    for (const command of commands) await handler.handle(command, { actor: 'crm' });
    const insights = new ClientInsightQueries(events, clock, undefined, new ClientQueries(events, folds), undefined, assessments);
    return { insights, erasure: new ClientErasure(events, events.keys, folds, clock, ids) };
  }

  it('counts the assessments it makes against the same budget as the rows it reads', async () => {
    const assessments = new ReadyAssessments();
    const { insights } = await folded(assessments);

    const { history, asOf: _asOf, asOfDay, ...assessed } = (await insights.insight('acme'))!;

    expect(assessments.stats).toEqual({ clients: 1, bytes: JSON.stringify(assessed).length * HEAP_BYTES_PER_ASSESSMENT_CHAR });
    expect(assessments.get('acme', history, asOfDay)?.risk).toBe(assessed.risk);
  });

  it('keeps none when the budget has no room, and assesses the client again on each read', async () => {
    const assessments = new ReadyAssessments({ budgetBytes: 0 });
    const { insights } = await folded(assessments);

    const first = await insights.insight('acme');
    const again = await insights.insight('acme');

    expect(again?.history).toBe(first?.history);
    expect(again?.risk).not.toBe(first?.risk);
    expect(again?.risk).toEqual(first?.risk);
    expect(assessments.stats).toEqual({ clients: 0, bytes: 0 });
  });

  it('drops the assessment of a forgotten client with its fold: the next read assesses the erased client', async () => {
    const assessments = new ReadyAssessments();
    const { insights, erasure } = await folded(assessments);
    const before = (await insights.insight('acme'))!;

    await erasure.forget('acme', 'GDPR request', { actor: 'dpo' });
    const after = (await insights.insight('acme'))!;

    expect(after.history).not.toBe(before.history);
    expect(after.history.name).not.toBe('ACME');
    expect(after.risk).not.toBe(before.risk);
    expect(assessments.get('acme', before.history, before.asOfDay)).toBeUndefined();
    expect(assessments.stats.clients).toBe(1);
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

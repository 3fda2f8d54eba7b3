import { FixedClock, InMemoryClientSummaryStore, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import { AbuseSeverity, RiskBand } from '@client-lifecycle/domain';
import type { ClientSummaryStore } from '@client-lifecycle/ports';
import { ClientCommandHandler } from '../client/client-command.handler';
import { ClientFolds } from '../client/client-folds.cache';
import { ClientQueries } from '../client/client.queries';
import { ClientInsightQueries } from '../insight/client-insight.queries';
import type { ReadyAssessment } from '../insight/client-assessment';
import { seedPortfolio } from '../seed';
import { ClientSummaryProjection } from './client-summary.projection';
import type { RiskChange } from './risk-change.feed';

const TODAY = '2026-11-20';
/** Every record, with its assessment and portfolio entry, in the list's order. */
const everything = async (store: ClientSummaryStore) =>
  JSON.stringify(await store.find((await store.list({}, 'SCORE', 10_000, null)).rows.map((row) => row.clientId)));

describe('client summary projection', () => {
  let events: InMemoryEventStore;
  let handler: ClientCommandHandler;
  let clock: FixedClock;

  beforeAll(async () => {
    clock = new FixedClock(new Date(`${TODAY}T18:00:00.000Z`));
    events = new InMemoryEventStore(clock);
    handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
  });

  it('rebuilt from position 0, gives exactly the rows the incremental run wrote over a large random history', async () => {
    const incremental = new InMemoryClientSummaryStore();
    // A cache smaller than the portfolio: clients leave it and are folded again from their streams.
    const projection = new ClientSummaryProjection(events, incremental, clock, { pageSize: 97, cacheClients: 16 });
    // The log grows while the projection follows it, in pages that cut across clients.
    await seedPortfolio(handler, { clients: 120, seed: 7, today: TODAY, concurrency: 4, onProgress: () => void projection.catchUp() });
    await projection.catchUp();

    const rebuilt = new InMemoryClientSummaryStore();
    await new ClientSummaryProjection(events, rebuilt, clock, { cacheClients: 25 }).rebuild();

    expect(await rebuilt.checkpoint()).toBe(await events.headPosition());
    expect(await incremental.checkpoint()).toBe(await events.headPosition());
    expect(await everything(rebuilt)).toBe(await everything(incremental));
    expect((await rebuilt.list({}, 'SCORE', 1_000, null)).totalCount).toBe(120);
    expect((await rebuilt.list({ band: RiskBand.Green }, 'SCORE', 1, null)).totalCount).toBeGreaterThan(0);
    expect(projection.cachedClients).toBeLessThanOrEqual(16);

    const everyCache = new InMemoryClientSummaryStore();
    await new ClientSummaryProjection(events, everyCache, clock, { cacheClients: 10_000 }).rebuild();
    expect(await everything(everyCache)).toBe(await everything(rebuilt));
  });

  it('rebuilt with its clients assessed on this thread or on two worker threads, gives the same rows', async () => {
    const rebuilt = async (rebuildWorkers: number) => {
      const store = new InMemoryClientSummaryStore();
      await new ClientSummaryProjection(events, store, clock, { cacheClients: 25, rebuildWorkers }).rebuild();
      return store;
    };

    const inProcess = await rebuilt(0);
    const onTwoWorkers = await rebuilt(2);

    expect(await onTwoWorkers.checkpoint()).toBe(await events.headPosition());
    expect(await everything(onTwoWorkers)).toBe(await everything(inProcess));
  });

  it('keeps ready for each client exactly the assessment client(id) folds from its stream, trend included', async () => {
    const store = new InMemoryClientSummaryStore();
    await new ClientSummaryProjection(events, store, clock, { cacheClients: 8 }).catchUp();
    const insights = new ClientInsightQueries(events, clock, undefined, undefined, store);
    const rows = await store.find((await store.list({}, 'SCORE', 10_000, null)).rows.map((row) => row.clientId));

    for (const row of rows.filter((_, index) => index % 7 === 0)) {
      const folded = await insights.insight(row.clientId);
      const ready = await insights.current(row.clientId, row.version);
      const { history: _history, ...assessment } = folded ?? { history: null };
      expect(JSON.parse(row.assessment)).toEqual(JSON.parse(JSON.stringify({ ...assessment, asOf: undefined, asOfDay: undefined })));
      expect(ready).toEqual({ ...JSON.parse(row.assessment), asOf: folded?.asOf, asOfDay: TODAY });
      expect([row.score, row.band, row.asOf]).toEqual([folded?.risk.score, folded?.risk.band, TODAY]);
    }
    expect(rows.some((row) => JSON.parse(row.assessment).risk.trend !== null)).toBe(true);
    // The presenter shows cited events from the row alone: every id a factor or rule cites is described there.
    for (const row of rows) {
      const { risk, evidence } = JSON.parse(row.assessment) as ReadyAssessment;
      const described = new Set(evidence.map((event) => event.eventId));
      const cited = [...risk.factors, ...risk.rules].flatMap((item) => item.evidenceEventIds);
      expect(cited.filter((eventId) => !described.has(eventId))).toEqual([]);
    }
    expect(rows.some((row) => (JSON.parse(row.assessment) as ReadyAssessment).evidence.length > 0)).toBe(true);
  });

  it('resumes after a restart from its checkpoint, reading the streams of clients it has not seen since', async () => {
    const store = new InMemoryClientSummaryStore();
    await new ClientSummaryProjection(events, store, clock, { pageSize: 500 }).catchUp();
    const before = await everything(store);
    await handler.handle(
      {
        type: 'ReportAbuse',
        data: { clientId: 'demo-7-00001', reportId: 'AB-restart', severity: AbuseSeverity.Severe, description: 'Threats', reportedBy: 'Support' },
      },
      { actor: 'test' },
    );

    await new ClientSummaryProjection(events, store, clock, { cacheClients: 3 }).catchUp();

    const [row] = (await store.list({ band: RiskBand.LetGo }, 'SCORE', 100, null)).rows.filter((item) => item.clientId === 'demo-7-00001');
    expect(row?.band).toBe(RiskBand.LetGo);
    expect(await everything(store)).not.toBe(before);
  });

  it('announces a client whose band moved, once committed, but not during a rebuild', async () => {
    const changes: RiskChange[] = [];
    const store = new InMemoryClientSummaryStore();
    const projection = new ClientSummaryProjection(events, store, clock, { onRiskChange: (change) => changes.push(change) });
    await projection.rebuild();
    expect(changes).toEqual([]);

    await handler.handle(
      {
        type: 'ReportAbuse',
        data: { clientId: 'demo-7-00002', reportId: 'AB-feed', severity: AbuseSeverity.Severe, description: 'Insults', reportedBy: 'Support' },
      },
      { actor: 'test' },
    );
    await projection.catchUp();

    expect(changes).toEqual([expect.objectContaining({ clientId: 'demo-7-00002', band: RiskBand.LetGo, previousBand: expect.any(String) })]);
    expect(changes[0].previousBand).not.toBe(RiskBand.LetGo);
  });
});

describe('client summary rows follow the calendar', () => {
  const DAY_MS = 86_400_000;
  const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
  let clock: FixedClock;
  let events: InMemoryEventStore;

  beforeEach(async () => {
    clock = new FixedClock(new Date('2026-03-01T10:00:00.000Z'));
    events = new InMemoryEventStore(clock);
    const handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
    const contract = {
      paymentTermsDays: 30,
      exitClause: { text: 'Notice applies', immediateExitFor: [] },
      startDate: '2025-01-01',
      hourlyRate: eur(9_000),
      currency: 'EUR',
      contractedHoursPerMonth: 10,
    };
    await handler.handle({ type: 'RegisterClient', data: { clientId: 'acme', name: 'ACME', contract }, occurredAt: '2025-01-01T09:00:00Z' }, { actor: 'crm' });
    // Due 3 March: not yet overdue on the day it is issued.
    await handler.handle(
      { type: 'IssueInvoice', data: { clientId: 'acme', invoiceId: 'INV-1', amount: eur(500_000), issuedOn: '2026-02-01' } },
      { actor: 'crm' },
    );
    await handler.handle(
      { type: 'RegisterClient', data: { clientId: 'quiet', name: 'Quiet', contract }, occurredAt: '2025-01-01T09:00:00Z' },
      { actor: 'crm' },
    );
  });

  const rowOf = async (store: ClientSummaryStore, clientId: string) => (await store.find([clientId]))[0];

  it('re-assesses every row when the day changes, with no event, so the list and client(id) still agree', async () => {
    // Given the list projected on 1 March, when the invoice is not due yet
    const store = new InMemoryClientSummaryStore();
    const changes: RiskChange[] = [];
    const projection = new ClientSummaryProjection(events, store, clock, { onRiskChange: (change) => changes.push(change) });
    await projection.catchUp();
    const before = await rowOf(store, 'acme');
    expect([before.asOf, before.overdueMinor]).toEqual(['2026-03-01', 0]);

    // When 70 days pass without any event and the projector runs
    clock.advanceBy(70 * DAY_MS);
    await projection.catchUp();

    // Then every row is judged as of the new day, the overdue invoice counted
    const after = await rowOf(store, 'acme');
    expect([after.asOf, after.overdueMinor, after.version]).toEqual(['2026-05-10', 500_000, before.version]);
    expect((await rowOf(store, 'quiet')).asOf).toBe('2026-05-10');
    expect(after.score).toBeGreaterThan(before.score);
    expect(changes.map((change) => [change.clientId, change.asOf])).toContainEqual(['acme', '2026-05-10']);
    // and client(id) answers from the row exactly what a fold as of now gives
    const insights = new ClientInsightQueries(events, clock, undefined, undefined, store);
    const folded = await insights.insight('acme');
    const ready = await insights.current('acme', after.version);
    expect(JSON.parse(JSON.stringify(ready))).toEqual(JSON.parse(JSON.stringify({ ...folded, history: undefined })));
    expect(ready?.collection.totalOverdueMinor).toBe(500_000);
  });

  it('a rebuild on the new day writes exactly the rows the incremental run re-assessed', async () => {
    const incremental = new InMemoryClientSummaryStore();
    const projection = new ClientSummaryProjection(events, incremental, clock, { cacheClients: 1 });
    await projection.catchUp();
    clock.advanceBy(45 * DAY_MS);
    await projection.catchUp();

    const rebuilt = new InMemoryClientSummaryStore();
    await new ClientSummaryProjection(events, rebuilt, clock).rebuild();

    expect(await everything(rebuilt)).toBe(await everything(incremental));
  });

  it('serves client(id) by folding while the row is behind: a newer event, or a day not yet re-assessed', async () => {
    const store = new InMemoryClientSummaryStore();
    await new ClientSummaryProjection(events, store, clock).catchUp();
    const row = await rowOf(store, 'acme');
    const insights = new ClientInsightQueries(events, clock, undefined, undefined, store);

    clock.advanceBy(10 * DAY_MS);
    const nextDay = await insights.current('acme', row.version);
    const newerEvent = await insights.current('acme', row.version + 1);

    expect(nextDay?.asOfDay).toBe('2026-03-11');
    expect(nextDay?.collection.totalOverdueMinor).toBe(500_000);
    expect(newerEvent?.asOfDay).toBe('2026-03-11');
    expect((await rowOf(store, 'acme')).overdueMinor).toBe(0);
  });

  it('reads and parses a row once per folded snapshot and day, and answers the same as reading it each time', async () => {
    const store = new InMemoryClientSummaryStore();
    const projection = new ClientSummaryProjection(events, store, clock);
    await projection.catchUp();
    const reads: string[] = [];
    const counted = new Proxy(store, {
      get: (target, property, receiver) =>
        property === 'find'
          ? (clientIds: readonly string[]) => (reads.push(...clientIds), target.find(clientIds))
          : (Reflect.get(target, property, receiver) as unknown),
    });
    const folds = new ClientFolds(events);
    const insights = new ClientInsightQueries(events, clock, undefined, new ClientQueries(events, folds), counted);
    const uncached = new ClientInsightQueries(events, clock, undefined, undefined, store);
    const { version } = await rowOf(store, 'acme');
    const current = async () => insights.current('acme', version, (await new ClientQueries(events, folds).findClient('acme')) ?? undefined);

    const first = await current();
    const again = await current();
    clock.advanceBy(DAY_MS);
    await projection.catchUp();
    const nextDay = await current();
    const nextDayAgain = await current();

    expect(reads).toEqual(['acme', 'acme']);
    expect(again).toEqual({ ...first, asOf: again?.asOf });
    expect(JSON.stringify(nextDayAgain)).toBe(JSON.stringify(nextDay));
    expect(JSON.stringify(nextDay)).toBe(JSON.stringify(await uncached.current('acme', version)));
  });
});

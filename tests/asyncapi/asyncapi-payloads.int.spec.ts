import { FixedClock, InMemoryEventStore, InMemoryTimerStore, UuidV7Generator } from '@client-lifecycle/adapters';
import {
  AbuseSeverity,
  CLIENT_EVENT_SCHEMA_VERSION,
  CollectionCostKind,
  ConductSignalKind,
  LegalActionKind,
  type ClientActionRequested,
  clientIdOfStream,
  TERMINATION_EVENT_SCHEMA_VERSION,
  terminationIdOfStream,
} from '@client-lifecycle/domain';
import {
  ClientCommandHandler,
  ClientErasure,
  ClientFolds,
  ClientSummaryFolder,
  Scheduler,
  seedPortfolio,
  toEventMessage,
  toRiskRecord,
  type UnstampedClientCommand,
} from '@client-lifecycle/application';
import type { RecordedEvent } from '@client-lifecycle/ports';
import { readAsyncApi, resolveRef, violations } from '../support/asyncapi-document';
import { endRelationships } from '../support/termination-flows';

// Seeding a portfolio on a shared 2-core machine; jest runs tests with its global 5 s timeout, not the project's.
jest.setTimeout(60_000);

const TODAY = '2026-11-20';

describe('the AsyncAPI payload schemas against real events', () => {
  const document = readAsyncApi();
  let log: RecordedEvent[];
  let events: InMemoryEventStore;

  beforeAll(async () => {
    const clock = new FixedClock(new Date(`${TODAY}T18:00:00.000Z`));
    events = new InMemoryEventStore(clock);
    const ids = new UuidV7Generator();
    const handler = new ClientCommandHandler(events, clock, ids);
    await seedPortfolio(handler, { clients: 12, seed: 7, today: TODAY, concurrency: 4 });
    const [someone] = await events.readAll({ after: 0, maxCount: 1 });
    const clientId = (someone.data as { clientId: string }).clientId;
    await handler.handle({ type: 'AmendContract', data: { clientId, paymentTermsDays: 45, endDate: null, reason: 'Renewal' } }, { actor: 'test' });
    await handler.handle(
      { type: 'ReportAbuse', data: { clientId, reportId: 'AB-1', severity: AbuseSeverity.Minor, description: 'Rude call', reportedBy: 'Support' } },
      { actor: 'test' },
    );
    // A promise that passes unpaid, for the scheduler to record PromiseToPayBroken.
    const currency = (someone.data as { contract: { currency: string } }).contract.currency;
    const amount = { amountMinor: 50_000, currency };
    await handler.handle({ type: 'IssueInvoice', data: { clientId, invoiceId: 'INV-BROKEN', amount, issuedOn: '2026-09-01' } }, { actor: 'test' });
    await handler.handle(
      {
        type: 'RecordPromiseToPay',
        occurredAt: '2026-10-20T10:00:00.000Z',
        data: { clientId, promiseId: 'P-BROKEN', invoiceId: 'INV-BROKEN', amount, promisedDate: '2026-11-01' },
      },
      { actor: 'test' },
    );
    // Credit control: one of each money fact, hold and signal.
    const creditControl: UnstampedClientCommand[] = [
      {
        type: 'RecordConductSignal',
        data: {
          clientId,
          signalId: 'S-1',
          kind: ConductSignalKind.SlowResponse,
          occurredOn: '2026-11-19',
          agreedHours: 24,
          actualHours: 72,
          note: 'Three days',
        },
      },
      {
        type: 'RecordCollectionCost',
        data: { clientId, costId: 'C-1', kind: CollectionCostKind.LegalFee, amount: { amountMinor: 10_000, currency }, invoiceId: 'INV-BROKEN' },
      },
      {
        type: 'IssueCreditNote',
        data: { clientId, creditNoteId: 'CN-1', invoiceId: 'INV-BROKEN', amount: { amountMinor: 5_000, currency }, reason: 'Billed twice' },
      },
      {
        type: 'ChargeLateInterest',
        data: { clientId, chargeId: 'LI-1', invoiceId: 'INV-BROKEN', amount: { amountMinor: 300, currency }, from: '2026-10-17', to: '2026-11-19' },
      },
      {
        type: 'WriteOffInvoice',
        data: { clientId, writeOffId: 'WO-1', invoiceId: 'INV-BROKEN', amount: { amountMinor: 1_000, currency }, reason: 'Disputed hours' },
      },
      { type: 'HandOverToCollectionAgency', data: { clientId, handoverId: 'H-1', invoiceIds: ['INV-BROKEN'], agency: 'Cobros Norte' } },
      { type: 'RecordLegalAction', data: { clientId, legalActionId: 'L-1', invoiceIds: ['INV-BROKEN'], kind: LegalActionKind.PaymentOrder } },
      { type: 'SetCreditLimit', data: { clientId, limit: { amountMinor: 100_000, currency } } },
      { type: 'IssueInvoice', data: { clientId, invoiceId: 'INV-DISCOUNT', amount, issuedOn: TODAY } },
      { type: 'GrantSettlementDiscount', data: { clientId, discountId: 'D-1', invoiceId: 'INV-DISCOUNT', amount: { amountMinor: 1_000, currency } } },
      { type: 'PlaceCreditHold', data: { clientId, reason: 'Over the limit' } },
      { type: 'ReleaseCreditHold', data: { clientId } },
    ];
    for (const command of creditControl) await handler.handle(command, { actor: 'test' });
    await new Scheduler(events, new InMemoryTimerStore(), handler, clock).runOnce();
    await endRelationships(events, handler, clock, ids);
    // An erasure: here without encryption, so only the ClientForgotten event is of interest.
    await new ClientErasure(events, { forget: async () => undefined }, new ClientFolds(events), clock, ids).forget(clientId, 'erasure request 1', {
      actor: 'test',
    });
    log = await events.readAll({ after: 0, maxCount: 1_000_000 });
  }, 120_000);

  const terminationEvents = () => log.filter((event) => terminationIdOfStream(event.streamId) !== null);

  it.each([
    { category: 'client', ofStream: clientIdOfStream, versions: CLIENT_EVENT_SCHEMA_VERSION },
    { category: 'termination', ofStream: terminationIdOfStream, versions: TERMINATION_EVENT_SCHEMA_VERSION },
  ])('covers every $category event type of the domain with a real event', ({ ofStream, versions }) => {
    const types = new Set(log.filter((event) => ofStream(event.streamId) !== null).map((event) => event.type));
    expect([...types].sort()).toEqual(Object.keys(versions).sort());
  });

  it('covers every client action the document lists with a real request', () => {
    const documented = (resolveRef(document, document.components.schemas.ClientAction).oneOf ?? []).map((option) => option.properties?.type.const);
    const requested = new Set(
      terminationEvents().flatMap((event) => (event.type === 'ClientActionRequested' ? [(event.data as ClientActionRequested['data']).action.type] : [])),
    );
    expect([...requested].sort()).toEqual([...documented].sort());
  });

  it('keys every termination event by the client id its payload names, as the document says', () => {
    const events = terminationEvents();
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(toEventMessage(event).key).toBe((event.data as { clientId: string }).clientId);
  });

  it('accepts every event payload of the log (a seeded portfolio and three terminations) under its message schema, at its schema version', () => {
    const problems = log.flatMap((event) => {
      const message = document.components.messages[event.type];
      return violations(document, message.payload, event.data, event.type).map((problem) => `position ${event.position}: ${problem}`);
    });
    expect(problems).toEqual([]);
    expect(new Set(log.map((event) => event.schemaVersion))).toEqual(new Set([1]));
  });

  it('accepts every risk record of the seeded portfolio', async () => {
    const head = log[log.length - 1].position;
    const rows = await new ClientSummaryFolder(events).summarize(log);
    const problems = rows.flatMap((row) =>
      violations(document, document.components.messages.ClientRiskAssessed.payload, toRiskRecord(row, head), row.clientId),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('refuses a payload that drifted from its schema, so the check above can fail', () => {
    const schema = document.components.messages.TimeLogged.payload;
    expect(
      violations(document, schema, {
        clientId: 'acme',
        timeEntryId: 'T1',
        activity: 'DELIVERY',
        minutes: 1.5,
        billable: true,
        workedOn: '2026-01-01',
        scopeChangeId: null,
        extra: 1,
      }),
    ).toEqual(['$.minutes: number is not integer', '$.extra is not in the schema']);
  });
});

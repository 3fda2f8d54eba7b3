import { FixedClock, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import type { EventStore, ReadStreamOptions } from '@client-lifecycle/ports';
import { ClientInsightQueries } from '../insight/client-insight.queries';
import { ClientCommandHandler, type UnstampedClientCommand } from './client-command.handler';
import { BYTES_PER_FOLDED_EVENT, ClientFolds } from './client-folds.cache';
import { ClientQueries } from './client.queries';

const NOW = new Date('2026-05-01T12:00:00.000Z');
const clock = new FixedClock(NOW);

const register = (clientId: string): UnstampedClientCommand => ({
  type: 'RegisterClient',
  data: {
    clientId,
    name: `Client ${clientId}`,
    contract: {
      paymentTermsDays: 30,
      exitClause: { text: 'Notice applies', immediateExitFor: [] },
      startDate: '2026-01-01',
      hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
      currency: 'EUR',
      contractedHoursPerMonth: 10,
    },
  },
});

const logTime = (clientId: string, timeEntryId: string): UnstampedClientCommand => ({
  type: 'LogTime',
  data: { clientId, timeEntryId, activity: 'DELIVERY', minutes: 30, billable: true, workedOn: '2026-04-30' },
});

const issueInvoice = (clientId: string): UnstampedClientCommand => ({
  type: 'IssueInvoice',
  data: { clientId, invoiceId: 'INV-1', amount: { amountMinor: 50_000, currency: 'EUR' }, issuedOn: '2026-04-01' },
});

const payInvoice = (clientId: string): UnstampedClientCommand => ({
  type: 'RecordPayment',
  data: { clientId, paymentId: 'PAY-1', invoiceId: 'INV-1', amount: { amountMinor: 50_000, currency: 'EUR' }, paidOn: '2026-04-20' },
});

/**
 * Counts the store's stream reads and the events they return, the way a database would count
 * rows. `vouches: false` makes it a store that never knows a stream's version without a read
 * (PostgreSQL, or SQLite once another process has committed).
 */
function countingReads(store: EventStore, { vouches = true } = {}) {
  const reads: { fromRevision: number; returned: number }[] = [];
  const counted: EventStore = Object.create(store);
  if (!vouches) counted.knownStreamVersion = () => undefined;
  counted.readStream = async (streamId: string, options?: ReadStreamOptions) => {
    const events = await store.readStream(streamId, options);
    reads.push({ fromRevision: options?.fromRevision ?? 1, returned: events.length });
    return events;
  };
  counted.readStreams = () => Promise.reject(new Error('not expected in this spec'));
  return { store: counted, reads };
}

describe('Folded clients kept ready', () => {
  let memory: InMemoryEventStore;
  /** Another process writing to the same log: its own handler and cache. */
  let otherProcess: ClientCommandHandler;

  beforeEach(async () => {
    memory = new InMemoryEventStore(clock);
    otherProcess = new ClientCommandHandler(memory, clock, new UuidV7Generator());
    await otherProcess.handle(register('acme'), { actor: 'crm' });
    for (let index = 0; index < 50; index++) await otherProcess.handle(logTime('acme', `T-${index}`), { actor: 'crm' });
  });

  it('folds a client once, then reads nothing while the store knows the stream is still at its version', async () => {
    const { store, reads } = countingReads(memory);
    const folds = new ClientFolds(store);

    const first = (await folds.fold('acme')).view();
    const again = (await folds.fold('acme')).view();

    expect(first?.version).toBe(51);
    expect(again).toBe(first);
    expect(reads).toEqual([{ fromRevision: 1, returned: 51 }]);
  });

  it('reads only what was appended after its version when the store cannot tell whether anything was', async () => {
    const { store, reads } = countingReads(memory, { vouches: false });
    const folds = new ClientFolds(store);

    const first = (await folds.fold('acme')).view();
    const again = (await folds.fold('acme')).view();

    expect(again).toBe(first);
    expect(reads).toEqual([
      { fromRevision: 1, returned: 51 },
      { fromRevision: 52, returned: 0 },
    ]);
  });

  it.each([
    ['knows the stream moved on', true],
    ['cannot tell', false],
  ])('sees what another process appended since, by reading from the cached version on, when the store %s', async (_, vouches) => {
    const { store, reads } = countingReads(memory, { vouches });
    const folds = new ClientFolds(store);
    await folds.fold('acme');

    await otherProcess.handle(logTime('acme', 'T-other'), { actor: 'other-process' });
    const view = (await folds.fold('acme')).view();

    expect(view?.version).toBe(52);
    expect(view?.history.timeEntries.map((entry) => entry.timeEntryId)).toContain('T-other');
    expect(reads[1]).toEqual({ fromRevision: 52, returned: 1 });
  });

  it('decides on the cached state, and refuses a duplicate another process recorded meanwhile', async () => {
    const folds = new ClientFolds(memory);
    const handler = new ClientCommandHandler(memory, clock, new UuidV7Generator(), { maxAttempts: 5 }, folds);
    await handler.handle(logTime('acme', 'T-mine'), { actor: 'crm' });

    await otherProcess.handle(logTime('acme', 'T-twice'), { actor: 'other-process' });

    await expect(handler.handle(logTime('acme', 'T-twice'), { actor: 'crm' })).rejects.toMatchObject({ refusal: { code: 'CLIENT.TIME_ENTRY_ALREADY_LOGGED' } });
  });

  it('evicts the least recently used clients beyond its budget, and keeps the one used last', async () => {
    for (const clientId of ['bolt', 'cord']) await otherProcess.handle(register(clientId), { actor: 'crm' });
    const folds = new ClientFolds(memory, { budgetBytes: 52 * BYTES_PER_FOLDED_EVENT });

    await folds.fold('bolt');
    await folds.fold('cord');
    expect(folds.stats).toEqual({ clients: 2, events: 2 });

    await folds.fold('acme');
    expect(folds.stats).toEqual({ clients: 2, events: 52 });

    const tiny = new ClientFolds(memory, { budgetBytes: 0 });
    await tiny.fold('bolt');
    await tiny.fold('acme');
    expect(tiny.stats).toEqual({ clients: 1, events: 51 });
  });

  it('never shows a reader an event that came after its view', async () => {
    const folds = new ClientFolds(memory);
    const handler = new ClientCommandHandler(memory, clock, new UuidV7Generator(), { maxAttempts: 5 }, folds);
    const issued = await handler.handle(issueInvoice('acme'), { actor: 'crm' });

    await handler.handle(payInvoice('acme'), { actor: 'crm' });
    await handler.handle(logTime('acme', 'T-late'), { actor: 'crm' });

    expect(issued.client?.version).toBe(52);
    expect(issued.client?.history.invoices[0]).toMatchObject({ openBalanceMinor: 50_000, payments: [] });
    expect(issued.client?.history.timeEntries).toHaveLength(50);
    expect((await folds.fold('acme')).view()?.history.invoices[0]).toMatchObject({ openBalanceMinor: 0 });
  });

  it('offers the followers of the log the history at its latest version and the one before, without reading', async () => {
    const { store, reads } = countingReads(memory);
    const folds = new ClientFolds(store);
    const handler = new ClientCommandHandler(store, clock, new UuidV7Generator(), { maxAttempts: 5 }, folds);
    await handler.handle(issueInvoice('acme'), { actor: 'crm' });
    const readsBefore = reads.length;

    const latest = folds.historyAt('acme', 52);
    const before = folds.historyAt('acme', 51);

    expect(reads).toHaveLength(readsBefore);
    expect(latest).toBe((await folds.fold('acme')).view()?.history);
    expect(latest?.invoices).toHaveLength(1);
    expect(before?.invoices).toHaveLength(0);
    expect(before?.timeEntries).toHaveLength(50);
    expect(folds.historyAt('acme', 50)).toBeUndefined();
    expect(folds.historyAt('acme', 53)).toBeUndefined();
    expect(folds.historyAt('nobody', 1)).toBeUndefined();
  });
});

describe('A mutation reads its stream once', () => {
  it('decides, appends and answers with the client and its risk from one read of the stream', async () => {
    const memory = new InMemoryEventStore(clock);
    const writer = new ClientCommandHandler(memory, clock, new UuidV7Generator());
    await writer.handle(register('acme'), { actor: 'crm' });
    await writer.handle(issueInvoice('acme'), { actor: 'crm' });
    const { store, reads } = countingReads(memory);
    const folds = new ClientFolds(store);
    const handler = new ClientCommandHandler(store, clock, new UuidV7Generator(), { maxAttempts: 5 }, folds);
    const insights = new ClientInsightQueries(store, clock, undefined, new ClientQueries(store, folds));

    const outcome = await handler.handle(payInvoice('acme'), { actor: 'crm' });
    const risk = outcome.client && insights.assess(outcome.client).risk;

    expect(reads).toHaveLength(1);
    expect(outcome.client).toMatchObject({ version: 3, history: { invoices: [{ openBalanceMinor: 0 }] } });
    expect(outcome.client?.previous?.invoices[0].openBalanceMinor).toBe(50_000);
    expect(risk?.band).toBeDefined();
  });

  it('reads a client already folded no more per command while the store knows its stream has nothing newer', async () => {
    const memory = new InMemoryEventStore(clock);
    const { store, reads } = countingReads(memory);
    const handler = new ClientCommandHandler(store, clock, new UuidV7Generator(), { maxAttempts: 5 }, new ClientFolds(store));
    await handler.handle(register('acme'), { actor: 'crm' });

    for (let index = 0; index < 20; index++) await handler.handle(logTime('acme', `T-${index}`), { actor: 'crm' });

    expect(reads).toEqual([{ fromRevision: 1, returned: 0 }]);
  });

  it('reads only the new events of a client already folded, once per command, when the store cannot tell', async () => {
    const memory = new InMemoryEventStore(clock);
    const { store, reads } = countingReads(memory, { vouches: false });
    const handler = new ClientCommandHandler(store, clock, new UuidV7Generator(), { maxAttempts: 5 }, new ClientFolds(store));
    await handler.handle(register('acme'), { actor: 'crm' });

    for (let index = 0; index < 20; index++) await handler.handle(logTime('acme', `T-${index}`), { actor: 'crm' });

    expect(reads).toHaveLength(21);
    expect(reads.slice(1).every((read) => read.returned === 0)).toBe(true);
  });
});

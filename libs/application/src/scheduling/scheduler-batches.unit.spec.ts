import { FixedClock, InMemoryEventStore, InMemoryTimerStore, UuidV7Generator } from '@client-lifecycle/adapters';
import type { EventStore, FiredTimer } from '@client-lifecycle/ports';
import { ClientCommandHandler, type UnstampedClientCommand } from '../client/client-command.handler';
import { Scheduler } from './scheduler';

const TODAY = new Date('2026-04-15T08:00:00.000Z');
const CLIENTS = ['a', 'b', 'c', 'd', 'e'];
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const register = (clientId: string): UnstampedClientCommand => ({
  type: 'RegisterClient',
  data: {
    clientId,
    name: clientId.toUpperCase(),
    contract: {
      paymentTermsDays: 30,
      exitClause: { text: 'Notice applies', immediateExitFor: [] },
      startDate: '2025-01-01',
      hourlyRate: eur(9_000),
      currency: 'EUR',
      contractedHoursPerMonth: 10,
    },
  },
  occurredAt: '2025-01-01T09:00:00Z',
});

/** Two invoices per client, due in January and February: by 15 April each has several aging and ladder timers due. */
const invoices = (clientId: string): UnstampedClientCommand[] => [
  { type: 'IssueInvoice', data: { clientId, invoiceId: `${clientId}-1`, amount: eur(100_000), issuedOn: '2025-12-10' }, occurredAt: '2025-12-10T09:00:00Z' },
  { type: 'IssueInvoice', data: { clientId, invoiceId: `${clientId}-2`, amount: eur(50_000), issuedOn: '2026-01-10' }, occurredAt: '2026-01-10T09:00:00Z' },
];

/** An event store that counts appends per stream, and is otherwise the real one. */
function countingAppends(store: EventStore): { store: EventStore; appends: Map<string, number> } {
  const appends = new Map<string, number>();
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'append') return Reflect.get(target, property, receiver);
      return (streamId: string, ...rest: unknown[]) => {
        appends.set(streamId, (appends.get(streamId) ?? 0) + 1);
        return (target.append as (...args: unknown[]) => unknown).call(target, streamId, ...rest);
      };
    },
  });
  return { store: counted, appends };
}

/** A timer store that loses the power once: a batch's facts are stored, its fired marks are not. */
class CrashingOnceTimerStore extends InMemoryTimerStore {
  crashes = 1;
  override async markAllFired(fired: readonly FiredTimer[], firedAt: string): Promise<void> {
    if (this.crashes-- > 0) throw new Error('power cut before the fired marks were written');
    await super.markAllFired(fired, firedAt);
  }
}

describe('scheduler catch-up in batches', () => {
  const clock = new FixedClock(TODAY);
  let events: InMemoryEventStore;
  let handler: ClientCommandHandler;

  beforeEach(async () => {
    events = new InMemoryEventStore(clock);
    handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
    for (const clientId of CLIENTS) {
      await handler.handle(register(clientId), { actor: 'crm' });
      for (const invoice of invoices(clientId)) await handler.handle(invoice, { actor: 'crm' });
    }
  });

  /** Each client's time facts: type, the timer that caused it and its day, in stream order. */
  const factsOf = async (store: EventStore) => {
    const facts: Record<string, string[]> = {};
    for (const clientId of CLIENTS)
      facts[clientId] = (await store.readStream(`client-${clientId}`))
        .filter((event) => event.metadata.actor === 'scheduler')
        .map((event) => `${event.type}@${event.occurredAt}<-${event.metadata.causationId}`);
    return facts;
  };

  it('stores all due timers of a client in one append per batch, each fact once, as of its own day', async () => {
    const { store, appends } = countingAppends(events);
    const counted = new ClientCommandHandler(store, clock, new UuidV7Generator());
    const timers = new InMemoryTimerStore();

    const fired = await new Scheduler(store, timers, counted, clock).runOnce();

    const facts = await factsOf(events);
    expect(fired).toBeGreaterThan(CLIENTS.length * 4);
    for (const clientId of CLIENTS) {
      expect(appends.get(`client-${clientId}`)).toBe(1);
      expect(new Set(facts[clientId]).size).toBe(facts[clientId].length);
      expect(facts[clientId]).toContain(`InvoiceAged@2026-01-10T00:00:00.000Z<-aging:${clientId}:${clientId}-1:DAYS_1_30`);
    }
    expect(await timers.due('2026-04-15', 100)).toEqual([]);
  });

  it('fires in several batches when more timers are due than a batch holds, with the same facts as one batch', async () => {
    const reference = new InMemoryEventStore(clock);
    const referenceHandler = new ClientCommandHandler(reference, clock, new UuidV7Generator());
    for (const clientId of CLIENTS) {
      await referenceHandler.handle(register(clientId), { actor: 'crm' });
      for (const invoice of invoices(clientId)) await referenceHandler.handle(invoice, { actor: 'crm' });
    }
    const inOne = await new Scheduler(reference, new InMemoryTimerStore(), referenceHandler, clock).runOnce();

    const inSmall = await new Scheduler(events, new InMemoryTimerStore(), handler, clock, { batchSize: 3 }).runOnce();

    expect(inSmall).toBe(inOne);
    const withoutTimerIds = (facts: Record<string, string[]>) => Object.values(facts).map((list) => list.map((fact) => fact.split('<-')[0]));
    expect(withoutTimerIds(await factsOf(events))).toEqual(withoutTimerIds(await factsOf(reference)));
  });

  it("after a crash between a batch's append and its fired marks, a restart records nothing twice and fires every timer", async () => {
    const timers = new CrashingOnceTimerStore();
    await expect(new Scheduler(events, timers, handler, clock, { batchSize: 4 }).runOnce()).rejects.toThrow(/power cut/);
    const afterCrash = await factsOf(events);
    expect(Object.values(afterCrash).flat().length).toBeGreaterThan(0);

    await new Scheduler(events, timers, handler, clock, { batchSize: 4 }).runOnce();

    const facts = await factsOf(events);
    for (const clientId of CLIENTS) {
      expect(facts[clientId].slice(0, afterCrash[clientId].length)).toEqual(afterCrash[clientId]);
      expect(new Set(facts[clientId].map((fact) => fact.split('<-')[0])).size).toBe(facts[clientId].length);
    }
    expect(await timers.due('2026-04-15', 100)).toEqual([]);
    expect(await new Scheduler(events, timers, handler, clock).runOnce()).toBe(0);
  });
});

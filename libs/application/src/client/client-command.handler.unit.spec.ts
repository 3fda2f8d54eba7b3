import { FixedClock, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import type { EventStore } from '@client-lifecycle/ports';
import { CommandRefusedError, ConcurrencyConflictError } from '../shared';
import { ClientCommandHandler, type UnstampedClientCommand } from './client-command.handler';

const NOW = new Date('2026-05-01T12:00:00.000Z');

const register = (clientId = 'acme'): UnstampedClientCommand => ({
  type: 'RegisterClient',
  data: {
    clientId,
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
});

const logTime = (timeEntryId: string): UnstampedClientCommand => ({
  type: 'LogTime',
  data: { clientId: 'acme', timeEntryId, activity: 'DELIVERY', minutes: 30, billable: true, workedOn: '2026-04-30' },
});

/** Another process writing to the same stream between our read and our append. */
function withInterloper(store: EventStore, times: number): EventStore {
  let remaining = times;
  const interloper = new ClientCommandHandler(store, new FixedClock(NOW), new UuidV7Generator());
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'append') return Reflect.get(target, property, receiver);
      return async (...args: Parameters<EventStore['append']>) => {
        if (remaining-- > 0) await interloper.handle(logTime(`interloper-${remaining}`), { actor: 'other-process' });
        return target.append(...args);
      };
    },
  });
}

describe('client command handler', () => {
  let store: InMemoryEventStore;
  let handler: ClientCommandHandler;

  beforeEach(async () => {
    store = new InMemoryEventStore(new FixedClock(NOW));
    handler = new ClientCommandHandler(store, new FixedClock(NOW), new UuidV7Generator());
    await handler.handle(register(), { actor: 'crm' });
  });

  it('stamps events with the envelope: business time, actor, correlation and idempotency key', async () => {
    const outcome = await handler.handle(
      { ...logTime('t-1'), occurredAt: '2026-04-30T17:00:00Z' },
      { actor: 'crm', correlationId: 'corr-9', causationId: 'cmd-1', idempotencyKey: 'k-1' },
    );

    expect(outcome).toMatchObject({ clientId: 'acme', version: 2, deduplicated: false });
    expect(outcome.events[0]).toMatchObject({
      type: 'TimeLogged',
      occurredAt: '2026-04-30T17:00:00Z',
      recordedAt: NOW.toISOString(),
      metadata: { actor: 'crm', correlationId: 'corr-9', causationId: 'cmd-1', idempotencyKey: 'k-1' },
    });
  });

  it('uses the clock for business time when the command carries none', async () => {
    const outcome = await handler.handle(logTime('t-1'), { actor: 'crm' });

    expect(outcome.events[0].occurredAt).toBe(NOW.toISOString());
  });

  it('appends nothing when the decider refuses', async () => {
    const refusal = handler.handle(register(), { actor: 'crm' });

    await expect(refusal).rejects.toBeInstanceOf(CommandRefusedError);
    await expect(refusal).rejects.toMatchObject({ refusal: { code: 'CLIENT.ALREADY_REGISTERED' } });
    expect(await store.headPosition()).toBe(1);
  });

  it('returns the first result, storing nothing, when a command is re-sent with its idempotency key', async () => {
    const first = await handler.handle(logTime('t-1'), { actor: 'crm', idempotencyKey: 'k-1' });

    const again = await handler.handle(logTime('t-1'), { actor: 'crm', idempotencyKey: 'k-1' });

    expect(again).toEqual({ ...first, deduplicated: true });
    expect(await store.headPosition()).toBe(2);
  });

  it('re-reads and decides again when another writer got in first', async () => {
    const contended = new ClientCommandHandler(withInterloper(store, 2), new FixedClock(NOW), new UuidV7Generator());

    const outcome = await contended.handle(logTime('t-1'), { actor: 'crm' });

    expect(outcome.version).toBe(4);
    expect((await store.readStream('client-acme')).map((event) => event.metadata.actor)).toEqual(['crm', 'other-process', 'other-process', 'crm']);
  });

  it('gives up with a conflict after the bounded number of attempts', async () => {
    const contended = new ClientCommandHandler(withInterloper(store, 10), new FixedClock(NOW), new UuidV7Generator(), { maxAttempts: 3 });

    await expect(contended.handle(logTime('t-1'), { actor: 'crm' })).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect((await store.readStream('client-acme')).some((event) => event.metadata.actor === 'crm' && event.revision > 1)).toBe(false);
  });

  it('never retries when the caller pinned the version it decided on', async () => {
    await handler.handle(logTime('t-1'), { actor: 'crm' });

    const stale = handler.handle(logTime('t-2'), { actor: 'crm', expectedVersion: 1 });

    await expect(stale).rejects.toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    expect(await store.streamVersion('client-acme')).toBe(2);
  });

  it('serializes simultaneous commands for one client, so none of them needs a retry', async () => {
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, index) => handler.handle(logTime(`t-${index}`), { actor: 'crm' })));

    expect(outcomes.map((outcome) => outcome.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 2));
  });
});

import { HealthIndicatorService } from '@nestjs/terminus';
import type { ClientSummaryProjection, TerminationProcessManager, WorklistProjection } from '@client-lifecycle/application';
import type { EventStore } from '@client-lifecycle/ports';
import { StorageState } from '../telemetry';
import { WorkerFaults, type SingletonWorkers } from '../workers';
import { ReadinessIndicators } from './readiness.indicators';

const LIMITS = { dataDir: null, minFreeDiskMb: 64, maxProjectionLag: 100 };

function indicators(
  overrides: { store?: Partial<EventStore>; faults?: WorkerFaults; storage?: StorageState; states?: Record<string, string>; worklistLag?: number } = {},
) {
  const store = { headPosition: async () => 7, ...overrides.store } as EventStore;
  const lagOf = { lag: async () => 0 };
  const workers = { status: () => overrides.states ?? { projector: 'active' } } as unknown as SingletonWorkers;
  return new ReadinessIndicators(
    new HealthIndicatorService(),
    LIMITS,
    store,
    lagOf as unknown as ClientSummaryProjection,
    lagOf as unknown as TerminationProcessManager,
    { lag: async () => overrides.worklistLag ?? 0 } as unknown as WorklistProjection,
    workers,
    overrides.faults ?? new WorkerFaults(),
    overrides.storage ?? new StorageState(),
  );
}

describe('readiness', () => {
  it('is up on every count when the store answers, writes succeed and workers run', async () => {
    const ready = indicators();
    expect(await ready.eventStore()).toEqual({ eventStore: { status: 'up', headPosition: 7 } });
    expect(await ready.storageSpace()).toEqual({ storage: { status: 'up' } });
    expect(ready.workersRunning().workers.status).toBe('up');
    expect((await ready.projectionLag()).projectionLag.status).toBe('up');
  });

  it('is down when the worklist trails the log by more than the limit, naming the lag', async () => {
    const lag = (await indicators({ worklistLag: LIMITS.maxProjectionLag + 1 }).projectionLag()).projectionLag;
    expect(lag).toMatchObject({
      status: 'down',
      lag: { clientSummaries: 0, terminations: 0, worklist: 101 },
      message: expect.stringContaining('by 101 events'),
    });
  });

  it('is down when the event store cannot be reached', async () => {
    const ready = indicators({ store: { headPosition: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432')) } });
    expect((await ready.eventStore()).eventStore).toMatchObject({ status: 'down', message: expect.stringContaining('ECONNREFUSED') });
  });

  it('is down after a write refused for lack of space, and up again once a write succeeds', async () => {
    const storage = new StorageState();
    const ready = indicators({ storage });
    storage.observeFailure(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), new Date('2026-11-27T10:00:00Z'));
    expect((await ready.storageSpace()).storage).toMatchObject({ status: 'down', message: expect.stringContaining('since 2026-11-27T10:00:00.000Z') });

    storage.observeSuccess();
    expect((await ready.storageSpace()).storage.status).toBe('up');
  });

  it('ignores a refused write that is not about space', async () => {
    const storage = new StorageState();
    storage.observeFailure(Object.assign(new Error('version conflict'), { code: 'CONFLICT' }), new Date());
    expect((await indicators({ storage }).storageSpace()).storage.status).toBe('up');
  });

  it('is down when a worker stopped following the log, naming it and why', () => {
    const faults = new WorkerFaults();
    faults.report('projector', new Error('no such table: client_summaries'));
    expect(indicators({ faults }).workersRunning().workers).toMatchObject({ status: 'down', stopped: { projector: 'no such table: client_summaries' } });
    expect(indicators({ states: { relay: 'stopped' } }).workersRunning().workers).toMatchObject({ status: 'down', stopped: { relay: 'stopped' } });
  });
});

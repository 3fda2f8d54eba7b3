import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteLeaseStore } from '@client-lifecycle/adapters';
import type { LeaseStore } from '@client-lifecycle/ports';
import { type SingletonWork, SingletonWorker } from './singleton-worker';

class RecordingWork implements SingletonWork {
  readonly calls: string[] = [];
  start(): void {
    this.calls.push('start');
  }
  async stop(): Promise<void> {
    this.calls.push('stop');
  }
  tick(): void {
    this.calls.push('tick');
  }
}

describe('a singleton worker over real leases', () => {
  let folder: string;
  const stores: LeaseStore[] = [];
  const open = (owner: string) => {
    const store = SqliteLeaseStore.open({ folder, owner });
    stores.push(store);
    return store;
  };

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'singleton-worker-'));
  });

  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    rmSync(folder, { recursive: true, force: true });
  });

  it('runs the work in one instance only; the standby takes over when the holder goes', async () => {
    const [firstWork, secondWork] = [new RecordingWork(), new RecordingWork()];
    const firstStore = open('first');
    const first = new SingletonWorker('projector', firstStore, firstWork, { checkEveryMs: 1_000 });
    const second = new SingletonWorker('projector', open('second'), secondWork, { checkEveryMs: 1_000 });

    await first.check();
    await second.check();
    expect([first.status, second.status]).toEqual(['active', 'standby']);

    await first.check();
    expect(firstWork.calls).toEqual(['start', 'tick']);

    await firstStore.close();
    await second.check();
    await first.check();

    expect([first.status, second.status]).toEqual(['standby', 'active']);
    expect(firstWork.calls).toEqual(['start', 'tick', 'stop']);
    expect(secondWork.calls).toEqual(['start']);
  });

  it('stops its work and gives the lease back when stopped', async () => {
    const work = new RecordingWork();
    const worker = new SingletonWorker('scheduler', open('first'), work, { checkEveryMs: 1_000 });
    await worker.check();

    await worker.stop();

    expect(worker.status).toBe('stopped');
    expect(work.calls).toEqual(['start', 'stop']);
    expect(await open('second').tryAcquire('scheduler')).not.toBeNull();
  });

  it('keeps trying when the lease store fails, without starting the work', async () => {
    const work = new RecordingWork();
    const logs: string[] = [];
    const failing: LeaseStore = { tryAcquire: async () => Promise.reject(new Error('database down')), close: async () => undefined };
    const worker = new SingletonWorker('relay', failing, work, { checkEveryMs: 1_000, log: (message) => logs.push(message) });

    await worker.check();

    expect(worker.status).toBe('standby');
    expect(work.calls).toEqual([]);
    expect(logs).toEqual(['relay: lease check failed, trying again: database down']);
  });
});

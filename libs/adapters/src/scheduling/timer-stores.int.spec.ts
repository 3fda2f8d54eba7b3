import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TimerStore } from '@client-lifecycle/ports';
import { describeTimerStoreContract } from '@client-lifecycle/testing';
import { InMemoryTimerStore } from './in-memory.timer-store';
import { SqliteTimerStore } from './sqlite.timer-store';

const folder = mkdtempSync(join(tmpdir(), 'timer-store-'));
const files = new WeakMap<TimerStore, string>();
let opened = 0;

const open = (filename: string) => {
  const store = SqliteTimerStore.open(filename);
  files.set(store, filename);
  return store;
};

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeTimerStoreContract('in-memory', { create: async () => new InMemoryTimerStore() });

describeTimerStoreContract('SQLite', {
  create: async () => open(join(folder, `timers-${++opened}.sqlite`)),
  reopen: async (store) => {
    await store.close();
    return open(files.get(store)!); // only stores this harness opened reach here
  },
});

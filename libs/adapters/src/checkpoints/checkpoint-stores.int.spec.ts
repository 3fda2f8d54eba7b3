import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckpointStore } from '@client-lifecycle/ports';
import { describeCheckpointStoreContract } from '@client-lifecycle/testing';
import { InMemoryCheckpointStore } from './in-memory.checkpoint-store';
import { SqliteCheckpointStore } from './sqlite.checkpoint-store';

const folder = mkdtempSync(join(tmpdir(), 'checkpoints-'));
const files = new WeakMap<CheckpointStore, string>();
let opened = 0;

const open = (filename: string) => {
  const store = SqliteCheckpointStore.open(filename);
  files.set(store, filename);
  return store;
};

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeCheckpointStoreContract('in-memory', { create: async () => new InMemoryCheckpointStore() });

describeCheckpointStoreContract('SQLite', {
  create: async () => open(join(folder, `checkpoints-${++opened}.sqlite`)),
  reopen: async (store) => {
    await store.close();
    return open(files.get(store)!); // only stores this harness opened reach here
  },
});

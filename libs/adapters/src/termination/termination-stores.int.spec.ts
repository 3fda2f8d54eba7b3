import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TerminationStore } from '@client-lifecycle/ports';
import { describeTerminationStoreContract } from '@client-lifecycle/testing';
import { InMemoryTerminationStore } from './in-memory.termination-store';
import { SqliteTerminationStore } from './sqlite.termination-store';

const folder = mkdtempSync(join(tmpdir(), 'termination-store-'));
const files = new WeakMap<TerminationStore, string>();
let opened = 0;

const open = (filename: string) => {
  const store = SqliteTerminationStore.open(filename);
  files.set(store, filename);
  return store;
};

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeTerminationStoreContract('in-memory', { create: async () => new InMemoryTerminationStore() });

describeTerminationStoreContract('SQLite', {
  create: async () => open(join(folder, `terminations-${++opened}.sqlite`)),
  reopen: async (store) => {
    await store.close();
    return open(files.get(store)!); // only stores this harness opened reach here
  },
});

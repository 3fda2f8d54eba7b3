import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataKeyStore } from '@client-lifecycle/ports';
import { describeDataKeyStoreContract } from '@client-lifecycle/testing';
import { InMemoryDataKeyStore } from './in-memory.data-key-store';
import { SqliteDataKeyStore } from './sqlite.data-key-store';

const folder = mkdtempSync(join(tmpdir(), 'data-key-store-'));
const files = new WeakMap<DataKeyStore, string>();
let opened = 0;

const open = (filename: string) => {
  const store = SqliteDataKeyStore.open(filename);
  files.set(store, filename);
  return store;
};

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeDataKeyStoreContract('in-memory', { create: async () => new InMemoryDataKeyStore() });

describeDataKeyStoreContract('SQLite', {
  create: async () => open(join(folder, `data-keys-${++opened}.sqlite`)),
  reopen: async (store) => {
    await store.close();
    return open(files.get(store)!); // only stores this harness opened reach here
  },
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiKeyStore } from '@client-lifecycle/ports';
import { describeApiKeyStoreContract } from '@client-lifecycle/testing';
import { InMemoryApiKeyStore } from './in-memory.api-key-store';
import { SqliteApiKeyStore } from './sqlite.api-key-store';

const folder = mkdtempSync(join(tmpdir(), 'api-key-store-'));
const files = new WeakMap<ApiKeyStore, string>();
let opened = 0;

const open = (filename: string) => {
  const store = SqliteApiKeyStore.open(filename);
  files.set(store, filename);
  return store;
};

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeApiKeyStoreContract('in-memory', { create: async () => new InMemoryApiKeyStore() });

describeApiKeyStoreContract('SQLite', {
  create: async () => open(join(folder, `api-keys-${++opened}.sqlite`)),
  reopen: async (store) => {
    await store.close();
    return open(files.get(store)!); // only stores this harness opened reach here
  },
  openAnother: async (store) => open(files.get(store)!),
});

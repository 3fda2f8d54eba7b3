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

describe('SQLite data keys asked for at once', () => {
  const bytes = (value: number) => new Uint8Array(32).fill(value);

  it('answer each client with its key, the first of two asked for one client kept', async () => {
    const store = open(join(folder, `data-keys-${++opened}.sqlite`));

    const stored = await Promise.all([
      store.putIfAbsent('c-1', bytes(1), 'm-1'),
      store.putIfAbsent('c-2', bytes(2), 'm-1'),
      store.putIfAbsent('c-1', bytes(3), 'm-1'),
    ]);

    expect(stored.map((key) => [key.clientId, key.wrappedKey?.[0]])).toEqual([
      ['c-1', 1],
      ['c-2', 2],
      ['c-1', 1],
    ]);
    await store.close();
  });

  it('are written by a close that comes before their transaction, and found after reopening', async () => {
    const filename = join(folder, `data-keys-${++opened}.sqlite`);
    const store = open(filename);

    const asked = store.putIfAbsent('c-1', bytes(7), 'm-1');
    await store.close();

    expect((await asked).wrappedKey?.[0]).toBe(7);
    const reopened = open(filename);
    expect((await reopened.get('c-1'))?.wrappedKey?.[0]).toBe(7);
    await reopened.close();
  });
});

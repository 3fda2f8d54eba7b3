import type { DataKeyStore } from '@client-lifecycle/ports';
import { describeDataKeyStoreContract, PostgresTestDatabase } from '@client-lifecycle/testing';
import { PostgresDataKeyStore } from './postgres.data-key-store';

// Creating the test database can take seconds on a loaded machine.
jest.setTimeout(60_000);

const database = new PostgresTestDatabase('data_keys');
const urls = new WeakMap<DataKeyStore, string>();

const open = async (url: string) => {
  const store = await PostgresDataKeyStore.open(url);
  urls.set(store, url);
  return store;
};

afterAll(() => database.drop(), 60_000);

describeDataKeyStoreContract('PostgreSQL', {
  create: async () => open(await database.freshSchema()),
  reopen: async (store) => {
    await store.close();
    return open(urls.get(store)!); // only stores this harness opened reach here
  },
});

import type { ApiKeyStore } from '@client-lifecycle/ports';
import { describeApiKeyStoreContract, PostgresTestDatabase } from '@client-lifecycle/testing';
import { PostgresApiKeyStore } from './postgres.api-key-store';

// Creating the test database can take seconds on a loaded machine.
jest.setTimeout(60_000);

const database = new PostgresTestDatabase('api_keys');
const urls = new WeakMap<ApiKeyStore, string>();

const open = async (url: string) => {
  const store = await PostgresApiKeyStore.open(url);
  urls.set(store, url);
  return store;
};

afterAll(() => database.drop(), 60_000);

describeApiKeyStoreContract('PostgreSQL', {
  create: async () => open(await database.freshSchema()),
  reopen: async (store) => {
    await store.close();
    return open(urls.get(store)!); // only stores this harness opened reach here
  },
  openAnother: async (store) => open(urls.get(store)!),
});

import type { CheckpointStore } from '@client-lifecycle/ports';
import { describeCheckpointStoreContract, PostgresTestDatabase } from '@client-lifecycle/testing';
import { PostgresCheckpointStore } from './postgres.checkpoint-store';

const database = new PostgresTestDatabase('checkpoints');
const urls = new WeakMap<CheckpointStore, string>();

const open = async (url: string) => {
  const store = await PostgresCheckpointStore.open(url);
  urls.set(store, url);
  return store;
};

afterAll(() => database.drop());

describeCheckpointStoreContract('PostgreSQL', {
  create: async () => open(await database.freshSchema()),
  reopen: async (store) => {
    await store.close();
    return open(urls.get(store)!); // only stores this harness opened reach here
  },
});

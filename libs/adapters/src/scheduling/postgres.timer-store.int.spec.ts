import type { TimerStore } from '@client-lifecycle/ports';
import { describeTimerStoreContract, PostgresTestDatabase } from '@client-lifecycle/testing';
import { PostgresTimerStore } from './postgres.timer-store';

const database = new PostgresTestDatabase('timers');
const urls = new WeakMap<TimerStore, string>();

const open = async (url: string) => {
  const store = await PostgresTimerStore.open(url);
  urls.set(store, url);
  return store;
};

afterAll(() => database.drop(), 60_000);

describeTimerStoreContract('PostgreSQL', {
  create: async () => open(await database.freshSchema()),
  reopen: async (store) => {
    await store.close();
    return open(urls.get(store)!); // only stores this harness opened reach here
  },
});

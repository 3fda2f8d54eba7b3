import type { TimerStore } from '@client-lifecycle/ports';
import { describeTimerStoreContract, PostgresTestDatabase } from '@client-lifecycle/testing';
import { PostgresTimerStore } from './postgres.timer-store';

// jest.config.js's per-project testTimeout is not applied (tests stop at jest's default 5 s),
// and creating the test database can take seconds on a loaded machine.
jest.setTimeout(60_000);

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

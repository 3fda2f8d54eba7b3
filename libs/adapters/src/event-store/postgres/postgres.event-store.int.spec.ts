import type { EventStore } from '@client-lifecycle/ports';
import { Client } from 'pg';
import { anEvent, CONTRACT_NOW, describeEventStoreContract, PostgresTestDatabase } from '@client-lifecycle/testing';
import { FixedClock } from '../../clock';
import { PostgresEventStore } from './postgres.event-store';

// jest.config.js's per-project testTimeout is not applied (tests stop at jest's default 5 s),
// and the contract's 50 racing writers can take that long on a loaded machine.
jest.setTimeout(60_000);

const database = new PostgresTestDatabase('event_store');
const urls = new WeakMap<EventStore, string>();

const open = async (connectionString: string) => {
  const store = await PostgresEventStore.open({ connectionString, clock: new FixedClock(CONTRACT_NOW), poolSize: 4 });
  urls.set(store, connectionString);
  return store;
};

afterAll(() => database.drop(), 60_000);

describeEventStoreContract('PostgreSQL', {
  create: async () => open(await database.freshSchema()),
  reopen: async (store) => {
    await store.close();
    return open(urls.get(store)!); // only stores this harness opened reach here
  },
  another: async (store) => open(urls.get(store)!), // only stores this harness opened reach here
  guarantees: { knownStreamVersions: false },
});

describe('PostgreSQL event store database', () => {
  it('refuses a database written by a newer schema than this build knows', async () => {
    const url = await database.freshSchema();
    await (await open(url)).close();
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query("UPDATE schema_version SET version = 99 WHERE component = 'event_store'");
    await client.end();

    await expect(open(url)).rejects.toThrow(/event store database is at schema version 99/);
  });

  it('migrates once when several processes open a new database at the same time', async () => {
    const url = await database.freshSchema();

    const stores = await Promise.all([open(url), open(url), open(url)]);
    await stores[0].append('client-a', [anEvent()], { expectedVersion: 0 });

    expect(await stores[2].headPosition()).toBe(1);
    await Promise.all(stores.map((store) => store.close()));
  });
});

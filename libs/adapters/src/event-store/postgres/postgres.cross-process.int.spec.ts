import type { RecordedEvent } from '@client-lifecycle/ports';
import { Client } from 'pg';
import { anEvent, CONTRACT_NOW, PostgresTestDatabase } from '@client-lifecycle/testing';
import { FixedClock } from '../../clock';
import { PostgresEventStore } from './postgres.event-store';

// jest.config.js's per-project testTimeout is not applied (tests stop at jest's default 5 s),
// and the concurrent writers can take that long on a loaded machine.
jest.setTimeout(60_000);

const database = new PostgresTestDatabase('event_store_processes');
const opened: PostgresEventStore[] = [];

/** Each store is what one app process holds: its own pool and its own LISTEN connection. */
const open = async (connectionString: string, poolSize: number) => {
  const store = await PostgresEventStore.open({ connectionString, clock: new FixedClock(CONTRACT_NOW), poolSize });
  opened.push(store);
  return store;
};

const events = (count: number) => Array.from({ length: count }, () => anEvent());
const oneToN = (n: number) => Array.from({ length: n }, (_, index) => index + 1);

afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});
afterAll(() => database.drop(), 60_000);

describe('PostgreSQL event store shared by several processes', () => {
  it('never lets a tailing reader skip an event committed late with a lower position', async () => {
    const url = await database.freshSchema();
    const processes = [await open(url, 4), await open(url, 4)];
    const reader = await open(url, 2);
    const writers = 12;
    const appendsPerWriter = 25;
    let writing = true;
    let acknowledged = 0;

    const write = async (writer: number) => {
      const store = processes[writer % processes.length];
      for (let append = 0; append < appendsPerWriter; append++) {
        const batch = events(1 + ((writer + append) % 3));
        await store.append(`client-${writer}`, batch, { expectedVersion: 'any' });
        acknowledged += batch.length;
      }
    };
    const seen: RecordedEvent[] = [];
    const tail = async () => {
      let after = 0;
      for (;;) {
        // Taken before the read, so the read that ends the loop started after every write was acknowledged.
        const lastRound = !writing;
        const page = await reader.readAll({ after, maxCount: 7 });
        seen.push(...page);
        if (page.length > 0) after = page[page.length - 1].position;
        else if (lastRound) return;
        else await new Promise((resolve) => setImmediate(resolve));
      }
    };

    const tailing = tail();
    await Promise.all(Array.from({ length: writers }, (_, writer) => write(writer)));
    writing = false;
    await tailing;

    const log = await reader.readAll({ after: 0, maxCount: 100_000 });
    expect(log).toHaveLength(acknowledged);
    expect(seen.map((event) => event.position)).toEqual(oneToN(acknowledged));
    expect(seen.map((event) => event.eventId)).toEqual(log.map((event) => event.eventId));
  });

  it('wakes listeners for appends another process made, and its own only once', async () => {
    const url = await database.freshSchema();
    const [first, second] = [await open(url, 2), await open(url, 2)];
    const heardByFirst: number[] = [];
    first.onAppended((head) => heardByFirst.push(head));
    const secondHears = (head: number) => new Promise<void>((resolve) => second.onAppended((at) => at === head && resolve()));
    const firstHears = (head: number) => new Promise<void>((resolve) => first.onAppended((at) => at === head && resolve()));

    const secondHeardTwo = secondHears(2);
    await first.append('client-a', events(2), { expectedVersion: 0 });
    await secondHeardTwo;

    const firstHeardThree = firstHears(3);
    await second.append('client-b', events(1), { expectedVersion: 0 });
    await firstHeardThree;

    // One connection delivers notifications in commit order: by the time 3 arrived, the echo
    // of the first store's own commit at 2 had arrived too, and was dropped.
    expect(heardByFirst).toEqual([2, 3]);
  });

  it('hears other processes again after its LISTEN connection was cut', async () => {
    const url = await database.freshSchema();
    const [listening, writing] = [await open(url, 2), await open(url, 2)];
    await writing.append('client-a', events(1), { expectedVersion: 0 });
    const caughtUp = new Promise<void>((resolve) => listening.onAppended((head) => head >= 2 && resolve()));

    const admin = new Client({ connectionString: url });
    await admin.connect();
    const { rowCount } = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()",
    );
    await admin.end();
    await writing.append('client-a', events(1), { expectedVersion: 1 });

    expect(rowCount).toBe(2);
    await caughtUp;
  });
});

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FixedClock,
  InMemoryClientSummaryStore,
  InMemoryEventStore,
  PostgresClientSummaryStore,
  SqliteClientSummaryStore,
  SqliteLeaseStore,
  UuidV7Generator,
} from '@client-lifecycle/adapters';
import type { ClientSummaryStore, LeaseStore } from '@client-lifecycle/ports';
import { PostgresTestDatabase } from '@client-lifecycle/testing';
import { ClientCommandHandler } from '../client/client-command.handler';
import { seedPortfolio } from '../seed';
import { ClientSummaryProjection } from './client-summary.projection';
import { ClientSummaryRebuild, PROJECTOR_LEASE } from './client-summary.rebuild';

// Creating the PostgreSQL test database can take seconds on a loaded machine.
jest.setTimeout(120_000);

const TODAY = '2026-11-20';
/** Every record, with its assessment and portfolio entry, by client id (`find` promises no order). */
const everything = async (store: ClientSummaryStore) =>
  JSON.stringify(
    (await store.find((await store.list({}, 'SCORE', 10_000, null)).rows.map((row) => row.clientId))).sort((a, b) => (a.clientId < b.clientId ? -1 : 1)),
  );

const database = new PostgresTestDatabase('client_summary_rebuild');
const folder = mkdtempSync(join(tmpdir(), 'client-summary-rebuild-'));

afterAll(async () => {
  await database.drop();
  rmSync(folder, { recursive: true, force: true });
});

const stores: ReadonlyArray<readonly [string, () => Promise<ClientSummaryStore>]> = [
  ['in memory', async () => new InMemoryClientSummaryStore()],
  ['SQLite', async () => SqliteClientSummaryStore.open(join(mkdtempSync(join(folder, 'sqlite-')), 'read-models.sqlite'))],
  ['PostgreSQL', async () => PostgresClientSummaryStore.open(await database.freshSchema())],
];

describe.each(stores)('rebuild while serving, %s', (_name, openStore) => {
  let leases: LeaseStore;

  beforeEach(() => {
    leases = SqliteLeaseStore.open({ folder: mkdtempSync(join(folder, 'leases-')), owner: 'test' });
  });

  afterEach(() => leases.close());

  it('swaps in, through the running projector, exactly the list the incremental run holds, appends going on meanwhile; the list never loses a client', async () => {
    // Given a log of 40 clients and a projector following it, holding the projector lease as a running app does
    const clock = new FixedClock(new Date(`${TODAY}T18:00:00.000Z`));
    const events = new InMemoryEventStore(clock);
    const handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
    await seedPortfolio(handler, { clients: 40, seed: 11, today: TODAY, concurrency: 4 });
    const live = await openStore();
    const projection = new ClientSummaryProjection(events, live, clock, { pageSize: 50, cacheClients: 8 });
    const projectorLease = await leases.tryAcquire(PROJECTOR_LEASE);
    const failures: unknown[] = [];
    projection.start((error) => failures.push(error));
    await projection.catchUp();
    const sequenceBefore = (await live.changedSince(0, 10_000)).sequence;

    // The projector's tick, and a reader polling the list: every client seen once stays, never at an older version
    let serving = true;
    const seen = new Map<string, number>();
    const lost: string[] = [];
    const ticking = (async () => {
      while (serving) {
        const shadow = await live.readyShadow();
        if (!shadow) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          continue;
        }
        // One more client between the hand-over and the swap: the projector must bring the shadow up to the head.
        await seedPortfolio(handler, { clients: 1, seed: 16, today: TODAY });
        await projection.swapIn(shadow);
      }
    })();
    const reading = (async () => {
      while (serving) {
        const rows = (await live.list({}, 'SCORE', 10_000, null)).rows;
        const versions = new Map(rows.map((row) => [row.clientId, row.version]));
        for (const [clientId, version] of seen) if ((versions.get(clientId) ?? -1) < version) lost.push(`${clientId}@${version}`);
        for (const row of rows) seen.set(row.clientId, row.version);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();

    // When a rebuild runs while 30 more clients are written
    let firstWritten: () => void = () => undefined;
    const writingStarted = new Promise<void>((resolve) => (firstWritten = resolve));
    const writing = seedPortfolio(handler, { clients: 30, seed: 12, today: TODAY, concurrency: 2, onProgress: () => firstWritten() });
    await writingStarted;
    const rebuilt = await new ClientSummaryRebuild(events, live, leases, clock, { cacheClients: 5, pollMs: 5 }).run();
    await writing;
    serving = false;
    await Promise.all([ticking, reading]);
    await projection.catchUp();
    await projection.stop();
    await projectorLease?.release();

    // Then the running projector brought the shadow up to the head, swapped it in, and went on from there
    expect(rebuilt.swappedBy).toBe('projector');
    expect(rebuilt.position).toBeLessThan(await events.headPosition());
    expect(failures).toEqual([]);
    expect(lost).toEqual([]);
    expect(await live.hasReadyShadow()).toBe(false);
    expect(await live.checkpoint()).toBe(await events.headPosition());
    // and the list equals one projected incrementally from the start
    const incremental = new InMemoryClientSummaryStore();
    await new ClientSummaryProjection(events, incremental, clock, { pageSize: 37 }).catchUp();
    expect(await everything(live)).toBe(await everything(incremental));
    expect((await live.list({}, 'SCORE', 1, null)).totalCount).toBe(71);
    // and a reader keeping sums sees every swapped-in record as a change
    const changed = await live.changedSince(sequenceBefore, 10_000);
    expect(new Set(changed.records.map((record) => record.clientId)).size).toBe(71);
    await live.close();
  });

  it('swaps in by itself when no projector runs, and a second rebuild replaces the first', async () => {
    const clock = new FixedClock(new Date(`${TODAY}T18:00:00.000Z`));
    const events = new InMemoryEventStore(clock);
    const handler = new ClientCommandHandler(events, clock, new UuidV7Generator());
    await seedPortfolio(handler, { clients: 12, seed: 13, today: TODAY, concurrency: 4 });
    const live = await openStore();

    const first = await new ClientSummaryRebuild(events, live, leases, clock).run();
    await seedPortfolio(handler, { clients: 3, seed: 14, today: TODAY });
    const second = await new ClientSummaryRebuild(events, live, leases, clock).run();

    expect([first.swappedBy, second.swappedBy]).toEqual(['rebuild', 'rebuild']);
    expect(second.position).toBe(await events.headPosition());
    expect(await live.checkpoint()).toBe(await events.headPosition());
    const incremental = new InMemoryClientSummaryStore();
    await new ClientSummaryProjection(events, incremental, clock).catchUp();
    expect(await everything(live)).toBe(await everything(incremental));
    await live.close();
  });
});

describe('rebuild with no projector running', () => {
  it('swaps in without projecting the live list first: nobody is told of its risk changes and the swap replaces its rows', async () => {
    // Given a log of 12 clients and a live list never projected (a new data folder, or a service stopped for long)
    const clock = new FixedClock(new Date(`${TODAY}T18:00:00.000Z`));
    const events = new InMemoryEventStore(clock);
    await seedPortfolio(new ClientCommandHandler(events, clock, new UuidV7Generator()), { clients: 12, seed: 17, today: TODAY, concurrency: 4 });
    const live = new InMemoryClientSummaryStore();
    const writtenToLive = jest.spyOn(live, 'commit');
    const leases = SqliteLeaseStore.open({ folder: mkdtempSync(join(folder, 'leases-')), owner: 'test' });
    try {
      // When a rebuild runs and swaps its list in by itself
      const rebuilt = await new ClientSummaryRebuild(events, live, leases, clock).run();

      // Then no row was written to the live list before the swap, which brought the whole list up to the head
      expect(rebuilt.swappedBy).toBe('rebuild');
      expect(writtenToLive).not.toHaveBeenCalled();
      expect(await live.checkpoint()).toBe(await events.headPosition());
      const incremental = new InMemoryClientSummaryStore();
      await new ClientSummaryProjection(events, incremental, clock).catchUp();
      expect(await everything(live)).toBe(await everything(incremental));
    } finally {
      await leases.close();
    }
  });
});

describe('rebuild while serving, SQLite files', () => {
  it('leaves no shadow file behind once swapped in', async () => {
    const clock = new FixedClock(new Date(`${TODAY}T18:00:00.000Z`));
    const events = new InMemoryEventStore(clock);
    await seedPortfolio(new ClientCommandHandler(events, clock, new UuidV7Generator()), { clients: 3, seed: 15, today: TODAY });
    const dataDir = mkdtempSync(join(folder, 'files-'));
    const live = SqliteClientSummaryStore.open(join(dataDir, 'read-models.sqlite'));
    const leases = SqliteLeaseStore.open({ folder: join(dataDir, 'leases'), owner: 'test' });
    try {
      await new ClientSummaryRebuild(events, live, leases, clock).run();

      expect(readdirSync(dataDir).filter((name) => name.includes('rebuil'))).toEqual([]);
      expect((await live.list({}, 'SCORE', 10, null)).totalCount).toBe(3);
    } finally {
      await leases.close();
      await live.close();
    }
  });
});

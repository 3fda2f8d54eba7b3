import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '@client-lifecycle/ports';
import BetterSqlite3 from 'better-sqlite3';
import { anEvent, CONTRACT_NOW, describeEventStoreContract } from '@client-lifecycle/testing';
import { FixedClock } from '../../clock';
import { SqliteEventStore } from './sqlite.event-store';
import { WalSyncFailedError, type WalSyncRunner } from './wal-durability';

const folder = mkdtempSync(join(tmpdir(), 'sqlite-event-store-'));
const files = new WeakMap<EventStore, string>();
let opened = 0;

const open = (filename: string) => {
  const store = SqliteEventStore.open({ filename, clock: new FixedClock(CONTRACT_NOW) });
  files.set(store, filename);
  return store;
};

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeEventStoreContract('SQLite', {
  create: async () => open(join(folder, `store-${++opened}`, 'events.sqlite')),
  reopen: async (store) => {
    await store.close();
    return open(files.get(store)!); // only stores this harness opened reach here
  },
  another: async (store) => open(files.get(store)!), // only stores this harness opened reach here
});

describe('SQLite event store file', () => {
  it('refuses a file written by a newer schema than this build knows', async () => {
    const filename = join(folder, 'future.sqlite');
    await open(filename).close();
    const db = new BetterSqlite3(filename);
    db.pragma('user_version = 99');
    db.close();

    expect(() => open(filename)).toThrow(/schema version 99/);
  });
});

/** Holds each flush of the WAL until the test lets it run: what must wait for durability visibly waits. */
class HeldFlushes {
  private readonly held: Array<() => void> = [];
  readonly runner: WalSyncRunner = (flush) => new Promise((done, fail) => this.held.push(() => flush().then(done, fail)));

  get count(): number {
    return this.held.length;
  }

  /** Turns the event loop until a flush is held (the commit before it is then visible). */
  async waitForOne(): Promise<void> {
    while (this.held.length === 0) await turn();
  }

  release(): void {
    for (const run of this.held.splice(0)) run();
  }
}

const turn = () => new Promise<void>((resume) => setImmediate(resume));

/** A promise's state, read without waiting for it. */
function watch<T>(promise: Promise<T>): { settled: () => boolean; promise: Promise<T> } {
  let settled = false;
  const watched = promise.finally(() => {
    settled = true;
  });
  return { settled: () => settled, promise: watched };
}

describe('SQLite event store durability (FULL)', () => {
  const openHeld = (filename: string, flushes: HeldFlushes) =>
    SqliteEventStore.open({ filename, clock: new FixedClock(CONTRACT_NOW), syncWal: flushes.runner });

  it('acknowledges an append, and shows its events to any reader or listener, only once the WAL flush after its commit has ended', async () => {
    const flushes = new HeldFlushes();
    const store = openHeld(join(folder, 'held', 'events.sqlite'), flushes);
    const heard: number[] = [];
    store.onAppended((head) => heard.push(head));

    const append = watch(store.append('client-a', [anEvent(), anEvent()], { expectedVersion: 0, idempotencyKey: 'k' }));
    await flushes.waitForOne();
    const reads = (
      [
        store.readAll({ after: 0, maxCount: 10 }),
        store.headPosition(),
        store.readStream('client-a'),
        store.readStream('client-a', { direction: 'backward', maxCount: 1 }),
        store.readStreams(['client-a']),
        store.streamVersion('client-a'),
        store.findAppend('client-a', 'k'),
      ] as Array<Promise<unknown>>
    ).map(watch);
    for (let turns = 0; turns < 5; turns++) await turn();

    expect(append.settled()).toBe(false);
    expect(reads.map((read) => read.settled())).toEqual(reads.map(() => false));
    expect(heard).toEqual([]);

    flushes.release();
    const [log, head, forward, backward, streams, version, found] = await Promise.all(reads.map((read) => read.promise));
    const result = await append.promise;

    expect(log).toEqual(result.events);
    expect(head).toBe(2);
    expect(forward).toEqual(result.events);
    expect(backward).toEqual(result.events.slice(1));
    expect(streams).toEqual(new Map([['client-a', result.events]]));
    expect(version).toBe(2);
    expect(found).toEqual({ ...result, deduplicated: true });
    expect(heard).toEqual([2]);
    await store.close();
  });

  it('queues the appends made while a flush runs and writes them together in the next commit', async () => {
    const flushes = new HeldFlushes();
    const groups: number[] = [];
    const store = SqliteEventStore.open({
      filename: join(folder, 'queued', 'events.sqlite'),
      clock: new FixedClock(CONTRACT_NOW),
      syncWal: flushes.runner,
      onGroupCommit: (appends) => groups.push(appends),
    });
    const first = store.append('client-a', [anEvent()], { expectedVersion: 0 });
    await flushes.waitForOne();

    const later = Array.from({ length: 5 }, (_, index) => store.append(`client-${index}`, [anEvent()], { expectedVersion: 'any' }));
    for (let turns = 0; turns < 5; turns++) await turn();
    expect(groups).toEqual([1]);
    flushes.release();
    await first;
    await flushes.waitForOne();
    flushes.release();

    expect((await Promise.all(later)).map((result) => result.lastPosition)).toEqual([2, 3, 4, 5, 6]);
    expect(groups).toEqual([1, 5]);
    await store.close();
  });

  it('shows events another connection committed only once its own flush of the WAL has ended', async () => {
    const filename = join(folder, 'two-connections', 'events.sqlite');
    const writerFlushes = new HeldFlushes();
    const writer = openHeld(filename, writerFlushes);
    const readerFlushes = new HeldFlushes();
    const reader = openHeld(filename, readerFlushes);

    const append = watch(writer.append('client-a', [anEvent()], { expectedVersion: 0 }));
    await writerFlushes.waitForOne();
    const read = watch(reader.readAll({ after: 0, maxCount: 10 }));
    await readerFlushes.waitForOne();
    for (let turns = 0; turns < 5; turns++) await turn();
    expect(read.settled()).toBe(false);

    readerFlushes.release();
    expect(await read.promise).toHaveLength(1);
    expect(append.settled()).toBe(false);

    writerFlushes.release();
    await append.promise;
    await reader.close();
    await writer.close();
  });

  it('knows a stream at a version only once its append is durable, and not at all if another connection appended meanwhile', async () => {
    const filename = join(folder, 'known-versions', 'events.sqlite');
    const flushes = new HeldFlushes();
    const store = openHeld(filename, flushes);
    const first = watch(store.append('client-a', [anEvent()], { expectedVersion: 0 }));
    await flushes.waitForOne();
    flushes.release();
    await first.promise;

    const second = watch(store.append('client-a', [anEvent()], { expectedVersion: 1 }));
    await flushes.waitForOne();
    expect(store.knownStreamVersion('client-a')).toBe(1);
    const other = open(filename);
    await other.append('client-a', [anEvent()], { expectedVersion: 2 });
    expect(store.knownStreamVersion('client-a')).toBeUndefined();
    flushes.release();
    await second.promise;

    expect(store.knownStreamVersion('client-a')).toBeUndefined();
    // The other connection's event is read once this connection's own flush of the WAL has ended.
    const version = watch(store.streamVersion('client-a'));
    await flushes.waitForOne();
    flushes.release();
    expect(await version.promise).toBe(3);
    expect(store.knownStreamVersion('client-a')).toBe(3);
    await other.close();
    await store.close();
  });

  it('lets no listener read an event before its append is acknowledged', async () => {
    const store = open(join(folder, 'listeners', 'events.sqlite'));
    const acknowledged = new Set<string>();
    const seenEarly: string[] = [];
    let read = 0;
    store.onAppended(() => {
      void store.readAll({ after: read, maxCount: 1_000 }).then((page) => {
        for (const event of page) if (!acknowledged.has(event.eventId)) seenEarly.push(event.eventId);
        if (page.length > 0) read = Math.max(read, page[page.length - 1].position);
      });
    });

    await Promise.all(
      Array.from({ length: 60 }, async (_, writer) => {
        const result = await store.append(`client-${writer % 9}`, [anEvent(), anEvent()], { expectedVersion: 'any' });
        for (const event of result.events) acknowledged.add(event.eventId);
      }),
    );
    while (read < 120) await turn();

    expect(seenEarly).toEqual([]);
    await store.close();
  });

  it('refuses the appends a failed flush was to make durable, those queued behind it, and every append after it', async () => {
    const flushes = new HeldFlushes();
    let failing = false;
    const store = SqliteEventStore.open({
      filename: join(folder, 'failing', 'events.sqlite'),
      clock: new FixedClock(CONTRACT_NOW),
      syncWal: (flush) => flushes.runner(failing ? () => Promise.reject(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' })) : flush),
    });
    failing = true;
    const flushed = store.append('client-a', [anEvent()], { expectedVersion: 0 });
    await flushes.waitForOne();
    const queued = store.append('client-b', [anEvent()], { expectedVersion: 0 });
    for (let turns = 0; turns < 5; turns++) await turn();

    flushes.release();

    await expect(flushed).rejects.toBeInstanceOf(WalSyncFailedError);
    await expect(queued).rejects.toBeInstanceOf(WalSyncFailedError);
    await expect(store.append('client-c', [anEvent()], { expectedVersion: 0 })).rejects.toBeInstanceOf(WalSyncFailedError);
    await expect(store.readAll({ after: 0, maxCount: 10 })).rejects.toBeInstanceOf(WalSyncFailedError);
    await store.close();
  });

  it('copies the WAL into the database on a thread of its own, every thousand commits', async () => {
    const filename = join(folder, 'checkpointed', 'events.sqlite');
    const store = SqliteEventStore.open({ filename, clock: new FixedClock(CONTRACT_NOW), synchronous: 'NORMAL' });
    const emptySize = statSync(filename).size;

    for (let commit = 0; commit < 1_000; commit++) await store.append(`client-${commit}`, [anEvent()], { expectedVersion: 0 });
    while (statSync(filename).size === emptySize) await turn();

    expect(statSync(filename).size).toBeGreaterThan(emptySize);
    await store.close();
  });

  it('starts the WAL over under a steady stream of appends: the frames written while the thread copied are copied with commits held', async () => {
    const filename = join(folder, 'steady', 'events.sqlite');
    const store = SqliteEventStore.open({ filename, clock: new FixedClock(CONTRACT_NOW), synchronous: 'NORMAL' });
    const emptySize = statSync(filename).size;
    let appended = 0;
    let until = 0;
    const appendInTurn = async () => {
      while (appended < until) {
        const index = appended++;
        await store.append(`client-${index}`, [anEvent()], { expectedVersion: 0 });
      }
    };
    // Eight writers in flight, as under load: every checkpoint of the thread copies while commits go on.
    const appendUntil = async (count: number) => {
      until = count;
      await Promise.all(Array.from({ length: 8 }, appendInTurn));
      return statSync(`${filename}-wal`).size;
    };
    // The thread started, and its first checkpoint done.
    while (statSync(filename).size === emptySize) await appendUntil(appended + 1_000);
    const walBefore = await appendUntil(appended + 30_000);

    const walAfter = await appendUntil(appended + 30_000);

    // The file keeps its largest size when the WAL starts over; these appends wrote about 3.7 KB of frames each, which a WAL never started over would hold.
    expect(walAfter - walBefore).toBeLessThan(30_000 * 1_000);
    await store.close();
  });

  it('keeps the process alive while it closes, until the checkpointing thread has closed its connection', () => {
    const script = `
      const { SqliteEventStore } = require(${JSON.stringify(join(__dirname, 'sqlite.event-store.ts'))});
      const clock = { now: () => new Date('2026-03-01T09:30:00.000Z') };
      const event = (index) => ({ eventId: 'event-' + index, type: 'T', schemaVersion: 1, occurredAt: '2026-03-01T09:00:00.000Z', data: {}, metadata: {} });
      (async () => {
        const store = SqliteEventStore.open({ filename: ${JSON.stringify(join(folder, 'closing', 'events.sqlite'))}, clock, synchronous: 'NORMAL' });
        for (let index = 0; index < 1_000; index++) await store.append('client-' + index, [event(index)], { expectedVersion: 0 });
        await store.close();
        process.stdout.write('closed');
      })();
    `;

    expect(execFileSync(process.execPath, ['-r', '@swc-node/register', '-e', script], { encoding: 'utf8' })).toBe('closed');
  });
});

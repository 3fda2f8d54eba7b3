import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '@client-lifecycle/ports';
import BetterSqlite3 from 'better-sqlite3';
import { CONTRACT_NOW, describeEventStoreContract } from '@client-lifecycle/testing';
import { FixedClock } from '../../clock';
import { SqliteEventStore } from './sqlite.event-store';

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

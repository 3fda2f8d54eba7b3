import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadModelCheckpoints } from './read-model-checkpoints';
import { openSqliteDatabase } from './sqlite-database';

const folder = mkdtempSync(join(tmpdir(), 'read-model-checkpoints-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const open = (filename: string) =>
  openSqliteDatabase({
    filename,
    describedAs: 'read model',
    synchronous: 'NORMAL',
    migrations: ['CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL);'],
  });

describe('read-model WAL checkpoints', () => {
  it("turns SQLite's automatic checkpoint, run inside a commit on the event loop, off for the file's connection", async () => {
    const db = open(join(folder, 'off.sqlite'));
    const checkpoints = ReadModelCheckpoints.of(db);

    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await checkpoints?.close();
    db.close();
  });

  it('copies the WAL into the file from a thread of its own once enough rows were committed', async () => {
    const filename = join(folder, 'copied.sqlite');
    const db = open(filename);
    const checkpoints = ReadModelCheckpoints.of(db);
    const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
    const before = statSync(filename).size;

    for (let at = 0; at < 300; at++) {
      insert.run('x'.repeat(2_000));
      checkpoints?.committed(1);
    }
    // Only the thread checkpoints this file: it grows once the thread has copied the WAL into it.
    while (statSync(filename).size === before) await new Promise((resolve) => setTimeout(resolve, 10));

    expect(statSync(filename).size).toBeGreaterThan(before);
    await checkpoints?.close();
    db.close();
  });

  it('has nothing to do for a database in memory', () => {
    const db = open(':memory:');

    expect(ReadModelCheckpoints.of(db)).toBeNull();
    db.close();
  });
});

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

  it('starts the WAL over under a steady stream of commits: the frames written while the thread copied are copied with commits held', async () => {
    const filename = join(folder, 'steady.sqlite');
    const db = open(filename);
    const checkpoints = ReadModelCheckpoints.of(db);
    const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
    const commit = async () => {
      await checkpoints?.beforeCommit();
      insert.run('x'.repeat(2_000));
      checkpoints?.committed(1);
      await new Promise((resolve) => setImmediate(resolve));
    };
    // The thread started, and its first checkpoint done.
    const before = statSync(filename).size;
    while (statSync(filename).size === before) await commit();
    const commits = 6_000;
    const walBefore = statSync(`${filename}-wal`).size;

    for (let at = 0; at < commits; at++) await commit();

    // Each commit wrote at least a page of 4 KB: a WAL never started over would have grown by them all.
    expect(statSync(`${filename}-wal`).size - walBefore).toBeLessThan((commits * 4_096) / 2);
    await checkpoints?.close();
    db.close();
  });

  it('has nothing to do for a database in memory', () => {
    const db = open(':memory:');

    expect(ReadModelCheckpoints.of(db)).toBeNull();
    db.close();
  });
});

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWorklistStoreContract } from '@client-lifecycle/testing';
import { InMemoryWorklistStore } from './in-memory.worklist.store';
import { SqliteWorklistStore } from './sqlite.worklist.store';

const folder = mkdtempSync(join(tmpdir(), 'worklist-'));
let opened = 0;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeWorklistStoreContract('in-memory', async () => new InMemoryWorklistStore());
describeWorklistStoreContract('SQLite', async () => SqliteWorklistStore.open(join(folder, `worklist-${++opened}.sqlite`)));

describe('SQLite worklist checkpoints', () => {
  it("closes the checkpointing thread's connection before its own, which folds the WAL into the file and leaves none behind", async () => {
    const dir = mkdtempSync(join(folder, 'closed-'));
    const store = SqliteWorklistStore.open(join(dir, 'worklist.sqlite'));
    for (let at = 0; at < 300; at++) await store.commit([], at + 1);

    await Promise.all([store.close(), store.close()]);

    expect(readdirSync(dir)).toEqual(['worklist.sqlite']);
    const reopened = SqliteWorklistStore.open(join(dir, 'worklist.sqlite'));
    expect(await reopened.checkpoint()).toBe(300);
    await reopened.close();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
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

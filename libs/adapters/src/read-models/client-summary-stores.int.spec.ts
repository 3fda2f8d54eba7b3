import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeClientSummaryStoreContract } from '@client-lifecycle/testing';
import { InMemoryClientSummaryStore } from './in-memory.client-summary.store';
import { SqliteClientSummaryStore } from './sqlite.client-summary.store';

const folder = mkdtempSync(join(tmpdir(), 'client-summaries-'));
let opened = 0;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeClientSummaryStoreContract('in-memory', async () => new InMemoryClientSummaryStore());
describeClientSummaryStoreContract('SQLite', async () => SqliteClientSummaryStore.open(join(folder, `summaries-${++opened}.sqlite`)));

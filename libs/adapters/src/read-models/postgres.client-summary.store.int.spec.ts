import { describeClientSummaryStoreContract, PostgresTestDatabase } from '@client-lifecycle/testing';
import { PostgresClientSummaryStore } from './postgres.client-summary.store';

// jest.config.js's per-project testTimeout is not applied (tests stop at jest's default 5 s),
// and creating the test database can take seconds on a loaded machine.
jest.setTimeout(60_000);

const database = new PostgresTestDatabase('client_summaries');

afterAll(() => database.drop(), 60_000);

describeClientSummaryStoreContract('PostgreSQL', async () => PostgresClientSummaryStore.open(await database.freshSchema()));

import { describeClientSummaryStoreContract, PostgresTestDatabase } from '@client-lifecycle/testing';
import { PostgresClientSummaryStore } from './postgres.client-summary.store';

const database = new PostgresTestDatabase('client_summaries');

afterAll(() => database.drop(), 60_000);

describeClientSummaryStoreContract('PostgreSQL', async () => PostgresClientSummaryStore.open(await database.freshSchema()));

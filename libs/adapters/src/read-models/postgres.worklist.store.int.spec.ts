import { describeWorklistStoreContract, PostgresTestDatabase } from '@client-lifecycle/testing';
import { PostgresWorklistStore } from './postgres.worklist.store';

// Creating the test database can take seconds on a loaded machine (see postgres.client-summary.store.int.spec.ts).
jest.setTimeout(60_000);

const database = new PostgresTestDatabase('worklist');

afterAll(() => database.drop(), 60_000);

describeWorklistStoreContract('PostgreSQL', async () => PostgresWorklistStore.open(await database.freshSchema()));

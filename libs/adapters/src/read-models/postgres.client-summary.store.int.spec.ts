import { Recommendation, RiskBand } from '@client-lifecycle/domain';
import type { ClientSummaryRecord } from '@client-lifecycle/ports';
import { describeClientSummaryStoreContract, PostgresTestDatabase } from '@client-lifecycle/testing';
import { PostgresClientSummaryStore } from './postgres.client-summary.store';

// jest.config.js's per-project testTimeout is not applied (tests stop at jest's default 5 s),
// and creating the test database can take seconds on a loaded machine.
jest.setTimeout(60_000);

const database = new PostgresTestDatabase('client_summaries');

afterAll(() => database.drop(), 60_000);

describeClientSummaryStoreContract('PostgreSQL', async () => PostgresClientSummaryStore.open(await database.freshSchema()));

describe('PostgreSQL client summary store', () => {
  it('moves rows and checkpoint together: a commit the database refuses changes neither', async () => {
    const store = await PostgresClientSummaryStore.open(await database.freshSchema());
    const row = (clientId: string, overdueMinor: number): ClientSummaryRecord => ({
      clientId,
      name: `Client ${clientId}`,
      currency: 'EUR',
      score: 10,
      band: RiskBand.Green,
      recommendation: Recommendation.Keep,
      archetypes: [],
      overdueMinor,
      contributionMarginMinor: 0,
      asOf: '2026-03-01',
      version: 1,
      assessment: '{}',
      portfolioEntry: '',
    });
    try {
      await store.commit([row('a', 100)], 5);

      // Money is integer minor units: a fraction cannot go into the bigint column.
      await expect(store.commit([row('a', 200), row('b', 0.5)], 6)).rejects.toThrow(/bigint/);

      expect(await store.checkpoint()).toBe(5);
      expect(await store.find(['a', 'b'])).toEqual([row('a', 100)]);
    } finally {
      await store.close();
    }
  });
});

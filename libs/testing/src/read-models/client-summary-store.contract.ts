import { Archetype, Recommendation, RiskBand } from '@client-lifecycle/domain';
import type { ClientSummary, ClientSummaryStore } from '@client-lifecycle/ports';

const row = (clientId: string, overrides: Partial<ClientSummary> = {}): ClientSummary => ({
  clientId,
  name: `Client ${clientId}`,
  currency: 'EUR',
  score: 10,
  band: RiskBand.Green,
  recommendation: Recommendation.Keep,
  archetypes: [],
  overdueMinor: 0,
  contributionMarginMinor: 1_000,
  asOf: '2026-03-01',
  ...overrides,
});

export function describeClientSummaryStoreContract(adapter: string, create: () => Promise<ClientSummaryStore>): void {
  describe(`${adapter} client summary store contract`, () => {
    let store: ClientSummaryStore;

    beforeEach(async () => {
      store = await create();
      await store.commit(
        [
          row('a', { score: 62, band: RiskBand.Red, archetypes: [Archetype.NonPayer], overdueMinor: 900, contributionMarginMinor: -50, recommendation: Recommendation.ProposeTermination }),
          row('b', { score: 30, band: RiskBand.Amber, archetypes: [Archetype.TimeWaster], overdueMinor: 100, contributionMarginMinor: 200, recommendation: Recommendation.Renegotiate }),
          row('c', { score: 62, band: RiskBand.Red, archetypes: [Archetype.NonPayer, Archetype.Abusive], overdueMinor: 50, contributionMarginMinor: 10 }),
          row('d'),
        ],
        12,
      );
    });

    afterEach(async () => {
      await store.close();
    });

    it('stores rows with the checkpoint they were projected up to', async () => {
      expect(await store.checkpoint()).toBe(12);
      expect((await store.list({}, 'SCORE', 10, 0)).totalCount).toBe(4);
    });

    it('orders by score, overdue amount or margin, ties by client id', async () => {
      const ids = async (orderBy: 'SCORE' | 'OVERDUE' | 'MARGIN') => (await store.list({}, orderBy, 10, 0)).rows.map((item) => item.clientId);

      expect(await ids('SCORE')).toEqual(['a', 'c', 'b', 'd']);
      expect(await ids('OVERDUE')).toEqual(['a', 'b', 'c', 'd']);
      expect(await ids('MARGIN')).toEqual(['a', 'c', 'b', 'd']);
    });

    it('filters by band, archetype and recommendation', async () => {
      expect((await store.list({ band: RiskBand.Red }, 'SCORE', 10, 0)).rows.map((item) => item.clientId)).toEqual(['a', 'c']);
      expect((await store.list({ archetype: Archetype.Abusive }, 'SCORE', 10, 0)).rows.map((item) => item.clientId)).toEqual(['c']);
      expect((await store.list({ recommendation: Recommendation.Renegotiate }, 'SCORE', 10, 0)).totalCount).toBe(1);
    });

    it('pages through the order', async () => {
      const first = await store.list({}, 'SCORE', 3, 0);
      const second = await store.list({}, 'SCORE', 3, 3);

      expect([first.hasNextPage, second.hasNextPage]).toEqual([true, false]);
      expect(second.rows.map((item) => item.clientId)).toEqual(['d']);
    });

    it('replaces a client\'s row with its newer state', async () => {
      await store.commit([row('d', { score: 80, band: RiskBand.LetGo, archetypes: [Archetype.Abusive] })], 13);

      const [top] = (await store.list({}, 'SCORE', 1, 0)).rows;
      expect(top).toEqual(row('d', { score: 80, band: RiskBand.LetGo, archetypes: [Archetype.Abusive] }));
    });

    it('starts over empty after a reset', async () => {
      await store.reset();

      expect(await store.checkpoint()).toBe(0);
      expect((await store.list({}, 'SCORE', 10, 0)).totalCount).toBe(0);
    });
  });
}

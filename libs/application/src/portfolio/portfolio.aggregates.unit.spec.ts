import { Archetype, Recommendation, RiskBand } from '@client-lifecycle/domain';
import type { ClientSummaryChange } from '@client-lifecycle/ports';
import { PortfolioAggregates } from './portfolio.aggregates';

const TODAY = '2026-11-20';
const BANDS = [RiskBand.Green, RiskBand.Amber, RiskBand.Red, RiskBand.LetGo];

/** A row whose score, band and margin follow `seed`: ties in score on purpose, margins either side of zero. */
function row(client: number, seed: number): ClientSummaryChange {
  const band = BANDS[seed % BANDS.length];
  const contributionMarginMinor = ((seed * 7_919) % 2_000) - 1_000;
  return {
    clientId: `c-${String(client).padStart(3, '0')}`,
    name: `Client ${client}`,
    currency: 'EUR',
    score: (seed * 37) % 10,
    band,
    recommendation: band === RiskBand.Green ? Recommendation.Keep : Recommendation.Renegotiate,
    archetypes: band === RiskBand.Red ? [Archetype.NonPayer] : [],
    overdueMinor: 0,
    contributionMarginMinor,
    asOf: TODAY,
    version: seed,
    portfolioEntry: JSON.stringify({ currency: 'EUR', expectedCreditLossMinor: 0, contributionMarginMinor, currencies: ['EUR'], invoices: [] }),
  };
}

describe('portfolio top lists kept through changes', () => {
  it.each([
    ['none', 0],
    ['2', 2],
    ['the default number of', undefined],
  ])('ranks as aggregates built afresh from the final rows, whichever clients change between answers (%s spare places)', (_, keptBeyondTop) => {
    // Given 60 clients answered once, so the top lists are kept
    const kept = new PortfolioAggregates(keptBeyondTop);
    const latest = new Map<number, ClientSummaryChange>();
    const put = (change: ClientSummaryChange, client: number) => {
      latest.set(client, change);
      kept.put(change);
    };
    for (let client = 0; client < 60; client++) put(row(client, client), client);
    const period = { from: '2026-10-01', to: TODAY };
    kept.view(period, 5);

    for (let step = 1; step <= 200; step++) {
      // When a client changes (some in the lists, most not; margins crossing zero) or a new one arrives
      const client = (step * 13) % 70;
      put(row(client, step * 31 + client), client);
      // Then every answer, of whichever size, equals the one of aggregates that never kept a list
      const fresh = new PortfolioAggregates();
      for (const change of latest.values()) fresh.put(change);
      const top = [5, 5, 8, 1, 0][step % 5];
      expect(kept.view(period, top)).toEqual(fresh.view(period, top));
    }
  });

  it('keeps the riskiest client at the head through a run of changes that each drop the head below the kept places', () => {
    // Given 30 clients, one place kept beyond a list of 3
    const kept = new PortfolioAggregates(1);
    const latest = new Map<number, ClientSummaryChange>();
    const put = (change: ClientSummaryChange, client: number) => {
      latest.set(client, change);
      kept.put(change);
    };
    const scored = (client: number, score: number, band: RiskBand): ClientSummaryChange => ({ ...row(client, client), score, band });
    for (let client = 0; client < 30; client++) put(scored(client, client % 10, RiskBand.Amber), client);
    const period = { from: '2026-10-01', to: TODAY };
    kept.view(period, 3);

    for (let step = 0; step < 30; step++) {
      // When the riskiest client falls to the least risky, again and again
      const [head] = kept.view(period, 3).topByRisk;
      const client = Number(head.clientId.slice(2));
      put(scored(client, 0, RiskBand.Green), client);
      // Then the list is the one ranked over every client
      const fresh = new PortfolioAggregates();
      for (const change of latest.values()) fresh.put(change);
      expect(kept.view(period, 3).topByRisk).toEqual(fresh.view(period, 3).topByRisk);
    }
  });

  it('ranks again for another size of list', () => {
    const aggregates = new PortfolioAggregates();
    for (let client = 0; client < 20; client++) aggregates.put(row(client, client));
    const period = { from: '2026-10-01', to: TODAY };

    expect(aggregates.view(period, 3).topByRisk).toHaveLength(3);
    expect(aggregates.view(period, 8).topByRisk).toEqual(aggregates.view(period, 20).topByRisk.slice(0, 8));
  });
});

import { Archetype, Recommendation, RiskBand } from '@client-lifecycle/domain';
import type { ClientSummary } from '@client-lifecycle/ports';
import { presentClientSummary } from './client-summary.model';

describe("a client's line in the list", () => {
  const row: ClientSummary = {
    clientId: 'acme',
    name: 'Acme Ltd',
    currency: 'JPY',
    score: 72.5,
    band: RiskBand.Red,
    recommendation: Recommendation.Renegotiate,
    archetypes: [Archetype.NonPayer],
    overdueMinor: 125_000,
    contributionMarginMinor: -4_000,
    asOf: '2026-11-20',
    version: 41,
  };

  it("shows every column of the row, the amounts as Money in the row's currency", () => {
    expect(presentClientSummary(row)).toEqual({
      clientId: 'acme',
      name: 'Acme Ltd',
      currency: 'JPY',
      score: 72.5,
      band: RiskBand.Red,
      recommendation: Recommendation.Renegotiate,
      archetypes: [Archetype.NonPayer],
      overdue: { amountMinor: 125_000, currency: 'JPY' },
      contributionMargin: { amountMinor: -4_000, currency: 'JPY' },
      asOf: '2026-11-20',
    });
  });

  it("hands out its own archetypes, not the row's", () => {
    expect(presentClientSummary(row).archetypes).not.toBe(row.archetypes);
  });
});

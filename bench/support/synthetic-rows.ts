import { Archetype, Recommendation, RiskBand } from '@client-lifecycle/domain';
import type { ClientSummary } from '@client-lifecycle/ports';
import { BENCH_TODAY } from './generated-log';

/** Rows spread over every band, for the list query on a portfolio larger than it is worth generating. */
export function syntheticRows(count: number, offset = 0): ClientSummary[] {
  const bands = [RiskBand.Green, RiskBand.Green, RiskBand.Green, RiskBand.Amber, RiskBand.Red, RiskBand.LetGo];
  return Array.from({ length: count }, (_, index) => {
    const band = bands[index % bands.length];
    return {
      clientId: `synthetic-${String(offset + index).padStart(6, '0')}`,
      name: `Client ${index}`,
      currency: 'EUR',
      score: (index * 7919) % 100,
      band,
      recommendation: band === RiskBand.Green ? Recommendation.Keep : Recommendation.Renegotiate,
      archetypes: band === RiskBand.Red ? [Archetype.NonPayer] : [],
      overdueMinor: (index * 104_729) % 1_000_000,
      contributionMarginMinor: ((index * 15_485_863) % 2_000_000) - 500_000,
      asOf: BENCH_TODAY,
      version: 1,
      assessment: '{}',
    };
  });
}

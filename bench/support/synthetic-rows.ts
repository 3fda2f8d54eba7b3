import { addDays, Archetype, Recommendation, RiskBand } from '@client-lifecycle/domain';
import type { ClientSummaryRecord } from '@client-lifecycle/ports';

/** Twelve monthly invoices of the year before `asOf`, the older ones paid late, the last two open: what a portfolio entry holds. */
function portfolioEntry(index: number, asOf: string, marginMinor: number): string {
  const invoices = Array.from({ length: 12 }, (_, month) => {
    const issuedOn = addDays(asOf, -30 * (12 - month));
    const amountMinor = 100_000 + ((index * 31 + month * 7) % 50) * 1_000;
    const changes: [string, number][] = [[issuedOn, amountMinor]];
    if (month < 10) changes.push([addDays(issuedOn, 20 + ((index + month) % 40)), -amountMinor]);
    return ['EUR', issuedOn, addDays(issuedOn, 30), amountMinor, changes];
  });
  return JSON.stringify({
    currency: 'EUR',
    expectedCreditLossMinor: (index * 13) % 5_000,
    contributionMarginMinor: marginMinor,
    currencies: ['EUR'],
    invoices,
  });
}

/**
 * Rows spread over every band, judged as of `asOf`, for the list and the portfolio on a
 * portfolio larger than it is worth generating.
 */
export function syntheticRows(count: number, offset = 0, asOf = new Date().toISOString().slice(0, 10)): ClientSummaryRecord[] {
  const bands = [RiskBand.Green, RiskBand.Green, RiskBand.Green, RiskBand.Amber, RiskBand.Red, RiskBand.LetGo];
  return Array.from({ length: count }, (_, index) => {
    const band = bands[index % bands.length];
    const contributionMarginMinor = ((index * 15_485_863) % 2_000_000) - 500_000;
    return {
      clientId: `synthetic-${String(offset + index).padStart(6, '0')}`,
      name: `Client ${index}`,
      currency: 'EUR',
      score: (index * 7919) % 100,
      band,
      recommendation: band === RiskBand.Green ? Recommendation.Keep : Recommendation.Renegotiate,
      archetypes: band === RiskBand.Red ? [Archetype.NonPayer] : [],
      overdueMinor: (index * 104_729) % 1_000_000,
      contributionMarginMinor,
      asOf,
      version: 1,
      assessment: '{}',
      portfolioEntry: portfolioEntry(index, asOf, contributionMarginMinor),
    };
  });
}

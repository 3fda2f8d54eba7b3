import { Recommendation, RiskBand } from '@client-lifecycle/domain';
import type { ClientSummaryRecord } from '@client-lifecycle/ports';

/** A client's row as a projector would commit it (a green client to keep), with what a test is about overridden. */
export const clientSummaryRecord = (clientId: string, overrides: Partial<ClientSummaryRecord> = {}): ClientSummaryRecord => ({
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
  version: 3,
  assessment: JSON.stringify({ risk: { score: overrides.score ?? 10 }, note: 'ünïcode €' }),
  portfolioEntry: '',
  ...overrides,
});

import type { LocalDate } from '../shared';

/**
 * The client's risk and profitability the day the termination was proposed, frozen so the
 * decision can be reviewed later against what was known then. The application reads it from
 * the insight queries; the decider only keeps it.
 */
export interface TerminationEvidence {
  readonly asOf: LocalDate;
  readonly riskScore: number;
  readonly riskBand: string;
  readonly recommendation: string;
  readonly archetypes: readonly string[];
  /** "broken promises 9/15: 3 of 5 broken", highest points first. */
  readonly topFactors: readonly string[];
  readonly currency: string;
  readonly outstandingMinor: number;
  readonly overdueMinor: number;
  readonly contributionMarginMinor: number;
  readonly contributionMarginPercent: number | null;
}

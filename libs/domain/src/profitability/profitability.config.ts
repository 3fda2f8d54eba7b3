import type { AgingBucketKey } from './profitability.aging';

/** Minutes of staff time each client touchpoint costs (DOMAIN.md, "Cost to serve"). */
export interface MinutesPerActivity {
  /** Fallback for a held meeting recorded without its duration. */
  readonly meetingHeld: number;
  /** The slot was blocked and prepared for: a missed meeting costs it all the same. */
  readonly meetingMissed: number;
  /** The meeting happened but achieved little and usually has to be repeated. */
  readonly meetingClientUnprepared: number;
  /** Investigating, answering and resolving one complaint. */
  readonly complaintHandling: number;
  /** Writing or calling for one reminder of the collection ladder. */
  readonly reminder: number;
  /** Listening to, logging and following up one excuse. */
  readonly excuseHandling: number;
  /** Assessing one scope change request against the contract. */
  readonly scopeChangeReview: number;
}

/** The cost assumptions of the profitability read model, in one place to calibrate later. */
export interface ProfitabilityConfig {
  /**
   * Loaded cost of an hour of the people who did the work (salary, overhead), in minor units, by
   * time-entry activity (or role), with a default for any other: never derived from the client's
   * price, so an underpriced client shows as one. The figures are read in the contract's
   * currency: a deployment billing in several currencies configures the rates it bills in.
   */
  readonly loadedCostPerHourMinor: { readonly default: number; readonly byActivity: Readonly<Record<string, number>> };
  /** The list price of an hour, in minor units: billing realization compares what was billed with it. */
  readonly standardRatePerHourMinor: number;
  /**
   * When a client is in default (expected credit loss 100% of what it owes): an invoice this many
   * days past due with a broken promise or a lawyer letter behind it.
   */
  readonly defaultAfterDaysPastDue: number;
  readonly minutesPerActivity: MinutesPerActivity;
  /** Cost of capital tied up in overdue balances, per year; prorated by days overdue. */
  readonly annualCarryingRate: number;
  /** Share of each aging bucket's open balance expected never to be collected. */
  readonly creditLossRates: Readonly<Record<AgingBucketKey, number>>;
  /** Contribution margin % a client should reach; the risk decision grid renegotiates below it. */
  readonly targetMarginPercent: number;
}

export const DEFAULT_PROFITABILITY_CONFIG: ProfitabilityConfig = {
  loadedCostPerHourMinor: { default: 5_400, byActivity: {} },
  standardRatePerHourMinor: 9_000,
  defaultAfterDaysPastDue: 90,
  minutesPerActivity: {
    meetingHeld: 60,
    meetingMissed: 60,
    meetingClientUnprepared: 60,
    complaintHandling: 90,
    reminder: 15,
    excuseHandling: 10,
    scopeChangeReview: 30,
  },
  annualCarryingRate: 0.1,
  // DOMAIN.md's example rates for Current, 1–30, 31–60, 61–90 and 90+ days past due.
  creditLossRates: { CURRENT: 0.01, DAYS_1_30: 0.05, DAYS_31_60: 0.1, DAYS_61_90: 0.25, DAYS_90_PLUS: 0.5 },
  targetMarginPercent: 30,
};

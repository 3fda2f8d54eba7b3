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
   * Loaded hourly cost (salary, overhead) as a share of the contract's hourly rate. A ratio, not
   * an amount, because the cost must be in the client's currency to be netted against revenue.
   */
  readonly loadedCostRatio: number;
  readonly minutesPerActivity: MinutesPerActivity;
  /** Cost of capital tied up in overdue balances, per year; prorated by days overdue. */
  readonly annualCarryingRate: number;
  /** Share of each aging bucket's open balance expected never to be collected. */
  readonly creditLossRates: Readonly<Record<AgingBucketKey, number>>;
  /** Contribution margin % a client should reach; the risk decision grid renegotiates below it. */
  readonly targetMarginPercent: number;
}

export const DEFAULT_PROFITABILITY_CONFIG: ProfitabilityConfig = {
  loadedCostRatio: 0.6,
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

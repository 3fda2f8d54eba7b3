/** The weights and thresholds of risk model v1 (DOMAIN.md), in one place to calibrate later. */
export interface RiskConfig {
  /** Days looked back for excuses, complaints, missed meetings and time ratios. */
  readonly windowDays: number;
  readonly bands: { readonly amberFrom: number; readonly redFrom: number };
  /** Weight of each aging bucket's overdue balance in the exposure factor. */
  readonly exposureWeights: { readonly days1To30: number; readonly days31To60: number; readonly days61To90: number; readonly over90: number };
  readonly tenure: {
    /** Years of relationship that earn a good client a second chance. */
    readonly minimumYears: number;
    /** A payment this many days after its due date counts as an incident. */
    readonly graceDays: number;
  };
  readonly archetypes: {
    /** Points of the payment factors (lateness, exposure, broken promises, excuses) that make a non-payer. */
    readonly nonPayerPaymentPoints: number;
    /** Points of complaints + unpaid scope creep that make a chronic complainer. */
    readonly complainerPoints: number;
    /** Points of time waste that make a time-waster. */
    readonly timeWasterPoints: number;
  };
  /** Contribution margin % below which a client should be renegotiated. */
  readonly targetMarginPercent: number;
}

export const DEFAULT_RISK_CONFIG: RiskConfig = {
  windowDays: 90,
  bands: { amberFrom: 25, redFrom: 50 },
  exposureWeights: { days1To30: 0.25, days31To60: 0.5, days61To90: 0.75, over90: 1 },
  tenure: { minimumYears: 2, graceDays: 5 },
  archetypes: { nonPayerPaymentPoints: 20, complainerPoints: 10, timeWasterPoints: 5 },
  targetMarginPercent: 30,
};

/** The weights and thresholds of risk model v2 (DOMAIN.md), in one place; the calibration suite pins what they must produce. */
export interface RiskConfig {
  /** Days looked back for excuses, complaints, meetings, conduct signals and time ratios. */
  readonly windowDays: number;
  /** Days looked back for broken promises, repeated abuse and write-offs: a year of relationship. */
  readonly memoryDays: number;
  readonly bands: { readonly amberFrom: number; readonly redFrom: number };
  /** Weight of each aging bucket's overdue balance in the exposure factor. */
  readonly exposureWeights: { readonly days1To30: number; readonly days31To60: number; readonly days61To90: number; readonly over90: number };
  /** The most points each factor can give; the score is their sum, capped at 100. */
  readonly maxPoints: {
    readonly paymentLateness: number;
    readonly overdueExposure: number;
    readonly brokenPromises: number;
    readonly excuses: number;
    readonly complaints: number;
    readonly unpaidScopeCreep: number;
    readonly timeWaste: number;
    readonly demands: number;
    readonly conduct: number;
  };
  /** Points per fact in the window. */
  readonly points: {
    readonly brokenPromise: number;
    readonly excuse: number;
    readonly unfoundedComplaint: number;
    readonly missedMeeting: number;
    readonly unpreparedMeeting: number;
    readonly rejectedRecommendation: number;
    readonly slowResponse: number;
    readonly noProgress: number;
    /** At one non-billable hour (outside unpaid scope creep) per billable hour, or more. */
    readonly nonBillableRatio: number;
    readonly disrespect: number;
    readonly unreasonableDemand: number;
    readonly minorAbuse: number;
  };
  readonly nonPayer: {
    /** Broken promises (in the memory window) that make a client red and put it on credit hold. */
    readonly creditHoldAtBrokenPromises: number;
    /** Broken promises that make termination the recommendation. */
    readonly terminationAtBrokenPromises: number;
    /** Days past due of the oldest unpaid invoice that, with more than a month's billing overdue, make a client red. */
    readonly longOverdueDays: number;
  };
  readonly abuse: {
    /** Minor reports within the window that make a client at least amber. */
    readonly amberAtMinorReports: number;
    /** Minor reports within the memory window that end the relationship. */
    readonly letGoAtMinorReports: number;
  };
  /** Conduct points (complaints, scope creep, time waste, demands, abuse) past which the relationship is beyond repair. */
  readonly conductLetGoFrom: number;
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
    /** Points of disrespect and unreasonable demands that make a demanding client. */
    readonly demandingPoints: number;
  };
  /** Average days late (paid invoices, memory window) of a client who pays, but always late: renegotiate the terms. */
  readonly latePayer: { readonly fromDaysLate: number; readonly toDaysLate: number };
  /** Contribution margin % below which a client should be renegotiated. */
  readonly targetMarginPercent: number;
}

export const DEFAULT_RISK_CONFIG: RiskConfig = {
  windowDays: 90,
  memoryDays: 365,
  bands: { amberFrom: 25, redFrom: 50 },
  exposureWeights: { days1To30: 0.25, days31To60: 0.5, days61To90: 0.75, over90: 1 },
  maxPoints: {
    paymentLateness: 25,
    overdueExposure: 25,
    brokenPromises: 25,
    excuses: 10,
    complaints: 30,
    unpaidScopeCreep: 20,
    timeWaste: 50,
    demands: 40,
    conduct: 40,
  },
  points: {
    brokenPromise: 12.5,
    excuse: 2.5,
    unfoundedComplaint: 6,
    missedMeeting: 5,
    unpreparedMeeting: 3,
    rejectedRecommendation: 3,
    slowResponse: 3,
    noProgress: 5,
    nonBillableRatio: 10,
    disrespect: 8,
    unreasonableDemand: 6,
    minorAbuse: 12.5,
  },
  nonPayer: { creditHoldAtBrokenPromises: 2, terminationAtBrokenPromises: 3, longOverdueDays: 60 },
  abuse: { amberAtMinorReports: 2, letGoAtMinorReports: 3 },
  conductLetGoFrom: 75,
  tenure: { minimumYears: 2, graceDays: 5 },
  archetypes: { nonPayerPaymentPoints: 20, complainerPoints: 15, timeWasterPoints: 10, demandingPoints: 10 },
  latePayer: { fromDaysLate: 10, toDaysLate: 45 },
  targetMarginPercent: 30,
};

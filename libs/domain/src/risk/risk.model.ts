import type { Instant, LocalDate } from '../shared';

/** Bumped whenever a factor's formula changes, so stored assessments say which rules made them. */
export const RISK_RULE_VERSION = 'risk-v1';

export enum RiskBand {
  Green = 'GREEN',
  Amber = 'AMBER',
  Red = 'RED',
  LetGo = 'LET_GO',
}

export enum Archetype {
  NonPayer = 'NON_PAYER',
  ChronicComplainer = 'CHRONIC_COMPLAINER',
  TimeWaster = 'TIME_WASTER',
  Abusive = 'ABUSIVE',
  Unprofitable = 'UNPROFITABLE',
  /** Little respect, demands that cannot be met, everything urgent: conduct short of abuse. */
  Demanding = 'DEMANDING',
}

export enum Recommendation {
  Keep = 'KEEP',
  Renegotiate = 'RENEGOTIATE',
  ProposeTermination = 'PROPOSE_TERMINATION',
  /** No new work on credit: prepayment only until the debt is settled. */
  CreditHold = 'CREDIT_HOLD',
  /** Keep the client, change the payment terms: shorter terms, prepayment, late interest. */
  RenegotiateTerms = 'RENEGOTIATE_TERMS',
}

export enum RiskFactorKey {
  PaymentLateness = 'PAYMENT_LATENESS',
  OverdueExposure = 'OVERDUE_EXPOSURE',
  BrokenPromises = 'BROKEN_PROMISES',
  Excuses = 'EXCUSES',
  Complaints = 'COMPLAINTS',
  UnpaidScopeCreep = 'UNPAID_SCOPE_CREEP',
  TimeWaste = 'TIME_WASTE',
  Conduct = 'CONDUCT',
}

export enum HardRule {
  SevereAbuse = 'SEVERE_ABUSE',
  RedWithNegativeMargin = 'RED_WITH_NEGATIVE_MARGIN',
}

export interface RiskFactor {
  readonly key: RiskFactorKey;
  /** The measured quantity the points come from (a ratio, a count, an index). */
  readonly value: number;
  readonly points: number;
  readonly maxPoints: number;
  readonly ruleVersion: string;
  readonly asOf: LocalDate;
  /** Ids of the events that produced this factor. */
  readonly evidenceEventIds: readonly string[];
  /** "broken promises 9/15: 3 of 5 broken" */
  readonly explanation: string;
}

export interface RiskTrend {
  readonly previousScore: number;
  readonly delta: number;
  readonly direction: 'UP' | 'DOWN' | 'FLAT';
}

export interface RiskAssessment {
  readonly clientId: string;
  readonly asOf: LocalDate;
  readonly ruleVersion: string;
  readonly score: number;
  readonly band: RiskBand;
  readonly factors: readonly RiskFactor[];
  /** Factors with points, highest first: what the explanation talks about. */
  readonly topFactors: readonly RiskFactor[];
  readonly hardRules: readonly HardRule[];
  readonly archetypes: readonly Archetype[];
  readonly tenureMitigationApplied: boolean;
  readonly contributionMarginPercent: number | null;
  readonly recommendation: Recommendation;
  readonly trend: RiskTrend | null;
}

/** The previous assessment's score, for the trend. */
export interface PreviousRisk {
  readonly score: number;
  readonly assessedAt?: Instant;
}

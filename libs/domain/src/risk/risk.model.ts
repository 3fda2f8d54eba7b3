import type { Message } from '../messages';
import type { Instant, LocalDate } from '../shared';

/** Bumped whenever a factor's formula changes, so stored assessments say which rules made them. */
export const RISK_RULE_VERSION = 'risk-v2';

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
  /** Disrespect and demands that cannot be met, short of abuse. */
  Demands = 'DEMANDS',
}

/** The rules that make a client let-go whatever its score. */
export enum HardRule {
  SevereAbuse = 'SEVERE_ABUSE',
  RedWithNegativeMargin = 'RED_WITH_NEGATIVE_MARGIN',
  /** The third minor abuse report within the memory window: the warning did not work. */
  RepeatedAbuse = 'REPEATED_ABUSE',
  /** Conduct points alone past `conductLetGoFrom`. */
  ConductBeyondRepair = 'CONDUCT_BEYOND_REPAIR',
}

/** Rules that set a floor under the band (or end the relationship), each fired with evidence and plain words. */
export enum RiskRule {
  SevereAbuse = 'SEVERE_ABUSE',
  RedWithNegativeMargin = 'RED_WITH_NEGATIVE_MARGIN',
  RepeatedAbuse = 'REPEATED_ABUSE',
  ConductBeyondRepair = 'CONDUCT_BEYOND_REPAIR',
  /** The second broken promise: red and credit hold. */
  RepeatedBrokenPromises = 'REPEATED_BROKEN_PROMISES',
  /** The oldest debt over 60 days past due, with more than a month's billing overdue: red and credit hold. */
  LongOverdue = 'LONG_OVERDUE',
  /** Long overdue after a broken promise or a lawyer letter: the debt is expected lost. */
  InDefault = 'IN_DEFAULT',
  /** A debt of the client written off within the memory window. */
  WrittenOffDebt = 'WRITTEN_OFF_DEBT',
  /** Two minor abuse reports within the window: at least amber. */
  MinorAbuseRepeated = 'MINOR_ABUSE_REPEATED',
  /** The client costs more than it pays: at least amber. */
  NegativeMargin = 'NEGATIVE_MARGIN',
  /** What the client owes is above the credit limit set for it: at least amber, and credit hold. */
  CreditLimitExceeded = 'CREDIT_LIMIT_EXCEEDED',
}

export interface RiskRuleFiring {
  readonly rule: RiskRule;
  /** The band the rule puts the client in at least. */
  readonly band: RiskBand;
  /** "2 promises to pay broken in the last 365 days: red, no more work on credit" */
  readonly explanation: string;
  /** The explanation as a template key and values, for a reader's language (optional: assessments stored before it lack it). */
  readonly message?: Message;
  readonly evidenceEventIds: readonly string[];
}

/** Order of the bands from least to most risky: let-go outranks red in every "riskiest" view. */
export const BAND_RANK: Readonly<Record<RiskBand, number>> = { [RiskBand.Green]: 0, [RiskBand.Amber]: 1, [RiskBand.Red]: 2, [RiskBand.LetGo]: 3 };

/** Whether a band is at least as risky as another (`minBand: RED` includes LET_GO). */
export const bandAtLeast = (band: RiskBand, minimum: RiskBand): boolean => BAND_RANK[band] >= BAND_RANK[minimum];

/**
 * One number that sorts clients riskiest first: the band first (let-go, then red, ...), the score
 * within a band. Scores stay within 0–100, so the band's thousand always dominates.
 */
export const riskSortKey = (band: RiskBand, score: number): number => BAND_RANK[band] * 1000 + score;

/** Riskiest first, for `Array.prototype.sort`. */
export const compareRiskiestFirst = (a: { band: RiskBand; score: number }, b: { band: RiskBand; score: number }): number =>
  riskSortKey(b.band, b.score) - riskSortKey(a.band, a.score);

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
  /** The explanation as a template key and values, for a reader's language (optional: assessments stored before it lack it). */
  readonly message?: Message;
}

export interface RiskTrend {
  /** The day compared with: 30 days before the assessment (DOMAIN.md, risk model v2). */
  readonly comparedWith?: LocalDate;
  readonly previousBand?: RiskBand;
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
  /** Every rule that fired, hard rules included, with its band floor, plain words and evidence. */
  readonly rules: readonly RiskRuleFiring[];
  readonly archetypes: readonly Archetype[];
  readonly tenureMitigationApplied: boolean;
  readonly contributionMarginPercent: number | null;
  readonly recommendation: Recommendation;
  readonly trend: RiskTrend | null;
}

/** The assessment compared with, for the trend. */
export interface PreviousRisk {
  readonly score: number;
  readonly band?: RiskBand;
  readonly asOf?: LocalDate;
  readonly assessedAt?: Instant;
}

/** Enumerations of DOMAIN.md's vocabulary shared by commands, events and state. */

export enum ExitCause {
  NonPayment = 'NON_PAYMENT',
  Abuse = 'ABUSE',
}

export enum ExcuseCategory {
  Administration = 'ADMINISTRATION',
  PersonOnHoliday = 'PERSON_ON_HOLIDAY',
  MonthClosing = 'MONTH_CLOSING',
  CashFlow = 'CASH_FLOW',
  Other = 'OTHER',
}

/** The collection ladder of DOMAIN.md, in escalation order. */
export enum ReminderStep {
  Courtesy = 'COURTESY',
  Friendly = 'FRIENDLY',
  Firm = 'FIRM',
  FormalLetter = 'FORMAL_LETTER',
  FinalNotice = 'FINAL_NOTICE',
  LawyerLetter = 'LAWYER_LETTER',
}

export enum ReminderChannel {
  Email = 'EMAIL',
  Call = 'CALL',
  Letter = 'LETTER',
  Meeting = 'MEETING',
  Message = 'MESSAGE',
}

export enum ComplaintOutcome {
  Founded = 'FOUNDED',
  Unfounded = 'UNFOUNDED',
}

export enum ScopeClassification {
  InContract = 'IN_CONTRACT',
  OutOfContract = 'OUT_OF_CONTRACT',
}

export enum MeetingOutcome {
  Held = 'HELD',
  Missed = 'MISSED',
  ClientUnprepared = 'CLIENT_UNPREPARED',
}

export enum RecommendationOutcome {
  Accepted = 'ACCEPTED',
  Rejected = 'REJECTED',
}

export enum AbuseSeverity {
  Minor = 'MINOR',
  Severe = 'SEVERE',
}

/** What a termination under way allows of new work for the client. */
export enum NewWorkPolicy {
  Refused = 'REFUSED',
  /** New work only against payment up front: invoices fall due the day they are issued. */
  Prepayment = 'PREPAYMENT',
}

export enum PaymentKind {
  Full = 'FULL',
  Partial = 'PARTIAL',
}

/** How long an unpaid invoice is past due, as the aging buckets of DOMAIN.md name it. */
export type OverdueBucket = 'DAYS_1_30' | 'DAYS_31_60' | 'DAYS_61_90' | 'DAYS_90_PLUS';

/** A step of the collection ladder: a reminder, or at its end the court-or-write-off decision. */
export type CollectionStep = ReminderStep | 'DECIDE_COURT_OR_WRITE_OFF';

/** What a credit-control cost paid to recover a debt was for: into the cost to serve. */
export enum CollectionCostKind {
  AgencyFee = 'AGENCY_FEE',
  LegalFee = 'LEGAL_FEE',
  CourtFee = 'COURT_FEE',
  Other = 'OTHER',
}

/** The conduct signs of DOMAIN.md that no other fact records. */
export enum ConductSignalKind {
  /** An answer later than the response time the contract agreed. */
  SlowResponse = 'SLOW_RESPONSE',
  /** Little respect for the staff or their expertise, short of abuse. */
  Disrespect = 'DISRESPECT',
  /** A demand that cannot be met within the contract ("everything urgently", "someone cheaper"). */
  UnreasonableDemand = 'UNREASONABLE_DEMAND',
  /** A review found the relationship not advancing: no decision, no plan committed to. */
  NoProgress = 'NO_PROGRESS',
}

/** A step taken in court over unpaid invoices. */
export enum LegalActionKind {
  /** A formal demand drafted by a lawyer (burofax, registered letter). */
  FormalDemand = 'FORMAL_DEMAND',
  /** A payment order (monitorio) filed with the court. */
  PaymentOrder = 'PAYMENT_ORDER',
  Lawsuit = 'LAWSUIT',
  /** A judgement being enforced against the client's assets. */
  Enforcement = 'ENFORCEMENT',
}

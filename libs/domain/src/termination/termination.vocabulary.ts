/** The termination process's words (DOMAIN.md, "Termination process"). */

export enum TerminationReason {
  NonPayment = 'NON_PAYMENT',
  ChronicComplaints = 'CHRONIC_COMPLAINTS',
  TimeWaste = 'TIME_WASTE',
  Abuse = 'ABUSE',
  Unprofitable = 'UNPROFITABLE',
  Other = 'OTHER',
}

export enum TerminationStatus {
  Proposed = 'PROPOSED',
  Rejected = 'REJECTED',
  Approved = 'APPROVED',
  ContractEvaluated = 'CONTRACT_EVALUATED',
  NoticeServed = 'NOTICE_SERVED',
  Offboarded = 'OFFBOARDED',
  Cancelled = 'CANCELLED',
}

export enum NoticeChannel {
  Email = 'EMAIL',
  Meeting = 'MEETING',
  Call = 'CALL',
  Letter = 'LETTER',
}

/** Which date ends the relationship, and why. */
export enum EndDateBasis {
  /** The exit clause allows ending now for this cause (non-payment, abuse). */
  ImmediateForCause = 'IMMEDIATE_FOR_CAUSE',
  NoticePeriod = 'NOTICE_PERIOD',
  /** The contract ends soon enough after the notice period: wait for it rather than break it. */
  EndOfTerm = 'END_OF_TERM',
}

export enum SettlementOutcome {
  Paid = 'PAID',
  SentToCollection = 'SENT_TO_COLLECTION',
  WrittenOff = 'WRITTEN_OFF',
}

export enum CancellationReason {
  ClientSettledRetained = 'CLIENT_SETTLED_RETAINED',
  NewAgreementSigned = 'NEW_AGREEMENT_SIGNED',
  Other = 'OTHER',
}

/** A deadline the scheduler watches for this process. */
export enum TerminationDeadline {
  NoticePeriodEnd = 'NOTICE_PERIOD_END',
  DeliverableDue = 'DELIVERABLE_DUE',
}

/** Deadlines that passed unmet: raised as events, never a silent wait. */
export enum EscalationKind {
  DeliverableOverdue = 'DELIVERABLE_OVERDUE',
  WindDownIncomplete = 'WIND_DOWN_INCOMPLETE',
  SettlementOverdue = 'SETTLEMENT_OVERDUE',
  TransitionPlanOverdue = 'TRANSITION_PLAN_OVERDUE',
}

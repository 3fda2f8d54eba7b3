import type { NewWorkPolicy } from '../client/client.vocabulary';
import type { LocalDate, Money } from '../shared';
import type { TerminationEvidence } from './termination.evidence';
import type { CancellationReason, EndDateBasis, EscalationKind, NoticeChannel, SettlementOutcome, TerminationReason } from './termination.vocabulary';

type Event<Type extends string, Data> = {
  readonly type: Type;
  readonly data: { readonly terminationId: string; readonly clientId: string } & Data;
};

export type TerminationProposed = Event<
  'TerminationProposed',
  {
    readonly reason: TerminationReason;
    readonly explanation: string;
    readonly proposedBy: string;
    /** Absent in proposals recorded before authentication: `proposedBy` was then the only identity. */
    readonly proposedByPrincipal?: string;
    readonly proposedOn: LocalDate;
    readonly evidence: TerminationEvidence;
  }
>;

export type TerminationApproved = Event<
  'TerminationApproved',
  { readonly approvedBy: string; readonly approvedByPrincipal?: string; readonly approvedOn: LocalDate; readonly note: string | null }
>;

export type TerminationRejected = Event<'TerminationRejected', { readonly rejectedBy: string; readonly rejectedOn: LocalDate; readonly reason: string }>;

export type ContractEvaluated = Event<
  'ContractEvaluated',
  {
    readonly evaluatedOn: LocalDate;
    readonly exitClauseText: string;
    readonly noticePeriodDays: number;
    readonly immediateExitAllowed: boolean;
    /** Evaluation day + notice period, or the evaluation day itself when immediate exit is allowed. */
    readonly earliestLawfulEndDate: LocalDate;
    readonly endOfTermDate: LocalDate | null;
    /** The date the process works towards, per `basis`. */
    readonly endDate: LocalDate;
    readonly basis: EndDateBasis;
    readonly currency: string;
  }
>;

export type NoticeServed = Event<
  'NoticeServed',
  { readonly channel: NoticeChannel; readonly servedOn: LocalDate; readonly effectiveDate: LocalDate; readonly immediate: boolean }
>;

export type DeliverablesConfirmed = Event<
  'DeliverablesConfirmed',
  { readonly deliverables: readonly { readonly deliverableId: string; readonly description: string; readonly dueOn: LocalDate }[] }
>;

export type DeliverableCompleted = Event<'DeliverableCompleted', { readonly deliverableId: string; readonly completedOn: LocalDate }>;

export type FinalInvoiceIssued = Event<
  'FinalInvoiceIssued',
  { readonly invoiceId: string; readonly amount: Money; readonly issuedOn: LocalDate; readonly description: string }
>;

export type NewWorkRestricted = Event<'NewWorkRestricted', { readonly policy: NewWorkPolicy }>;

export type SettlementRecorded = Event<
  'SettlementRecorded',
  {
    readonly outcome: SettlementOutcome;
    readonly decidedBy: string;
    readonly settledOn: LocalDate;
    readonly outstanding: Money;
    readonly expectedRecoveryMinor: number | null;
    readonly recoveryCostMinor: number | null;
    readonly note: string | null;
  }
>;

export type TransitionPlanDelivered = Event<
  'TransitionPlanDelivered',
  { readonly summary: string; readonly deliveredOn: LocalDate; readonly handoverTo: string | null }
>;

export type NoticePeriodElapsed = Event<'NoticePeriodElapsed', { readonly effectiveDate: LocalDate }>;

export interface Escalation {
  readonly kind: EscalationKind;
  /** The deliverable, for a deliverable overdue; null otherwise. */
  readonly subject: string | null;
  readonly dueOn: LocalDate;
  readonly raisedOn: LocalDate;
  readonly message: string;
}

export type TerminationEscalated = Event<'TerminationEscalated', { readonly escalation: Escalation }>;

/** What the process asks of the client aggregate; a follower of the log dispatches each once. */
export type ClientAction =
  | { readonly type: 'RestrictNewWork'; readonly policy: NewWorkPolicy }
  | { readonly type: 'LiftNewWorkRestriction' }
  | {
      readonly type: 'IssueInvoice';
      readonly invoiceId: string;
      readonly amount: Money;
      readonly issuedOn: LocalDate;
      readonly description: string;
    }
  | {
      readonly type: 'RecordNoticeOfTermination';
      readonly reason: string;
      readonly channel: string;
      readonly servedOn: LocalDate;
      readonly effectiveDate: LocalDate;
    }
  | { readonly type: 'WithdrawNoticeOfTermination' }
  | { readonly type: 'OffboardClient'; readonly offboardedOn: LocalDate }
  /** A WRITTEN_OFF settlement: the outstanding amount leaves the client's receivables, oldest invoices first. */
  | { readonly type: 'WriteOffOutstanding'; readonly amount: Money; readonly reason: string };

export type ClientActionRequested = Event<
  'ClientActionRequested',
  {
    /** `<terminationId>:<n>`: deterministic, so the dispatch's idempotency key is too. */
    readonly requestId: string;
    readonly action: ClientAction;
  }
>;

export type NoticeWithdrawn = Event<'NoticeWithdrawn', { readonly withdrawnOn: LocalDate }>;

export type TerminationCancelled = Event<
  'TerminationCancelled',
  { readonly cancelledBy: string; readonly cancelledOn: LocalDate; readonly reason: CancellationReason; readonly note: string | null }
>;

export type TerminationOffboarded = Event<'TerminationOffboarded', { readonly offboardedBy: string; readonly offboardedOn: LocalDate }>;

export type TerminationEvent =
  | TerminationProposed
  | TerminationApproved
  | TerminationRejected
  | ContractEvaluated
  | NoticeServed
  | DeliverablesConfirmed
  | DeliverableCompleted
  | FinalInvoiceIssued
  | NewWorkRestricted
  | SettlementRecorded
  | TransitionPlanDelivered
  | NoticePeriodElapsed
  | TerminationEscalated
  | ClientActionRequested
  | NoticeWithdrawn
  | TerminationCancelled
  | TerminationOffboarded;

export type TerminationEventType = TerminationEvent['type'];

export const TERMINATION_EVENT_SCHEMA_VERSION: Readonly<Record<TerminationEventType, number>> = {
  TerminationProposed: 1,
  TerminationApproved: 1,
  TerminationRejected: 1,
  ContractEvaluated: 1,
  NoticeServed: 1,
  DeliverablesConfirmed: 1,
  DeliverableCompleted: 1,
  FinalInvoiceIssued: 1,
  NewWorkRestricted: 1,
  SettlementRecorded: 1,
  TransitionPlanDelivered: 1,
  NoticePeriodElapsed: 1,
  TerminationEscalated: 1,
  ClientActionRequested: 1,
  NoticeWithdrawn: 1,
  TerminationCancelled: 1,
  TerminationOffboarded: 1,
};

const TERMINATION_STREAM_PREFIX = 'termination-';

export const terminationStreamId = (terminationId: string): string => `${TERMINATION_STREAM_PREFIX}${terminationId}`;

export const terminationIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(TERMINATION_STREAM_PREFIX) ? streamId.slice(TERMINATION_STREAM_PREFIX.length) : null;

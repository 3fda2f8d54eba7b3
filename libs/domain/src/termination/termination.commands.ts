import type { NewWorkPolicy } from '../client/client.vocabulary';
import type { ExitCause } from '../client/client.vocabulary';
import type { CommandMetadata } from '../client/client.commands';
import type { CurrencyCode, LocalDate, Money } from '../shared';
import type { TerminationEvidence } from './termination.evidence';
import type { CancellationReason, NoticeChannel, SettlementOutcome, TerminationDeadline, TerminationReason } from './termination.vocabulary';

type Command<Type extends string, Data> = {
  readonly type: Type;
  readonly data: { readonly terminationId: string } & Data;
  readonly metadata: CommandMetadata;
};

export type ProposeTermination = Command<
  'ProposeTermination',
  {
    readonly clientId: string;
    readonly reason: TerminationReason;
    /** The clear, considered reason in words, as it will be told to the client. */
    readonly explanation: string;
    /** The person proposing: the one a SERVICE credential named, else the principal itself. */
    readonly proposedBy: string;
    /** The verified credential that proposed; the four-eyes rule compares it with the approver's. */
    readonly proposedByPrincipal?: string;
    readonly evidence: TerminationEvidence;
  }
>;

export type ApproveTermination = Command<'ApproveTermination', { readonly approvedBy: string; readonly approvedByPrincipal?: string; readonly note?: string }>;

export type RejectTermination = Command<'RejectTermination', { readonly rejectedBy: string; readonly reason: string }>;

/** The contract's terms as the client aggregate holds them; the application reads them there. */
export interface ContractForTermination {
  readonly noticePeriodDays: number;
  readonly exitClause: { readonly text: string; readonly immediateExitFor: readonly ExitCause[] };
  readonly endDate: LocalDate | null;
  readonly currency: CurrencyCode;
}

export type EvaluateContract = Command<
  'EvaluateContract',
  {
    readonly contract: ContractForTermination;
    /** Abuse under a clause allowing immediate exit: serve notice right away on this channel. */
    readonly immediateNoticeChannel?: NoticeChannel;
  }
>;

export type ServeNotice = Command<
  'ServeNotice',
  {
    readonly channel: NoticeChannel;
    readonly servedOn: LocalDate;
    /** Defaults to the evaluated end date, moved later if the notice is served late. */
    readonly effectiveDate?: LocalDate;
  }
>;

export interface DeliverableInput {
  readonly deliverableId: string;
  readonly description: string;
  readonly dueOn: LocalDate;
}

export type ConfirmDeliverables = Command<'ConfirmDeliverables', { readonly deliverables: readonly DeliverableInput[] }>;

export type CompleteDeliverable = Command<'CompleteDeliverable', { readonly deliverableId: string; readonly completedOn: LocalDate }>;

export type IssueFinalInvoice = Command<
  'IssueFinalInvoice',
  { readonly invoiceId: string; readonly amount: Money; readonly issuedOn: LocalDate; readonly description?: string }
>;

export type DecideNewWork = Command<'DecideNewWork', { readonly policy: NewWorkPolicy }>;

export type RecordSettlement = Command<
  'RecordSettlement',
  {
    readonly outcome: SettlementOutcome;
    readonly decidedBy: string;
    /** The client's open balance now; the application reads it from the client's history. */
    readonly outstanding: Money;
    /** For collection or write-off: what recovery would likely bring in, and what it would cost. */
    readonly expectedRecoveryMinor?: number;
    readonly recoveryCostMinor?: number;
    readonly note?: string;
  }
>;

export type DeliverTransitionPlan = Command<
  'DeliverTransitionPlan',
  { readonly summary: string; readonly deliveredOn: LocalDate; readonly handoverTo?: string }
>;

export type CancelTermination = Command<'CancelTermination', { readonly cancelledBy: string; readonly reason: CancellationReason; readonly note?: string }>;

export type CompleteOffboarding = Command<'CompleteOffboarding', { readonly offboardedBy: string }>;

/** A client event fed into the process: a payment, with the client's whole open balance after it. */
export type ObserveClientPayment = Command<
  'ObserveClientPayment',
  { readonly paymentId: string; readonly clientOpenBalance: Money; readonly paidOn: LocalDate }
>;

/** A timer event: one of the process's deadlines came. */
export type RecordDeadlinePassed = Command<
  'RecordDeadlinePassed',
  { readonly deadline: TerminationDeadline; readonly dueOn: LocalDate; readonly subject: string | null }
>;

export type TerminationCommand =
  | ProposeTermination
  | ApproveTermination
  | RejectTermination
  | EvaluateContract
  | ServeNotice
  | ConfirmDeliverables
  | CompleteDeliverable
  | IssueFinalInvoice
  | DecideNewWork
  | RecordSettlement
  | DeliverTransitionPlan
  | CancelTermination
  | CompleteOffboarding
  | ObserveClientPayment
  | RecordDeadlinePassed;

export type TerminationCommandType = TerminationCommand['type'];

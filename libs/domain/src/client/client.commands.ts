import type { CurrencyCode, Instant, LocalDate, Money } from '../shared';
import type {
  AbuseSeverity,
  CollectionCostKind,
  CollectionStep,
  ConductSignalKind,
  ComplaintOutcome,
  ExcuseCategory,
  ExitCause,
  LegalActionKind,
  MeetingOutcome,
  NewWorkPolicy,
  OverdueBucket,
  RecommendationOutcome,
  ReminderChannel,
  ReminderStep,
  ScopeClassification,
} from './client.vocabulary';

/** Time arrives with the command: when it happened in the business, and the clock's now. */
export interface CommandMetadata {
  readonly occurredAt: Instant;
  readonly now: Instant;
}

type Command<Type extends string, Data> = {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
};

export interface ContractTermsInput {
  readonly paymentTermsDays: number;
  readonly noticePeriodDays?: number;
  readonly exitClause: { readonly text: string; readonly immediateExitFor: readonly ExitCause[] };
  readonly startDate: LocalDate;
  readonly endDate?: LocalDate | null;
  readonly hourlyRate: Money;
  readonly currency: CurrencyCode;
  readonly contractedHoursPerMonth: number;
}

export type RegisterClient = Command<
  'RegisterClient',
  {
    readonly clientId: string;
    readonly name: string;
    /** When the relationship began, for tenure; defaults to the contract's start date. */
    readonly clientSince?: LocalDate;
    readonly contract: ContractTermsInput;
  }
>;

export type AmendContract = Command<
  'AmendContract',
  {
    readonly clientId: string;
    readonly paymentTermsDays?: number;
    readonly noticePeriodDays?: number;
    readonly exitClause?: { readonly text: string; readonly immediateExitFor: readonly ExitCause[] };
    readonly endDate?: LocalDate | null;
    readonly hourlyRate?: Money;
    readonly contractedHoursPerMonth?: number;
    readonly reason: string;
  }
>;

export type IssueInvoice = Command<
  'IssueInvoice',
  {
    readonly clientId: string;
    readonly invoiceId: string;
    readonly amount: Money;
    readonly issuedOn: LocalDate;
    /** Defaults to issuedOn + the contract's payment terms. */
    readonly dueDate?: LocalDate;
    readonly description?: string;
  }
>;

export type RecordPayment = Command<
  'RecordPayment',
  {
    readonly clientId: string;
    readonly paymentId: string;
    readonly invoiceId: string;
    readonly amount: Money;
    readonly paidOn: LocalDate;
  }
>;

export type RecordExcuse = Command<
  'RecordExcuse',
  {
    readonly clientId: string;
    readonly excuseId: string;
    readonly invoiceId?: string;
    readonly category: ExcuseCategory;
    readonly text: string;
    readonly promisedDate?: LocalDate;
  }
>;

export type RecordPromiseToPay = Command<
  'RecordPromiseToPay',
  {
    readonly clientId: string;
    readonly promiseId: string;
    readonly invoiceId: string;
    readonly amount: Money;
    readonly promisedDate: LocalDate;
  }
>;

export interface InstalmentInput {
  readonly dueDate: LocalDate;
  readonly amount: Money;
}

export type AgreePaymentPlan = Command<
  'AgreePaymentPlan',
  {
    readonly clientId: string;
    readonly planId: string;
    readonly invoiceIds: readonly string[];
    readonly instalments: readonly InstalmentInput[];
  }
>;

export type RecordReminder = Command<
  'RecordReminder',
  {
    readonly clientId: string;
    readonly reminderId: string;
    readonly invoiceId: string;
    readonly step: ReminderStep;
    readonly channel: ReminderChannel;
    readonly note?: string;
  }
>;

export type FileComplaint = Command<
  'FileComplaint',
  {
    readonly clientId: string;
    readonly complaintId: string;
    readonly subject: string;
    readonly text: string;
    /** A complaint naming an invoice disputes it. */
    readonly invoiceId?: string;
  }
>;

export type ResolveComplaint = Command<
  'ResolveComplaint',
  {
    readonly clientId: string;
    readonly complaintId: string;
    readonly outcome: ComplaintOutcome;
    readonly resolution: string;
  }
>;

export type RequestScopeChange = Command<
  'RequestScopeChange',
  {
    readonly clientId: string;
    readonly scopeChangeId: string;
    readonly description: string;
    readonly estimatedMinutes?: number;
  }
>;

export type DecideScopeChange = Command<
  'DecideScopeChange',
  {
    readonly clientId: string;
    readonly scopeChangeId: string;
    readonly classification: ScopeClassification;
    readonly billable: boolean;
    readonly note?: string;
  }
>;

export type LogTime = Command<
  'LogTime',
  {
    readonly clientId: string;
    readonly timeEntryId: string;
    readonly activity: string;
    readonly minutes: number;
    readonly billable: boolean;
    readonly workedOn: LocalDate;
    /** Work done for a scope change, so out-of-scope hours can be measured. */
    readonly scopeChangeId?: string;
  }
>;

export type RecordMeeting = Command<
  'RecordMeeting',
  {
    readonly clientId: string;
    readonly meetingId: string;
    readonly scheduledAt: Instant;
    readonly outcome: MeetingOutcome;
    readonly durationMinutes?: number;
    readonly note?: string;
  }
>;

export type RecordRecommendation = Command<
  'RecordRecommendation',
  {
    readonly clientId: string;
    readonly recommendationId: string;
    readonly summary: string;
    readonly outcome: RecommendationOutcome;
  }
>;

export type ReportAbuse = Command<
  'ReportAbuse',
  {
    readonly clientId: string;
    readonly reportId: string;
    readonly severity: AbuseSeverity;
    readonly description: string;
    readonly reportedBy: string;
  }
>;

/** Time-driven facts: the scheduler records them when their day comes, never a CRM. */
export type RecordInvoiceAged = Command<
  'RecordInvoiceAged',
  { readonly clientId: string; readonly invoiceId: string; readonly bucket: OverdueBucket; readonly daysPastDue: number; readonly agedOn: LocalDate }
>;

export type RecordBrokenPromise = Command<
  'RecordBrokenPromise',
  {
    readonly clientId: string;
    /** A promise to pay, or a payment plan's instalment as `<planId>#<instalmentNumber>`. */
    readonly promiseId: string;
    readonly brokenOn: LocalDate;
  }
>;

export type RecordCollectionStepDue = Command<
  'RecordCollectionStepDue',
  { readonly clientId: string; readonly invoiceId: string; readonly step: CollectionStep; readonly dueOn: LocalDate }
>;

/** Effects of a termination on the client: sent only by the termination process. */
export type RestrictNewWork = Command<'RestrictNewWork', { readonly clientId: string; readonly terminationId: string; readonly policy: NewWorkPolicy }>;

export type LiftNewWorkRestriction = Command<'LiftNewWorkRestriction', { readonly clientId: string; readonly terminationId: string }>;

export type RecordNoticeOfTermination = Command<
  'RecordNoticeOfTermination',
  {
    readonly clientId: string;
    readonly terminationId: string;
    readonly reason: string;
    readonly channel: string;
    readonly servedOn: LocalDate;
    readonly effectiveDate: LocalDate;
  }
>;

export type WithdrawNoticeOfTermination = Command<'WithdrawNoticeOfTermination', { readonly clientId: string; readonly terminationId: string }>;

export type OffboardClient = Command<'OffboardClient', { readonly clientId: string; readonly terminationId: string; readonly offboardedOn: LocalDate }>;

/** A termination starts on the client's own stream, so two cannot be under way at once (expected version). */
export type OpenTermination = Command<'OpenTermination', { readonly clientId: string; readonly terminationId: string }>;

/** The termination ended (rejected, cancelled, offboarded): another may be proposed. */
export type CloseTermination = Command<'CloseTermination', { readonly clientId: string; readonly terminationId: string; readonly outcome: TerminationEnding }>;

export type TerminationEnding = 'REJECTED' | 'CANCELLED' | 'OFFBOARDED';

/** Credit control (docs/collections.md): commands of finance, managers and agents outside a termination. */
export type WriteOffInvoice = Command<
  'WriteOffInvoice',
  { readonly clientId: string; readonly writeOffId: string; readonly invoiceId: string; readonly amount: Money; readonly reason: string }
>;

/** A termination settled WRITTEN_OFF: its outstanding amount comes off the open invoices, oldest first. Sent only by the termination process. */
export type WriteOffOutstanding = Command<
  'WriteOffOutstanding',
  { readonly clientId: string; readonly terminationId: string; readonly amount: Money; readonly reason: string }
>;

export type RecordCollectionCost = Command<
  'RecordCollectionCost',
  { readonly clientId: string; readonly costId: string; readonly kind: CollectionCostKind; readonly amount: Money; readonly invoiceId?: string }
>;

export type RecordConductSignal = Command<
  'RecordConductSignal',
  {
    readonly clientId: string;
    readonly signalId: string;
    readonly kind: ConductSignalKind;
    readonly occurredOn: LocalDate;
    readonly agreedHours?: number;
    readonly actualHours?: number;
    readonly note?: string;
  }
>;

export type PlaceCreditHold = Command<'PlaceCreditHold', { readonly clientId: string; readonly reason: string }>;

export type ReleaseCreditHold = Command<'ReleaseCreditHold', { readonly clientId: string }>;

/** `limit` null clears the limit. */
export type SetCreditLimit = Command<'SetCreditLimit', { readonly clientId: string; readonly limit: Money | null }>;

export type IssueCreditNote = Command<
  'IssueCreditNote',
  { readonly clientId: string; readonly creditNoteId: string; readonly invoiceId: string; readonly amount: Money; readonly reason: string }
>;

export type GrantSettlementDiscount = Command<
  'GrantSettlementDiscount',
  { readonly clientId: string; readonly discountId: string; readonly invoiceId: string; readonly amount: Money }
>;

export type ChargeLateInterest = Command<
  'ChargeLateInterest',
  {
    readonly clientId: string;
    readonly chargeId: string;
    readonly invoiceId: string;
    readonly amount: Money;
    readonly from: LocalDate;
    readonly to: LocalDate;
  }
>;

export type HandOverToCollectionAgency = Command<
  'HandOverToCollectionAgency',
  { readonly clientId: string; readonly handoverId: string; readonly invoiceIds: readonly string[]; readonly agency: string }
>;

export type RecordLegalAction = Command<
  'RecordLegalAction',
  { readonly clientId: string; readonly legalActionId: string; readonly invoiceIds: readonly string[]; readonly kind: LegalActionKind }
>;

export type ClientCommand =
  | RegisterClient
  | AmendContract
  | IssueInvoice
  | RecordPayment
  | RecordExcuse
  | RecordPromiseToPay
  | AgreePaymentPlan
  | RecordReminder
  | FileComplaint
  | ResolveComplaint
  | RequestScopeChange
  | DecideScopeChange
  | LogTime
  | RecordMeeting
  | RecordRecommendation
  | ReportAbuse
  | RecordInvoiceAged
  | RecordBrokenPromise
  | RecordCollectionStepDue
  | RestrictNewWork
  | LiftNewWorkRestriction
  | RecordNoticeOfTermination
  | WithdrawNoticeOfTermination
  | OffboardClient
  | OpenTermination
  | CloseTermination
  | WriteOffInvoice
  | WriteOffOutstanding
  | RecordCollectionCost
  | RecordConductSignal
  | PlaceCreditHold
  | ReleaseCreditHold
  | SetCreditLimit
  | IssueCreditNote
  | GrantSettlementDiscount
  | ChargeLateInterest
  | HandOverToCollectionAgency
  | RecordLegalAction;

export type ClientCommandType = ClientCommand['type'];

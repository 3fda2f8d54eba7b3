import type { ContractTerms } from '../client/client.contract';
import type { ClientEvent } from '../client/client.events';
import type { ConductSignalKind, LegalActionKind } from '../client/client.vocabulary';
import type {
  AbuseSeverity,
  ComplaintOutcome,
  MeetingOutcome,
  RecommendationOutcome,
  ReminderChannel,
  ReminderStep,
  ScopeClassification,
} from '../client/client.vocabulary';
import type { CurrencyCode, Instant, LocalDate, Money } from '../shared';

export { ConductSignalKind } from '../client/client.vocabulary';

/** A client event with the envelope fields the metrics need: evidence ids and business time. */
export interface ClientFact {
  readonly eventId: string;
  readonly occurredAt: Instant;
  readonly event: ClientEvent;
}

export interface PaymentEntry {
  readonly paymentId: string;
  readonly amountMinor: number;
  readonly paidOn: LocalDate;
  readonly eventId: string;
}

export interface DisputeEntry {
  readonly complaintId: string;
  readonly from: LocalDate;
  /** The day the complaint was resolved; null while it is open. */
  readonly until: LocalDate | null;
}

export interface InvoiceEntry {
  readonly invoiceId: string;
  readonly amountMinor: number;
  readonly currency: CurrencyCode;
  readonly issuedOn: LocalDate;
  readonly dueDate: LocalDate;
  readonly description: string | null;
  readonly eventId: string;
  readonly payments: readonly PaymentEntry[];
  readonly openBalanceMinor: number;
  /** The day the last payment brought the balance to zero; null while anything is owed. */
  readonly paidOffOn: LocalDate | null;
  readonly disputes: readonly DisputeEntry[];
  /**
   * Amounts written off (a termination settled WRITTEN_OFF, or the ladder's write-off decision):
   * they leave receivables from their day on (`InvoiceWrittenOff`). Optional for histories built
   * by hand; the fold always fills it.
   */
  readonly writeOffs?: readonly WriteOffEntry[];
  /** Credit notes, settlement discounts and late interest: they change what the invoice bills from their day on. */
  readonly adjustments?: readonly InvoiceAdjustmentEntry[];
}

export enum InvoiceAdjustmentKind {
  /** Lowers what the invoice bills: less revenue, less receivable. */
  CreditNote = 'CREDIT_NOTE',
  /** A discount for prompt payment: less revenue, less receivable. */
  SettlementDiscount = 'SETTLEMENT_DISCOUNT',
  /** Statutory interest on a late payment: more revenue (finance income), more receivable. */
  LateInterest = 'LATE_INTEREST',
}

export interface InvoiceAdjustmentEntry {
  readonly adjustmentId: string;
  readonly kind: InvoiceAdjustmentKind;
  /** Always positive: the kind says whether it lowers or raises the invoice. */
  readonly amountMinor: number;
  readonly on: LocalDate;
  /** For late interest: the last day the charge covers. */
  readonly until?: LocalDate;
  readonly eventId: string;
}

export interface WriteOffEntry {
  readonly writeOffId: string;
  readonly amountMinor: number;
  readonly on: LocalDate;
  readonly reason: string;
  readonly eventId: string;
}

export interface PromiseEntry {
  readonly promiseId: string;
  readonly invoiceId: string;
  readonly amountMinor: number;
  readonly madeOn: LocalDate;
  readonly promisedDate: LocalDate;
  readonly eventId: string;
  /** A missed instalment of a payment plan counts as a broken promise too. */
  readonly source: 'PROMISE' | 'INSTALMENT';
  /**
   * For an instalment: every invoice the plan covers, oldest first (`invoiceId` is the first).
   * Payments on any of them count towards the plan, and the plan pauses the ladder of each.
   */
  readonly planInvoiceIds?: readonly string[];
}

export interface PaymentPlanEntry {
  readonly planId: string;
  readonly agreedOn: LocalDate;
  readonly invoiceIds: readonly string[];
  readonly instalments: readonly { readonly instalmentNumber: number; readonly dueDate: LocalDate; readonly amount: Money }[];
  readonly eventId: string;
}

export interface ExcuseEntry {
  readonly excuseId: string;
  readonly on: LocalDate;
  readonly invoiceId: string | null;
  readonly promisedDate: LocalDate | null;
  readonly eventId: string;
}

export interface ReminderEntry {
  readonly reminderId: string;
  readonly invoiceId: string;
  readonly step: ReminderStep;
  readonly channel: ReminderChannel;
  readonly on: LocalDate;
  readonly eventId: string;
}

export interface ComplaintEntry {
  readonly complaintId: string;
  readonly filedOn: LocalDate;
  readonly disputedInvoiceId: string | null;
  readonly outcome: ComplaintOutcome | null;
  readonly resolvedOn: LocalDate | null;
  readonly eventIds: readonly string[];
}

export interface ScopeChangeEntry {
  readonly scopeChangeId: string;
  readonly requestedOn: LocalDate;
  readonly classification: ScopeClassification | null;
  readonly billable: boolean | null;
  readonly eventIds: readonly string[];
}

export interface TimeEntry {
  readonly timeEntryId: string;
  readonly activity: string;
  readonly minutes: number;
  readonly billable: boolean;
  readonly workedOn: LocalDate;
  readonly scopeChangeId: string | null;
  readonly eventId: string;
}

export interface MeetingEntry {
  readonly meetingId: string;
  readonly on: LocalDate;
  readonly outcome: MeetingOutcome;
  readonly durationMinutes: number | null;
  readonly eventId: string;
}

export interface RecommendationEntry {
  readonly recommendationId: string;
  readonly on: LocalDate;
  readonly outcome: RecommendationOutcome;
  readonly eventId: string;
}

export interface AbuseEntry {
  readonly reportId: string;
  readonly on: LocalDate;
  readonly severity: AbuseSeverity;
  readonly eventId: string;
}

export enum FeeKind {
  /** Lawyers' fees. */
  Legal = 'LEGAL',
  /** A collection agency's fee. */
  Collection = 'COLLECTION',
  /** Court fees and costs. */
  Court = 'COURT',
  Other = 'OTHER',
}

/** Money actually spent recovering a debt (a lawyer, a collection agency): part of the cost to serve. */
export interface FeeEntry {
  readonly feeId: string;
  readonly on: LocalDate;
  readonly kind: FeeKind;
  readonly amountMinor: number;
  /** The invoice the cost was spent recovering, when it names one. */
  readonly invoiceId?: string | null;
  readonly eventId: string;
}

export interface ConductSignalEntry {
  readonly signalId: string;
  readonly on: LocalDate;
  readonly kind: ConductSignalKind;
  /** For a slow response: the agreed and the actual response time, in hours. */
  readonly agreedHours?: number;
  readonly actualHours?: number;
  readonly eventId: string;
}

/** A credit hold: new invoices on prepayment and no new scope changes while it lasts. */
export interface CreditHoldEntry {
  readonly placedOn: LocalDate;
  /** Null while the hold is in force. */
  readonly releasedOn: LocalDate | null;
  readonly eventIds: readonly string[];
}

/** The most a client may owe us; null `amountMinor` is a limit cleared. Each applies from its day on. */
export interface CreditLimitEntry {
  readonly amountMinor: number | null;
  readonly on: LocalDate;
  readonly eventId: string;
}

/** Invoices handed to a collection agency, or taken to court. */
export interface RecoveryStepEntry {
  readonly stepId: string;
  readonly invoiceIds: readonly string[];
  readonly on: LocalDate;
  /** AGENCY for a handover, else the legal action's kind. */
  readonly kind: 'AGENCY' | LegalActionKind;
  /** The agency's name, for a handover. */
  readonly agency: string | null;
  readonly eventId: string;
}

/**
 * Everything the risk, profitability and collection read models and the API's client view need
 * from a client's events, with business dates and the ids of the events behind each fact (the
 * evidence). The one model of a client's past: counts and statuses are derived from it.
 */
export interface ClientHistory {
  readonly clientId: string;
  readonly name: string;
  readonly clientSince: LocalDate;
  readonly contract: ContractTerms;
  readonly invoices: readonly InvoiceEntry[];
  /** Promises to pay, then each plan's instalments as promises (`source: 'INSTALMENT'`). */
  readonly promises: readonly PromiseEntry[];
  readonly paymentPlans: readonly PaymentPlanEntry[];
  readonly excuses: readonly ExcuseEntry[];
  readonly reminders: readonly ReminderEntry[];
  readonly complaints: readonly ComplaintEntry[];
  readonly scopeChanges: readonly ScopeChangeEntry[];
  readonly timeEntries: readonly TimeEntry[];
  readonly meetings: readonly MeetingEntry[];
  readonly recommendations: readonly RecommendationEntry[];
  readonly abuseReports: readonly AbuseEntry[];
  /** Legal, court and collection fees paid (`CollectionCostRecorded`). */
  readonly fees?: readonly FeeEntry[];
  /** Slow responses, disrespect, unreasonable demands, no progress (`ConductSignalRecorded`). */
  readonly conductSignals?: readonly ConductSignalEntry[];
  /** Credit holds placed and released, oldest first. */
  readonly creditHolds?: readonly CreditHoldEntry[];
  /** Credit limits set, oldest first: the latest on or before a day applies. */
  readonly creditLimits?: readonly CreditLimitEntry[];
  /** Agency handovers and legal actions, oldest first. */
  readonly recoverySteps?: readonly RecoveryStepEntry[];
}

import type { ContractTerms } from '../client/client.contract';
import type { ClientEvent } from '../client/client.events';
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
   * they leave receivables from their day on. Optional until a client event records them.
   */
  readonly writeOffs?: readonly WriteOffEntry[];
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
  Legal = 'LEGAL',
  Collection = 'COLLECTION',
}

/** Money actually spent recovering a debt (a lawyer, a collection agency): part of the cost to serve. */
export interface FeeEntry {
  readonly feeId: string;
  readonly on: LocalDate;
  readonly kind: FeeKind;
  readonly amountMinor: number;
  readonly eventId: string;
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

export interface ConductSignalEntry {
  readonly signalId: string;
  readonly on: LocalDate;
  readonly kind: ConductSignalKind;
  /** For a slow response: the agreed and the actual response time, in hours. */
  readonly agreedHours?: number;
  readonly actualHours?: number;
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
  /** Legal and collection fees paid; optional until a client event records them. */
  readonly fees?: readonly FeeEntry[];
  /** Slow responses, disrespect, unreasonable demands, no progress; optional until a client event records them. */
  readonly conductSignals?: readonly ConductSignalEntry[];
}

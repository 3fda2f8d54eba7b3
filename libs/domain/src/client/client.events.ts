import type { Instant, LocalDate, Money } from '../shared';
import type { ContractTerms } from './client.contract';
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
  OverdueBucket,
  PaymentKind,
  RecommendationOutcome,
  ReminderChannel,
  ReminderStep,
  ScopeClassification,
} from './client.vocabulary';

type Event<Type extends string, Data> = { readonly type: Type; readonly data: Data };

export type ClientRegistered = Event<
  'ClientRegistered',
  { readonly clientId: string; readonly name: string; readonly clientSince: LocalDate; readonly contract: ContractTerms }
>;

/** Only the terms that changed are present. */
export type ContractAmended = Event<
  'ContractAmended',
  {
    readonly clientId: string;
    readonly changes: {
      readonly paymentTermsDays?: number;
      readonly noticePeriodDays?: number;
      readonly exitClause?: { readonly text: string; readonly immediateExitFor: readonly ExitCause[] };
      readonly endDate?: LocalDate | null;
      readonly hourlyRate?: Money;
      readonly contractedHoursPerMonth?: number;
    };
    readonly reason: string;
  }
>;

export type InvoiceIssued = Event<
  'InvoiceIssued',
  {
    readonly clientId: string;
    readonly invoiceId: string;
    readonly amount: Money;
    readonly issuedOn: LocalDate;
    readonly dueDate: LocalDate;
    readonly description: string | null;
  }
>;

export type PaymentRecorded = Event<
  'PaymentRecorded',
  {
    readonly clientId: string;
    readonly paymentId: string;
    readonly invoiceId: string;
    readonly amount: Money;
    readonly paidOn: LocalDate;
    readonly kind: PaymentKind;
    /** The invoice's open balance after this payment, so readers need no arithmetic. */
    readonly openBalanceAfter: Money;
  }
>;

export type ExcuseRecorded = Event<
  'ExcuseRecorded',
  {
    readonly clientId: string;
    readonly excuseId: string;
    readonly invoiceId: string | null;
    readonly category: ExcuseCategory;
    readonly text: string;
    readonly promisedDate: LocalDate | null;
  }
>;

export type PromiseToPayRecorded = Event<
  'PromiseToPayRecorded',
  {
    readonly clientId: string;
    readonly promiseId: string;
    readonly invoiceId: string;
    readonly amount: Money;
    readonly promisedDate: LocalDate;
  }
>;

export type PaymentPlanAgreed = Event<
  'PaymentPlanAgreed',
  {
    readonly clientId: string;
    readonly planId: string;
    readonly invoiceIds: readonly string[];
    readonly instalments: readonly { readonly instalmentNumber: number; readonly dueDate: LocalDate; readonly amount: Money }[];
    readonly total: Money;
  }
>;

export type ReminderSent = Event<
  'ReminderSent',
  {
    readonly clientId: string;
    readonly reminderId: string;
    readonly invoiceId: string;
    readonly step: ReminderStep;
    readonly channel: ReminderChannel;
    readonly note: string | null;
  }
>;

export type ComplaintFiled = Event<
  'ComplaintFiled',
  {
    readonly clientId: string;
    readonly complaintId: string;
    readonly subject: string;
    readonly text: string;
    readonly disputedInvoiceId: string | null;
  }
>;

export type ComplaintResolved = Event<
  'ComplaintResolved',
  { readonly clientId: string; readonly complaintId: string; readonly outcome: ComplaintOutcome; readonly resolution: string }
>;

export type ScopeChangeRequested = Event<
  'ScopeChangeRequested',
  {
    readonly clientId: string;
    readonly scopeChangeId: string;
    readonly description: string;
    readonly estimatedMinutes: number | null;
  }
>;

export type ScopeChangeDecided = Event<
  'ScopeChangeDecided',
  {
    readonly clientId: string;
    readonly scopeChangeId: string;
    readonly classification: ScopeClassification;
    readonly billable: boolean;
    readonly note: string | null;
  }
>;

export type TimeLogged = Event<
  'TimeLogged',
  {
    readonly clientId: string;
    readonly timeEntryId: string;
    readonly activity: string;
    readonly minutes: number;
    readonly billable: boolean;
    readonly workedOn: LocalDate;
    readonly scopeChangeId: string | null;
  }
>;

export type MeetingRecorded = Event<
  'MeetingRecorded',
  {
    readonly clientId: string;
    readonly meetingId: string;
    readonly scheduledAt: Instant;
    readonly outcome: MeetingOutcome;
    readonly durationMinutes: number | null;
    readonly note: string | null;
  }
>;

export type RecommendationRecorded = Event<
  'RecommendationRecorded',
  {
    readonly clientId: string;
    readonly recommendationId: string;
    readonly summary: string;
    readonly outcome: RecommendationOutcome;
  }
>;

export type AbuseReported = Event<
  'AbuseReported',
  {
    readonly clientId: string;
    readonly reportId: string;
    readonly severity: AbuseSeverity;
    readonly description: string;
    readonly reportedBy: string;
  }
>;

/** An unpaid invoice crossed into an aging bucket: time passing, made a replayable fact. */
export type InvoiceAged = Event<
  'InvoiceAged',
  {
    readonly clientId: string;
    readonly invoiceId: string;
    readonly bucket: OverdueBucket;
    readonly daysPastDue: number;
    readonly agedOn: LocalDate;
    readonly openBalance: Money;
  }
>;

/** The promised date passed unpaid ("broken promise" in DOMAIN.md). */
export type PromiseToPayBroken = Event<
  'PromiseToPayBroken',
  {
    readonly clientId: string;
    readonly promiseId: string;
    readonly invoiceId: string;
    readonly promisedDate: LocalDate;
    readonly promisedAmount: Money;
    readonly brokenOn: LocalDate;
  }
>;

/** A step of the collection ladder came due for an invoice. */
export type CollectionStepFellDue = Event<
  'CollectionStepFellDue',
  { readonly clientId: string; readonly invoiceId: string; readonly step: CollectionStep; readonly dueOn: LocalDate }
>;

/** A termination under way refused new work: no new scope changes. */
export type NewWorkRefused = Event<'NewWorkRefused', { readonly clientId: string; readonly terminationId: string }>;

/** A termination under way moved new work to prepayment: invoices fall due the day they are issued. */
export type WorkMovedToPrepayment = Event<'WorkMovedToPrepayment', { readonly clientId: string; readonly terminationId: string }>;

/** The termination that restricted new work was cancelled. */
export type NewWorkRestrictionLifted = Event<'NewWorkRestrictionLifted', { readonly clientId: string; readonly terminationId: string }>;

/** The client was told the relationship ends, and when. */
export type NoticeOfTerminationServed = Event<
  'NoticeOfTerminationServed',
  {
    readonly clientId: string;
    readonly terminationId: string;
    readonly reason: string;
    readonly channel: string;
    readonly servedOn: LocalDate;
    readonly effectiveDate: LocalDate;
  }
>;

/** The termination was cancelled after notice: the relationship goes on. */
export type NoticeOfTerminationWithdrawn = Event<'NoticeOfTerminationWithdrawn', { readonly clientId: string; readonly terminationId: string }>;

/** The relationship ended: no new invoices or scope changes; payments on old invoices still count. */
export type ClientOffboarded = Event<'ClientOffboarded', { readonly clientId: string; readonly terminationId: string; readonly offboardedOn: LocalDate }>;

/** A termination was proposed for this client: no other may start until it ends. */
export type TerminationOpened = Event<'TerminationOpened', { readonly clientId: string; readonly terminationId: string }>;

/** The termination under way ended; `outcome` says how. */
export type TerminationClosed = Event<
  'TerminationClosed',
  { readonly clientId: string; readonly terminationId: string; readonly outcome: 'REJECTED' | 'CANCELLED' | 'OFFBOARDED' }
>;

/**
 * The client's personal data was erased (its data key destroyed): earlier events keep their
 * amounts, dates and ids, their personal fields read as erased. The reason is kept in clear, so
 * it names the request, never the person.
 */
export type ClientForgotten = Event<'ClientForgotten', { readonly clientId: string; readonly reason: string; readonly forgottenOn: LocalDate }>;

/**
 * Part or all of an invoice's open balance given up on: it leaves receivables (AR, aging,
 * exposure, credit loss) and counts as bad debt. `terminationId` names the termination whose
 * WRITTEN_OFF settlement asked for it, null when credit control decided it.
 */
export type InvoiceWrittenOff = Event<
  'InvoiceWrittenOff',
  {
    readonly clientId: string;
    readonly writeOffId: string;
    readonly invoiceId: string;
    readonly amount: Money;
    readonly reason: string;
    readonly writtenOffOn: LocalDate;
    readonly terminationId: string | null;
    readonly openBalanceAfter: Money;
  }
>;

/** Money paid to recover a debt (an agency, a lawyer, the court): part of the cost to serve. */
export type CollectionCostRecorded = Event<
  'CollectionCostRecorded',
  {
    readonly clientId: string;
    readonly costId: string;
    readonly kind: CollectionCostKind;
    readonly amount: Money;
    readonly invoiceId: string | null;
    readonly incurredOn: LocalDate;
  }
>;

/** A conduct sign of DOMAIN.md no other fact records (slow response, disrespect, unreasonable demand, no progress). */
export type ConductSignalRecorded = Event<
  'ConductSignalRecorded',
  {
    readonly clientId: string;
    readonly signalId: string;
    readonly kind: ConductSignalKind;
    readonly occurredOn: LocalDate;
    /** For a slow response: the response time the contract agreed and the actual one, in hours. */
    readonly agreedHours: number | null;
    readonly actualHours: number | null;
    readonly note: string | null;
  }
>;

/** Credit stopped: new invoices fall due the day they are issued, new scope changes are refused. */
export type CreditHoldPlaced = Event<'CreditHoldPlaced', { readonly clientId: string; readonly reason: string; readonly placedOn: LocalDate }>;

export type CreditHoldReleased = Event<'CreditHoldReleased', { readonly clientId: string; readonly releasedOn: LocalDate }>;

/** The most the client may owe; null clears the limit. */
export type CreditLimitSet = Event<'CreditLimitSet', { readonly clientId: string; readonly limit: Money | null; readonly setOn: LocalDate }>;

/** Lowers what an invoice bills (and the revenue), from its day on. */
export type CreditNoteIssued = Event<
  'CreditNoteIssued',
  {
    readonly clientId: string;
    readonly creditNoteId: string;
    readonly invoiceId: string;
    readonly amount: Money;
    readonly reason: string;
    readonly issuedOn: LocalDate;
    readonly openBalanceAfter: Money;
  }
>;

/** A discount for paying promptly: lowers what the invoice bills, from its day on. */
export type SettlementDiscountGranted = Event<
  'SettlementDiscountGranted',
  {
    readonly clientId: string;
    readonly discountId: string;
    readonly invoiceId: string;
    readonly amount: Money;
    readonly grantedOn: LocalDate;
    readonly openBalanceAfter: Money;
  }
>;

/** Statutory late-payment interest for the days from `from` to `to` (both included), added to the invoice. */
export type LateInterestCharged = Event<
  'LateInterestCharged',
  {
    readonly clientId: string;
    readonly chargeId: string;
    readonly invoiceId: string;
    readonly amount: Money;
    readonly from: LocalDate;
    readonly to: LocalDate;
    readonly chargedOn: LocalDate;
    readonly openBalanceAfter: Money;
  }
>;

export type InvoicesHandedToCollectionAgency = Event<
  'InvoicesHandedToCollectionAgency',
  { readonly clientId: string; readonly handoverId: string; readonly invoiceIds: readonly string[]; readonly agency: string; readonly handedOverOn: LocalDate }
>;

export type LegalActionRecorded = Event<
  'LegalActionRecorded',
  {
    readonly clientId: string;
    readonly legalActionId: string;
    readonly invoiceIds: readonly string[];
    readonly kind: LegalActionKind;
    readonly recordedOn: LocalDate;
  }
>;

export type ClientEvent =
  | ClientRegistered
  | ContractAmended
  | InvoiceIssued
  | PaymentRecorded
  | ExcuseRecorded
  | PromiseToPayRecorded
  | PaymentPlanAgreed
  | ReminderSent
  | ComplaintFiled
  | ComplaintResolved
  | ScopeChangeRequested
  | ScopeChangeDecided
  | TimeLogged
  | MeetingRecorded
  | RecommendationRecorded
  | AbuseReported
  | InvoiceAged
  | PromiseToPayBroken
  | CollectionStepFellDue
  | NewWorkRefused
  | WorkMovedToPrepayment
  | NewWorkRestrictionLifted
  | NoticeOfTerminationServed
  | NoticeOfTerminationWithdrawn
  | ClientOffboarded
  | TerminationOpened
  | TerminationClosed
  | ClientForgotten
  | InvoiceWrittenOff
  | CollectionCostRecorded
  | ConductSignalRecorded
  | CreditHoldPlaced
  | CreditHoldReleased
  | CreditLimitSet
  | CreditNoteIssued
  | SettlementDiscountGranted
  | LateInterestCharged
  | InvoicesHandedToCollectionAgency
  | LegalActionRecorded;

export type ClientEventType = ClientEvent['type'];

/** Bumped with an upcaster whenever an event's payload changes shape. */
export const CLIENT_EVENT_SCHEMA_VERSION: Readonly<Record<ClientEventType, number>> = {
  ClientRegistered: 1,
  ContractAmended: 1,
  InvoiceIssued: 1,
  PaymentRecorded: 1,
  ExcuseRecorded: 1,
  PromiseToPayRecorded: 1,
  PaymentPlanAgreed: 1,
  ReminderSent: 1,
  ComplaintFiled: 1,
  ComplaintResolved: 1,
  ScopeChangeRequested: 1,
  ScopeChangeDecided: 1,
  TimeLogged: 1,
  MeetingRecorded: 1,
  RecommendationRecorded: 1,
  AbuseReported: 1,
  InvoiceAged: 1,
  PromiseToPayBroken: 1,
  CollectionStepFellDue: 1,
  NewWorkRefused: 1,
  WorkMovedToPrepayment: 1,
  NewWorkRestrictionLifted: 1,
  NoticeOfTerminationServed: 1,
  NoticeOfTerminationWithdrawn: 1,
  ClientOffboarded: 1,
  TerminationOpened: 1,
  TerminationClosed: 1,
  ClientForgotten: 1,
  InvoiceWrittenOff: 1,
  CollectionCostRecorded: 1,
  ConductSignalRecorded: 1,
  CreditHoldPlaced: 1,
  CreditHoldReleased: 1,
  CreditLimitSet: 1,
  CreditNoteIssued: 1,
  SettlementDiscountGranted: 1,
  LateInterestCharged: 1,
  InvoicesHandedToCollectionAgency: 1,
  LegalActionRecorded: 1,
};

const CLIENT_STREAM_PREFIX = 'client-';

export const clientStreamId = (clientId: string): string => `${CLIENT_STREAM_PREFIX}${clientId}`;

/** The client a stream belongs to, or null for a stream of another kind. */
export const clientIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(CLIENT_STREAM_PREFIX) ? streamId.slice(CLIENT_STREAM_PREFIX.length) : null;

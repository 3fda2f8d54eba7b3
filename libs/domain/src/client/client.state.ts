import type { LocalDate, Money } from '../shared';
import type { ContractTerms } from './client.contract';
import type { ComplaintOutcome, NewWorkPolicy, ScopeClassification } from './client.vocabulary';

/** How the API words an invoice's payments; derived from the client history (`invoiceStatusOf`), never stored. */
export enum InvoiceStatus {
  Open = 'OPEN',
  PartiallyPaid = 'PARTIALLY_PAID',
  Paid = 'PAID',
  /** Nothing is owed because the rest was written off, not paid. */
  WrittenOff = 'WRITTEN_OFF',
}

/** What `decide` checks of an invoice: its currency, its issue day (payments follow it) and what is still owed. */
export interface InvoiceState {
  readonly invoiceId: string;
  readonly amount: Money;
  readonly issuedOn: LocalDate;
  readonly dueDate: LocalDate;
  readonly openBalanceMinor: number;
  /**
   * What lowered the balance and on which business day (payments, write-offs, credit notes,
   * discounts; interest as a negative amount), so a time-driven fact is judged on its own day, not
   * on the day it is recorded.
   */
  readonly settled: readonly { readonly on: LocalDate; readonly amountMinor: number }[];
  /** The last day late interest was charged for; null before any charge. */
  readonly interestChargedUntil: LocalDate | null;
  /** Handed to a collection agency: a second handover is refused. */
  readonly withAgency: boolean;
}

/** A broken promise is recorded with the promise's own terms. */
export interface PromiseToPayState {
  readonly promiseId: string;
  readonly invoiceId: string;
  readonly amount: Money;
  readonly promisedDate: LocalDate;
}

export interface PaymentPlanState {
  readonly planId: string;
  readonly invoiceIds: readonly string[];
  readonly instalments: readonly { readonly instalmentNumber: number; readonly dueDate: LocalDate; readonly amount: Money }[];
}

export interface ComplaintState {
  readonly complaintId: string;
  /** Null while open: a complaint is resolved once. */
  readonly outcome: ComplaintOutcome | null;
}

export interface ScopeChangeState {
  readonly scopeChangeId: string;
  /** Null while undecided: a scope change is decided once. */
  readonly classification: ScopeClassification | null;
}

export interface UnregisteredClient {
  readonly status: 'UNREGISTERED';
}

/**
 * What `decide` needs to accept or refuse a command, and nothing more: tallies, dates and evidence
 * the API and the read models show come from the client history (`ClientHistoryBuilder`).
 */
export interface RegisteredClient {
  readonly status: 'ACTIVE';
  readonly clientId: string;
  readonly contract: ContractTerms;
  readonly invoices: ReadonlyMap<string, InvoiceState>;
  readonly promises: ReadonlyMap<string, PromiseToPayState>;
  readonly paymentPlans: ReadonlyMap<string, PaymentPlanState>;
  readonly complaints: ReadonlyMap<string, ComplaintState>;
  readonly scopeChanges: ReadonlyMap<string, ScopeChangeState>;
  /** Ids of one-off facts, kept only so a CRM resending the same id is refused. */
  readonly recordedIds: ReadonlySet<string>;
  /** Set by a termination under way: its id and what it allows of new work. */
  readonly newWorkRestriction: { readonly terminationId: string; readonly policy: NewWorkPolicy } | null;
  readonly noticeOfTermination: { readonly terminationId: string; readonly effectiveDate: LocalDate } | null;
  readonly offboarded: { readonly terminationId: string; readonly offboardedOn: LocalDate } | null;
  /** The termination proposed and not yet ended; one at a time. */
  readonly terminationUnderWay: { readonly terminationId: string } | null;
  /** Credit control's hold: new invoices on prepayment, no new scope changes. */
  readonly creditHold: { readonly placedOn: LocalDate } | null;
}

export type ClientState = UnregisteredClient | RegisteredClient;

export const initialClientState = (): ClientState => ({ status: 'UNREGISTERED' });

import type { LocalDate, Money } from '../shared';
import type { ContractTerms } from './client.contract';
import type { ComplaintOutcome, NewWorkPolicy, ScopeClassification } from './client.vocabulary';

export enum InvoiceStatus {
  Open = 'OPEN',
  PartiallyPaid = 'PARTIALLY_PAID',
  Paid = 'PAID',
}

export interface InvoiceState {
  readonly invoiceId: string;
  readonly amount: Money;
  readonly issuedOn: LocalDate;
  readonly dueDate: LocalDate;
  readonly description: string | null;
  readonly openBalanceMinor: number;
  readonly status: InvoiceStatus;
  readonly disputed: boolean;
}

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
  readonly disputedInvoiceId: string | null;
  readonly outcome: ComplaintOutcome | null;
}

export interface ScopeChangeState {
  readonly scopeChangeId: string;
  readonly classification: ScopeClassification | null;
  readonly billable: boolean | null;
}

/** Tallies the API reports and later rules read; each moves with exactly one event type. */
export interface ClientTallies {
  readonly excuses: number;
  readonly reminders: number;
  readonly meetingsHeld: number;
  readonly meetingsMissed: number;
  readonly meetingsClientUnprepared: number;
  readonly recommendationsAccepted: number;
  readonly recommendationsRejected: number;
  readonly abuseReportsMinor: number;
  readonly abuseReportsSevere: number;
  readonly billableMinutes: number;
  readonly nonBillableMinutes: number;
}

export interface UnregisteredClient {
  readonly status: 'UNREGISTERED';
}

export interface RegisteredClient {
  readonly status: 'ACTIVE';
  readonly clientId: string;
  readonly name: string;
  readonly clientSince: LocalDate;
  readonly contract: ContractTerms;
  readonly invoices: ReadonlyMap<string, InvoiceState>;
  readonly promises: ReadonlyMap<string, PromiseToPayState>;
  readonly paymentPlans: ReadonlyMap<string, PaymentPlanState>;
  readonly complaints: ReadonlyMap<string, ComplaintState>;
  readonly scopeChanges: ReadonlyMap<string, ScopeChangeState>;
  /** Ids of one-off facts, kept only so a CRM resending the same id is refused. */
  readonly recordedIds: ReadonlySet<string>;
  readonly tallies: ClientTallies;
  /** Set by a termination under way: its id and what it allows of new work. */
  readonly newWorkRestriction: { readonly terminationId: string; readonly policy: NewWorkPolicy } | null;
  readonly noticeOfTermination: { readonly terminationId: string; readonly effectiveDate: LocalDate } | null;
  readonly offboarded: { readonly terminationId: string; readonly offboardedOn: LocalDate } | null;
  /** The termination proposed and not yet ended; one at a time. */
  readonly terminationUnderWay: { readonly terminationId: string } | null;
}

export type ClientState = UnregisteredClient | RegisteredClient;

export const initialClientState = (): ClientState => ({ status: 'UNREGISTERED' });

import { assertNever, dateOf } from '../shared';
import type {
  ClientFact,
  ClientHistory,
  ComplaintEntry,
  InvoiceEntry,
  PromiseEntry,
  ScopeChangeEntry,
} from './client-history';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** The history while it is being folded: lists grow in place instead of being copied per event. */
type Draft = { -readonly [K in keyof ClientHistory]: ClientHistory[K] extends readonly (infer Item)[] ? Item[] : ClientHistory[K] };

/**
 * Folds facts one at a time. Mutable inside for speed (a rebuild replays millions of events);
 * `snapshot()` hands out a history nobody else holds a reference to.
 */
export class ClientHistoryBuilder {
  private history: Draft | null = null;
  private readonly invoices = new Map<string, Mutable<InvoiceEntry>>();
  private readonly complaints = new Map<string, Mutable<ComplaintEntry>>();
  private readonly scopeChanges = new Map<string, Mutable<ScopeChangeEntry>>();

  apply({ eventId, occurredAt, event }: ClientFact): void {
    if (event.type === 'ClientRegistered') {
      const { clientId, name, clientSince, contract } = event.data;
      this.history = {
        clientId, name, clientSince, contract, invoices: [], promises: [], excuses: [], reminders: [], complaints: [],
        scopeChanges: [], timeEntries: [], meetings: [], recommendations: [], abuseReports: [],
      };
      return;
    }
    const history = this.history;
    if (!history) return;
    const on = dateOf(occurredAt);
    switch (event.type) {
      case 'ContractAmended':
        history.contract = { ...history.contract, ...event.data.changes };
        return;
      case 'InvoiceIssued': {
        const { invoiceId, amount, issuedOn, dueDate } = event.data;
        const invoice: Mutable<InvoiceEntry> = {
          invoiceId, amountMinor: amount.amountMinor, currency: amount.currency, issuedOn, dueDate, eventId,
          payments: [], openBalanceMinor: amount.amountMinor, paidOffOn: null, disputes: [],
        };
        this.invoices.set(invoiceId, invoice);
        history.invoices.push(invoice);
        return;
      }
      case 'PaymentRecorded': {
        const invoice = this.invoices.get(event.data.invoiceId);
        if (!invoice) return;
        const { paymentId, amount, paidOn, openBalanceAfter } = event.data;
        invoice.payments = [...invoice.payments, { paymentId, amountMinor: amount.amountMinor, paidOn, eventId }];
        invoice.openBalanceMinor = openBalanceAfter.amountMinor;
        if (invoice.openBalanceMinor === 0) invoice.paidOffOn = paidOn;
        return;
      }
      case 'ExcuseRecorded': {
        const { excuseId, invoiceId, promisedDate } = event.data;
        history.excuses.push({ excuseId, on, invoiceId, promisedDate, eventId });
        return;
      }
      case 'PromiseToPayRecorded': {
        const { promiseId, invoiceId, amount, promisedDate } = event.data;
        history.promises.push(promiseOf(promiseId, invoiceId, amount.amountMinor, on, promisedDate, eventId, 'PROMISE'));
        return;
      }
      case 'PaymentPlanAgreed': {
        const { planId, invoiceIds, instalments } = event.data;
        // An instalment is a promise on all the plan's invoices, allocated to the oldest first.
        const instalmentPromises = instalments.map((instalment) => ({
          ...promiseOf(`${planId}#${instalment.instalmentNumber}`, invoiceIds[0], instalment.amount.amountMinor, on, instalment.dueDate, eventId, 'INSTALMENT'),
          planInvoiceIds: invoiceIds,
        }));
        history.promises.push(...instalmentPromises);
        return;
      }
      case 'ReminderSent': {
        const { reminderId, invoiceId, step, channel } = event.data;
        history.reminders.push({ reminderId, invoiceId, step, channel, on, eventId });
        return;
      }
      case 'ComplaintFiled': {
        const { complaintId, disputedInvoiceId } = event.data;
        const complaint: Mutable<ComplaintEntry> = { complaintId, filedOn: on, disputedInvoiceId, outcome: null, resolvedOn: null, eventIds: [eventId] };
        this.complaints.set(complaintId, complaint);
        history.complaints.push(complaint);
        const invoice = disputedInvoiceId ? this.invoices.get(disputedInvoiceId) : undefined;
        if (invoice) invoice.disputes = [...invoice.disputes, { complaintId, from: on, until: null }];
        return;
      }
      case 'ComplaintResolved': {
        const complaint = this.complaints.get(event.data.complaintId);
        if (!complaint) return;
        complaint.outcome = event.data.outcome;
        complaint.resolvedOn = on;
        complaint.eventIds = [...complaint.eventIds, eventId];
        const invoice = complaint.disputedInvoiceId ? this.invoices.get(complaint.disputedInvoiceId) : undefined;
        if (invoice)
          invoice.disputes = invoice.disputes.map((dispute) => (dispute.complaintId === complaint.complaintId ? { ...dispute, until: on } : dispute));
        return;
      }
      case 'ScopeChangeRequested': {
        const change: Mutable<ScopeChangeEntry> = { scopeChangeId: event.data.scopeChangeId, requestedOn: on, classification: null, billable: null, eventIds: [eventId] };
        this.scopeChanges.set(change.scopeChangeId, change);
        history.scopeChanges.push(change);
        return;
      }
      case 'ScopeChangeDecided': {
        const change = this.scopeChanges.get(event.data.scopeChangeId);
        if (!change) return;
        change.classification = event.data.classification;
        change.billable = event.data.billable;
        change.eventIds = [...change.eventIds, eventId];
        return;
      }
      case 'TimeLogged': {
        const { timeEntryId, activity, minutes, billable, workedOn, scopeChangeId } = event.data;
        history.timeEntries.push({ timeEntryId, activity, minutes, billable, workedOn, scopeChangeId, eventId });
        return;
      }
      case 'MeetingRecorded': {
        const { meetingId, scheduledAt, outcome, durationMinutes } = event.data;
        history.meetings.push({ meetingId, on: dateOf(scheduledAt), outcome, durationMinutes, eventId });
        return;
      }
      case 'RecommendationRecorded':
        history.recommendations.push({ recommendationId: event.data.recommendationId, on, outcome: event.data.outcome, eventId });
        return;
      case 'AbuseReported':
        history.abuseReports.push({ reportId: event.data.reportId, on, severity: event.data.severity, eventId });
        return;
      case 'InvoiceAged':
      case 'PromiseToPayBroken':
      case 'CollectionStepFellDue':
        // Time made explicit for replays: the metrics derive the same from dates and the as-of day.
        return;
      case 'NewWorkRefused':
      case 'WorkMovedToPrepayment':
      case 'NewWorkRestrictionLifted':
      case 'NoticeOfTerminationServed':
      case 'NoticeOfTerminationWithdrawn':
      case 'ClientOffboarded':
        // A termination's effects on what the client may ask for; no metric reads them.
        return;
      default:
        assertNever(event);
    }
  }

  /**
   * The history so far without copying it, for a caller that reads it before the next `apply`
   * (a read model assessing a client); keep `snapshot()` for anything held longer.
   */
  current(): ClientHistory | null {
    return this.history;
  }

  /** The history so far, or null before the client is registered. */
  snapshot(): ClientHistory | null {
    if (!this.history) return null;
    return structuredClone(this.history);
  }
}

const promiseOf = (
  promiseId: string, invoiceId: string, amountMinor: number, madeOn: string, promisedDate: string, eventId: string, source: PromiseEntry['source'],
): PromiseEntry => ({ promiseId, invoiceId, amountMinor, madeOn, promisedDate, eventId, source });

export function foldClientHistory(facts: Iterable<ClientFact>): ClientHistory | null {
  const builder = new ClientHistoryBuilder();
  for (const fact of facts) builder.apply(fact);
  return builder.snapshot();
}

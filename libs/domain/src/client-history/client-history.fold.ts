import { instalmentInvoiceId, instalmentPromiseId } from '../client/client.instalments';
import { assertNever } from '../shared/assert-never';
import { dateOf } from '../shared/local-date';
import { CollectionCostKind } from '../client/client.vocabulary';
import {
  type ClientFact,
  type ClientHistory,
  FeeKind,
  type InvoiceAdjustmentEntry,
  InvoiceAdjustmentKind,
  type InvoiceEntry,
  type PromiseEntry,
} from './client-history';

/** The cost-to-serve line each kind of collection cost falls in. */
const FEE_KIND: Readonly<Record<CollectionCostKind, FeeKind>> = {
  [CollectionCostKind.AgencyFee]: FeeKind.Collection,
  [CollectionCostKind.LegalFee]: FeeKind.Legal,
  [CollectionCostKind.CourtFee]: FeeKind.Court,
  [CollectionCostKind.Other]: FeeKind.Other,
};

/** The lists the fold fills, the optional ones (fees, conduct signals, credit control) included: optional only for histories built by hand. */
type ListKey = {
  [K in keyof ClientHistory]-?: NonNullable<ClientHistory[K]> extends readonly unknown[] ? K : never;
}[keyof ClientHistory];

type Lists = { -readonly [K in keyof ClientHistory]-?: NonNullable<ClientHistory[K]> };

/** The history while it is being folded: lists grow in place instead of being copied per event. */
type Draft = { -readonly [K in keyof Lists]: Lists[K] extends readonly (infer Item)[] ? Item[] : Lists[K] };

const LISTS: readonly ListKey[] = [
  'invoices',
  'promises',
  'paymentPlans',
  'excuses',
  'reminders',
  'complaints',
  'scopeChanges',
  'timeEntries',
  'meetings',
  'recommendations',
  'abuseReports',
  'fees',
  'conductSignals',
  'creditHolds',
  'creditLimits',
  'recoverySteps',
];

/**
 * The one fold of a client's events, linear in their number: lists grow in place, and an entry
 * that changes (an invoice paid, a complaint resolved) is replaced by a new object, never written
 * to. So `snapshot()` can hand out a frozen history that shares every entry, and every list that
 * did not change since the previous snapshot, with the ones before it: a snapshot costs a copy of
 * the changed lists' pointers, and no later `apply` ever shows through it.
 */
export class ClientHistoryBuilder {
  private draft: Draft | null = null;
  /** Where each invoice, complaint and scope change sits in its list, to replace it in O(1). */
  private readonly invoiceAt = new Map<string, number>();
  private readonly complaintAt = new Map<string, number>();
  private readonly scopeChangeAt = new Map<string, number>();
  private published: ClientHistory | null = null;
  private readonly changed = new Set<ListKey>();

  /**
   * A builder that goes on from a snapshot, leaving the snapshot (and whoever folded it) as it is:
   * a what-if folds hypothetical events onto a cached client without folding its stream again.
   * Costs a copy of the lists' pointers; entries are shared, as they are never written to.
   */
  static resumed(history: ClientHistory): ClientHistoryBuilder {
    const builder = new ClientHistoryBuilder();
    const { clientId, name, clientSince, contract } = history;
    const lists = Object.fromEntries(LISTS.map((key) => [key, [...(history[key] ?? [])]])) as Pick<Draft, ListKey>;
    builder.draft = { clientId, name, clientSince, contract, ...lists };
    lists.invoices.forEach((invoice, at) => builder.invoiceAt.set(invoice.invoiceId, at));
    lists.complaints.forEach((complaint, at) => builder.complaintAt.set(complaint.complaintId, at));
    lists.scopeChanges.forEach((scopeChange, at) => builder.scopeChangeAt.set(scopeChange.scopeChangeId, at));
    return builder;
  }

  apply({ eventId, occurredAt, event }: ClientFact): void {
    if (event.type === 'ClientRegistered') {
      const { clientId, name, clientSince, contract } = event.data;
      this.draft = {
        clientId,
        name,
        clientSince,
        contract,
        invoices: [],
        promises: [],
        paymentPlans: [],
        excuses: [],
        reminders: [],
        complaints: [],
        scopeChanges: [],
        timeEntries: [],
        meetings: [],
        recommendations: [],
        abuseReports: [],
        fees: [],
        conductSignals: [],
        creditHolds: [],
        creditLimits: [],
        recoverySteps: [],
      };
      this.invoiceAt.clear();
      this.complaintAt.clear();
      this.scopeChangeAt.clear();
      this.published = null;
      return;
    }
    const history = this.draft;
    if (!history) return;
    const on = dateOf(occurredAt);
    switch (event.type) {
      case 'ContractAmended':
        history.contract = { ...history.contract, ...event.data.changes };
        return;
      case 'InvoiceIssued': {
        const { invoiceId, amount, issuedOn, dueDate, description } = event.data;
        this.invoiceAt.set(invoiceId, history.invoices.length);
        this.push('invoices', {
          invoiceId,
          amountMinor: amount.amountMinor,
          currency: amount.currency,
          issuedOn,
          dueDate,
          description,
          eventId,
          payments: [],
          openBalanceMinor: amount.amountMinor,
          paidOffOn: null,
          disputes: [],
        });
        return;
      }
      case 'PaymentRecorded': {
        const at = this.invoiceAt.get(event.data.invoiceId);
        if (at === undefined) return;
        const invoice = history.invoices[at];
        const { paymentId, amount, paidOn, openBalanceAfter } = event.data;
        this.replace('invoices', at, {
          ...invoice,
          payments: [...invoice.payments, { paymentId, amountMinor: amount.amountMinor, paidOn, eventId }],
          openBalanceMinor: openBalanceAfter.amountMinor,
          paidOffOn: openBalanceAfter.amountMinor === 0 ? paidOn : invoice.paidOffOn,
        });
        return;
      }
      case 'ExcuseRecorded': {
        const { excuseId, invoiceId, promisedDate } = event.data;
        this.push('excuses', { excuseId, on, invoiceId, promisedDate, eventId });
        return;
      }
      case 'PromiseToPayRecorded': {
        const { promiseId, invoiceId, amount, promisedDate } = event.data;
        this.push('promises', promiseOf(promiseId, invoiceId, amount.amountMinor, on, promisedDate, eventId, 'PROMISE'));
        return;
      }
      case 'PaymentPlanAgreed': {
        const plan = event.data;
        this.push('paymentPlans', { planId: plan.planId, agreedOn: on, invoiceIds: plan.invoiceIds, instalments: plan.instalments, eventId });
        // An instalment is a promise on all the plan's invoices, allocated to the oldest first.
        for (const instalment of plan.instalments)
          this.push('promises', {
            ...promiseOf(
              instalmentPromiseId(plan.planId, instalment.instalmentNumber),
              instalmentInvoiceId(plan),
              instalment.amount.amountMinor,
              on,
              instalment.dueDate,
              eventId,
              'INSTALMENT',
            ),
            planInvoiceIds: plan.invoiceIds,
          });
        return;
      }
      case 'ReminderSent': {
        const { reminderId, invoiceId, step, channel } = event.data;
        this.push('reminders', { reminderId, invoiceId, step, channel, on, eventId });
        return;
      }
      case 'ComplaintFiled': {
        const { complaintId, disputedInvoiceId } = event.data;
        this.complaintAt.set(complaintId, history.complaints.length);
        this.push('complaints', { complaintId, filedOn: on, disputedInvoiceId, outcome: null, resolvedOn: null, eventIds: [eventId] });
        const at = disputedInvoiceId === null ? undefined : this.invoiceAt.get(disputedInvoiceId);
        if (at !== undefined) {
          const invoice = history.invoices[at];
          this.replace('invoices', at, { ...invoice, disputes: [...invoice.disputes, { complaintId, from: on, until: null }] });
        }
        return;
      }
      case 'ComplaintResolved': {
        const at = this.complaintAt.get(event.data.complaintId);
        if (at === undefined) return;
        const complaint = history.complaints[at];
        this.replace('complaints', at, { ...complaint, outcome: event.data.outcome, resolvedOn: on, eventIds: [...complaint.eventIds, eventId] });
        const invoiceAt = complaint.disputedInvoiceId === null ? undefined : this.invoiceAt.get(complaint.disputedInvoiceId);
        if (invoiceAt !== undefined) {
          const invoice = history.invoices[invoiceAt];
          const disputes = invoice.disputes.map((dispute) => (dispute.complaintId === complaint.complaintId ? { ...dispute, until: on } : dispute));
          this.replace('invoices', invoiceAt, { ...invoice, disputes });
        }
        return;
      }
      case 'ScopeChangeRequested':
        this.scopeChangeAt.set(event.data.scopeChangeId, history.scopeChanges.length);
        this.push('scopeChanges', { scopeChangeId: event.data.scopeChangeId, requestedOn: on, classification: null, billable: null, eventIds: [eventId] });
        return;
      case 'ScopeChangeDecided': {
        const at = this.scopeChangeAt.get(event.data.scopeChangeId);
        if (at === undefined) return;
        const change = history.scopeChanges[at];
        const { classification, billable } = event.data;
        this.replace('scopeChanges', at, { ...change, classification, billable, eventIds: [...change.eventIds, eventId] });
        return;
      }
      case 'TimeLogged': {
        const { timeEntryId, activity, minutes, billable, workedOn, scopeChangeId } = event.data;
        this.push('timeEntries', { timeEntryId, activity, minutes, billable, workedOn, scopeChangeId, eventId });
        return;
      }
      case 'MeetingRecorded': {
        const { meetingId, scheduledAt, outcome, durationMinutes } = event.data;
        this.push('meetings', { meetingId, on: dateOf(scheduledAt), outcome, durationMinutes, eventId });
        return;
      }
      case 'RecommendationRecorded':
        this.push('recommendations', { recommendationId: event.data.recommendationId, on, outcome: event.data.outcome, eventId });
        return;
      case 'AbuseReported':
        this.push('abuseReports', { reportId: event.data.reportId, on, severity: event.data.severity, eventId });
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
      case 'TerminationOpened':
      case 'TerminationClosed':
        // A termination's effects on what the client may ask for: the decider's, no metric reads them.
        return;
      case 'ClientForgotten':
        // The erased fields already read as erased; the metrics read none of them.
        return;
      case 'InvoiceWrittenOff': {
        const { writeOffId, invoiceId, amount, reason, writtenOffOn, openBalanceAfter } = event.data;
        this.updateInvoice(invoiceId, (invoice) => ({
          ...invoice,
          writeOffs: [...(invoice.writeOffs ?? []), { writeOffId, amountMinor: amount.amountMinor, on: writtenOffOn, reason, eventId }],
          openBalanceMinor: openBalanceAfter.amountMinor,
        }));
        return;
      }
      case 'CreditNoteIssued': {
        const { creditNoteId, invoiceId, amount, issuedOn, openBalanceAfter } = event.data;
        this.adjust(
          invoiceId,
          { adjustmentId: creditNoteId, kind: InvoiceAdjustmentKind.CreditNote, amountMinor: amount.amountMinor, on: issuedOn, eventId },
          openBalanceAfter.amountMinor,
        );
        return;
      }
      case 'SettlementDiscountGranted': {
        const { discountId, invoiceId, amount, grantedOn, openBalanceAfter } = event.data;
        this.adjust(
          invoiceId,
          { adjustmentId: discountId, kind: InvoiceAdjustmentKind.SettlementDiscount, amountMinor: amount.amountMinor, on: grantedOn, eventId },
          openBalanceAfter.amountMinor,
        );
        return;
      }
      case 'LateInterestCharged': {
        const { chargeId, invoiceId, amount, to, chargedOn, openBalanceAfter } = event.data;
        this.adjust(
          invoiceId,
          { adjustmentId: chargeId, kind: InvoiceAdjustmentKind.LateInterest, amountMinor: amount.amountMinor, on: chargedOn, until: to, eventId },
          openBalanceAfter.amountMinor,
        );
        return;
      }
      case 'CollectionCostRecorded': {
        const { costId, kind, amount, invoiceId, incurredOn } = event.data;
        this.push('fees', { feeId: costId, on: incurredOn, kind: FEE_KIND[kind], amountMinor: amount.amountMinor, invoiceId, eventId });
        return;
      }
      case 'ConductSignalRecorded': {
        const { signalId, kind, occurredOn, agreedHours, actualHours } = event.data;
        this.push('conductSignals', {
          signalId,
          on: occurredOn,
          kind,
          ...(agreedHours === null ? {} : { agreedHours }),
          ...(actualHours === null ? {} : { actualHours }),
          eventId,
        });
        return;
      }
      case 'CreditHoldPlaced':
        this.push('creditHolds', { placedOn: event.data.placedOn, releasedOn: null, eventIds: [eventId] });
        return;
      case 'CreditHoldReleased': {
        const at = history.creditHolds.length - 1;
        const hold = history.creditHolds[at];
        if (hold === undefined || hold.releasedOn !== null) return;
        this.replace('creditHolds', at, { ...hold, releasedOn: event.data.releasedOn, eventIds: [...hold.eventIds, eventId] });
        return;
      }
      case 'CreditLimitSet':
        this.push('creditLimits', { amountMinor: event.data.limit?.amountMinor ?? null, on: event.data.setOn, eventId });
        return;
      case 'InvoicesHandedToCollectionAgency': {
        const { handoverId, invoiceIds, agency, handedOverOn } = event.data;
        this.push('recoverySteps', { stepId: handoverId, invoiceIds, on: handedOverOn, kind: 'AGENCY', agency, eventId });
        return;
      }
      case 'LegalActionRecorded': {
        const { legalActionId, invoiceIds, kind, recordedOn } = event.data;
        this.push('recoverySteps', { stepId: legalActionId, invoiceIds, on: recordedOn, kind, agency: null, eventId });
        return;
      }
      default:
        assertNever(event);
    }
  }

  /**
   * The history so far without copying it, for a caller that reads it before the next `apply`
   * (a read model assessing a client); keep `snapshot()` for anything held longer.
   */
  current(): ClientHistory | null {
    return this.draft;
  }

  /** The history so far, frozen, or null before the client is registered. */
  snapshot(): ClientHistory | null {
    const draft = this.draft;
    if (!draft) return null;
    const previous = this.published;
    if (previous && this.changed.size === 0 && previous.contract === draft.contract) return previous;
    const lists = Object.fromEntries(LISTS.map((key) => [key, previous && !this.changed.has(key) ? previous[key] : Object.freeze(draft[key].slice())])) as Pick<
      ClientHistory,
      ListKey
    >;
    const { clientId, name, clientSince, contract } = draft;
    this.published = Object.freeze({ clientId, name, clientSince, contract, ...lists });
    this.changed.clear();
    return this.published;
  }

  private updateInvoice(invoiceId: string, change: (invoice: InvoiceEntry) => InvoiceEntry): void {
    const at = this.invoiceAt.get(invoiceId);
    if (at !== undefined) this.replace('invoices', at, change(this.list('invoices')[at]));
  }

  private adjust(invoiceId: string, adjustment: InvoiceAdjustmentEntry, openBalanceMinor: number): void {
    this.updateInvoice(invoiceId, (invoice) => ({ ...invoice, adjustments: [...(invoice.adjustments ?? []), adjustment], openBalanceMinor }));
  }

  private push<K extends ListKey>(key: K, entry: Lists[K][number]): void {
    this.list(key).push(entry);
    this.changed.add(key);
  }

  private replace<K extends ListKey>(key: K, at: number, entry: Lists[K][number]): void {
    this.list(key)[at] = entry;
    this.changed.add(key);
  }

  /** The draft's list K, writable; only `apply` calls push and replace, after registration. */
  private list<K extends ListKey>(key: K): Lists[K][number][] {
    return (this.draft as Draft)[key] as Lists[K][number][];
  }
}

const promiseOf = (
  promiseId: string,
  invoiceId: string,
  amountMinor: number,
  madeOn: string,
  promisedDate: string,
  eventId: string,
  source: PromiseEntry['source'],
): PromiseEntry => ({ promiseId, invoiceId, amountMinor, madeOn, promisedDate, eventId, source });

export function foldClientHistory(facts: Iterable<ClientFact>): ClientHistory | null {
  const builder = new ClientHistoryBuilder();
  for (const fact of facts) builder.apply(fact);
  return builder.snapshot();
}

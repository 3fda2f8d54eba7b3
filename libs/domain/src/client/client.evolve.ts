import { assertNever, type LocalDate } from '../shared';
import type { ClientEvent } from './client.events';
import type { ClientState, ComplaintState, InvoiceState, PaymentPlanState, PromiseToPayState, RegisteredClient, ScopeChangeState } from './client.state';
import { timeFactKeys } from './client.time-facts';
import { NewWorkPolicy } from './client.vocabulary';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The registered client while it is folded: the same object with its collections writable. */
interface Draft extends Mutable<Omit<RegisteredClient, 'invoices' | 'promises' | 'paymentPlans' | 'complaints' | 'scopeChanges' | 'recordedIds'>> {
  readonly invoices: Map<string, InvoiceState>;
  readonly promises: Map<string, PromiseToPayState>;
  readonly paymentPlans: Map<string, PaymentPlanState>;
  readonly complaints: Map<string, ComplaintState>;
  readonly scopeChanges: Map<string, ScopeChangeState>;
  readonly recordedIds: Set<string>;
}

/** Every registered state comes out of `evolveClient`, which builds it with writable collections. */
const draftOf = (client: RegisteredClient): Draft => client as Draft;

const evolveRegistered = (client: Draft, event: Exclude<ClientEvent, { type: 'ClientRegistered' }>): void => {
  switch (event.type) {
    case 'ContractAmended':
      client.contract = { ...client.contract, ...event.data.changes };
      return;
    case 'InvoiceIssued': {
      const { invoiceId, amount, issuedOn, dueDate } = event.data;
      client.invoices.set(invoiceId, {
        invoiceId,
        amount,
        issuedOn,
        dueDate,
        openBalanceMinor: amount.amountMinor,
        interestChargedUntil: null,
        withAgency: false,
        settled: [],
      });
      return;
    }
    case 'PaymentRecorded': {
      const invoice = client.invoices.get(event.data.invoiceId);
      if (!invoice) return;
      client.recordedIds.add(`payment:${event.data.paymentId}`);
      client.invoices.set(invoice.invoiceId, {
        ...invoice,
        openBalanceMinor: event.data.openBalanceAfter.amountMinor,
        settled: [...invoice.settled, { on: event.data.paidOn, amountMinor: event.data.amount.amountMinor }],
      });
      return;
    }
    case 'ExcuseRecorded':
      client.recordedIds.add(`excuse:${event.data.excuseId}`);
      return;
    case 'PromiseToPayRecorded': {
      const { promiseId, invoiceId, amount, promisedDate } = event.data;
      client.promises.set(promiseId, { promiseId, invoiceId, amount, promisedDate });
      return;
    }
    case 'PaymentPlanAgreed': {
      const { planId, invoiceIds, instalments } = event.data;
      client.paymentPlans.set(planId, { planId, invoiceIds, instalments });
      return;
    }
    case 'ReminderSent':
      client.recordedIds.add(`reminder:${event.data.reminderId}`);
      return;
    case 'ComplaintFiled':
      client.complaints.set(event.data.complaintId, { complaintId: event.data.complaintId, outcome: null });
      return;
    case 'ComplaintResolved':
      if (client.complaints.has(event.data.complaintId))
        client.complaints.set(event.data.complaintId, { complaintId: event.data.complaintId, outcome: event.data.outcome });
      return;
    case 'ScopeChangeRequested':
      client.scopeChanges.set(event.data.scopeChangeId, { scopeChangeId: event.data.scopeChangeId, classification: null });
      return;
    case 'ScopeChangeDecided':
      client.scopeChanges.set(event.data.scopeChangeId, { scopeChangeId: event.data.scopeChangeId, classification: event.data.classification });
      return;
    case 'TimeLogged':
      client.recordedIds.add(`time:${event.data.timeEntryId}`);
      return;
    case 'MeetingRecorded':
      client.recordedIds.add(`meeting:${event.data.meetingId}`);
      return;
    case 'RecommendationRecorded':
      client.recordedIds.add(`recommendation:${event.data.recommendationId}`);
      return;
    case 'AbuseReported':
      client.recordedIds.add(`abuse:${event.data.reportId}`);
      return;
    case 'InvoiceAged':
      client.recordedIds.add(timeFactKeys.aged(event.data.invoiceId, event.data.bucket));
      return;
    case 'PromiseToPayBroken':
      client.recordedIds.add(timeFactKeys.broken(event.data.promiseId));
      return;
    case 'CollectionStepFellDue':
      client.recordedIds.add(timeFactKeys.step(event.data.invoiceId, event.data.step));
      return;
    case 'NewWorkRefused':
      client.newWorkRestriction = { terminationId: event.data.terminationId, policy: NewWorkPolicy.Refused };
      return;
    case 'WorkMovedToPrepayment':
      client.newWorkRestriction = { terminationId: event.data.terminationId, policy: NewWorkPolicy.Prepayment };
      return;
    case 'NewWorkRestrictionLifted':
      client.newWorkRestriction = null;
      return;
    case 'NoticeOfTerminationServed':
      client.noticeOfTermination = { terminationId: event.data.terminationId, effectiveDate: event.data.effectiveDate };
      return;
    case 'NoticeOfTerminationWithdrawn':
      client.noticeOfTermination = null;
      return;
    case 'ClientOffboarded':
      client.offboarded = { terminationId: event.data.terminationId, offboardedOn: event.data.offboardedOn };
      return;
    case 'TerminationOpened':
      client.terminationUnderWay = { terminationId: event.data.terminationId };
      return;
    case 'TerminationClosed':
      client.terminationUnderWay = null;
      return;
    case 'ClientForgotten':
      // Erasure removes personal data only: what the client may do and owes is unchanged.
      return;
    case 'InvoiceWrittenOff':
      client.recordedIds.add(`write-off:${event.data.writeOffId}`);
      setOpenBalance(client, event.data.invoiceId, event.data.openBalanceAfter.amountMinor, event.data.writtenOffOn);
      return;
    case 'CreditNoteIssued':
      client.recordedIds.add(`credit-note:${event.data.creditNoteId}`);
      setOpenBalance(client, event.data.invoiceId, event.data.openBalanceAfter.amountMinor, event.data.issuedOn);
      return;
    case 'SettlementDiscountGranted':
      client.recordedIds.add(`discount:${event.data.discountId}`);
      setOpenBalance(client, event.data.invoiceId, event.data.openBalanceAfter.amountMinor, event.data.grantedOn);
      return;
    case 'LateInterestCharged': {
      client.recordedIds.add(`interest:${event.data.chargeId}`);
      setOpenBalance(client, event.data.invoiceId, event.data.openBalanceAfter.amountMinor, event.data.chargedOn);
      const invoice = client.invoices.get(event.data.invoiceId);
      if (invoice) client.invoices.set(invoice.invoiceId, { ...invoice, interestChargedUntil: event.data.to });
      return;
    }
    case 'CollectionCostRecorded':
      client.recordedIds.add(`collection-cost:${event.data.costId}`);
      return;
    case 'ConductSignalRecorded':
      client.recordedIds.add(`conduct:${event.data.signalId}`);
      return;
    case 'CreditHoldPlaced':
      client.creditHold = { placedOn: event.data.placedOn };
      return;
    case 'CreditHoldReleased':
      client.creditHold = null;
      return;
    case 'CreditLimitSet':
      // Read by the risk model from the history; nothing the decider checks depends on it.
      return;
    case 'InvoicesHandedToCollectionAgency':
      client.recordedIds.add(`handover:${event.data.handoverId}`);
      for (const invoiceId of event.data.invoiceIds) {
        const invoice = client.invoices.get(invoiceId);
        if (invoice) client.invoices.set(invoiceId, { ...invoice, withAgency: true });
      }
      return;
    case 'LegalActionRecorded':
      client.recordedIds.add(`legal-action:${event.data.legalActionId}`);
      return;
    default:
      assertNever(event);
  }
};

/** A write-off, credit note, discount or interest charge moves the balance on its own day, as a payment does. */
const setOpenBalance = (client: Draft, invoiceId: string, openBalanceMinor: number, on: LocalDate): void => {
  const invoice = client.invoices.get(invoiceId);
  if (invoice)
    client.invoices.set(invoiceId, {
      ...invoice,
      openBalanceMinor,
      settled: [...invoice.settled, { on, amountMinor: invoice.openBalanceMinor - openBalanceMinor }],
    });
};

/**
 * Linear in the stream's length: evolve writes into the state it is given and returns it, instead
 * of copying every collection per event (which made a 16k-event fold take seconds). The state
 * therefore belongs to whoever folds it: `foldEvents` and the Given/When/Then specs start from a
 * fresh `initialState()` each time, and the client fold cache keeps its state private and lends
 * it to `decide` only, never across an await. The views readers keep come from the client history,
 * whose snapshots never change.
 */
export const evolveClient = (state: ClientState, event: ClientEvent): ClientState => {
  if (event.type === 'ClientRegistered') {
    const { clientId, contract } = event.data;
    const registered: Draft = {
      status: 'ACTIVE',
      clientId,
      contract,
      invoices: new Map(),
      promises: new Map(),
      paymentPlans: new Map(),
      complaints: new Map(),
      scopeChanges: new Map(),
      recordedIds: new Set(),
      newWorkRestriction: null,
      noticeOfTermination: null,
      offboarded: null,
      terminationUnderWay: null,
      creditHold: null,
    };
    return registered;
  }
  // Events for an unregistered client cannot have been decided; ignoring keeps evolve total.
  if (state.status === 'UNREGISTERED') return state;
  evolveRegistered(draftOf(state), event);
  return state;
};

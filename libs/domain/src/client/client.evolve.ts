import { assertNever } from '../shared';
import type { ClientEvent } from './client.events';
import { type ClientState, type ClientTallies, InvoiceStatus, type RegisteredClient } from './client.state';
import { timeFactKeys } from './client.time-facts';
import { AbuseSeverity, MeetingOutcome, NewWorkPolicy, RecommendationOutcome } from './client.vocabulary';

const withEntry = <V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> =>
  new Map(map).set(key, value);

const withId = (ids: ReadonlySet<string>, id: string): ReadonlySet<string> => new Set(ids).add(id);

const tally = (client: RegisteredClient, changes: Partial<ClientTallies>): RegisteredClient => ({
  ...client,
  tallies: { ...client.tallies, ...changes },
});

const emptyTallies: ClientTallies = {
  excuses: 0,
  reminders: 0,
  meetingsHeld: 0,
  meetingsMissed: 0,
  meetingsClientUnprepared: 0,
  recommendationsAccepted: 0,
  recommendationsRejected: 0,
  abuseReportsMinor: 0,
  abuseReportsSevere: 0,
  billableMinutes: 0,
  nonBillableMinutes: 0,
};

const evolveRegistered = (client: RegisteredClient, event: Exclude<ClientEvent, { type: 'ClientRegistered' }>): RegisteredClient => {
  const { tallies } = client;
  switch (event.type) {
    case 'ContractAmended':
      return { ...client, contract: { ...client.contract, ...event.data.changes } };
    case 'InvoiceIssued': {
      const { invoiceId, amount, issuedOn, dueDate, description } = event.data;
      return {
        ...client,
        invoices: withEntry(client.invoices, invoiceId, {
          invoiceId,
          amount,
          issuedOn,
          dueDate,
          description,
          openBalanceMinor: amount.amountMinor,
          status: InvoiceStatus.Open,
          disputed: false,
        }),
      };
    }
    case 'PaymentRecorded': {
      const invoice = client.invoices.get(event.data.invoiceId);
      if (!invoice) return client;
      const openBalanceMinor = event.data.openBalanceAfter.amountMinor;
      return {
        ...client,
        recordedIds: withId(client.recordedIds, `payment:${event.data.paymentId}`),
        invoices: withEntry(client.invoices, invoice.invoiceId, {
          ...invoice,
          openBalanceMinor,
          status: openBalanceMinor === 0 ? InvoiceStatus.Paid : InvoiceStatus.PartiallyPaid,
        }),
      };
    }
    case 'ExcuseRecorded':
      return tally(
        { ...client, recordedIds: withId(client.recordedIds, `excuse:${event.data.excuseId}`) },
        { excuses: tallies.excuses + 1 },
      );
    case 'PromiseToPayRecorded': {
      const { promiseId, invoiceId, amount, promisedDate } = event.data;
      return { ...client, promises: withEntry(client.promises, promiseId, { promiseId, invoiceId, amount, promisedDate }) };
    }
    case 'PaymentPlanAgreed': {
      const { planId, invoiceIds, instalments } = event.data;
      return { ...client, paymentPlans: withEntry(client.paymentPlans, planId, { planId, invoiceIds, instalments }) };
    }
    case 'ReminderSent':
      return tally(
        { ...client, recordedIds: withId(client.recordedIds, `reminder:${event.data.reminderId}`) },
        { reminders: tallies.reminders + 1 },
      );
    case 'ComplaintFiled': {
      const { complaintId, disputedInvoiceId } = event.data;
      const disputed = disputedInvoiceId === null ? undefined : client.invoices.get(disputedInvoiceId);
      return {
        ...client,
        complaints: withEntry(client.complaints, complaintId, { complaintId, disputedInvoiceId, outcome: null }),
        invoices: disputed ? withEntry(client.invoices, disputed.invoiceId, { ...disputed, disputed: true }) : client.invoices,
      };
    }
    case 'ComplaintResolved': {
      const complaint = client.complaints.get(event.data.complaintId);
      if (!complaint) return client;
      const complaints = withEntry(client.complaints, complaint.complaintId, { ...complaint, outcome: event.data.outcome });
      const disputed = complaint.disputedInvoiceId === null ? undefined : client.invoices.get(complaint.disputedInvoiceId);
      const stillDisputed =
        disputed !== undefined &&
        [...complaints.values()].some((c) => c.outcome === null && c.disputedInvoiceId === disputed.invoiceId);
      return {
        ...client,
        complaints,
        invoices: disputed ? withEntry(client.invoices, disputed.invoiceId, { ...disputed, disputed: stillDisputed }) : client.invoices,
      };
    }
    case 'ScopeChangeRequested': {
      const { scopeChangeId } = event.data;
      return {
        ...client,
        scopeChanges: withEntry(client.scopeChanges, scopeChangeId, { scopeChangeId, classification: null, billable: null }),
      };
    }
    case 'ScopeChangeDecided': {
      const { scopeChangeId, classification, billable } = event.data;
      return { ...client, scopeChanges: withEntry(client.scopeChanges, scopeChangeId, { scopeChangeId, classification, billable }) };
    }
    case 'TimeLogged': {
      const { minutes, billable, timeEntryId } = event.data;
      return tally(
        { ...client, recordedIds: withId(client.recordedIds, `time:${timeEntryId}`) },
        billable
          ? { billableMinutes: tallies.billableMinutes + minutes }
          : { nonBillableMinutes: tallies.nonBillableMinutes + minutes },
      );
    }
    case 'MeetingRecorded': {
      const recorded = { ...client, recordedIds: withId(client.recordedIds, `meeting:${event.data.meetingId}`) };
      switch (event.data.outcome) {
        case MeetingOutcome.Held:
          return tally(recorded, { meetingsHeld: tallies.meetingsHeld + 1 });
        case MeetingOutcome.Missed:
          return tally(recorded, { meetingsMissed: tallies.meetingsMissed + 1 });
        case MeetingOutcome.ClientUnprepared:
          return tally(recorded, { meetingsClientUnprepared: tallies.meetingsClientUnprepared + 1 });
        default:
          return assertNever(event.data.outcome);
      }
    }
    case 'RecommendationRecorded': {
      const recorded = {
        ...client,
        recordedIds: withId(client.recordedIds, `recommendation:${event.data.recommendationId}`),
      };
      return event.data.outcome === RecommendationOutcome.Accepted
        ? tally(recorded, { recommendationsAccepted: tallies.recommendationsAccepted + 1 })
        : tally(recorded, { recommendationsRejected: tallies.recommendationsRejected + 1 });
    }
    case 'AbuseReported': {
      const recorded = { ...client, recordedIds: withId(client.recordedIds, `abuse:${event.data.reportId}`) };
      return event.data.severity === AbuseSeverity.Severe
        ? tally(recorded, { abuseReportsSevere: tallies.abuseReportsSevere + 1 })
        : tally(recorded, { abuseReportsMinor: tallies.abuseReportsMinor + 1 });
    }
    case 'InvoiceAged':
      return { ...client, recordedIds: withId(client.recordedIds, timeFactKeys.aged(event.data.invoiceId, event.data.bucket)) };
    case 'PromiseToPayBroken':
      return { ...client, recordedIds: withId(client.recordedIds, timeFactKeys.broken(event.data.promiseId)) };
    case 'CollectionStepFellDue':
      return { ...client, recordedIds: withId(client.recordedIds, timeFactKeys.step(event.data.invoiceId, event.data.step)) };
    case 'NewWorkRefused':
      return { ...client, newWorkRestriction: { terminationId: event.data.terminationId, policy: NewWorkPolicy.Refused } };
    case 'WorkMovedToPrepayment':
      return { ...client, newWorkRestriction: { terminationId: event.data.terminationId, policy: NewWorkPolicy.Prepayment } };
    case 'NewWorkRestrictionLifted':
      return { ...client, newWorkRestriction: null };
    case 'NoticeOfTerminationServed':
      return { ...client, noticeOfTermination: { terminationId: event.data.terminationId, effectiveDate: event.data.effectiveDate } };
    case 'NoticeOfTerminationWithdrawn':
      return { ...client, noticeOfTermination: null };
    case 'ClientOffboarded':
      return { ...client, offboarded: { terminationId: event.data.terminationId, offboardedOn: event.data.offboardedOn } };
    case 'TerminationOpened':
      return { ...client, terminationUnderWay: { terminationId: event.data.terminationId } };
    case 'TerminationClosed':
      return { ...client, terminationUnderWay: null };
    default:
      return assertNever(event);
  }
};

export const evolveClient = (state: ClientState, event: ClientEvent): ClientState => {
  if (event.type === 'ClientRegistered') {
    const { clientId, name, clientSince, contract } = event.data;
    return {
      status: 'ACTIVE',
      clientId,
      name,
      clientSince,
      contract,
      invoices: new Map(),
      promises: new Map(),
      paymentPlans: new Map(),
      complaints: new Map(),
      scopeChanges: new Map(),
      recordedIds: new Set(),
      tallies: emptyTallies,
      newWorkRestriction: null,
      noticeOfTermination: null,
      offboarded: null,
      terminationUnderWay: null,
    };
  }
  // Events for an unregistered client cannot have been decided; ignoring keeps evolve total.
  if (state.status === 'UNREGISTERED') return state;
  return evolveRegistered(state, event);
};

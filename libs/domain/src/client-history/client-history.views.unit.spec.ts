import {
  abuseReported,
  clientRegistered,
  complaintFiled,
  complaintResolved,
  eur,
  excuseRecorded,
  INVOICE_ID,
  invoiceIssued,
  meetingRecorded,
  paymentRecorded,
  recommendationRecorded,
  reminderSent,
  timeLogged,
} from '../client/client.fixtures';
import type { ClientEvent } from '../client/client.events';
import { InvoiceStatus } from '../client/client.state';
import { AbuseSeverity, MeetingOutcome, PaymentKind, RecommendationOutcome } from '../client/client.vocabulary';
import type { ClientHistory } from './client-history';
import { on } from './client-history.fixtures';
import { foldClientHistory } from './client-history.fold';
import { clientCounts, invoiceStatusOf, isDisputed } from './client-history.views';

/** The history of ACME after the given events, each on its own day in order. */
const historyAfter = (events: readonly ClientEvent[]): ClientHistory => {
  const history = foldClientHistory(
    [clientRegistered(), ...events].map((event, index) => on(`2026-01-${String(index + 1).padStart(2, '0')}`, event, `E${index}`)),
  );
  if (!history) throw new Error('Expected a registered client');
  return history;
};

const invoice42 = (history: ClientHistory) => {
  const invoice = history.invoices.find((entry) => entry.invoiceId === INVOICE_ID);
  if (!invoice) throw new Error('Expected invoice 42');
  return invoice;
};

describe('What an invoice shows', () => {
  it('an issued invoice is open for its whole amount, with its terms', () => {
    const invoice = invoice42(historyAfter([invoiceIssued()]));
    expect(invoice).toMatchObject({
      amountMinor: 100_000,
      currency: 'EUR',
      issuedOn: '2026-01-10',
      dueDate: '2026-02-09',
      description: null,
      openBalanceMinor: 100_000,
    });
    expect(invoiceStatusOf(invoice)).toBe(InvoiceStatus.Open);
    expect(isDisputed(invoice)).toBe(false);
  });

  it('a part payment leaves it partially paid with the rest open', () => {
    const invoice = invoice42(
      historyAfter([invoiceIssued(), paymentRecorded({ amount: eur(40_000), kind: PaymentKind.Partial, openBalanceAfter: eur(60_000) })]),
    );
    expect(invoiceStatusOf(invoice)).toBe(InvoiceStatus.PartiallyPaid);
    expect(invoice.openBalanceMinor).toBe(60_000);
  });

  it('paying the open balance closes it', () => {
    const invoice = invoice42(historyAfter([invoiceIssued(), paymentRecorded()]));
    expect(invoiceStatusOf(invoice)).toBe(InvoiceStatus.Paid);
    expect(invoice.openBalanceMinor).toBe(0);
  });

  it('a complaint naming it disputes it until the complaint is resolved', () => {
    const disputed = [invoiceIssued(), complaintFiled({ disputedInvoiceId: INVOICE_ID })];
    expect(isDisputed(invoice42(historyAfter(disputed)))).toBe(true);
    expect(isDisputed(invoice42(historyAfter([...disputed, complaintResolved()])))).toBe(false);
  });

  it('stays disputed while another complaint about it is still open', () => {
    const history = historyAfter([
      invoiceIssued(),
      complaintFiled({ disputedInvoiceId: INVOICE_ID }),
      complaintFiled({ complaintId: 'CMP-2', disputedInvoiceId: INVOICE_ID }),
      complaintResolved({ complaintId: 'CMP-1' }),
    ]);
    expect(isDisputed(invoice42(history))).toBe(true);
  });

  it('a complaint about the work disputes no invoice', () => {
    expect(isDisputed(invoice42(historyAfter([invoiceIssued(), complaintFiled()])))).toBe(false);
  });
});

describe('The counts the API reports', () => {
  it('a registered client has nothing counted', () => {
    expect(Object.values(clientCounts(historyAfter([]))).every((count) => count === 0)).toBe(true);
  });

  it('counts excuses and reminders', () => {
    const history = historyAfter([invoiceIssued(), excuseRecorded(), excuseRecorded({ excuseId: 'EXC-2' }), reminderSent()]);
    expect(clientCounts(history)).toMatchObject({ excuses: 2, reminders: 1 });
  });

  it('counts meetings by outcome: held, missed, client unprepared', () => {
    const history = historyAfter([
      meetingRecorded({ meetingId: 'M-1', outcome: MeetingOutcome.Held }),
      meetingRecorded({ meetingId: 'M-2', outcome: MeetingOutcome.Missed }),
      meetingRecorded({ meetingId: 'M-3', outcome: MeetingOutcome.Missed }),
      meetingRecorded({ meetingId: 'M-4', outcome: MeetingOutcome.ClientUnprepared }),
    ]);
    expect(clientCounts(history)).toMatchObject({ meetingsHeld: 1, meetingsMissed: 2, meetingsClientUnprepared: 1 });
  });

  it('counts recommendations accepted and rejected', () => {
    const history = historyAfter([
      recommendationRecorded({ recommendationId: 'R-1', outcome: RecommendationOutcome.Accepted }),
      recommendationRecorded({ recommendationId: 'R-2', outcome: RecommendationOutcome.Rejected }),
      recommendationRecorded({ recommendationId: 'R-3', outcome: RecommendationOutcome.Rejected }),
    ]);
    expect(clientCounts(history)).toMatchObject({ recommendationsAccepted: 1, recommendationsRejected: 2 });
  });

  it('counts abuse reports, and the severe ones apart', () => {
    const history = historyAfter([
      abuseReported({ reportId: 'AB-1', severity: AbuseSeverity.Minor }),
      abuseReported({ reportId: 'AB-2', severity: AbuseSeverity.Severe }),
    ]);
    expect(clientCounts(history)).toMatchObject({ abuseReports: 2, severeAbuseReports: 1 });
  });

  it('adds billable and non-billable minutes separately', () => {
    const history = historyAfter([
      timeLogged({ timeEntryId: 'T-1', minutes: 90, billable: true }),
      timeLogged({ timeEntryId: 'T-2', minutes: 30, billable: true }),
      timeLogged({ timeEntryId: 'T-3', minutes: 45, billable: false }),
    ]);
    expect(clientCounts(history)).toMatchObject({ billableMinutes: 120, nonBillableMinutes: 45 });
  });

  it('counts complaints open, founded and unfounded', () => {
    const history = historyAfter([complaintFiled({ complaintId: 'C-1' }), complaintFiled({ complaintId: 'C-2' }), complaintResolved({ complaintId: 'C-1' })]);
    expect(clientCounts(history)).toMatchObject({ complaints: 2, openComplaints: 1, unfoundedComplaints: 1, foundedComplaints: 0 });
  });
});

import type { ClientEvent } from '@client-lifecycle/domain';
import { summarizeClientEvent } from './client-event.summary';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const clientId = 'acme';

const STORY: ReadonlyArray<[ClientEvent, string]> = [
  [
    {
      type: 'ClientRegistered',
      data: {
        clientId,
        name: 'ACME',
        clientSince: '2026-01-01',
        contract: {
          paymentTermsDays: 30,
          noticePeriodDays: 15,
          exitClause: { text: 'x', immediateExitFor: [] },
          startDate: '2026-01-01',
          endDate: null,
          hourlyRate: eur(9_500),
          currency: 'EUR',
          contractedHoursPerMonth: 20,
        },
      },
    } as ClientEvent,
    'ACME registered as a client: 30-day payment terms, 95.00 EUR per hour, 15-day notice period',
  ],
  [
    { type: 'ContractAmended', data: { clientId, changes: { paymentTermsDays: 45 }, reason: 'Q1 review' } } as ClientEvent,
    'Contract amended (paymentTermsDays): Q1 review',
  ],
  [
    {
      type: 'InvoiceIssued',
      data: { clientId, invoiceId: 'INV-1', amount: eur(120_000), issuedOn: '2026-02-01', dueDate: '2026-03-03', description: null },
    } as ClientEvent,
    'Invoice INV-1 issued for 1200.00 EUR, due 2026-03-03',
  ],
  [
    {
      type: 'PaymentRecorded',
      data: { clientId, paymentId: 'P', invoiceId: 'INV-1', amount: eur(120_000), paidOn: '2026-03-01', kind: 'FULL', openBalanceAfter: eur(0) },
    } as ClientEvent,
    'Invoice INV-1 paid in full (1200.00 EUR)',
  ],
  [
    {
      type: 'ExcuseRecorded',
      data: { clientId, excuseId: 'E', invoiceId: 'INV-1', category: 'CASH_FLOW', text: 'Waiting on our customer', promisedDate: '2026-04-01' },
    } as ClientEvent,
    'Excuse given about invoice INV-1 (cash flow): "Waiting on our customer", promising payment by 2026-04-01',
  ],
  [
    { type: 'ReminderSent', data: { clientId, reminderId: 'R', invoiceId: 'INV-1', step: 'FINAL_NOTICE', channel: 'LETTER', note: null } } as ClientEvent,
    'final notice reminder sent by letter for invoice INV-1',
  ],
  [
    { type: 'ComplaintFiled', data: { clientId, complaintId: 'C', subject: 'Late report', text: '...', disputedInvoiceId: 'INV-1' } } as ClientEvent,
    'Complaint filed: Late report, disputing invoice INV-1',
  ],
  [
    {
      type: 'TimeLogged',
      data: { clientId, timeEntryId: 'T', activity: 'SUPPORT_CALL', minutes: 95, billable: false, workedOn: '2026-03-02', scopeChangeId: null },
    } as ClientEvent,
    '1 h 35 min of non-billable time logged on 2026-03-02: SUPPORT_CALL',
  ],
  [
    {
      type: 'MeetingRecorded',
      data: { clientId, meetingId: 'M', scheduledAt: '2026-03-05T10:00:00Z', outcome: 'MISSED', durationMinutes: null, note: null },
    } as ClientEvent,
    'Meeting of 2026-03-05 missed by the client',
  ],
  [
    { type: 'AbuseReported', data: { clientId, reportId: 'A', severity: 'SEVERE', description: 'Threats on the phone', reportedBy: 'Dana' } } as ClientEvent,
    'Severe abuse reported by Dana: Threats on the phone',
  ],
  [
    { type: 'NewWorkRefused', data: { clientId, terminationId: 'T-1' } } as ClientEvent,
    'New work refused while termination T-1 is under way: no new scope changes',
  ],
  [
    { type: 'WorkMovedToPrepayment', data: { clientId, terminationId: 'T-1' } } as ClientEvent,
    'New work moved to prepayment while termination T-1 is under way: invoices fall due when issued',
  ],
  [
    { type: 'NewWorkRestrictionLifted', data: { clientId, terminationId: 'T-1' } } as ClientEvent,
    'Termination T-1 was cancelled: new work is open again on the usual terms',
  ],
  [
    {
      type: 'NoticeOfTerminationServed',
      data: { clientId, terminationId: 'T-1', reason: 'NON_PAYMENT', channel: 'EMAIL', servedOn: '2026-03-01', effectiveDate: '2026-03-16' },
    } as ClientEvent,
    'Notice of termination served by email on 2026-03-01, effective 2026-03-16 (termination T-1, non payment)',
  ],
  [
    { type: 'NoticeOfTerminationWithdrawn', data: { clientId, terminationId: 'T-1' } } as ClientEvent,
    'Notice of termination T-1 withdrawn: the relationship goes on',
  ],
  [
    { type: 'ClientOffboarded', data: { clientId, terminationId: 'T-1', offboardedOn: '2026-03-16' } } as ClientEvent,
    'Client offboarded on 2026-03-16 (termination T-1): no new invoices or scope changes; payments on earlier invoices are still accepted',
  ],
];

describe('the timeline tells what happened in plain words', () => {
  it.each(STORY)('%#: %j', (event, sentence) => {
    expect(summarizeClientEvent(event)).toBe(sentence);
  });

  it("writes amounts with the currency's own number of decimals", () => {
    const invoice = {
      type: 'InvoiceIssued',
      data: { clientId, invoiceId: 'J-1', amount: { amountMinor: 5_000, currency: 'JPY' }, issuedOn: '2026-02-01', dueDate: '2026-03-03', description: null },
    } as ClientEvent;

    expect(summarizeClientEvent(invoice)).toBe('Invoice J-1 issued for 5000 JPY, due 2026-03-03');
  });
});

import {
  AbuseSeverity,
  type ClientEvent,
  clientDecider,
  type ClientState,
  ComplaintOutcome,
  foldEvents,
  InvoiceStatus,
  MeetingOutcome,
  PaymentKind,
  RecommendationOutcome,
  type RegisteredClient,
  ScopeClassification,
} from '@client-lifecycle/domain';
import {
  abuseReported,
  CLIENT_ID,
  clientRegistered,
  complaintFiled,
  complaintResolved,
  contractTerms,
  eur,
  excuseRecorded,
  INVOICE_ID,
  invoiceIssued,
  meetingRecorded,
  paymentPlanAgreed,
  paymentRecorded,
  promiseToPayRecorded,
  recommendationRecorded,
  reminderSent,
  scopeChangeDecided,
  scopeChangeRequested,
  timeLogged,
} from './client.fixtures';

/** What the decider remembers of a client once its history is replayed (evolve). */
const replay = (history: readonly ClientEvent[]): RegisteredClient => {
  const state: ClientState = foldEvents(clientDecider, history);
  if (state.status !== 'ACTIVE') throw new Error('Expected a registered client');
  return state;
};

const acmeWithInvoice42 = [clientRegistered(), invoiceIssued()];

describe("Replaying a client's history", () => {
  it('an empty history is a client not yet registered', () => {
    expect(foldEvents(clientDecider, [])).toEqual({ status: 'UNREGISTERED' });
  });

  it('ignores facts that precede registration', () => {
    expect(foldEvents(clientDecider, [invoiceIssued(), abuseReported()])).toEqual({ status: 'UNREGISTERED' });
  });

  it('a registered client starts active, with its contract and nothing tallied', () => {
    const client = replay([clientRegistered()]);
    expect(client).toMatchObject({ status: 'ACTIVE', clientId: CLIENT_ID, name: 'ACME Ltd', clientSince: '2025-01-01' });
    expect(client.contract).toEqual(contractTerms());
    expect(Object.values(client.tallies).every((count) => count === 0)).toBe(true);
  });

  it('an amendment changes only the terms it names', () => {
    const client = replay([
      clientRegistered({ endDate: '2026-12-31' }),
      { type: 'ContractAmended', data: { clientId: CLIENT_ID, changes: { noticePeriodDays: 30, endDate: null }, reason: 'Renewal' } },
    ]);
    expect(client.contract).toEqual(contractTerms({ noticePeriodDays: 30, endDate: null }));
  });

  it('leaves earlier states untouched (history is replayed, never mutated)', () => {
    const before = replay([clientRegistered()]);
    const after = clientDecider.evolve(before, invoiceIssued());
    expect(before.invoices.size).toBe(0);
    expect(after).not.toBe(before);
  });
});

describe('What the client remembers of an invoice', () => {
  it('an issued invoice is open for its whole amount', () => {
    expect(replay(acmeWithInvoice42).invoices.get(INVOICE_ID)).toEqual({
      invoiceId: INVOICE_ID,
      amount: eur(100_000),
      issuedOn: '2026-01-10',
      dueDate: '2026-02-09',
      description: null,
      openBalanceMinor: 100_000,
      status: InvoiceStatus.Open,
      disputed: false,
    });
  });

  it('a part payment leaves it partially paid with the rest open', () => {
    const client = replay([
      ...acmeWithInvoice42,
      paymentRecorded({ amount: eur(40_000), kind: PaymentKind.Partial, openBalanceAfter: eur(60_000) }),
    ]);
    expect(client.invoices.get(INVOICE_ID)).toMatchObject({ status: InvoiceStatus.PartiallyPaid, openBalanceMinor: 60_000 });
  });

  it('paying the open balance closes it', () => {
    const client = replay([...acmeWithInvoice42, paymentRecorded()]);
    expect(client.invoices.get(INVOICE_ID)).toMatchObject({ status: InvoiceStatus.Paid, openBalanceMinor: 0 });
  });

  it('a complaint naming it disputes it until the complaint is resolved', () => {
    const disputed = [...acmeWithInvoice42, complaintFiled({ disputedInvoiceId: INVOICE_ID })];
    expect(replay(disputed).invoices.get(INVOICE_ID)?.disputed).toBe(true);
    expect(replay([...disputed, complaintResolved()]).invoices.get(INVOICE_ID)?.disputed).toBe(false);
  });

  it('stays disputed while another complaint about it is still open', () => {
    const client = replay([
      ...acmeWithInvoice42,
      complaintFiled({ disputedInvoiceId: INVOICE_ID }),
      complaintFiled({ complaintId: 'CMP-2', disputedInvoiceId: INVOICE_ID }),
      complaintResolved({ complaintId: 'CMP-1' }),
    ]);
    expect(client.invoices.get(INVOICE_ID)?.disputed).toBe(true);
    expect(client.complaints.get('CMP-1')?.outcome).toBe(ComplaintOutcome.Unfounded);
    expect(client.complaints.get('CMP-2')?.outcome).toBeNull();
  });

  it('a complaint about the work disputes no invoice', () => {
    const client = replay([...acmeWithInvoice42, complaintFiled()]);
    expect(client.invoices.get(INVOICE_ID)?.disputed).toBe(false);
  });
});

describe('What the client remembers of collection and scope', () => {
  it('remembers promises to pay and payment plans by id', () => {
    const client = replay([...acmeWithInvoice42, promiseToPayRecorded(), paymentPlanAgreed()]);
    expect(client.promises.get('PTP-1')).toEqual({
      promiseId: 'PTP-1',
      invoiceId: INVOICE_ID,
      amount: eur(100_000),
      promisedDate: '2026-03-15',
    });
    expect(client.paymentPlans.get('PLAN-1')).toEqual({
      planId: 'PLAN-1',
      invoiceIds: [INVOICE_ID],
      instalments: paymentPlanAgreed().data.instalments,
    });
  });

  it('a scope change is undecided until classified', () => {
    expect(replay([clientRegistered(), scopeChangeRequested()]).scopeChanges.get('SC-1')).toEqual({
      scopeChangeId: 'SC-1',
      classification: null,
      billable: null,
    });
    expect(replay([clientRegistered(), scopeChangeRequested(), scopeChangeDecided()]).scopeChanges.get('SC-1')).toEqual({
      scopeChangeId: 'SC-1',
      classification: ScopeClassification.OutOfContract,
      billable: true,
    });
  });
});

describe('The tallies the risk rules read', () => {
  it('counts excuses and reminders', () => {
    const client = replay([
      ...acmeWithInvoice42,
      excuseRecorded(),
      excuseRecorded({ excuseId: 'EXC-2' }),
      reminderSent(),
    ]);
    expect(client.tallies).toMatchObject({ excuses: 2, reminders: 1 });
  });

  it('counts meetings by outcome: held, missed, client unprepared', () => {
    const client = replay([
      clientRegistered(),
      meetingRecorded({ meetingId: 'M-1', outcome: MeetingOutcome.Held }),
      meetingRecorded({ meetingId: 'M-2', outcome: MeetingOutcome.Missed }),
      meetingRecorded({ meetingId: 'M-3', outcome: MeetingOutcome.Missed }),
      meetingRecorded({ meetingId: 'M-4', outcome: MeetingOutcome.ClientUnprepared }),
    ]);
    expect(client.tallies).toMatchObject({ meetingsHeld: 1, meetingsMissed: 2, meetingsClientUnprepared: 1 });
  });

  it('counts recommendations accepted and rejected', () => {
    const client = replay([
      clientRegistered(),
      recommendationRecorded({ recommendationId: 'R-1', outcome: RecommendationOutcome.Accepted }),
      recommendationRecorded({ recommendationId: 'R-2', outcome: RecommendationOutcome.Rejected }),
      recommendationRecorded({ recommendationId: 'R-3', outcome: RecommendationOutcome.Rejected }),
    ]);
    expect(client.tallies).toMatchObject({ recommendationsAccepted: 1, recommendationsRejected: 2 });
  });

  it('counts abuse reports by severity', () => {
    const client = replay([
      clientRegistered(),
      abuseReported({ reportId: 'AB-1', severity: AbuseSeverity.Minor }),
      abuseReported({ reportId: 'AB-2', severity: AbuseSeverity.Severe }),
    ]);
    expect(client.tallies).toMatchObject({ abuseReportsMinor: 1, abuseReportsSevere: 1 });
  });

  it('adds billable and non-billable minutes separately', () => {
    const client = replay([
      clientRegistered(),
      timeLogged({ timeEntryId: 'T-1', minutes: 90, billable: true }),
      timeLogged({ timeEntryId: 'T-2', minutes: 30, billable: true }),
      timeLogged({ timeEntryId: 'T-3', minutes: 45, billable: false }),
    ]);
    expect(client.tallies).toMatchObject({ billableMinutes: 120, nonBillableMinutes: 45 });
  });
});

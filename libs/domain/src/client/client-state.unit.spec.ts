import {
  type ClientEvent,
  clientDecider,
  type ClientState,
  ComplaintOutcome,
  foldEvents,
  PaymentKind,
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
  paymentPlanAgreed,
  paymentRecorded,
  promiseToPayRecorded,
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

  it('a registered client starts active, with its contract and nothing recorded', () => {
    const client = replay([clientRegistered()]);
    expect(client).toMatchObject({ status: 'ACTIVE', clientId: CLIENT_ID, newWorkRestriction: null, noticeOfTermination: null, offboarded: null });
    expect(client.contract).toEqual(contractTerms());
    expect(client.invoices.size + client.promises.size + client.complaints.size + client.recordedIds.size).toBe(0);
  });

  it('an amendment changes only the terms it names', () => {
    const client = replay([
      clientRegistered({ endDate: '2026-12-31' }),
      { type: 'ContractAmended', data: { clientId: CLIENT_ID, changes: { noticePeriodDays: 30, endDate: null }, reason: 'Renewal' } },
    ]);
    expect(client.contract).toEqual(contractTerms({ noticePeriodDays: 30, endDate: null }));
  });

  it('two replays of the same history share nothing (each folds its own state)', () => {
    const history = [clientRegistered(), invoiceIssued()];
    const first = replay(history);
    const second = replay([...history, paymentRecorded()]);
    expect(first).not.toBe(second);
    expect(first.invoices.get(INVOICE_ID)?.openBalanceMinor).toBe(100_000);
    expect(first.recordedIds.size).toBe(0);
  });
});

describe('What the client remembers of an invoice', () => {
  it('an issued invoice is open for its whole amount', () => {
    expect(replay(acmeWithInvoice42).invoices.get(INVOICE_ID)).toEqual({
      invoiceId: INVOICE_ID,
      amount: eur(100_000),
      issuedOn: '2026-01-10',
      dueDate: '2026-02-09',
      openBalanceMinor: 100_000,
      settled: [],
      interestChargedUntil: null,
      withAgency: false,
    });
  });

  it('a part payment leaves the rest open', () => {
    const client = replay([...acmeWithInvoice42, paymentRecorded({ amount: eur(40_000), kind: PaymentKind.Partial, openBalanceAfter: eur(60_000) })]);
    expect(client.invoices.get(INVOICE_ID)).toMatchObject({ openBalanceMinor: 60_000 });
  });

  it('paying the open balance closes it', () => {
    const client = replay([...acmeWithInvoice42, paymentRecorded()]);
    expect(client.invoices.get(INVOICE_ID)).toMatchObject({ openBalanceMinor: 0 });
  });

  it('a complaint is open until resolved, each by its own id', () => {
    const client = replay([
      ...acmeWithInvoice42,
      complaintFiled({ disputedInvoiceId: INVOICE_ID }),
      complaintFiled({ complaintId: 'CMP-2', disputedInvoiceId: INVOICE_ID }),
      complaintResolved({ complaintId: 'CMP-1' }),
    ]);
    expect(client.complaints.get('CMP-1')?.outcome).toBe(ComplaintOutcome.Unfounded);
    expect(client.complaints.get('CMP-2')?.outcome).toBeNull();
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
    });
    expect(replay([clientRegistered(), scopeChangeRequested(), scopeChangeDecided()]).scopeChanges.get('SC-1')).toEqual({
      scopeChangeId: 'SC-1',
      classification: ScopeClassification.OutOfContract,
    });
  });

  it('remembers the id of each one-off fact, so a resent one is refused', () => {
    const client = replay([...acmeWithInvoice42, paymentRecorded(), excuseRecorded(), reminderSent(), timeLogged()]);
    expect([...client.recordedIds].sort()).toEqual(['excuse:EXC-1', 'payment:PAY-1', 'reminder:REM-1', 'time:T-1'].sort());
  });
});

import { DeciderSpecification } from '@client-lifecycle/testing';
import { clientDecider, ClientErrorCode, type ClientCommand, ReminderStep } from '@client-lifecycle/domain';
import { at, CLIENT_ID, clientRegistered, eur, INVOICE_ID, invoiceIssued, paymentPlanAgreed, paymentRecorded, promiseToPayRecorded } from './client.fixtures';
import { PaymentKind } from './client.vocabulary';

const spec = DeciderSpecification.for(clientDecider);

const aged = (bucket: 'DAYS_1_30' | 'DAYS_31_60' = 'DAYS_1_30'): ClientCommand => ({
  type: 'RecordInvoiceAged',
  data: { clientId: CLIENT_ID, invoiceId: INVOICE_ID, bucket, daysPastDue: 1, agedOn: '2026-02-10' },
  metadata: at,
});
const broken = (promiseId = 'PTP-1'): ClientCommand => ({
  type: 'RecordBrokenPromise',
  data: { clientId: CLIENT_ID, promiseId, brokenOn: '2026-03-16' },
  // The scheduler records a promise broken once its day has come.
  metadata: { ...at, now: '2026-03-17T00:05:00.000Z' },
});
const stepDue = (step: ReminderStep | 'DECIDE_COURT_OR_WRITE_OFF' = ReminderStep.Friendly): ClientCommand => ({
  type: 'RecordCollectionStepDue',
  data: { clientId: CLIENT_ID, invoiceId: INVOICE_ID, step, dueOn: '2026-02-10' },
  metadata: at,
});

describe('Time-driven facts the scheduler records', () => {
  describe('an invoice ageing into a bucket', () => {
    it('is recorded with what is still unpaid', () => {
      spec
        .given([
          clientRegistered(),
          invoiceIssued(),
          paymentRecorded({ amount: eur(30_000), paidOn: '2026-02-01', kind: PaymentKind.Partial, openBalanceAfter: eur(70_000) }),
        ])
        .when(aged())
        .then([
          {
            type: 'InvoiceAged',
            data: { clientId: CLIENT_ID, invoiceId: INVOICE_ID, bucket: 'DAYS_1_30', daysPastDue: 1, agedOn: '2026-02-10', openBalance: eur(70_000) },
          },
        ]);
    });

    it('is refused when the invoice was paid by that day, even if the payment was recorded after the timer was set', () => {
      spec
        .given([clientRegistered(), invoiceIssued(), paymentRecorded({ paidOn: '2026-02-08' })])
        .when(aged())
        .thenRefusedWith(ClientErrorCode.InvoiceAlreadyPaid);
    });

    it('states the balance open on its own day, not what is open when the scheduler catches up', () => {
      spec
        .given([
          clientRegistered(),
          invoiceIssued(),
          paymentRecorded({ amount: eur(30_000), paidOn: '2026-02-01', kind: PaymentKind.Partial, openBalanceAfter: eur(70_000) }),
          paymentRecorded({ paymentId: 'PAY-2', amount: eur(20_000), paidOn: '2026-02-15', kind: PaymentKind.Partial, openBalanceAfter: eur(50_000) }),
        ])
        .when(aged())
        .then([
          {
            type: 'InvoiceAged',
            data: { clientId: CLIENT_ID, invoiceId: INVOICE_ID, bucket: 'DAYS_1_30', daysPastDue: 1, agedOn: '2026-02-10', openBalance: eur(70_000) },
          },
        ]);
    });

    it('is still recorded for an invoice paid late, since it was unpaid on that day: a catch-up records what an on-time run did', () => {
      spec
        .given([clientRegistered(), invoiceIssued(), paymentRecorded({ paidOn: '2026-02-20' })])
        .when(aged())
        .then([
          {
            type: 'InvoiceAged',
            data: { clientId: CLIENT_ID, invoiceId: INVOICE_ID, bucket: 'DAYS_1_30', daysPastDue: 1, agedOn: '2026-02-10', openBalance: eur(100_000) },
          },
        ]);
    });

    it('is recorded once per bucket', () => {
      const first = {
        type: 'InvoiceAged',
        data: { clientId: CLIENT_ID, invoiceId: INVOICE_ID, bucket: 'DAYS_1_30', daysPastDue: 1, agedOn: '2026-02-10', openBalance: eur(100_000) },
      } as const;
      spec.given([clientRegistered(), invoiceIssued(), first]).when(aged()).thenRefusedWith(ClientErrorCode.TimeFactAlreadyRecorded);
      spec
        .given([clientRegistered(), invoiceIssued(), first])
        .when(aged('DAYS_31_60'))
        .then([{ ...first, data: { ...first.data, bucket: 'DAYS_31_60' } }]);
    });
  });

  describe('a broken promise', () => {
    it('is recorded with the promise it breaks', () => {
      spec
        .given([clientRegistered(), invoiceIssued(), promiseToPayRecorded()])
        .when(broken())
        .then([
          {
            type: 'PromiseToPayBroken',
            data: {
              clientId: CLIENT_ID,
              promiseId: 'PTP-1',
              invoiceId: INVOICE_ID,
              promisedDate: '2026-03-15',
              promisedAmount: eur(100_000),
              brokenOn: '2026-03-16',
            },
          },
        ]);
    });

    it('covers a missed instalment of a payment plan', () => {
      spec
        .given([clientRegistered(), invoiceIssued(), paymentPlanAgreed()])
        .when(broken('PLAN-1#2'))
        .then([
          {
            type: 'PromiseToPayBroken',
            data: {
              clientId: CLIENT_ID,
              promiseId: 'PLAN-1#2',
              invoiceId: INVOICE_ID,
              promisedDate: '2026-04-15',
              promisedAmount: eur(50_000),
              brokenOn: '2026-03-16',
            },
          },
        ]);
    });

    it('is refused when the log shows the invoice paid off by the promised date', () => {
      spec
        .given([clientRegistered(), invoiceIssued(), promiseToPayRecorded(), paymentRecorded({ paidOn: '2026-03-14' })])
        .when(broken())
        .thenRefusedWith(ClientErrorCode.TimeFactContradicted);
    });

    it('is refused for an instalment when the plan invoices were paid off by its due date', () => {
      spec
        .given([clientRegistered(), invoiceIssued(), paymentPlanAgreed(), paymentRecorded({ paidOn: '2026-04-01' })])
        .when(broken('PLAN-1#2'))
        .thenRefusedWith(ClientErrorCode.TimeFactContradicted);
    });

    it('is recorded when the invoice was paid off only after the promised date', () => {
      spec
        .given([clientRegistered(), invoiceIssued(), promiseToPayRecorded(), paymentRecorded({ paidOn: '2026-03-20' })])
        .when(broken())
        .then([
          {
            type: 'PromiseToPayBroken',
            data: {
              clientId: CLIENT_ID,
              promiseId: 'PTP-1',
              invoiceId: INVOICE_ID,
              promisedDate: '2026-03-15',
              promisedAmount: eur(100_000),
              brokenOn: '2026-03-16',
            },
          },
        ]);
    });

    it('is refused for a promise never made, or recorded twice', () => {
      spec.given([clientRegistered(), invoiceIssued()]).when(broken('PTP-404')).thenRefusedWith(ClientErrorCode.PromiseNotFound);
      spec
        .given([
          clientRegistered(),
          invoiceIssued(),
          promiseToPayRecorded(),
          {
            type: 'PromiseToPayBroken',
            data: {
              clientId: CLIENT_ID,
              promiseId: 'PTP-1',
              invoiceId: INVOICE_ID,
              promisedDate: '2026-03-15',
              promisedAmount: eur(100_000),
              brokenOn: '2026-03-16',
            },
          },
        ])
        .when(broken())
        .thenRefusedWith(ClientErrorCode.TimeFactAlreadyRecorded);
    });
  });

  describe('a collection step falling due', () => {
    it('is recorded for an open invoice, once per step', () => {
      const due = {
        type: 'CollectionStepFellDue',
        data: { clientId: CLIENT_ID, invoiceId: INVOICE_ID, step: ReminderStep.Friendly, dueOn: '2026-02-10' },
      } as const;
      spec.given([clientRegistered(), invoiceIssued()]).when(stepDue()).then([due]);
      spec.given([clientRegistered(), invoiceIssued(), due]).when(stepDue()).thenRefusedWith(ClientErrorCode.TimeFactAlreadyRecorded);
    });

    it('is recorded for an invoice open on that day though paid since', () => {
      spec
        .given([clientRegistered(), invoiceIssued(), paymentRecorded({ paidOn: '2026-02-20' })])
        .when(stepDue())
        .then([{ type: 'CollectionStepFellDue', data: { clientId: CLIENT_ID, invoiceId: INVOICE_ID, step: ReminderStep.Friendly, dueOn: '2026-02-10' } }]);
    });

    it('is refused for an invoice paid by that day', () => {
      spec
        .given([clientRegistered(), invoiceIssued(), paymentRecorded({ paidOn: '2026-02-08' })])
        .when(stepDue('DECIDE_COURT_OR_WRITE_OFF'))
        .thenRefusedWith(ClientErrorCode.InvoiceAlreadyPaid);
    });
  });
});

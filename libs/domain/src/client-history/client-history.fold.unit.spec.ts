import { clientRegistered, complaintFiled, complaintResolved, eur, invoiceIssued, paymentPlanAgreed, paymentRecorded } from '../client/client.fixtures';
import { ComplaintOutcome, PaymentKind } from '../client/client.vocabulary';
import { on } from './client-history.fixtures';
import { foldClientHistory } from './client-history.fold';

describe('client history: the facts metrics are computed from', () => {
  it('is empty until the client is registered', () => {
    expect(foldClientHistory([on('2026-01-10', invoiceIssued())])).toBeNull();
  });

  it('follows an invoice through payments, with the day it was paid off and the evidence', () => {
    const history = foldClientHistory([
      on('2026-01-01', clientRegistered()),
      on('2026-01-10', invoiceIssued()),
      on(
        '2026-02-15',
        paymentRecorded({ paymentId: 'P-1', amount: eur(40_000), paidOn: '2026-02-15', kind: PaymentKind.Partial, openBalanceAfter: eur(60_000) }),
      ),
      on('2026-03-01', paymentRecorded({ paymentId: 'P-2', amount: eur(60_000), paidOn: '2026-02-28', openBalanceAfter: eur(0) })),
    ]);

    expect(history?.invoices).toEqual([
      expect.objectContaining({
        invoiceId: 'INV-42',
        amountMinor: 100_000,
        openBalanceMinor: 0,
        paidOffOn: '2026-02-28',
        eventId: 'InvoiceIssued@2026-01-10',
        payments: [
          { paymentId: 'P-1', amountMinor: 40_000, paidOn: '2026-02-15', eventId: 'PaymentRecorded@2026-02-15' },
          { paymentId: 'P-2', amountMinor: 60_000, paidOn: '2026-02-28', eventId: 'PaymentRecorded@2026-03-01' },
        ],
      }),
    ]);
  });

  it('records a dispute from the complaint until its resolution', () => {
    const history = foldClientHistory([
      on('2026-01-01', clientRegistered()),
      on('2026-01-10', invoiceIssued()),
      on('2026-02-20', complaintFiled({ complaintId: 'C-1', disputedInvoiceId: 'INV-42' })),
      on('2026-02-25', complaintResolved({ complaintId: 'C-1', outcome: ComplaintOutcome.Unfounded })),
    ]);

    expect(history?.invoices[0].disputes).toEqual([{ complaintId: 'C-1', from: '2026-02-20', until: '2026-02-25' }]);
    expect(history?.complaints[0]).toMatchObject({ outcome: 'UNFOUNDED', resolvedOn: '2026-02-25' });
  });

  it('treats each instalment of a payment plan as a promise to pay', () => {
    const history = foldClientHistory([
      on('2026-01-01', clientRegistered()),
      on('2026-01-10', invoiceIssued()),
      on(
        '2026-03-01',
        paymentPlanAgreed({
          planId: 'PL',
          invoiceIds: ['INV-42'],
          instalments: [
            { instalmentNumber: 1, dueDate: '2026-03-15', amount: eur(50_000) },
            { instalmentNumber: 2, dueDate: '2026-04-15', amount: eur(50_000) },
          ],
        }),
      ),
    ]);

    expect(history?.promises.map(({ promiseId, promisedDate, source, madeOn }) => [promiseId, promisedDate, source, madeOn])).toEqual([
      ['PL#1', '2026-03-15', 'INSTALMENT', '2026-03-01'],
      ['PL#2', '2026-04-15', 'INSTALMENT', '2026-03-01'],
    ]);
  });

  it('hands out snapshots that later facts do not change', () => {
    const facts = [on('2026-01-01', clientRegistered()), on('2026-01-10', invoiceIssued())];
    const before = foldClientHistory(facts);

    const after = foldClientHistory([...facts, on('2026-02-20', paymentRecorded())]);

    expect(before?.invoices[0].openBalanceMinor).toBe(100_000);
    expect(after?.invoices[0].openBalanceMinor).toBe(0);
  });
});

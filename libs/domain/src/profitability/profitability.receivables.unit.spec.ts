import { on } from '../client-history/client-history.fixtures';
import { invoiceIssued, paymentRecorded } from '../client/client.fixtures';
import { historyOf } from './profitability.fixtures';
import { profitabilityView } from './profitability.projection';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

/** An unpaid EUR 1,000.00 invoice with the given due date, issued a month before it. */
const invoiceDue = (invoiceId: string, issuedOn: string, dueDate: string) =>
  on(issuedOn, invoiceIssued({ invoiceId, issuedOn, dueDate }), `InvoiceIssued#${invoiceId}`);

describe('profitability: carrying cost and expected credit loss of the receivables', () => {
  it('carrying cost grows with days overdue: 10% a year on the overdue balance', () => {
    // Given invoice 42 for EUR 1,000.00, due 9 February and unpaid
    const history = historyOf([on('2026-01-10', invoiceIssued())]);

    // Then 30 days overdue cost 1,000.00 × 10% × 30/365, and 60 days twice that
    expect(profitabilityView(history, '2026-03-11').carryingCostMinor).toBe(822);
    expect(profitabilityView(history, '2026-04-10').carryingCostMinor).toBe(1_644);
  });

  it('a balance costs nothing to carry before it is due', () => {
    const history = historyOf([on('2026-01-10', invoiceIssued())]);

    expect(profitabilityView(history, '2026-02-09').carryingCostMinor).toBe(0);
  });

  it('a partial payment lowers the balance that carries the cost from its day on', () => {
    // Given half of invoice 42 paid 10 days late
    const history = historyOf([
      on('2026-01-10', invoiceIssued()),
      on('2026-02-19', paymentRecorded({ amount: eur(50_000), paidOn: '2026-02-19', openBalanceAfter: eur(50_000) })),
    ]);

    // Then 1,000.00 was carried 10 days and 500.00 the next 20: 10% × 20,000 euro-days ÷ 365
    expect(profitabilityView(history, '2026-03-11').carryingCostMinor).toBe(548);
  });

  it('an invoice paid late keeps the carrying cost it incurred while it was overdue', () => {
    const history = historyOf([on('2026-01-10', invoiceIssued()), on('2026-02-19', paymentRecorded({ paidOn: '2026-02-19' }))]);

    expect(profitabilityView(history, '2026-03-31').carryingCostMinor).toBe(274);
  });

  it("each bucket's credit-loss rate applies to its balance: 1%, 5%, 10%, 25%, 50%", () => {
    // Given five unpaid invoices of EUR 1,000.00, one in each aging bucket on 30 June
    const history = historyOf([
      invoiceDue('CUR', '2026-06-15', '2026-07-15'),
      invoiceDue('D10', '2026-05-21', '2026-06-20'),
      invoiceDue('D41', '2026-04-20', '2026-05-20'),
      invoiceDue('D71', '2026-03-21', '2026-04-20'),
      invoiceDue('D121', '2026-01-30', '2026-03-01'),
    ]);

    // Then the expected loss is 10 + 50 + 100 + 250 + 500 euros
    expect(profitabilityView(history, '2026-06-30').expectedCreditLossMinor).toBe(91_000);
  });

  it('a paid invoice is expected to lose nothing', () => {
    const history = historyOf([on('2026-01-10', invoiceIssued()), on('2026-02-05', paymentRecorded({ paidOn: '2026-02-05' }))]);

    const view = profitabilityView(history, '2026-03-31');

    expect(view.expectedCreditLossMinor).toBe(0);
    expect(view.carryingCostMinor).toBe(0);
  });
});

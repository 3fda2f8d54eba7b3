import { on } from '../client-history/client-history.fixtures';
import { invoiceIssued, paymentRecorded } from '../client/client.fixtures';
import { agingBucketOf } from '../collection';
import { AS_OF, historyOf } from './profitability.fixtures';
import { profitabilityView } from './profitability.projection';

describe('profitability: aging of the open balance', () => {
  it('days past due place a balance in Current, 1–30, 31–60, 61–90 or 90+', () => {
    expect([-5, 0, 1, 30, 31, 60, 61, 90, 91, 400].map(agingBucketOf)).toEqual([
      'CURRENT',
      'CURRENT',
      'DAYS_1_30',
      'DAYS_1_30',
      'DAYS_31_60',
      'DAYS_31_60',
      'DAYS_61_90',
      'DAYS_61_90',
      'DAYS_90_PLUS',
      'DAYS_90_PLUS',
    ]);
  });

  it('an invoice not yet due is Current, one past its due date is overdue by its days', () => {
    // Given invoice 42 due on 9 February, and another due after asOf
    const history = historyOf([
      on('2026-01-10', invoiceIssued()),
      on('2026-03-20', invoiceIssued({ invoiceId: 'INV-43', amount: { amountMinor: 30_000, currency: 'EUR' }, issuedOn: '2026-03-20', dueDate: '2026-04-19' })),
    ]);

    // When profitability is read on 31 March
    const { overdueByBucketMinor, outstandingMinor } = profitabilityView(history, AS_OF);

    // Then invoice 42 is 50 days past due and invoice 43 is current
    expect(overdueByBucketMinor).toEqual({ CURRENT: 30_000, DAYS_1_30: 0, DAYS_31_60: 100_000, DAYS_61_90: 0, DAYS_90_PLUS: 0 });
    expect(outstandingMinor).toBe(130_000);
  });

  it('a partial payment leaves only the rest of the invoice in its bucket', () => {
    const history = historyOf([
      on('2026-01-10', invoiceIssued()),
      on(
        '2026-03-01',
        paymentRecorded({ amount: { amountMinor: 40_000, currency: 'EUR' }, paidOn: '2026-03-01', openBalanceAfter: { amountMinor: 60_000, currency: 'EUR' } }),
      ),
    ]);

    expect(profitabilityView(history, AS_OF).overdueByBucketMinor.DAYS_31_60).toBe(60_000);
  });

  it('a payment received after asOf has not reduced the balance yet', () => {
    const history = historyOf([on('2026-01-10', invoiceIssued()), on('2026-04-15', paymentRecorded({ paidOn: '2026-04-15' }))]);

    expect(profitabilityView(history, AS_OF).outstandingMinor).toBe(100_000);
    expect(profitabilityView(history, '2026-04-15').outstandingMinor).toBe(0);
  });
});

import { AgingBucket, agingBucketOf, daysPastDue, openBalanceAsOf, overdueByBucket } from './aging';
import { anotherInvoice, DUE, dueDatePlus, historyOf, invoice42, paid } from './collection.fixtures';

describe('collection: aging of open balances', () => {
  describe('days past due = today − due date', () => {
    it('is negative before the due date, zero on it and counts the days after it', () => {
      expect(daysPastDue(DUE, '2026-02-06')).toBe(-3);
      expect(daysPastDue(DUE, DUE)).toBe(0);
      expect(daysPastDue(DUE, '2026-03-01')).toBe(20);
    });
  });

  describe('aging buckets', () => {
    it('a balance not yet past due (on or before the due date) is Current', () => {
      expect([-30, -1, 0].map(agingBucketOf)).toEqual([AgingBucket.Current, AgingBucket.Current, AgingBucket.Current]);
    });

    it('1 to 30 days past due is the 1–30 bucket', () => {
      expect([1, 30].map(agingBucketOf)).toEqual([AgingBucket.Days1To30, AgingBucket.Days1To30]);
    });

    it('31 to 60 days past due is the 31–60 bucket', () => {
      expect([31, 60].map(agingBucketOf)).toEqual([AgingBucket.Days31To60, AgingBucket.Days31To60]);
    });

    it('61 to 90 days past due is the 61–90 bucket', () => {
      expect([61, 90].map(agingBucketOf)).toEqual([AgingBucket.Days61To90, AgingBucket.Days61To90]);
    });

    it('more than 90 days past due is the 90+ bucket', () => {
      expect([91, 400].map(agingBucketOf)).toEqual([AgingBucket.Over90, AgingBucket.Over90]);
    });
  });

  describe('open balance as of a day', () => {
    it('is the amount less the payments made by that day; a later payment has not happened yet', () => {
      // Given invoice 42 (1,000.00) paid 400.00 on 15 February and the rest on 10 March
      const history = historyOf([invoice42(), paid('2026-02-15', 40_000, 'INV-42', 60_000), paid('2026-03-10', 60_000)]);
      const [invoice] = history.invoices;

      // Then
      expect(openBalanceAsOf(invoice, '2026-02-14')).toBe(100_000);
      expect(openBalanceAsOf(invoice, '2026-02-15')).toBe(60_000);
      expect(openBalanceAsOf(invoice, '2026-03-10')).toBe(0);
    });
  });

  describe('overdue by bucket', () => {
    it('puts each open balance in the bucket of its days past due, not-yet-due ones in Current', () => {
      // Given invoice 42 partly paid and 50 days past due, invoice 43 not yet due, invoice 44 paid
      const history = historyOf([
        invoice42(),
        paid('2026-03-01', 40_000, 'INV-42', 60_000),
        anotherInvoice('INV-43', '2026-03-10', '2026-04-09', 30_000),
        anotherInvoice('INV-44', '2026-02-01', '2026-03-03', 20_000),
        paid('2026-03-03', 20_000, 'INV-44'),
      ]);

      // When read 50 days after invoice 42's due date
      const buckets = overdueByBucket(history, dueDatePlus(50));

      // Then
      expect(buckets).toEqual({ CURRENT: 30_000, DAYS_1_30: 0, DAYS_31_60: 60_000, DAYS_61_90: 0, DAYS_90_PLUS: 0 });
    });

    it('ignores invoices issued after the day of the read', () => {
      const history = historyOf([invoice42(), anotherInvoice('INV-43', '2026-04-01', '2026-05-01')]);

      expect(overdueByBucket(history, '2026-03-01')).toEqual({ CURRENT: 0, DAYS_1_30: 100_000, DAYS_31_60: 0, DAYS_61_90: 0, DAYS_90_PLUS: 0 });
    });
  });
});

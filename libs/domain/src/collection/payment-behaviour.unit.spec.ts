import { on } from '../client-history/client-history.fixtures';
import { paymentPlanAgreed, promiseToPayRecorded } from '../client/client.fixtures';
import { anotherInvoice, DUE, dueDatePlus, historyOf, invoice42, paid } from './collection.fixtures';
import { averageDaysToPay, hasCleanPaymentHistory, paymentIndex, PromiseStatus, promiseRecord, promiseStatusOf } from './payment-behaviour';

/** Invoice 42 paid in full `daysLate` days after its due date (negative: early), read long after. */
const indexWhenPaid = (daysLate: number) => paymentIndex(historyOf([invoice42(), paid(dueDatePlus(daysLate))]), '2026-12-31');

describe('collection: payment behaviour', () => {
  describe('payment index (PAYDEX-like, 0–100)', () => {
    it.each([
      [-10, 100, 'paid 10 days early'],
      [0, 80, 'paid on the due date'],
      [15, 70, 'paid 15 days late'],
      [22, 60, 'paid 22 days late'],
      [30, 50, 'paid 30 days late'],
      [60, 40, 'paid 60 days late'],
      [90, 30, 'paid 90 days late'],
      [120, 20, 'paid 120 days late'],
    ])('a client whose only invoice was %i days late scores %i (%s)', (daysLate, expected) => {
      expect(indexWhenPaid(daysLate)).toBe(expected);
    });

    it('interpolates linearly between anchor points: 45 days late scores 45', () => {
      expect(indexWhenPaid(45)).toBe(45);
    });

    it('paying 10 or more days early is the best there is (100); 5 days early is halfway between on time and early', () => {
      expect(indexWhenPaid(-30)).toBe(100);
      expect(indexWhenPaid(-5)).toBe(90);
    });

    it('beyond 120 days late the index stays at 20', () => {
      expect(indexWhenPaid(300)).toBe(20);
    });

    it('weighs each payment by its amount', () => {
      // Given 3,000.00 paid on time (80) and 1,000.00 paid 30 days late (50)
      const history = historyOf([
        anotherInvoice('INV-1', '2026-01-01', '2026-01-31', 300_000),
        paid('2026-01-31', 300_000, 'INV-1'),
        anotherInvoice('INV-2', '2026-01-01', '2026-01-31', 100_000),
        paid('2026-03-02', 100_000, 'INV-2'),
      ]);

      // Then the index is (3 × 80 + 1 × 50) ÷ 4
      expect(paymentIndex(history, '2026-12-31')).toBe(72.5);
    });

    it('counts a balance still unpaid past its due date at its days past due, so a client who never pays scores low', () => {
      // Given invoice 42, never paid, read 90 days after its due date
      const history = historyOf([invoice42()]);

      expect(paymentIndex(history, dueDatePlus(90))).toBe(30);
    });

    it('judges a partial payment and the rest still open each on their own days', () => {
      // Given 500.00 paid on time, the other 500.00 still open 30 days after the due date
      const history = historyOf([invoice42(), paid(DUE, 50_000, 'INV-42', 50_000)]);

      expect(paymentIndex(history, dueDatePlus(30))).toBe(65);
    });

    it('has nothing to judge before anything is paid or past due', () => {
      expect(paymentIndex(historyOf([invoice42()]), DUE)).toBeNull();
    });

    it('ignores payments made after the day of the read', () => {
      const history = historyOf([invoice42(), paid(dueDatePlus(60))]);

      expect(paymentIndex(history, dueDatePlus(30))).toBe(50);
    });
  });

  describe('average days to pay', () => {
    it('averages (paid off on − due date) over fully paid invoices, plain and weighted by amount', () => {
      // Given 3,000.00 paid 10 days late, 1,000.00 paid 2 days early, and an unpaid invoice
      const history = historyOf([
        anotherInvoice('INV-1', '2026-01-01', '2026-01-31', 300_000),
        paid('2026-02-10', 300_000, 'INV-1'),
        anotherInvoice('INV-2', '2026-01-01', '2026-01-31', 100_000),
        paid('2026-01-29', 100_000, 'INV-2'),
        anotherInvoice('INV-3', '2026-01-01', '2026-01-31', 500_000),
      ]);

      // Then the mean is (10 − 2) ÷ 2 and the weighted one (3 × 10 − 1 × 2) ÷ 4
      expect(averageDaysToPay(history, '2026-12-31')).toEqual({ mean: 4, amountWeighted: 7 });
    });

    it('dates a paid-off invoice by its last payment', () => {
      const history = historyOf([invoice42(), paid(DUE, 40_000, 'INV-42', 60_000), paid(dueDatePlus(12), 60_000)]);

      expect(averageDaysToPay(history, '2026-12-31')).toEqual({ mean: 12, amountWeighted: 12 });
    });

    it('is null until an invoice is fully paid', () => {
      const history = historyOf([invoice42(), paid(dueDatePlus(5))]);

      expect(averageDaysToPay(history, dueDatePlus(4))).toEqual({ mean: null, amountWeighted: null });
    });
  });

  describe('promises to pay', () => {
    // Promise PTP-1: 1,000.00 on invoice 42 by 15 March, made on 1 March.
    const promise = on('2026-03-01', promiseToPayRecorded());
    const statusOn = (asOf: string, ...payments: ReturnType<typeof paid>[]) => {
      const history = historyOf([invoice42(), promise, ...payments]);
      return promiseStatusOf(history.promises[0], history, asOf);
    };

    it('is pending until the promised date has passed, the promised date itself included', () => {
      expect(statusOn('2026-03-15')).toBe(PromiseStatus.Pending);
    });

    it('is kept when the payments from the day it was made through the promised date cover the promised amount', () => {
      expect(statusOn('2026-03-20', paid('2026-03-05', 60_000, 'INV-42', 40_000), paid('2026-03-15', 40_000))).toBe(PromiseStatus.Kept);
    });

    it('is kept as soon as it is paid, before the promised date', () => {
      expect(statusOn('2026-03-06', paid('2026-03-05'))).toBe(PromiseStatus.Kept);
    });

    it('is broken when still unpaid at the end of the promised date', () => {
      expect(statusOn('2026-03-16')).toBe(PromiseStatus.Broken);
    });

    it('is broken when only part of the promised amount came by the promised date', () => {
      expect(statusOn('2026-03-16', paid('2026-03-10', 50_000, 'INV-42', 50_000))).toBe(PromiseStatus.Broken);
    });

    it('is broken when the money came a day too late', () => {
      expect(statusOn('2026-03-20', paid('2026-03-16'))).toBe(PromiseStatus.Broken);
    });

    it('is kept when the invoice is paid off by the promised date, even for less than promised', () => {
      // Given 600.00 paid before the promise and the last 400.00 by the promised date
      expect(statusOn('2026-03-20', paid('2026-02-20', 60_000, 'INV-42', 40_000), paid('2026-03-10', 40_000))).toBe(PromiseStatus.Kept);
    });

    it('counts the instalments of a payment plan oldest first: one payment does not keep every instalment', () => {
      // Given a plan of two 500.00 instalments (15 March, 15 April) and only 500.00 paid
      const history = historyOf([invoice42(), on('2026-03-01', paymentPlanAgreed()), paid('2026-03-10', 50_000, 'INV-42', 50_000)]);

      // Then instalment 1 is kept and instalment 2 broken
      expect(history.promises.map((instalment) => promiseStatusOf(instalment, history, '2026-04-16'))).toEqual([PromiseStatus.Kept, PromiseStatus.Broken]);
    });

    it('keeps a record: kept rate = kept ÷ (kept + broken), with the events of the broken ones', () => {
      // Given one kept, one broken and one pending promise
      const history = historyOf([
        invoice42(),
        anotherInvoice('INV-43', '2026-01-10', '2026-02-09'),
        anotherInvoice('INV-44', '2026-01-10', '2026-02-09'),
        on('2026-02-15', promiseToPayRecorded({ promiseId: 'P-KEPT', invoiceId: 'INV-42', promisedDate: '2026-02-28' }), 'kept-promise'),
        paid('2026-02-27'),
        on('2026-02-15', promiseToPayRecorded({ promiseId: 'P-BROKEN', invoiceId: 'INV-43', promisedDate: '2026-02-28' }), 'broken-promise'),
        on('2026-03-01', promiseToPayRecorded({ promiseId: 'P-PENDING', invoiceId: 'INV-44', promisedDate: '2026-03-31' }), 'pending-promise'),
      ]);

      // When read on 10 March
      const record = promiseRecord(history, '2026-03-10');

      // Then
      expect(record).toEqual({ pending: 1, kept: 1, broken: 1, keptRate: 0.5, brokenPromiseEventIds: ['broken-promise'] });
    });

    it('has no kept rate until a promise has come due, and ignores promises made after the day of the read', () => {
      const history = historyOf([invoice42(), on('2026-03-01', promiseToPayRecorded({ promisedDate: '2026-03-15' }))]);

      expect(promiseRecord(history, '2026-02-28')).toEqual({ pending: 0, kept: 0, broken: 0, keptRate: null, brokenPromiseEventIds: [] });
      expect(promiseRecord(history, '2026-03-02').keptRate).toBeNull();
    });
  });

  describe('clean payment history (the tenure mitigation)', () => {
    const before = '2026-06-01';

    it('is clean when every invoice due before the day was paid in full within 5 days of its due date', () => {
      const history = historyOf([
        invoice42(),
        paid(dueDatePlus(5)),
        anotherInvoice('INV-43', '2026-03-01', '2026-03-31'),
        paid('2026-03-20', 100_000, 'INV-43'),
      ]);

      expect(hasCleanPaymentHistory(history, before)).toBe(true);
    });

    it('is not clean when an invoice was paid 6 days late', () => {
      expect(hasCleanPaymentHistory(historyOf([invoice42(), paid(dueDatePlus(6))]), before)).toBe(false);
    });

    it('is not clean when an invoice past its grace period is still unpaid', () => {
      expect(hasCleanPaymentHistory(historyOf([invoice42()]), before)).toBe(false);
    });

    it('is not clean when a promise to pay was broken, even if the invoice was paid in time', () => {
      const history = historyOf([
        invoice42(),
        paid(dueDatePlus(3)),
        anotherInvoice('INV-43', '2026-03-01', '2026-05-31'),
        on('2026-03-10', promiseToPayRecorded({ invoiceId: 'INV-43', promisedDate: '2026-03-20' })),
      ]);

      expect(hasCleanPaymentHistory(history, before)).toBe(false);
    });

    it('judges only what happened before the day: the incident that day and an invoice still in its grace period do not count', () => {
      // Given invoice 42 unpaid, read on the day its grace period ends
      const history = historyOf([invoice42()]);

      expect(hasCleanPaymentHistory(history, dueDatePlus(5))).toBe(true);
      expect(hasCleanPaymentHistory(history, dueDatePlus(6))).toBe(false);
    });
  });
});

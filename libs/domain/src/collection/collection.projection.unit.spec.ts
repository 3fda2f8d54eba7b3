import type { ClientFact } from '../client-history';
import { on } from '../client-history/client-history.fixtures';
import { complaintFiled, complaintResolved, excuseRecorded, paymentPlanAgreed, promiseToPayRecorded, reminderSent } from '../client/client.fixtures';
import { ReminderStep } from '../client/client.vocabulary';
import type { LocalDate } from '../shared';
import { AgingBucket } from './aging';
import { DECIDE_COURT_OR_WRITE_OFF, DEFAULT_COLLECTION_LADDER } from './collection-ladder';
import { anotherInvoice, DUE, dueDatePlus, historyOf, invoice42, paid } from './collection.fixtures';
import { collectionView } from './collection.projection';
import { isDueNow } from './invoice-collection';

/** A reminder of `step` on invoice 42 (or another), sent on `day`. */
const reminder = (day: LocalDate, step: ReminderStep, invoiceId = 'INV-42'): ClientFact =>
  on(day, reminderSent({ reminderId: `REM-${step}-${invoiceId}`, invoiceId, step }), `ReminderSent:${step}@${day}`);

/** Invoice 42's line in the collection view of these facts, read on asOf. */
const invoice42On = (asOf: LocalDate, ...facts: ClientFact[]) => {
  const line = collectionView(historyOf([invoice42(), ...facts]), asOf).invoices.find((invoice) => invoice.invoiceId === 'INV-42');
  if (!line) throw new Error('invoice 42 is not open');
  return line;
};

describe('collection read model: the ladder per invoice', () => {
  describe('each step at its offset from the due date', () => {
    it('before the due date, the next step is the courtesy contact at D−3', () => {
      expect(invoice42On(dueDatePlus(-5))).toMatchObject({
        currentStep: null,
        nextStep: ReminderStep.Courtesy,
        nextStepDueOn: dueDatePlus(-3),
        daysPastDue: -5,
        bucket: AgingBucket.Current,
      });
    });

    it.each([
      [ReminderStep.Courtesy, -3, ReminderStep.Friendly, 1],
      [ReminderStep.Friendly, 1, ReminderStep.Firm, 10],
      [ReminderStep.Firm, 10, ReminderStep.FormalLetter, 21],
      [ReminderStep.FormalLetter, 21, ReminderStep.FinalNotice, 45],
      [ReminderStep.FinalNotice, 45, ReminderStep.LawyerLetter, 90],
      [ReminderStep.LawyerLetter, 90, DECIDE_COURT_OR_WRITE_OFF, 105],
    ])('after the %s reminder (sent at D%i), the next step is %s at D+%i', (sent, sentAt, next, nextAt) => {
      // Given invoice 42 unpaid and the reminder sent on its day
      // When read the day it was sent
      const line = invoice42On(dueDatePlus(sentAt), reminder(dueDatePlus(sentAt), sent));

      // Then
      expect(line).toMatchObject({ currentStep: sent, nextStep: next, nextStepDueOn: dueDatePlus(nextAt) });
    });

    it('a step whose day has come is due now, and stays due until it is sent', () => {
      const line = invoice42On(dueDatePlus(15), reminder(dueDatePlus(1), ReminderStep.Friendly));

      expect(line).toMatchObject({ nextStep: ReminderStep.Firm, nextStepDueOn: dueDatePlus(10) });
      expect(isDueNow(line, dueDatePlus(15))).toBe(true);
      expect(isDueNow(line, dueDatePlus(9))).toBe(false);
    });

    it('once the due date has passed without a courtesy contact, the ladder starts with the friendly reminder', () => {
      expect(invoice42On(dueDatePlus(5))).toMatchObject({
        currentStep: ReminderStep.Friendly,
        lastStepSent: null,
        nextStep: ReminderStep.Friendly,
        nextStepDueOn: dueDatePlus(1),
      });
    });

    it('the current step follows the calendar, and each step shows whether it was carried out', () => {
      // Given only the friendly reminder was sent, When read 110 days after the due date
      const line = invoice42On(dueDatePlus(110), reminder(dueDatePlus(1), ReminderStep.Friendly));

      // Then the calendar is at the lawyer letter, the missed rungs show as not carried out, and the ladder catches up with the calendar
      expect(line).toMatchObject({
        currentStep: ReminderStep.LawyerLetter,
        lastStepSent: ReminderStep.Friendly,
        nextStep: ReminderStep.LawyerLetter,
        nextStepDueOn: dueDatePlus(90),
      });
      expect(line.steps.map((step) => [step.step, step.dueOn, step.carriedOut])).toEqual([
        [ReminderStep.Friendly, dueDatePlus(1), true],
        [ReminderStep.Firm, dueDatePlus(10), false],
        [ReminderStep.FormalLetter, dueDatePlus(21), false],
        [ReminderStep.FinalNotice, dueDatePlus(45), false],
        [ReminderStep.LawyerLetter, dueDatePlus(90), false],
      ]);
    });

    it('however late, the first message after the due date is the friendly one', () => {
      expect(invoice42On(dueDatePlus(50))).toMatchObject({ currentStep: ReminderStep.FinalNotice, nextStep: ReminderStep.Friendly });
    });

    it('while a promise holds the ladder, the calendar stands still at the day the promise was made', () => {
      const promise = on(dueDatePlus(5), promiseToPayRecorded({ promisedDate: dueDatePlus(40) }));

      expect(invoice42On(dueDatePlus(30), reminder(dueDatePlus(1), ReminderStep.Friendly), promise)).toMatchObject({
        currentStep: ReminderStep.Friendly,
        paused: { reason: 'PROMISE_TO_PAY' },
      });
    });

    it('the current step is the highest reminder sent by the day of the read', () => {
      const line = invoice42On(
        dueDatePlus(12),
        reminder(dueDatePlus(1), ReminderStep.Friendly),
        reminder(dueDatePlus(10), ReminderStep.Firm),
        reminder(dueDatePlus(21), ReminderStep.FormalLetter),
      );

      expect(line.currentStep).toBe(ReminderStep.Firm);
    });

    it('follows the configured offsets', () => {
      const view = collectionView(historyOf([invoice42(), reminder(dueDatePlus(1), ReminderStep.Friendly)]), dueDatePlus(2), {
        ...DEFAULT_COLLECTION_LADDER,
        firmAfter: 7,
      });

      expect(view.invoices[0].nextStepDueOn).toBe(dueDatePlus(7));
    });
  });

  describe('paid → closed', () => {
    it('an invoice paid in full leaves the ladder', () => {
      const view = collectionView(historyOf([invoice42(), reminder(dueDatePlus(1), ReminderStep.Friendly), paid(dueDatePlus(5))]), dueDatePlus(20));

      expect(view.invoices).toEqual([]);
    });

    it('a partial payment reduces the balance but the invoice stays on the ladder', () => {
      const line = invoice42On(dueDatePlus(20), paid(dueDatePlus(5), 40_000, 'INV-42', 60_000));

      expect(line).toMatchObject({ openBalanceMinor: 60_000, nextStep: ReminderStep.Friendly });
    });

    it('a payment made after the day of the read has not closed it yet', () => {
      expect(invoice42On(dueDatePlus(20), paid(dueDatePlus(30))).openBalanceMinor).toBe(100_000);
    });
  });

  describe('promises to pay', () => {
    const friendly = reminder(dueDatePlus(1), ReminderStep.Friendly);
    // Promised on D+5 to pay by D+25.
    const promise = on(dueDatePlus(5), promiseToPayRecorded({ promisedDate: dueDatePlus(25) }), 'promise');

    it('a pending promise pauses the ladder until the day after the promised date', () => {
      const line = invoice42On(dueDatePlus(12), friendly, promise);

      expect(line).toMatchObject({ paused: { reason: 'PROMISE_TO_PAY', until: dueDatePlus(26) }, nextStep: ReminderStep.Firm, nextStepDueOn: dueDatePlus(26) });
    });

    it('a broken promise makes the ladder resume one step higher, from the day after the promised date', () => {
      // Given the friendly reminder sent and the promise unpaid at the end of D+25
      const line = invoice42On(dueDatePlus(26), friendly, promise);

      // Then the firm reminder is skipped: the formal letter is due at once
      expect(line).toMatchObject({
        paused: null,
        lastStepSent: ReminderStep.Friendly,
        nextStep: ReminderStep.FormalLetter,
        nextStepDueOn: dueDatePlus(26),
        brokenPromises: 1,
      });
    });

    it('once a reminder has answered the broken promise, the ladder climbs from there at the usual offsets', () => {
      const line = invoice42On(dueDatePlus(30), friendly, promise, reminder(dueDatePlus(26), ReminderStep.FormalLetter));

      expect(line).toMatchObject({
        currentStep: ReminderStep.FormalLetter,
        nextStep: ReminderStep.FinalNotice,
        nextStepDueOn: dueDatePlus(45),
        brokenPromises: 1,
      });
    });

    it('a kept promise on part of the balance lets the ladder carry on at the usual offsets', () => {
      const partial = on(dueDatePlus(5), promiseToPayRecorded({ promisedDate: dueDatePlus(8), amount: { amountMinor: 30_000, currency: 'EUR' } }));

      const line = invoice42On(dueDatePlus(12), friendly, partial, paid(dueDatePlus(8), 30_000, 'INV-42', 70_000));

      expect(line).toMatchObject({ paused: null, nextStep: ReminderStep.Firm, nextStepDueOn: dueDatePlus(10), openBalanceMinor: 70_000 });
    });

    it('a missed instalment of a payment plan is a broken promise: the later instalments no longer hold the ladder', () => {
      // Given a plan agreed on 1 March with instalments on 15 March and 15 April, nothing paid
      const line = invoice42On('2026-03-16', friendly, on('2026-03-01', paymentPlanAgreed()));

      expect(line).toMatchObject({ paused: null, nextStep: ReminderStep.FormalLetter, nextStepDueOn: '2026-03-16', brokenPromises: 1 });
    });
  });

  describe('disputes', () => {
    const friendly = reminder(dueDatePlus(1), ReminderStep.Friendly);
    const dispute = on(dueDatePlus(3), complaintFiled({ complaintId: 'CMP-1', disputedInvoiceId: 'INV-42' }));

    it('a complaint disputing the invoice pauses the ladder until it is resolved, with no next date', () => {
      const line = invoice42On(dueDatePlus(30), friendly, dispute);

      expect(line).toMatchObject({ paused: { reason: 'DISPUTE', until: null }, nextStep: ReminderStep.Firm, nextStepDueOn: null });
    });

    it('once resolved, the ladder resumes from the day of the resolution', () => {
      const line = invoice42On(dueDatePlus(20), friendly, dispute, on(dueDatePlus(20), complaintResolved({ complaintId: 'CMP-1' })));

      expect(line).toMatchObject({ paused: null, nextStep: ReminderStep.Firm, nextStepDueOn: dueDatePlus(20) });
    });

    it('after the resolution the calendar is back in charge: an unfounded dispute buys no time', () => {
      const line = invoice42On(dueDatePlus(30), friendly, dispute, on(dueDatePlus(20), complaintResolved({ complaintId: 'CMP-1' })));

      expect(line).toMatchObject({ paused: null, currentStep: ReminderStep.FormalLetter, nextStep: ReminderStep.FormalLetter, nextStepDueOn: dueDatePlus(21) });
    });

    it('a complaint about something else does not pause it', () => {
      const line = invoice42On(dueDatePlus(30), friendly, on(dueDatePlus(3), complaintFiled()));

      expect(line.paused).toBeNull();
    });
  });

  describe('excuses', () => {
    const friendly = reminder(dueDatePlus(1), ReminderStep.Friendly);

    it('an excuse without a date since the last reminder makes the next reminder ask for a date', () => {
      const line = invoice42On(dueDatePlus(5), friendly, on(dueDatePlus(3), excuseRecorded({ invoiceId: 'INV-42' })));

      expect(line.askForDate).toBe(true);
    });

    it('an excuse that came with a date does not', () => {
      const line = invoice42On(dueDatePlus(5), friendly, on(dueDatePlus(3), excuseRecorded({ invoiceId: 'INV-42', promisedDate: dueDatePlus(20) })));

      expect(line.askForDate).toBe(false);
    });

    it('a reminder sent after the excuse has asked already', () => {
      const line = invoice42On(
        dueDatePlus(12),
        friendly,
        on(dueDatePlus(3), excuseRecorded({ invoiceId: 'INV-42' })),
        reminder(dueDatePlus(10), ReminderStep.Firm),
      );

      expect(line.askForDate).toBe(false);
    });

    it('a client-wide excuse counts for the invoice the ladder is running on', () => {
      const line = invoice42On(dueDatePlus(5), friendly, on(dueDatePlus(3), excuseRecorded({ invoiceId: null })));

      expect(line).toMatchObject({ ladderActive: true, askForDate: true });
    });
  });

  describe('oldest unpaid invoice first', () => {
    // Invoice 41 is older (due 20 January), invoice 43 is younger (due 9 March); all unpaid on 20 March.
    const invoice41 = anotherInvoice('INV-41', '2025-12-21', '2026-01-20', 50_000);
    const invoice43 = anotherInvoice('INV-43', '2026-02-07', '2026-03-09', 30_000);

    it('lists open invoices oldest due first and runs the ladder only on the oldest one past due', () => {
      const view = collectionView(historyOf([invoice42(), invoice43, invoice41]), '2026-03-20');

      expect(view.invoices.map(({ invoiceId, ladderActive }) => [invoiceId, ladderActive])).toEqual([
        ['INV-41', true],
        ['INV-42', false],
        ['INV-43', false],
      ]);
    });

    it('moves on to the next oldest once the oldest is paid', () => {
      const view = collectionView(historyOf([invoice42(), invoice43, invoice41, paid('2026-03-01', 50_000, 'INV-41')]), '2026-03-20');

      expect(view.invoices.map(({ invoiceId, ladderActive }) => [invoiceId, ladderActive])).toEqual([
        ['INV-42', true],
        ['INV-43', false],
      ]);
    });

    it('passes over a disputed invoice: the dispute does not shelter the rest of the debt', () => {
      const view = collectionView(historyOf([invoice42(), invoice41, on('2026-02-01', complaintFiled({ disputedInvoiceId: 'INV-41' }))]), '2026-03-20');

      expect(view.invoices.map(({ invoiceId, ladderActive }) => [invoiceId, ladderActive])).toEqual([
        ['INV-41', false],
        ['INV-42', true],
      ]);
    });

    it('an invoice not yet due is not on the ladder yet', () => {
      const view = collectionView(historyOf([invoice42()]), dueDatePlus(-2));

      expect(view.invoices[0].ladderActive).toBe(false);
    });
  });

  describe('the view', () => {
    it('sums the overdue balance by bucket, keeps the promise record and the evidence', () => {
      // Given invoice 42 reminded, promised and broken, and invoice 43 not yet due
      const history = historyOf([
        invoice42(),
        anotherInvoice('INV-43', '2026-03-01', '2026-03-31', 30_000),
        reminder(dueDatePlus(1), ReminderStep.Friendly),
        on(dueDatePlus(5), promiseToPayRecorded({ promisedDate: dueDatePlus(10) }), 'promise'),
        paid(dueDatePlus(8), 20_000, 'INV-42', 80_000),
      ]);

      // When read on 20 March (39 days after invoice 42's due date)
      const view = collectionView(history, '2026-03-20');

      // Then
      expect(view).toMatchObject({
        asOf: '2026-03-20',
        overdueByBucket: { CURRENT: 30_000, DAYS_1_30: 0, DAYS_31_60: 80_000, DAYS_61_90: 0, DAYS_90_PLUS: 0 },
        totalOverdueMinor: 80_000,
        promises: { pending: 0, kept: 0, broken: 1, keptRate: 0 },
        brokenPromiseEventIds: ['promise'],
      });
      expect(view.invoices[0].evidenceEventIds).toEqual([
        'InvoiceIssued@2026-01-10',
        `PAY@${dueDatePlus(8)}#INV-42`,
        `ReminderSent:FRIENDLY@${dueDatePlus(1)}`,
        'promise',
      ]);
    });

    it('knows nothing of facts dated after the day of the read', () => {
      const history = historyOf([
        invoice42(),
        reminder(dueDatePlus(1), ReminderStep.Friendly),
        on(dueDatePlus(3), complaintFiled({ disputedInvoiceId: 'INV-42' })),
      ]);

      expect(collectionView(history, DUE).invoices[0]).toMatchObject({ currentStep: null, paused: null, nextStep: ReminderStep.Friendly });
    });
  });
});

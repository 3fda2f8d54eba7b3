import type { ClientFact } from '../client-history';
import { on } from '../client-history/client-history.fixtures';
import {
  complaintFiled,
  excuseRecorded,
  invoiceIssued,
  meetingRecorded,
  paymentRecorded,
  reminderSent,
  scopeChangeRequested,
  timeLogged,
} from '../client/client.fixtures';
import { MeetingOutcome } from '../client/client.vocabulary';
import { DEFAULT_PROFITABILITY_CONFIG } from './profitability.config';
import { AS_OF, historyOf } from './profitability.fixtures';
import { profitabilityView } from './profitability.projection';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const worked = (timeEntryId: string, minutes: number, billable: boolean, workedOn = '2026-02-02') =>
  on(workedOn, timeLogged({ timeEntryId, minutes, billable, workedOn }), `TimeLogged#${timeEntryId}`);
const paid = (amountMinor: number, paidOn: string, openAfter = 0) =>
  on(paidOn, paymentRecorded({ amount: eur(amountMinor), paidOn, openBalanceAfter: eur(openAfter) }));
const viewOf = (facts: readonly ClientFact[], asOf = AS_OF) => profitabilityView(historyOf(facts), asOf);

describe('profitability read model', () => {
  describe('revenue', () => {
    it('invoiced counts the invoices issued on or before asOf, in the contract currency', () => {
      const view = viewOf([
        on('2026-01-10', invoiceIssued()),
        on('2026-04-10', invoiceIssued({ invoiceId: 'INV-43', issuedOn: '2026-04-10', dueDate: '2026-05-10' })),
      ]);

      expect(view.invoicedMinor).toBe(100_000);
      expect(view.currency).toBe('EUR');
    });

    it('collected counts the payments received on or before asOf; outstanding is the rest', () => {
      const view = viewOf([on('2026-01-10', invoiceIssued()), paid(30_000, '2026-02-01', 70_000), paid(70_000, '2026-04-02')]);

      expect(view.collectedMinor).toBe(30_000);
      expect(view.outstandingMinor).toBe(70_000);
    });

    it('nothing is written off yet, so net revenue is what was invoiced', () => {
      const view = viewOf([on('2026-01-10', invoiceIssued())]);

      expect(view.writtenOffMinor).toBe(0);
      expect(view.netRevenueMinor).toBe(100_000);
    });
  });

  describe('time and delivery cost', () => {
    it('billable and non-billable minutes count the time worked on or before asOf', () => {
      const view = viewOf([worked('T-1', 120, true), worked('T-2', 30, false), worked('T-3', 60, true, '2026-04-01')]);

      expect(view.billableMinutes).toBe(120);
      expect(view.nonBillableMinutes).toBe(30);
    });

    it('delivery cost prices billable hours at the configured loaded hourly cost', () => {
      // 10 billable hours at the default EUR 54.00 an hour
      expect(viewOf([worked('T-1', 600, true)]).deliveryCostMinor).toBe(54_000);
    });

    it('the loaded cost follows the configured rate of the activity, whatever the client pays', () => {
      const history = historyOf([worked('T-1', 600, true)], { hourlyRate: { amountMinor: 12_000, currency: 'USD' }, currency: 'USD' });

      const view = profitabilityView(history, AS_OF, {
        ...DEFAULT_PROFITABILITY_CONFIG,
        loadedCostPerHourMinor: { default: 6_000, byActivity: { 'Design review': 7_000 } },
      });

      expect(view.currency).toBe('USD');
      expect(view.deliveryCostMinor).toBe(70_000);
    });
  });

  describe('contribution margin', () => {
    it('nets delivery cost, cost to serve, carrying cost and expected credit loss against net revenue', () => {
      // Given invoice 42 unpaid 50 days past due, 10 billable hours, a missed meeting and a reminder
      const view = viewOf([
        on('2026-01-10', invoiceIssued()),
        worked('T-1', 600, true),
        on('2026-02-20', meetingRecorded({ outcome: MeetingOutcome.Missed, scheduledAt: '2026-02-20T10:00:00.000Z' })),
        on('2026-02-10', reminderSent()),
      ]);

      // Then 1,000.00 − 540.00 − (54.00 + 13.50) − 13.70 carrying − 100.00 expected loss (10% at 31–60 days)
      expect(view.deliveryCostMinor).toBe(54_000);
      expect(view.costToServeMinor).toBe(6_750);
      expect(view.carryingCostMinor).toBe(1_370);
      expect(view.expectedCreditLossMinor).toBe(10_000);
      expect(view.contributionMarginMinor).toBe(27_880);
      expect(view.contributionMarginPercent).toBeCloseTo(27.88, 2);
    });

    it('a client costing more than it pays has a negative contribution margin', () => {
      // Given EUR 1,000.00 paid on time for 20 hours of work that cost EUR 54.00 an hour
      const view = viewOf([on('2026-01-10', invoiceIssued()), paid(100_000, '2026-02-09'), worked('T-1', 1_200, true)]);

      expect(view.contributionMarginMinor).toBe(-8_000);
      expect(view.contributionMarginPercent).toBeCloseTo(-8, 5);
    });

    it('the margin percentage is unknown while nothing is invoiced, even if the client already costs money', () => {
      const view = viewOf([on('2026-03-03', complaintFiled())]);

      expect(view.contributionMarginMinor).toBe(-8_100);
      expect(view.contributionMarginPercent).toBeNull();
    });

    it('money is rounded once per figure, not per fact, and the parts add up to the margin', () => {
      // Given staff costing 1 cent an hour: a reminder costs 0.25 cents, seven of them 1.75 cents
      const reminders = Array.from({ length: 7 }, (_, index) => on('2026-02-10', reminderSent({ reminderId: `REM-${index}` }), `ReminderSent#${index}`));

      const view = profitabilityView(historyOf(reminders), AS_OF, { ...DEFAULT_PROFITABILITY_CONFIG, loadedCostPerHourMinor: { default: 1, byActivity: {} } });

      // Then the total is 2 cents, where rounding each reminder would have made it 0
      expect(view.costToServeMinor).toBe(2);
      expect(view.contributionMarginMinor).toBe(-2);
      expect(view.costToServeBreakdown.reduce((sum, line) => sum + line.costMinor, 0)).toBe(view.costToServeMinor);
    });
  });

  describe('rates and realization', () => {
    it('effective hourly rate counts non-billable hours too', () => {
      // Given EUR 1,000.00 collected for 10 billable and 10 non-billable hours
      const view = viewOf([on('2026-01-10', invoiceIssued()), paid(100_000, '2026-02-09'), worked('T-1', 600, true), worked('T-2', 600, false)]);

      expect(view.effectiveHourlyRateMinor).toBe(5_000);
    });

    it('billing realization is what was billed over the standard value of all hours worked', () => {
      // Given EUR 900.00 billed for 15 hours worked at a standard EUR 90.00 an hour
      const view = viewOf([on('2026-01-10', invoiceIssued({ amount: eur(90_000) })), worked('T-1', 600, true), worked('T-2', 300, false)]);

      expect(view.billingRealization).toBeCloseTo(90_000 / 135_000, 10);
    });

    it('collection realization is what was collected over what was billed', () => {
      const view = viewOf([on('2026-01-10', invoiceIssued()), paid(40_000, '2026-02-09', 60_000)]);

      expect(view.collectionRealization).toBeCloseTo(0.4, 10);
    });

    it('rates and realizations are unknown with nothing to divide by', () => {
      const view = viewOf([]);

      expect(view.effectiveHourlyRateMinor).toBeNull();
      expect(view.billingRealization).toBeNull();
      expect(view.collectionRealization).toBeNull();
    });
  });

  describe('average monthly billing', () => {
    it('spreads what was invoiced over the months since the first invoice', () => {
      // Given EUR 3,000.00 invoiced since 10 January, read 1 July (172 days, about 5.65 months)
      const view = viewOf(
        [
          on('2026-01-10', invoiceIssued()),
          on('2026-03-10', invoiceIssued({ invoiceId: 'INV-43', issuedOn: '2026-03-10', dueDate: '2026-04-09' })),
          on('2026-05-10', invoiceIssued({ invoiceId: 'INV-44', issuedOn: '2026-05-10', dueDate: '2026-06-09' })),
        ],
        '2026-07-01',
      );

      expect(view.averageMonthlyBillingMinor).toBe(53_089);
    });

    it('counts at least one month, so a first invoice is a month of billing', () => {
      expect(viewOf([on('2026-03-20', invoiceIssued({ issuedOn: '2026-03-20', dueDate: '2026-04-19' }))]).averageMonthlyBillingMinor).toBe(100_000);
      expect(viewOf([]).averageMonthlyBillingMinor).toBe(0);
    });
  });

  it('facts after asOf do not count', () => {
    const before = [on('2026-01-10', invoiceIssued()), worked('T-1', 600, true)];
    const after = [
      paid(100_000, '2026-04-01'),
      on('2026-04-02', invoiceIssued({ invoiceId: 'INV-43', issuedOn: '2026-04-02', dueDate: '2026-05-02' })),
      worked('T-2', 600, false, '2026-04-03'),
      on('2026-04-04', meetingRecorded({ outcome: MeetingOutcome.Missed, scheduledAt: '2026-04-04T10:00:00.000Z' })),
      on('2026-04-05', complaintFiled()),
      on('2026-04-06', reminderSent()),
      on('2026-04-07', excuseRecorded()),
      on('2026-04-08', scopeChangeRequested()),
    ];

    expect(viewOf([...before, ...after])).toEqual(viewOf(before));
  });
});

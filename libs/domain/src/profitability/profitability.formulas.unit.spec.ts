import { story } from '../calibration/client-story.fixtures';
import { FeeKind } from '../client-history';
import { collectionView, paymentIndex } from '../collection';
import { receivablesByCurrency } from '../portfolio/portfolio.receivables';
import { CostToServeActivity } from './profitability.cost-to-serve';
import { profitabilityView } from './profitability.projection';

/** The formulas DOMAIN.md defines, each on a small client story (issue 12's formula fixes). */
describe('profitability formulas', () => {
  it('delivery cost is the loaded cost rate of the people, never the client price: an underpriced client loses money', () => {
    // Given 40 h a month sold at €40 an hour, by staff whose loaded cost is €54 an hour
    const history = story('underpriced', { hourlyRateMinor: 4_000 }).monthOfWork('2026-03-01', 40).build();

    const view = profitabilityView(history, '2026-03-10');

    expect(view.deliveryCostMinor).toBe(40 * 5_400);
    expect(view.contributionMarginMinor).toBeLessThan(0);
  });

  it('billing realization compares what was billed with the standard rate, not the contract rate', () => {
    // Given 10 h billed at a discounted €60 against a standard €90
    const history = story('discounted', { hourlyRateMinor: 6_000 }).monthOfWork('2026-03-01', 10).build();

    expect(profitabilityView(history, '2026-03-10').billingRealization).toBeCloseTo(60 / 90, 5);
  });

  describe('a write-off leaves receivables', () => {
    const writtenOff = () =>
      story('written off').invoice('2026-01-01', 100_000, 'A').pay('2026-02-15', 'A', 20_000).writeOff('2026-05-20', 'A', 80_000).build();

    it('from outstanding, aging and expected credit loss, and from net revenue', () => {
      const view = profitabilityView(writtenOff(), '2026-06-01');

      expect(view).toMatchObject({ writtenOffMinor: 80_000, netRevenueMinor: 20_000, outstandingMinor: 0, expectedCreditLossMinor: 0 });
    });

    it('from the collection ladder and the portfolio AR (so DSO, CEI and exposure)', () => {
      const history = writtenOff();

      expect(collectionView(history, '2026-06-01')).toMatchObject({ invoices: [], totalOverdueMinor: 0 });
      expect(receivablesByCurrency([history], '2026-06-01').size).toBe(0);
      expect(receivablesByCurrency([history], '2026-05-19').get('EUR')?.DAYS_90_PLUS).toBe(80_000);
    });

    it('from the payment index: the written-off amount is judged once, at the days late it had reached', () => {
      // Given invoice A due 31 January, written off on 15 March at 43 days late
      const history = story('written off early').invoice('2026-01-01', 100_000, 'A').writeOff('2026-03-15', 'A').build();

      expect(paymentIndex(history, '2026-04-01')).toBe(paymentIndex(history, '2026-05-01'));
      expect(paymentIndex(history, '2026-05-01')).toBeCloseTo(40 + (60 - 43) * (10 / 30), 1);
    });
  });

  it('cost to serve includes the legal and collection fees actually paid', () => {
    const history = story('lawyered')
      .invoice('2026-01-01', 100_000, 'A')
      .fee('2026-05-01', FeeKind.Legal, 30_000)
      .fee('2026-05-10', FeeKind.Collection, 5_000)
      .build();

    const view = profitabilityView(history, '2026-06-01');

    expect(view.costToServeBreakdown.find((line) => line.activity === CostToServeActivity.LegalAndCollectionFees)).toMatchObject({
      count: 2,
      costMinor: 35_000,
    });
    expect(view.costToServeMinor).toBe(35_000);
  });

  it('expected credit loss is all of what a client in default owes (90+ days and a broken promise)', () => {
    const history = story('defaulted').invoice('2026-01-01', 100_000, 'A').promise('2026-02-05', 'A', 100_000, '2026-02-20').build();

    expect(profitabilityView(history, '2026-04-15')).toMatchObject({ inDefault: false, expectedCreditLossMinor: 25_000 });
    expect(profitabilityView(history, '2026-06-01')).toMatchObject({ inDefault: true, expectedCreditLossMinor: 100_000 });
  });

  it('shows the margin on collected revenue beside the margin on invoiced revenue', () => {
    // Given 10 h delivered (€540 cost), €900 invoiced, €300 collected
    const history = story('partial payer').monthOfWork('2026-03-01', 10).pay('2026-03-20', 'INV-2026-03-01', 30_000).build();

    const view = profitabilityView(history, '2026-03-25');

    expect(view.collectedMarginMinor).toBe(30_000 - 54_000);
    expect(view.collectedMarginPercent).toBeCloseTo(-80, 5);
    expect(view.contributionMarginMinor).toBeGreaterThan(0);
  });

  it('a held meeting also logged as meeting time counts once', () => {
    const history = story('meetings').meeting('2026-03-05').time('2026-03-05', 60, { activity: 'CLIENT_MEETING', billable: false }).build();

    const view = profitabilityView(history, '2026-03-10');

    expect(view.costToServeBreakdown.find((line) => line.activity === CostToServeActivity.MeetingHeld)?.count).toBe(0);
    expect(view.costToServeMinor).toBe(5_400);
  });

  it('the parts add up to the margin exactly, in integer minor units', () => {
    const history = story('odd amounts', { hourlyRateMinor: 9_999 })
      .monthOfWork('2026-01-01', 7)
      .time('2026-01-10', 7, { billable: false })
      .meeting('2026-01-11', undefined, 13)
      .fee('2026-03-01', FeeKind.Collection, 1_001)
      .build();

    const view = profitabilityView(history, '2026-04-01');
    const parts = view.deliveryCostMinor + view.costToServeMinor + view.carryingCostMinor + view.expectedCreditLossMinor;

    expect(view.netRevenueMinor - parts).toBe(view.contributionMarginMinor);
    for (const amount of [view.deliveryCostMinor, view.costToServeMinor, view.carryingCostMinor, view.expectedCreditLossMinor, view.contributionMarginMinor])
      expect(Number.isInteger(amount)).toBe(true);
  });

  it('the payment index judges the trailing twelve months: an old late payment no longer weighs', () => {
    const history = story('reformed')
      .invoice('2024-01-01', 100_000, 'OLD')
      .pay('2024-05-01', 'OLD')
      .invoice('2026-01-01', 100_000, 'NEW')
      .pay('2026-01-31', 'NEW')
      .build();

    expect(paymentIndex(history, '2026-03-01')).toBe(80);
  });
});

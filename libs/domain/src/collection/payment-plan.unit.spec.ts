import { story } from '../calibration/client-story.fixtures';
import { collectionView } from './collection.projection';
import { PromiseStatus, promiseStatusOf } from './payment-behaviour';

/** Invoices A (January) and B (February) of 100.00 each, both overdue, settled by a plan of two instalments of 100.00. */
const planOverTwoInvoices = () =>
  story('plan over two invoices')
    .invoice('2026-01-01', 10_000, 'A')
    .invoice('2026-02-01', 10_000, 'B')
    .plan(
      '2026-03-10',
      ['A', 'B'],
      [
        { dueDate: '2026-03-31', amountMinor: 10_000 },
        { dueDate: '2026-04-30', amountMinor: 10_000 },
      ],
    );

const statusesOn = (history: ReturnType<ReturnType<typeof planOverTwoInvoices>['build']>, asOf: string) =>
  history.promises.map((promise) => promiseStatusOf(promise, history, asOf));

describe('payment plans over several invoices', () => {
  it('paying instalment 1 (which pays off invoice A) does not keep instalment 2 before its due date', () => {
    const history = planOverTwoInvoices().pay('2026-03-30', 'A').build();

    expect(statusesOn(history, '2026-04-10')).toEqual([PromiseStatus.Kept, PromiseStatus.Pending]);
  });

  it('instalments count payments on any of the plan invoices, allocated to the oldest instalment first', () => {
    const history = planOverTwoInvoices().pay('2026-03-30', 'A').pay('2026-04-29', 'B').build();

    expect(statusesOn(history, '2026-05-01')).toEqual([PromiseStatus.Kept, PromiseStatus.Kept]);
  });

  it('a missed instalment is broken even though an earlier one was paid', () => {
    const history = planOverTwoInvoices().pay('2026-03-30', 'A').build();

    expect(statusesOn(history, '2026-05-01')).toEqual([PromiseStatus.Kept, PromiseStatus.Broken]);
  });

  it("the agreed plan pauses invoice B's ladder too, until the instalment it waits for", () => {
    const history = planOverTwoInvoices().pay('2026-03-30', 'A').build();

    const invoiceB = collectionView(history, '2026-04-10').invoices.find((invoice) => invoice.invoiceId === 'B');
    expect(invoiceB?.paused).toEqual({ reason: 'PROMISE_TO_PAY', until: '2026-05-01' });
  });
});

import { story } from '../calibration/client-story.fixtures';
import { ClientErrorCode } from '../client/client.errors';
import { DomainError } from '../shared';
import { DEFAULT_PAYMENT_PLAN_LIMITS, PlanInterest, proposePaymentPlan, type PaymentPlanProposal } from './payment-plan.proposal';

/** Invoices A (1,000.00, due 9 February) and B (500.00, due 3 March), both unpaid on 15 March 2026. */
const acme = () => story('ACME').invoice('2026-01-10', 100_000, 'A').invoice('2026-02-01', 50_000, 'B');

const proposal = (result: PaymentPlanProposal | DomainError): PaymentPlanProposal => {
  if (result instanceof DomainError) throw new Error(`refused: ${result.code}`);
  return result;
};

describe('proposing a payment plan', () => {
  it('given the default limits, proposes monthly instalments, as many as fit in 90 days, covering the open balance exactly', () => {
    const plan = proposal(proposePaymentPlan(acme().build(), ['B', 'A'], '2026-03-15'));

    expect(plan.invoiceIds).toEqual(['A', 'B']);
    expect(plan.instalments.map(({ dueDate, amount }) => [dueDate, amount.amountMinor])).toEqual([
      ['2026-03-22', 50_000],
      ['2026-04-21', 50_000],
      ['2026-05-21', 50_000],
    ]);
    expect(plan.interestAmount.amountMinor).toBe(0);
  });

  it('the first instalment is at least the configured minimum share, the last takes the rounding', () => {
    const plan = proposal(proposePaymentPlan(acme().build(), ['A'], '2026-03-15', { ...DEFAULT_PAYMENT_PLAN_LIMITS, minFirstInstalmentPercent: 40 }));

    expect(plan.instalments.map(({ amount }) => amount.amountMinor)).toEqual([40_000, 30_000, 30_000]);
  });

  it('a shorter maximum length means fewer instalments', () => {
    const plan = proposal(proposePaymentPlan(acme().build(), ['A'], '2026-03-15', { ...DEFAULT_PAYMENT_PLAN_LIMITS, maxLengthDays: 40 }));

    expect(plan.instalments.map(({ dueDate, amount }) => [dueDate, amount.amountMinor])).toEqual([
      ['2026-03-22', 50_000],
      ['2026-04-21', 50_000],
    ]);
  });

  it('a partly paid invoice is planned for what is still owed', () => {
    const plan = proposal(proposePaymentPlan(acme().pay('2026-03-01', 'A', 70_000).build(), ['A'], '2026-03-15'));

    expect(plan.openBalance.amountMinor).toBe(30_000);
    expect(plan.instalments.reduce((sum, { amount }) => sum + amount.amountMinor, 0)).toBe(30_000);
  });

  it('when interest is charged, it runs on the declining balance and stays out of the instalments', () => {
    const limits = { ...DEFAULT_PAYMENT_PLAN_LIMITS, interest: PlanInterest.Charged, annualInterestPercent: 10 };

    const plan = proposal(proposePaymentPlan(acme().build(), ['A'], '2026-03-15', limits));

    // 1,000.00 for 7 days, then 666.67 and 333.34 for 30 days each, at 10% a year.
    expect(plan.interestAmount.amountMinor).toBe(192 + 548 + 274);
    expect(plan.instalments.reduce((sum, { amount }) => sum + amount.amountMinor, 0)).toBe(100_000);
  });

  it.each([
    [[], ClientErrorCode.PaymentPlanInvalid],
    [['A', 'A'], ClientErrorCode.PaymentPlanInvalid],
    [['Z'], ClientErrorCode.InvoiceNotFound],
  ])('refuses invoices %j with %s, as agreePaymentPlan would', (invoiceIds, code) => {
    const refused = proposePaymentPlan(acme().build(), invoiceIds, '2026-03-15');

    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe(code);
  });

  it('refuses a paid invoice', () => {
    const refused = proposePaymentPlan(acme().pay('2026-02-09', 'A').build(), ['A'], '2026-03-15');

    expect((refused as DomainError).code).toBe(ClientErrorCode.InvoiceAlreadyPaid);
  });
});

import type { ClientHistory } from '../client-history';
import { ClientErrors } from '../client/client.errors';
import { openBalanceAsOf } from '../collection/aging';
import { lateInterestMinor } from '../drafts/draft.facts';
import { addDays, daysBetween, type DomainError, type LocalDate, type Money } from '../shared';

export enum PlanInterest {
  /** The plan settles the balance only: the interest is forgiven for keeping the agreement. */
  Waived = 'WAIVED',
  /** Interest on the balance still owed runs while the plan lasts; finance charges it on its own. */
  Charged = 'CHARGED',
}

/** The guardrails of a proposal. DOMAIN.md: any agreement must be short-term. */
export interface PaymentPlanLimits {
  /** The last instalment falls due at most this many days after the day of the proposal. */
  readonly maxLengthDays: number;
  readonly maxInstalments: number;
  /** The first instalment is at least this share of the balance, in percent. */
  readonly minFirstInstalmentPercent: number;
  /** Days from the proposal to the first instalment. */
  readonly firstDueInDays: number;
  /** Days between instalments. */
  readonly intervalDays: number;
  readonly interest: PlanInterest;
  /** Yearly interest, in percent, when charged. */
  readonly annualInterestPercent: number;
}

export const DEFAULT_PAYMENT_PLAN_LIMITS: PaymentPlanLimits = {
  maxLengthDays: 90,
  maxInstalments: 4,
  minFirstInstalmentPercent: 25,
  firstDueInDays: 7,
  intervalDays: 30,
  interest: PlanInterest.Waived,
  annualInterestPercent: 10.15,
};

export interface ProposedInstalment {
  readonly instalmentNumber: number;
  readonly dueDate: LocalDate;
  readonly amount: Money;
}

/** A plan ready for `agreePaymentPlan`: the invoices oldest first and instalments that add up to their open balance. */
export interface PaymentPlanProposal {
  readonly clientId: string;
  readonly invoiceIds: readonly string[];
  readonly openBalance: Money;
  readonly instalments: readonly ProposedInstalment[];
  readonly interest: PlanInterest;
  /** Interest on the declining balance over the plan; zero when waived. Not part of the instalments: finance charges it separately. */
  readonly interestAmount: Money;
  readonly limits: PaymentPlanLimits;
}

/**
 * Instalments for the open balance of `invoiceIds` as of `today`: as many as fit in the plan's
 * maximum length (at most `maxInstalments`), the first at least the minimum share, the rest equal
 * (the last takes the rounding). Refused like `agreePaymentPlan` would refuse it: an unknown, paid
 * or repeated invoice, or none.
 */
export function proposePaymentPlan(
  history: ClientHistory,
  invoiceIds: readonly string[],
  today: LocalDate,
  limits: PaymentPlanLimits = DEFAULT_PAYMENT_PLAN_LIMITS,
): PaymentPlanProposal | DomainError {
  if (invoiceIds.length === 0) return ClientErrors.paymentPlanInvalid('A payment plan must cover at least one invoice', { field: 'invoiceIds' });
  if (new Set(invoiceIds).size !== invoiceIds.length) return ClientErrors.paymentPlanInvalid('A payment plan lists each invoice once', { field: 'invoiceIds' });
  const invoices = [];
  for (const invoiceId of invoiceIds) {
    const invoice = history.invoices.find((candidate) => candidate.invoiceId === invoiceId && candidate.issuedOn <= today);
    if (!invoice) return ClientErrors.invoiceNotFound(invoiceId);
    if (openBalanceAsOf(invoice, today) === 0) return ClientErrors.invoiceAlreadyPaid(invoiceId);
    invoices.push(invoice);
  }
  invoices.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.invoiceId.localeCompare(b.invoiceId));
  const balanceMinor = invoices.reduce((sum, invoice) => sum + openBalanceAsOf(invoice, today), 0);
  const currency = history.contract.currency;

  const fitting = Math.floor(Math.max(0, limits.maxLengthDays - limits.firstDueInDays) / limits.intervalDays) + 1;
  const count = Math.max(1, Math.min(limits.maxInstalments, fitting, balanceMinor));
  const minimumFirst = Math.ceil((balanceMinor * limits.minFirstInstalmentPercent) / 100);
  const first = count === 1 ? balanceMinor : Math.max(minimumFirst, Math.floor(balanceMinor / count));
  const rest = count === 1 ? 0 : Math.floor((balanceMinor - first) / (count - 1));
  const amounts = Array.from({ length: count }, (_, index) => (index === 0 ? first : index === count - 1 ? balanceMinor - first - rest * (count - 2) : rest));
  const instalments = amounts.map((amountMinor, index) => ({
    instalmentNumber: index + 1,
    dueDate: addDays(today, limits.firstDueInDays + index * limits.intervalDays),
    amount: { amountMinor, currency },
  }));

  let owed = balanceMinor;
  let since = today;
  let interestMinor = 0;
  if (limits.interest === PlanInterest.Charged)
    for (const instalment of instalments) {
      interestMinor += lateInterestMinor(owed, daysBetween(since, instalment.dueDate), limits.annualInterestPercent);
      owed -= instalment.amount.amountMinor;
      since = instalment.dueDate;
    }

  return {
    clientId: history.clientId,
    invoiceIds: invoices.map((invoice) => invoice.invoiceId),
    openBalance: { amountMinor: balanceMinor, currency },
    instalments,
    interest: limits.interest,
    interestAmount: { amountMinor: interestMinor, currency },
    limits,
  };
}

import type { InvoiceEntry } from '../client-history';
import { daysBetween, type LocalDate } from '../shared';
import type { AgedInvoice } from './profitability.aging';
import type { ProfitabilityConfig } from './profitability.config';

const DAYS_PER_YEAR = 365;

/**
 * Σ balance × days it stayed overdue, from the due date up to asOf. A partial or late payment
 * lowers the balance from its own day on, so money that was paid late still carried its cost
 * while it was overdue: the capital was tied up whether or not it came back later.
 */
export function overdueBalanceDays(invoice: InvoiceEntry, asOf: LocalDate): number {
  if (invoice.issuedOn > asOf || invoice.dueDate >= asOf) return 0;
  const paidByDueDate = invoice.payments.filter((payment) => payment.paidOn <= invoice.dueDate).reduce((sum, payment) => sum + payment.amountMinor, 0);
  const lateOnes = invoice.payments
    .filter((payment) => payment.paidOn > invoice.dueDate && payment.paidOn <= asOf)
    .sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
  let balance = invoice.amountMinor - paidByDueDate;
  let since = invoice.dueDate;
  let balanceDays = 0;
  for (const payment of lateOnes) {
    balanceDays += Math.max(0, balance) * daysBetween(since, payment.paidOn);
    balance -= payment.amountMinor;
    since = payment.paidOn;
  }
  return balanceDays + Math.max(0, balance) * daysBetween(since, asOf);
}

/** Cost of capital of one invoice's overdue balance, unrounded: the view rounds its total once. */
export const carryingCostOf = (invoice: InvoiceEntry, asOf: LocalDate, config: ProfitabilityConfig): number =>
  (overdueBalanceDays(invoice, asOf) * config.annualCarryingRate) / DAYS_PER_YEAR;

/**
 * Share of one invoice's open balance expected never to come in, by its aging bucket; all of it
 * for a client in default (see `isInDefault`). Unrounded.
 */
export const expectedCreditLossOf = (aged: AgedInvoice, config: ProfitabilityConfig, inDefault = false): number =>
  aged.openBalanceMinor * (inDefault ? 1 : config.creditLossRates[aged.bucket]);

import { InvoiceAdjustmentKind, type InvoiceEntry } from '../client-history/client-history';
import { daysBetween, type LocalDate } from '../shared/local-date';
import type { AgedInvoice } from './profitability.aging';
import type { ProfitabilityConfig } from './profitability.config';

const DAYS_PER_YEAR = 365;

/**
 * Σ balance × days it stayed overdue, from the due date up to asOf. A partial or late payment
 * lowers the balance from its own day on, so money that was paid late still carried its cost
 * while it was overdue: the capital was tied up whether or not it came back later. A write-off
 * or a credit note lowers it the same way from its day on, late interest raises it.
 */
export function overdueBalanceDays(invoice: InvoiceEntry, asOf: LocalDate): number {
  if (invoice.issuedOn > asOf || invoice.dueDate >= asOf) return 0;
  const changes: { on: LocalDate; deltaMinor: number }[] = [
    ...invoice.payments.map((payment) => ({ on: payment.paidOn, deltaMinor: -payment.amountMinor })),
    ...(invoice.writeOffs ?? []).map((writeOff) => ({ on: writeOff.on, deltaMinor: -writeOff.amountMinor })),
    ...(invoice.adjustments ?? []).map((adjustment) => ({
      on: adjustment.on,
      deltaMinor: adjustment.kind === InvoiceAdjustmentKind.LateInterest ? adjustment.amountMinor : -adjustment.amountMinor,
    })),
  ];
  let balance = invoice.amountMinor;
  for (const change of changes) if (change.on <= invoice.dueDate) balance += change.deltaMinor;
  const lateOnes = changes.filter((change) => change.on > invoice.dueDate && change.on <= asOf).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  let since = invoice.dueDate;
  let balanceDays = 0;
  for (const change of lateOnes) {
    balanceDays += Math.max(0, balance) * daysBetween(since, change.on);
    balance += change.deltaMinor;
    since = change.on;
  }
  return balanceDays + Math.max(0, balance) * daysBetween(since, asOf);
}

/** Cost of capital of one invoice's overdue balance, unrounded: the view rounds its total once. */
export const carryingCostOf = (invoice: InvoiceEntry, asOf: LocalDate, config: ProfitabilityConfig): number =>
  carryingCostOfBalanceDays(overdueBalanceDays(invoice, asOf), config);

/** `carryingCostOf` from the invoice's `overdueBalanceDays` already measured. */
export const carryingCostOfBalanceDays = (balanceDays: number, config: ProfitabilityConfig): number =>
  (balanceDays * config.annualCarryingRate) / DAYS_PER_YEAR;

/**
 * Share of one invoice's open balance expected never to come in, by its aging bucket; all of it
 * for a client in default (see `isInDefault`). Unrounded.
 */
export const expectedCreditLossOf = (aged: AgedInvoice, config: ProfitabilityConfig, inDefault = false): number =>
  aged.openBalanceMinor * (inDefault ? 1 : config.creditLossRates[aged.bucket]);

import type { ClientHistory, InvoiceEntry } from '../client-history';
import { daysBetween, type LocalDate } from '../shared';

/**
 * DOMAIN.md's aging buckets. Spelled with the same string values as the collection read
 * model's `AgingBucket` enum, so its members fit these keys once both models meet; computed
 * here on purpose so profitability does not wait on (or depend on) the collection model.
 */
export type AgingBucketKey = 'CURRENT' | 'DAYS_1_30' | 'DAYS_31_60' | 'DAYS_61_90' | 'DAYS_90_PLUS';

/** An invoice's unpaid amount as of a day: payments recorded later have not happened yet. */
export const openBalanceOn = (invoice: InvoiceEntry, asOf: LocalDate): number =>
  Math.max(0, invoice.amountMinor - invoice.payments.filter((payment) => payment.paidOn <= asOf).reduce((sum, payment) => sum + payment.amountMinor, 0));

/** Days past due = asOf − due date; zero or less means not yet due (Current). */
export function agingBucketOf(daysPastDue: number): AgingBucketKey {
  if (daysPastDue <= 0) return 'CURRENT';
  if (daysPastDue <= 30) return 'DAYS_1_30';
  if (daysPastDue <= 60) return 'DAYS_31_60';
  return daysPastDue <= 90 ? 'DAYS_61_90' : 'DAYS_90_PLUS';
}

export interface AgedInvoice {
  readonly invoice: InvoiceEntry;
  readonly openBalanceMinor: number;
  readonly daysPastDue: number;
  readonly bucket: AgingBucketKey;
}

/** Invoices issued by asOf that still have something open that day, each in its bucket. */
export const agedInvoices = (history: ClientHistory, asOf: LocalDate): AgedInvoice[] =>
  history.invoices
    .filter((invoice) => invoice.issuedOn <= asOf)
    .map((invoice) => {
      const daysPastDue = daysBetween(invoice.dueDate, asOf);
      return { invoice, openBalanceMinor: openBalanceOn(invoice, asOf), daysPastDue, bucket: agingBucketOf(daysPastDue) };
    })
    .filter((aged) => aged.openBalanceMinor > 0);

export function balanceByBucket(aged: readonly AgedInvoice[]): Record<AgingBucketKey, number> {
  const buckets: Record<AgingBucketKey, number> = { CURRENT: 0, DAYS_1_30: 0, DAYS_31_60: 0, DAYS_61_90: 0, DAYS_90_PLUS: 0 };
  for (const { bucket, openBalanceMinor } of aged) buckets[bucket] += openBalanceMinor;
  return buckets;
}

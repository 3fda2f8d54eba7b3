import type { ClientHistory, InvoiceEntry } from '../client-history';
import { type AgingBucket, agingBucketOf, daysPastDue, emptyBuckets, invoicesIssuedBy, openBalanceAsOf } from '../collection/aging';
import type { LocalDate } from '../shared';

/** DOMAIN.md's aging buckets, as the plain strings profitability's figures are keyed by. */
export type AgingBucketKey = `${AgingBucket}`;

export interface AgedInvoice {
  readonly invoice: InvoiceEntry;
  readonly openBalanceMinor: number;
  readonly daysPastDue: number;
  readonly bucket: AgingBucket;
}

/** Invoices issued by asOf that still have something open that day, each in its bucket. */
export const agedInvoices = (history: ClientHistory, asOf: LocalDate): AgedInvoice[] =>
  invoicesIssuedBy(history, asOf)
    .map((invoice) => {
      const days = daysPastDue(invoice.dueDate, asOf);
      return { invoice, openBalanceMinor: openBalanceAsOf(invoice, asOf), daysPastDue: days, bucket: agingBucketOf(days) };
    })
    .filter((aged) => aged.openBalanceMinor > 0);

export function balanceByBucket(aged: readonly AgedInvoice[]): Record<AgingBucketKey, number> {
  const buckets = emptyBuckets();
  for (const { bucket, openBalanceMinor } of aged) buckets[bucket] += openBalanceMinor;
  return buckets;
}

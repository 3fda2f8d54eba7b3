import type { ClientHistory } from '../client-history';
import { type AgingBucket, agingBucketOf, daysPastDue, emptyBuckets, invoicesIssuedBy, openBalanceAsOf } from '../collection';
import type { CurrencyCode, LocalDate } from '../shared';

/** Money per currency code; a client's invoices carry their own currency. */
export type ByCurrency<T> = Map<CurrencyCode, T>;

const entryOf = <T>(map: ByCurrency<T>, currency: CurrencyCode, empty: () => T): T => {
  const existing = map.get(currency);
  if (existing !== undefined) return existing;
  const created = empty();
  map.set(currency, created);
  return created;
};

/**
 * Accounts receivable at the end of asOf, per currency and aging bucket: the open balance of every
 * invoice issued on or before asOf, counting only payments made on or before asOf.
 */
export function receivablesByCurrency(histories: readonly ClientHistory[], asOf: LocalDate): ByCurrency<Record<AgingBucket, number>> {
  const receivables: ByCurrency<Record<AgingBucket, number>> = new Map();
  for (const history of histories)
    for (const invoice of invoicesIssuedBy(history, asOf)) {
      const open = openBalanceAsOf(invoice, asOf);
      if (open > 0) entryOf(receivables, invoice.currency, emptyBuckets)[agingBucketOf(daysPastDue(invoice.dueDate, asOf))] += open;
    }
  return receivables;
}

/** Credit sales: the amounts of the invoices issued from `from` through `to`, per currency. */
export function creditSalesByCurrency(histories: readonly ClientHistory[], from: LocalDate, to: LocalDate): ByCurrency<number> {
  const sales: ByCurrency<number> = new Map();
  for (const history of histories)
    for (const invoice of history.invoices)
      if (invoice.issuedOn >= from && invoice.issuedOn <= to) sales.set(invoice.currency, (sales.get(invoice.currency) ?? 0) + invoice.amountMinor);
  return sales;
}

/** Amounts written off from `from` through `to`, per currency: receivables that left without being collected. */
export function writtenOffByCurrency(histories: readonly ClientHistory[], from: LocalDate, to: LocalDate): ByCurrency<number> {
  const writtenOff: ByCurrency<number> = new Map();
  for (const history of histories)
    for (const invoice of history.invoices)
      for (const writeOff of invoice.writeOffs ?? [])
        if (writeOff.on >= from && writeOff.on <= to) writtenOff.set(invoice.currency, (writtenOff.get(invoice.currency) ?? 0) + writeOff.amountMinor);
  return writtenOff;
}

/** Σ of one figure of each item, per currency. */
export function sumByCurrency<T>(items: readonly T[], currencyOf: (item: T) => CurrencyCode, amountOf: (item: T) => number): ByCurrency<number> {
  const sums: ByCurrency<number> = new Map();
  for (const item of items) sums.set(currencyOf(item), (sums.get(currencyOf(item)) ?? 0) + amountOf(item));
  return sums;
}

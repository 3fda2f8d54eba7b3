import { type ClientHistory, InvoiceAdjustmentKind, type InvoiceEntry } from '../client-history/client-history';
import { datedOnOrBefore, daysBetween, type LocalDate } from '../shared/local-date';
import { memoisedByList } from './list.memo';

/** DOMAIN.md's aging buckets; the values match profitability's `AgingBucketKey` on purpose. */
export enum AgingBucket {
  Current = 'CURRENT',
  Days1To30 = 'DAYS_1_30',
  Days31To60 = 'DAYS_31_60',
  Days61To90 = 'DAYS_61_90',
  Over90 = 'DAYS_90_PLUS',
}

export const AGING_BUCKETS: readonly AgingBucket[] = [
  AgingBucket.Current,
  AgingBucket.Days1To30,
  AgingBucket.Days31To60,
  AgingBucket.Days61To90,
  AgingBucket.Over90,
];

/** Days past due = asOf − due date: zero on the due date itself, negative while not yet due. */
export const daysPastDue = (dueDate: LocalDate, asOf: LocalDate): number => daysBetween(dueDate, asOf);

export function agingBucketOf(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return AgingBucket.Current;
  if (daysPastDue <= 30) return AgingBucket.Days1To30;
  if (daysPastDue <= 60) return AgingBucket.Days31To60;
  return daysPastDue <= 90 ? AgingBucket.Days61To90 : AgingBucket.Over90;
}

/** Payments on an invoice that had happened by asOf: a payment recorded for a later day has not. */
export const paymentsAsOf = (invoice: InvoiceEntry, asOf: LocalDate) => datedOnOrBefore(invoice.payments, asOf, paidOn);

const paidOn = (payment: InvoiceEntry['payments'][number]) => payment.paidOn;

/**
 * What the invoice bills as of a day: its amount, less credit notes and prompt-payment discounts,
 * plus late interest charged, each from its own day on.
 */
export function billedAsOf(invoice: InvoiceEntry, asOf: LocalDate): number {
  let billed = invoice.amountMinor;
  for (const adjustment of invoice.adjustments ?? [])
    if (adjustment.on <= asOf) billed += adjustment.kind === InvoiceAdjustmentKind.LateInterest ? adjustment.amountMinor : -adjustment.amountMinor;
  return billed;
}

/** Σ the invoice's adjustments of one kind made by asOf. */
export function adjustedAsOf(invoice: InvoiceEntry, kind: InvoiceAdjustmentKind, asOf: LocalDate): number {
  let total = 0;
  for (const adjustment of invoice.adjustments ?? []) if (adjustment.kind === kind && adjustment.on <= asOf) total += adjustment.amountMinor;
  return total;
}

/**
 * What the client still owed on the invoice at the end of asOf (never below zero on an
 * overpayment). A loop rather than filter and reduce: every read model asks this of every
 * invoice several times, and the filtered copy was most of its cost.
 */
export function openBalanceAsOf(invoice: InvoiceEntry, asOf: LocalDate): number {
  let settled = 0;
  for (const payment of invoice.payments) if (payment.paidOn <= asOf) settled += payment.amountMinor;
  // A written-off amount is no longer receivable: it leaves AR, aging, exposure and credit loss.
  for (const writeOff of invoice.writeOffs ?? []) if (writeOff.on <= asOf) settled += writeOff.amountMinor;
  return Math.max(0, billedAsOf(invoice, asOf) - settled);
}

/** What had been written off the invoice by asOf. */
export function writtenOffAsOf(invoice: InvoiceEntry, asOf: LocalDate): number {
  let writtenOff = 0;
  for (const writeOff of invoice.writeOffs ?? []) if (writeOff.on <= asOf) writtenOff += writeOff.amountMinor;
  return writtenOff;
}

/**
 * The day the invoice was paid in full, judged from the payments made by asOf (not from the
 * fold's `paidOffOn`, which knows payments recorded after asOf). Null while anything is owed.
 */
export function paidOffOnAsOf(invoice: InvoiceEntry, asOf: LocalDate): LocalDate | null {
  const payments = [...paymentsAsOf(invoice, asOf)].sort((a, b) => a.paidOn.localeCompare(b.paidOn));
  const billed = billedAsOf(invoice, asOf);
  let paid = 0;
  for (const payment of payments) {
    paid += payment.amountMinor;
    if (paid >= billed) return payment.paidOn;
  }
  return null;
}

/** Invoices that existed on asOf: one issued later is not receivable yet. */
export const invoicesIssuedBy = (history: ClientHistory, asOf: LocalDate): readonly InvoiceEntry[] => datedOnOrBefore(history.invoices, asOf, issuedOn);

const issuedOn = (invoice: InvoiceEntry) => invoice.issuedOn;

export const emptyBuckets = (): Record<AgingBucket, number> => ({
  [AgingBucket.Current]: 0,
  [AgingBucket.Days1To30]: 0,
  [AgingBucket.Days31To60]: 0,
  [AgingBucket.Days61To90]: 0,
  [AgingBucket.Over90]: 0,
});

/** Open balances on asOf by aging bucket; Current holds what is not yet due. */
export function overdueByBucket(history: ClientHistory, asOf: LocalDate): Record<AgingBucket, number> {
  return { ...bucketsByList(history.invoices, asOf, () => overdueByBucketOf(history, asOf)) };
}

const bucketsByList = memoisedByList<Readonly<Record<AgingBucket, number>>>();

function overdueByBucketOf(history: ClientHistory, asOf: LocalDate): Record<AgingBucket, number> {
  const buckets = emptyBuckets();
  for (const invoice of invoicesIssuedBy(history, asOf)) buckets[agingBucketOf(daysPastDue(invoice.dueDate, asOf))] += openBalanceAsOf(invoice, asOf);
  return buckets;
}

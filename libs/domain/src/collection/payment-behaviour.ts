import type { ClientHistory, PromiseEntry } from '../client-history';
import { addDays, datedOnOrBefore, daysBetween, type LocalDate } from '../shared/local-date';
import { daysPastDue, invoicesIssuedBy, openBalanceAsOf, paidOffOnAsOf, paymentsAsOf } from './aging';
import { memoisedByList } from './list.memo';

// ---- payment index ---------------------------------------------------------------------------

/**
 * DOMAIN.md's PAYDEX-like scale as (days late, index) anchors. DOMAIN.md only says "100 pays
 * early": we read it as 10 or more days early → 100, interpolated up from 80 on the due date, so
 * a day early is slightly better than on time without rewarding a single day as much as ten.
 */
export const PAYMENT_INDEX_ANCHORS: readonly (readonly [daysLate: number, index: number])[] = [
  [-10, 100],
  [0, 80],
  [15, 70],
  [22, 60],
  [30, 50],
  [60, 40],
  [90, 30],
  [120, 20],
];

/** The index one payment earns for being `daysLate` days after its due date (negative = early). */
export function paymentIndexFor(daysLate: number): number {
  const first = PAYMENT_INDEX_ANCHORS[0];
  const last = PAYMENT_INDEX_ANCHORS[PAYMENT_INDEX_ANCHORS.length - 1];
  if (daysLate <= first[0]) return first[1];
  if (daysLate >= last[0]) return last[1];
  const upper = PAYMENT_INDEX_ANCHORS.findIndex(([days]) => days >= daysLate);
  const [fromDays, fromIndex] = PAYMENT_INDEX_ANCHORS[upper - 1];
  const [toDays, toIndex] = PAYMENT_INDEX_ANCHORS[upper];
  return fromIndex + ((daysLate - fromDays) / (toDays - fromDays)) * (toIndex - fromIndex);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** DOMAIN.md's PAYDEX-like index judges recent experience: the trailing twelve months. */
export const PAYMENT_INDEX_WINDOW_DAYS = 365;

/**
 * Amount-weighted payment index as of a day, to one decimal, over the trailing twelve months.
 * Every payment made in the window weighs its amount at (paid on − due date) days late; a
 * write-off in the window weighs its amount at the days late it had reached when given up on.
 * Balances still open and already past due weigh their open amount at (asOf − due date) days
 * late, however old: a client who stops paying must score low, not escape judgement by having no
 * payments. Null when nothing has been paid, written off or fallen due in the window.
 */
export function paymentIndex(history: ClientHistory, asOf: LocalDate, windowDays = PAYMENT_INDEX_WINDOW_DAYS): number | null {
  return paymentIndexes(history.invoices, `${asOf}|${windowDays}`, () => paymentIndexOf(history, asOf, windowDays));
}

const paymentIndexes = memoisedByList<number | null>();

function paymentIndexOf(history: ClientHistory, asOf: LocalDate, windowDays: number): number | null {
  const windowStart = addDays(asOf, -windowDays);
  let weight = 0;
  let weighted = 0;
  const judge = (amountMinor: number, daysLate: number) => {
    weight += amountMinor;
    weighted += amountMinor * paymentIndexFor(daysLate);
  };
  for (const invoice of invoicesIssuedBy(history, asOf)) {
    for (const payment of paymentsAsOf(invoice, asOf))
      if (payment.paidOn > windowStart) judge(payment.amountMinor, daysBetween(invoice.dueDate, payment.paidOn));
    for (const writeOff of invoice.writeOffs ?? [])
      if (writeOff.on <= asOf && writeOff.on > windowStart) judge(writeOff.amountMinor, daysBetween(invoice.dueDate, writeOff.on));
    const overdueDays = daysPastDue(invoice.dueDate, asOf);
    if (overdueDays > 0) judge(openBalanceAsOf(invoice, asOf), overdueDays);
  }
  return weight === 0 ? null : round1(weighted / weight);
}

// ---- average days to pay ---------------------------------------------------------------------

/**
 * DOMAIN.md's average days to pay over invoices fully paid by asOf, days = paid off on − due date
 * (negative when paid early); the weighted variant weighs each invoice by its amount. One decimal.
 */
export function averageDaysToPay(history: ClientHistory, asOf: LocalDate): AverageDaysToPay {
  return averagesDaysToPay(history.invoices, asOf, () => averageDaysToPayOf(history, asOf));
}

export interface AverageDaysToPay {
  readonly mean: number | null;
  readonly amountWeighted: number | null;
}

const averagesDaysToPay = memoisedByList<AverageDaysToPay>();

function averageDaysToPayOf(history: ClientHistory, asOf: LocalDate): AverageDaysToPay {
  const paid = invoicesIssuedBy(history, asOf).flatMap((invoice) => {
    const paidOffOn = paidOffOnAsOf(invoice, asOf);
    return paidOffOn === null ? [] : [{ amountMinor: invoice.amountMinor, days: daysBetween(invoice.dueDate, paidOffOn) }];
  });
  if (paid.length === 0) return { mean: null, amountWeighted: null };
  const totalAmount = paid.reduce((sum, invoice) => sum + invoice.amountMinor, 0);
  return {
    mean: round1(paid.reduce((sum, invoice) => sum + invoice.days, 0) / paid.length),
    amountWeighted: totalAmount === 0 ? null : round1(paid.reduce((sum, invoice) => sum + invoice.amountMinor * invoice.days, 0) / totalAmount),
  };
}

// ---- promises to pay -------------------------------------------------------------------------

export enum PromiseStatus {
  Pending = 'PENDING',
  Kept = 'KEPT',
  Broken = 'BROKEN',
}

/** The invoices a promise covers: a plan's invoices, or the promise's own. */
export const invoicesCoveredBy = (promise: PromiseEntry): readonly string[] => promise.planInvoiceIds ?? [promise.invoiceId];

/**
 * What the promise commits the client to have paid since it was made. A plan's instalments are
 * promises made the same day, so money is allocated to the earliest instalment first:
 * instalment n is kept only when instalments 1..n have been paid, otherwise one payment would
 * keep every instalment at once.
 */
function committedAmount(promise: PromiseEntry, history: ClientHistory): number {
  if (promise.source !== 'INSTALMENT') return promise.amountMinor;
  const plan = history.promises.filter((other) => other.source === 'INSTALMENT' && other.eventId === promise.eventId && other.invoiceId === promise.invoiceId);
  const upTo = plan.findIndex((other) => other.promiseId === promise.promiseId);
  return plan.slice(0, upTo + 1).reduce((sum, instalment) => sum + instalment.amountMinor, 0);
}

/**
 * Kept when the payments on the covered invoices (a plan covers several, money allocated to
 * them oldest first) dated from the day the promise was made through the promised date cover
 * the promised amount, or every covered invoice is paid off by that date: paying off the first
 * of a plan's invoices does not keep an instalment that the second still owes. Broken when it is
 * still unpaid at the end of the promised date (asOf is after it). Pending otherwise.
 */
export function promiseStatusOf(promise: PromiseEntry, history: ClientHistory, asOf: LocalDate): PromiseStatus {
  const covered = new Set(invoicesCoveredBy(promise));
  const invoices = history.invoices.filter((candidate) => covered.has(candidate.invoiceId));
  const lastCountingDay = promise.promisedDate < asOf ? promise.promisedDate : asOf;
  if (invoices.length > 0) {
    let paidInWindow = 0;
    for (const invoice of invoices)
      for (const payment of paymentsAsOf(invoice, lastCountingDay)) if (payment.paidOn >= promise.madeOn) paidInWindow += payment.amountMinor;
    if (paidInWindow >= committedAmount(promise, history) || invoices.every((invoice) => paidOffOnAsOf(invoice, lastCountingDay) !== null))
      return PromiseStatus.Kept;
  }
  return asOf > promise.promisedDate ? PromiseStatus.Broken : PromiseStatus.Pending;
}

/** Promises made by asOf: one recorded for a later day does not exist yet. */
export const promisesMadeBy = (history: ClientHistory, asOf: LocalDate): readonly PromiseEntry[] => datedOnOrBefore(history.promises, asOf, madeOn);

const madeOn = (promise: PromiseEntry) => promise.madeOn;

export interface PromiseRecord {
  readonly pending: number;
  readonly kept: number;
  readonly broken: number;
  /** kept ÷ (kept + broken); null until a promise has come due. */
  readonly keptRate: number | null;
  /** The events that recorded the broken promises (a plan's instalments share one). */
  readonly brokenPromiseEventIds: readonly string[];
}

export function promiseRecord(history: ClientHistory, asOf: LocalDate): PromiseRecord {
  const counts = { [PromiseStatus.Pending]: 0, [PromiseStatus.Kept]: 0, [PromiseStatus.Broken]: 0 };
  const brokenEventIds = new Set<string>();
  for (const promise of promisesMadeBy(history, asOf)) {
    const status = promiseStatusOf(promise, history, asOf);
    counts[status] += 1;
    if (status === PromiseStatus.Broken) brokenEventIds.add(promise.eventId);
  }
  const judged = counts.KEPT + counts.BROKEN;
  return {
    pending: counts.PENDING,
    kept: counts.KEPT,
    broken: counts.BROKEN,
    keptRate: judged === 0 ? null : counts.KEPT / judged,
    brokenPromiseEventIds: [...brokenEventIds],
  };
}

// ---- clean payment history -------------------------------------------------------------------

/** Days after the due date a payment still counts as on time for a clean history. */
export const CLEAN_HISTORY_GRACE_DAYS = 5;

/**
 * The tenure mitigation's "clean payment history" (DOMAIN.md: give a long-standing good client a
 * chance): before the given day, every invoice whose grace period had ended was paid in full
 * within 5 days of its due date, and no promise to pay had been broken. Judged with what was known
 * at the end of the previous day; an invoice still inside its grace period is not held against
 * the client yet.
 */
export function hasCleanPaymentHistory(history: ClientHistory, before: LocalDate, graceDays = CLEAN_HISTORY_GRACE_DAYS): boolean {
  const dayBefore = addDays(before, -1);
  const everyInvoiceOnTime = invoicesIssuedBy(history, dayBefore).every((invoice) => {
    const graceEnds = addDays(invoice.dueDate, graceDays);
    return graceEnds >= before || paidOffOnAsOf(invoice, graceEnds) !== null;
  });
  const noBrokenPromise = promisesMadeBy(history, dayBefore).every((promise) => promiseStatusOf(promise, history, dayBefore) !== PromiseStatus.Broken);
  return everyInvoiceOnTime && noBrokenPromise;
}

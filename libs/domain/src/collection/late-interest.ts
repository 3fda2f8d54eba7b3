import { InvoiceAdjustmentKind, type InvoiceEntry } from '../client-history/client-history';
import { addDays, daysBetween, type LocalDate } from '../shared/local-date';
import { adjustedAsOf, openBalanceAsOf } from './aging';

/**
 * Statutory late-payment interest in the style of the EU late-payment directive (2011/7/EU): the
 * reference rate plus 8 points a year, unless the contract agreed its own rate.
 */
export interface LateInterestConfig {
  /** The central bank's reference rate, in percent a year (the ECB main refinancing rate). */
  readonly referenceRatePercent: number;
  /** Points on top of the reference rate: 8 in the directive. */
  readonly marginPoints: number;
  /** A rate a client's contract agreed instead, in percent a year, by client id. */
  readonly byClient: Readonly<Record<string, number>>;
}

/** The ECB main refinancing rate from June 2025 (2.15%) plus the directive's 8 points. */
export const DEFAULT_LATE_INTEREST: LateInterestConfig = { referenceRatePercent: 2.15, marginPoints: 8, byClient: {} };

const DAYS_PER_YEAR = 365;

export const lateInterestRatePercent = (clientId: string, config: LateInterestConfig): number =>
  config.byClient[clientId] ?? config.referenceRatePercent + config.marginPoints;

/** What the service proposes to charge on one invoice; finance charges it with `chargeLateInterest`. */
export interface LateInterestProposal {
  /** The first day not charged yet: the day after the due date, or after the last day charged. */
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly days: number;
  readonly annualRatePercent: number;
  readonly amountMinor: number;
  readonly currency: string;
}

/** The last day late interest was charged for on the invoice, judged on asOf; null before any charge. */
const chargedUntil = (invoice: InvoiceEntry, asOf: LocalDate): LocalDate | null => {
  let until: LocalDate | null = null;
  for (const adjustment of invoice.adjustments ?? [])
    if (
      adjustment.kind === InvoiceAdjustmentKind.LateInterest &&
      adjustment.on <= asOf &&
      adjustment.until !== undefined &&
      (until === null || adjustment.until > until)
    )
      until = adjustment.until;
  return until;
};

/** The debt interest runs on at the end of a day: what is open, less interest already charged (no interest on interest). */
const principalOn = (invoice: InvoiceEntry, day: LocalDate): number =>
  Math.max(0, openBalanceAsOf(invoice, day) - adjustedAsOf(invoice, InvoiceAdjustmentKind.LateInterest, day));

/**
 * Simple interest per day on the unpaid principal from the day after the due date (or after the
 * last day charged) up to asOf, each day on what was owed at the end of the day before, rounded
 * once. The balance changes only on the days of payments, write-offs and adjustments, so the days
 * are summed in runs between them. Null while nothing accrues.
 */
export function lateInterestProposal(invoice: InvoiceEntry, asOf: LocalDate, annualRatePercent: number): LateInterestProposal | null {
  const charged = chargedUntil(invoice, asOf);
  const from = addDays(charged !== null && charged > invoice.dueDate ? charged : invoice.dueDate, 1);
  if (from > asOf || annualRatePercent <= 0) return null;
  const changes = [
    ...invoice.payments.map((payment) => payment.paidOn),
    ...(invoice.writeOffs ?? []).map((writeOff) => writeOff.on),
    ...(invoice.adjustments ?? []).map((adjustment) => adjustment.on),
  ]
    // A change on day d counts from day d + 1: interest for a day runs on the balance of the day before.
    .map((day) => addDays(day, 1))
    .filter((day) => day > from && day <= asOf);
  const starts = [from, ...new Set(changes)].sort();
  let balanceDays = 0;
  for (const [index, start] of starts.entries()) {
    const end = index + 1 < starts.length ? starts[index + 1] : addDays(asOf, 1);
    balanceDays += principalOn(invoice, addDays(start, -1)) * daysBetween(start, end);
  }
  const amountMinor = Math.round((balanceDays * annualRatePercent) / 100 / DAYS_PER_YEAR);
  if (amountMinor <= 0) return null;
  return { from, to: asOf, days: daysBetween(from, asOf) + 1, annualRatePercent, amountMinor, currency: invoice.currency };
}

import { type ClientHistory, InvoiceAdjustmentKind, type InvoiceEntry } from '../client-history/client-history';
import { adjustedAsOf, invoicesIssuedBy, writtenOffAsOf } from '../collection/aging';
import { isInDefault } from '../collection/credit-default';
import { memoisedByList } from '../collection/list.memo';
import type { CurrencyCode } from '../shared/currency';
import { daysBetween, type LocalDate } from '../shared/local-date';
import { type AgedInvoice, agedInvoices, type AgingBucketKey, balanceByBucket } from './profitability.aging';
import { DEFAULT_PROFITABILITY_CONFIG, type ProfitabilityConfig } from './profitability.config';
import { type CostPerMinuteOf, type CostToServeBreakdown, CostToServeTally, visitCostToServe } from './profitability.cost-to-serve';
import { CostliestFacts } from './profitability.evidence';
import { carryingCostOfBalanceDays, expectedCreditLossOf, overdueBalanceDays } from './profitability.receivables';

/** The mean calendar month, so a month of billing does not depend on which months were short. */
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Does this client pay for the time it takes? (DOMAIN.md, "Evaluating a client before acting".)
 * Money is integer minor units of the contract currency. One rounding rule: each part of the
 * margin (delivery cost, each cost-to-serve line, carrying cost, credit loss) is rounded once from
 * its unrounded facts, and every total is the sum of its rounded parts, so the parts add up to the
 * margin exactly. Ratios and percentages stay unrounded so comparisons with targets are exact.
 */
export interface ProfitabilityView {
  readonly clientId: string;
  readonly asOf: LocalDate;
  readonly currency: CurrencyCode;
  /** Invoices issued on or before asOf. */
  readonly invoicedMinor: number;
  /** Payments received on or before asOf. */
  readonly collectedMinor: number;
  /** Still owed as of asOf, whether due or not. */
  readonly outstandingMinor: number;
  /** Open balance by aging bucket; CURRENT holds what is not yet due. */
  readonly overdueByBucketMinor: Readonly<Record<AgingBucketKey, number>>;
  /** Written off by asOf (a settlement WRITTEN_OFF, the ladder's write-off decision): no longer receivable. */
  readonly writtenOffMinor: number;
  /** Credit notes and prompt-payment discounts by asOf: revenue given back. */
  readonly creditedMinor: number;
  /** Late-payment interest charged by asOf: finance income on top of the invoices. */
  readonly lateInterestMinor: number;
  /** Invoiced − credited + late interest − written off (the bad debt). */
  readonly netRevenueMinor: number;
  readonly billableMinutes: number;
  readonly nonBillableMinutes: number;
  /** Billable hours × the loaded cost rate of their activity (non-billable hours are in the cost to serve). */
  readonly deliveryCostMinor: number;
  readonly costToServeMinor: number;
  readonly costToServeBreakdown: CostToServeBreakdown;
  /** Cost of capital of overdue balances, prorated by the days they stayed overdue. */
  readonly carryingCostMinor: number;
  /** Σ bucket balance × the bucket's credit-loss rate; everything owed for a client in default. */
  readonly expectedCreditLossMinor: number;
  /** See `isInDefault`: long overdue after a broken promise or a lawyer letter. */
  readonly inDefault: boolean;
  /** Net revenue − delivery cost − cost to serve − carrying cost − expected credit loss. */
  readonly contributionMarginMinor: number;
  /** Contribution margin ÷ net revenue × 100; null while nothing is invoiced. */
  readonly contributionMarginPercent: number | null;
  /** Collected − delivery cost − cost to serve − carrying cost: what the client's money actually covered. */
  readonly collectedMarginMinor: number;
  /** Collected margin ÷ collected × 100; null while nothing is collected. */
  readonly collectedMarginPercent: number | null;
  /** Collected ÷ all hours worked, billable or not; null while no time is logged. */
  readonly effectiveHourlyRateMinor: number | null;
  /** Invoiced ÷ all hours worked at the standard rate (not the contract's); null while no time is logged. */
  readonly billingRealization: number | null;
  /** Collected ÷ invoiced; null while nothing is invoiced. */
  readonly collectionRealization: number | null;
  /** Invoiced per month since the first invoice, counting at least one month; the risk model's yardstick for overdue exposure. */
  readonly averageMonthlyBillingMinor: number;
  /** The costliest facts (touchpoints, overdue invoices), costliest first. */
  readonly evidenceEventIds: readonly string[];
}

/** Σ valueOf(item), in the items' order; without the intermediate array of values a map would build. */
function sumOf<T>(items: readonly T[], valueOf: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += valueOf(item);
  return total;
}

/** Months of billing behind the average, from the first invoice: a client billed once yesterday bills a month's worth. */
function billingMonths(firstIssuedOn: LocalDate | null, asOf: LocalDate): number {
  return firstIssuedOn === null ? 1 : Math.max(1, daysBetween(firstIssuedOn, asOf) / DAYS_PER_MONTH);
}

/** What the invoices alone say on a day, whatever the configuration. */
interface InvoiceFigures {
  /** Issued on or before the day. */
  readonly invoices: readonly InvoiceEntry[];
  readonly invoicedMinor: number;
  readonly collectedMinor: number;
  readonly writtenOffMinor: number;
  readonly creditedMinor: number;
  readonly lateInterestMinor: number;
  /** `overdueBalanceDays` of each of `invoices`, in their order. */
  readonly balanceDays: readonly number[];
  readonly aged: readonly AgedInvoice[];
  readonly firstIssuedOn: LocalDate | null;
}

const invoiceFiguresByList = memoisedByList<InvoiceFigures>();

const invoiceFigures = (history: ClientHistory, asOf: LocalDate): InvoiceFigures =>
  invoiceFiguresByList(history.invoices, asOf, () => {
    const invoices = invoicesIssuedBy(history, asOf);
    return {
      invoices,
      invoicedMinor: sumOf(invoices, (invoice) => invoice.amountMinor),
      collectedMinor: sumOf(invoices, (invoice) => sumOf(invoice.payments, (payment) => (payment.paidOn <= asOf ? payment.amountMinor : 0))),
      writtenOffMinor: sumOf(invoices, (invoice) => writtenOffAsOf(invoice, asOf)),
      creditedMinor: sumOf(
        invoices,
        (invoice) => adjustedAsOf(invoice, InvoiceAdjustmentKind.CreditNote, asOf) + adjustedAsOf(invoice, InvoiceAdjustmentKind.SettlementDiscount, asOf),
      ),
      lateInterestMinor: sumOf(invoices, (invoice) => adjustedAsOf(invoice, InvoiceAdjustmentKind.LateInterest, asOf)),
      balanceDays: invoices.map((invoice) => overdueBalanceDays(invoice, asOf)),
      aged: agedInvoices(history, asOf),
      firstIssuedOn: invoices.reduce<LocalDate | null>((first, invoice) => (first === null || invoice.issuedOn < first ? invoice.issuedOn : first), null),
    };
  });

/** The profitability read model of one client as of a day: only facts dated on or before asOf count. */
export function profitabilityView(history: ClientHistory, asOf: LocalDate, config: ProfitabilityConfig = DEFAULT_PROFITABILITY_CONFIG): ProfitabilityView {
  const costliest = new CostliestFacts();
  const figures = profitabilityOf(history, asOf, config, costliest);
  return { ...figures, evidenceEventIds: costliest.eventIds() };
}

/** Every figure of `profitabilityView` but the evidence: what a score needs, without ranking every fact of a long history. */
export function profitabilityFigures(
  history: ClientHistory,
  asOf: LocalDate,
  config: ProfitabilityConfig = DEFAULT_PROFITABILITY_CONFIG,
): Omit<ProfitabilityView, 'evidenceEventIds'> {
  return profitabilityOf(history, asOf, config, null);
}

function profitabilityOf(
  history: ClientHistory,
  asOf: LocalDate,
  config: ProfitabilityConfig,
  costliest: CostliestFacts | null,
): Omit<ProfitabilityView, 'evidenceEventIds'> {
  const { currency } = history.contract;
  const { default: defaultRate, byActivity } = config.loadedCostPerHourMinor;
  const costPerMinuteOf: CostPerMinuteOf = (activity) => (activity === null ? defaultRate : (byActivity[activity] ?? defaultRate)) / 60;

  const { invoices, invoicedMinor, collectedMinor, writtenOffMinor, creditedMinor, lateInterestMinor, balanceDays, aged, firstIssuedOn } = invoiceFigures(
    history,
    asOf,
  );
  const netRevenueMinor = invoicedMinor - creditedMinor + lateInterestMinor - writtenOffMinor;

  const inDefault = isInDefault(history, asOf, config.defaultAfterDaysPastDue);
  const creditLossByInvoice = new Map(aged.map((entry) => [entry.invoice, expectedCreditLossOf(entry, config, inDefault)]));
  let carryingCost = 0;
  const carryingCosts = balanceDays.map((days) => {
    const cost = carryingCostOfBalanceDays(days, config);
    carryingCost += cost;
    return cost;
  });
  const carryingCostMinor = Math.round(carryingCost);
  const expectedCreditLossMinor = Math.round(sumOf(aged, (entry) => creditLossByInvoice.get(entry.invoice) ?? 0));

  const tally = new CostToServeTally();
  // Each touchpoint is its own event, so it is offered as evidence as it comes; an invoice's carrying cost and credit loss add up first.
  visitCostToServe(history, asOf, config.minutesPerActivity, costPerMinuteOf, (activity, minutes, cost, eventId) => {
    tally.add(activity, minutes, cost);
    costliest?.offer(eventId, cost);
  });
  if (costliest)
    invoices.forEach((invoice, at) => {
      const creditLoss = creditLossByInvoice.get(invoice);
      costliest.offer(invoice.eventId, creditLoss === undefined ? carryingCosts[at] : carryingCosts[at] + creditLoss);
    });
  const breakdown = tally.lines();
  const costToServeMinor = sumOf(breakdown, (line) => line.costMinor);

  // One pass over what may be thousands of time entries, each sum in their order.
  let billableMinutes = 0;
  let nonBillableMinutes = 0;
  let deliveryCost = 0;
  for (const entry of history.timeEntries) {
    if (!(entry.workedOn <= asOf)) continue;
    if (entry.billable) {
      billableMinutes += entry.minutes;
      // Non-billable time is priced once, inside the cost to serve, so it is not delivery cost too.
      deliveryCost += entry.minutes * costPerMinuteOf(entry.activity);
    } else nonBillableMinutes += entry.minutes;
  }
  const workedHours = (billableMinutes + nonBillableMinutes) / 60;
  const deliveryCostMinor = Math.round(deliveryCost);

  const contributionMarginMinor = netRevenueMinor - deliveryCostMinor - costToServeMinor - carryingCostMinor - expectedCreditLossMinor;
  const collectedMarginMinor = collectedMinor - deliveryCostMinor - costToServeMinor - carryingCostMinor;

  return {
    clientId: history.clientId,
    asOf,
    currency,
    invoicedMinor,
    collectedMinor,
    outstandingMinor: sumOf(aged, (entry) => entry.openBalanceMinor),
    overdueByBucketMinor: balanceByBucket(aged),
    writtenOffMinor,
    creditedMinor,
    lateInterestMinor,
    netRevenueMinor,
    billableMinutes,
    nonBillableMinutes,
    deliveryCostMinor,
    costToServeMinor,
    costToServeBreakdown: breakdown,
    carryingCostMinor,
    expectedCreditLossMinor,
    inDefault,
    contributionMarginMinor,
    contributionMarginPercent: netRevenueMinor > 0 ? (contributionMarginMinor / netRevenueMinor) * 100 : null,
    collectedMarginMinor,
    collectedMarginPercent: collectedMinor > 0 ? (collectedMarginMinor / collectedMinor) * 100 : null,
    effectiveHourlyRateMinor: workedHours > 0 ? Math.round(collectedMinor / workedHours) : null,
    billingRealization: workedHours > 0 ? invoicedMinor / (workedHours * config.standardRatePerHourMinor) : null,
    collectionRealization: invoicedMinor > 0 ? collectedMinor / invoicedMinor : null,
    averageMonthlyBillingMinor: Math.round(invoicedMinor / billingMonths(firstIssuedOn, asOf)),
  };
}

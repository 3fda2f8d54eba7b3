import type { ClientHistory } from '../client-history';
import { DEFAULT_PROFITABILITY_CONFIG, type ProfitabilityConfig, type ProfitabilityView, profitabilityView } from '../profitability';
import { addDays, assertNever, type CurrencyCode, daysBetween, type LocalDate } from '../shared';
import { type EndDateBasis, lawfulEndOf, TerminationReason } from '../termination';

/** How far ahead the comparison looks. */
export const WHAT_IF_HORIZON_MONTHS = 12;
/** The recent billing run forward: long enough to smooth one big invoice, short enough to be recent. */
export const WHAT_IF_BASIS_MONTHS = 6;

/** The mean calendar month, as the profitability view counts months. */
const DAYS_PER_MONTH = 365.25 / 12;

export enum TerminationVerdict {
  /** Ending the relationship is worth more than keeping it over the horizon. */
  TerminatingSaves = 'TERMINATING_SAVES',
  /** Keeping the client is worth more: terminating gives up more than it saves. */
  TerminatingLoses = 'TERMINATING_LOSES',
  /** Nothing billed, nothing spent, nothing at risk: the figures do not decide. */
  NoDifference = 'NO_DIFFERENCE',
}

/** The recent months whose billing and cost are run forward. */
export interface WhatIfBasis {
  /** First day of the months counted (the day the client came when that is later). */
  readonly from: LocalDate;
  /** The day asked about: facts on or before it count. */
  readonly to: LocalDate;
  /** Months counted, at least one: the divisor of the monthly figures. */
  readonly months: number;
  readonly invoicedMinor: number;
  /** Loaded cost of billable hours, plus the cost to serve (meetings, non-billable time, complaints, reminders, fees). */
  readonly costMinor: number;
  readonly monthlyBillingMinor: number;
  readonly monthlyCostMinor: number;
  /** Expected credit loss ÷ what is owed on `to`; the current bucket's rate when nothing is owed. */
  readonly expectedLossRate: number;
}

/**
 * `simulateTermination`: what ending the relationship on `on` would do over the next 12 months.
 * Every amount is in minor units of the contract currency, rounded once from unrounded facts.
 * The net effect is cost saved + credit loss avoided − revenue lost: positive means terminating
 * saves money. What the open invoices still owe is shown beside it, not in it: it is owed
 * whether the client stays or goes.
 */
export interface TerminationWhatIf {
  readonly clientId: string;
  readonly on: LocalDate;
  readonly currency: CurrencyCode;
  readonly reason: TerminationReason;
  readonly horizonMonths: number;
  readonly noticePeriodDays: number;
  readonly immediateExitAllowed: boolean;
  readonly earliestLawfulEndDate: LocalDate;
  /** When a termination process would end it (the end of term when it comes soon enough). */
  readonly endDate: LocalDate;
  readonly endDateBasis: EndDateBasis;
  /** Months of the horizon after the end date: the client is billed and served until then. */
  readonly monthsWithoutClient: number;
  readonly basis: WhatIfBasis;
  readonly revenueLostMinor: number;
  readonly costToServeSavedMinor: number;
  /** The expected loss rate on the revenue no longer billed: credit not granted. */
  readonly creditLossAvoidedMinor: number;
  /** Open on the invoices already issued, whether due or not. */
  readonly stillToCollectMinor: number;
  /** Of that, the share the profitability view expects never to come in. */
  readonly expectedLossOnOpenMinor: number;
  readonly netEffectMinor: number;
  readonly verdict: TerminationVerdict;
  /** The verdict in one sentence, with the figures behind it. */
  readonly plainWords: string;
}

const amountIn = (currency: CurrencyCode) => {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return (minor: number) => format.format(minor / 10 ** digits);
};

/** The recent billing and cost of the client: its profitability view on the day asked about less the view the day before the window. */
function recentBasis(history: ClientHistory, now: ProfitabilityView, config: ProfitabilityConfig): WhatIfBasis {
  const on = now.asOf;
  const windowStart = addDays(on, -Math.round(WHAT_IF_BASIS_MONTHS * DAYS_PER_MONTH) + 1);
  // A younger client is judged on the months it has been a client, not on months before it was one.
  const from = history.clientSince > windowStart && history.clientSince <= on ? history.clientSince : windowStart;
  const months = Math.max(1, Math.min(WHAT_IF_BASIS_MONTHS, (daysBetween(from, on) + 1) / DAYS_PER_MONTH));
  const before = profitabilityView(history, addDays(from, -1), config);
  const invoicedMinor = now.invoicedMinor - before.invoicedMinor;
  const costMinor = now.deliveryCostMinor + now.costToServeMinor - (before.deliveryCostMinor + before.costToServeMinor);
  const expectedLossRate = now.outstandingMinor > 0 ? now.expectedCreditLossMinor / now.outstandingMinor : config.creditLossRates.CURRENT;
  return {
    from,
    to: on,
    months,
    invoicedMinor,
    costMinor,
    monthlyBillingMinor: Math.round(invoicedMinor / months),
    monthlyCostMinor: Math.round(costMinor / months),
    expectedLossRate,
  };
}

function plainWordsOf(figures: Omit<TerminationWhatIf, 'plainWords'>): string {
  const money = amountIn(figures.currency);
  const parts = `${money(figures.revenueLostMinor)} of revenue lost against ${money(figures.costToServeSavedMinor)} of cost to serve saved and ${money(figures.creditLossAvoidedMinor)} of credit loss avoided`;
  const ending = `ending on ${figures.endDate} at the earliest; ${money(figures.stillToCollectMinor)} is still to collect either way`;
  switch (figures.verdict) {
    case TerminationVerdict.TerminatingSaves:
      return `Terminating saves about ${money(figures.netEffectMinor)} over the next ${figures.horizonMonths} months: ${parts}, ${ending}.`;
    case TerminationVerdict.TerminatingLoses:
      return `Terminating loses about ${money(-figures.netEffectMinor)} over the next ${figures.horizonMonths} months: ${parts}, ${ending}.`;
    case TerminationVerdict.NoDifference:
      return `Terminating makes no difference to the next ${figures.horizonMonths} months: nothing billed or spent recently to run forward, ${ending}.`;
    default:
      return assertNever(figures.verdict);
  }
}

/**
 * What terminating the client on `on` would do over the next 12 months, before anyone proposes it.
 * The recent months' billing and cost (see `WhatIfBasis`) run forward from the end date the
 * contract allows for `reason` (the termination decider's rule) to the end of the horizon; until
 * then the client is billed and served as now. Only facts dated on or before `on` count.
 */
export function simulateTermination(
  history: ClientHistory,
  on: LocalDate,
  reason: TerminationReason = TerminationReason.Other,
  config: ProfitabilityConfig = DEFAULT_PROFITABILITY_CONFIG,
): TerminationWhatIf {
  const { contract } = history;
  const lawful = lawfulEndOf(contract, reason, on);
  const monthsWithoutClient = Math.max(0, WHAT_IF_HORIZON_MONTHS - daysBetween(on, lawful.endDate) / DAYS_PER_MONTH);
  const view = profitabilityView(history, on, config);
  const basis = recentBasis(history, view, config);
  const revenueLost = (basis.invoicedMinor / basis.months) * monthsWithoutClient;
  const revenueLostMinor = Math.round(revenueLost);
  const costToServeSavedMinor = Math.round((basis.costMinor / basis.months) * monthsWithoutClient);
  const creditLossAvoidedMinor = Math.round(revenueLost * basis.expectedLossRate);
  const netEffectMinor = costToServeSavedMinor + creditLossAvoidedMinor - revenueLostMinor;
  const nothingToCompare = revenueLostMinor === 0 && costToServeSavedMinor === 0;
  const verdict =
    nothingToCompare || netEffectMinor === 0
      ? TerminationVerdict.NoDifference
      : netEffectMinor > 0
        ? TerminationVerdict.TerminatingSaves
        : TerminationVerdict.TerminatingLoses;
  const figures = {
    clientId: history.clientId,
    on,
    currency: contract.currency,
    reason,
    horizonMonths: WHAT_IF_HORIZON_MONTHS,
    noticePeriodDays: contract.noticePeriodDays,
    immediateExitAllowed: lawful.immediateExitAllowed,
    earliestLawfulEndDate: lawful.earliestLawfulEndDate,
    endDate: lawful.endDate,
    endDateBasis: lawful.basis,
    monthsWithoutClient,
    basis,
    revenueLostMinor,
    costToServeSavedMinor,
    creditLossAvoidedMinor,
    stillToCollectMinor: view.outstandingMinor,
    expectedLossOnOpenMinor: view.expectedCreditLossMinor,
    netEffectMinor,
    verdict,
  };
  return { ...figures, plainWords: plainWordsOf(figures) };
}

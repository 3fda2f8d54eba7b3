import { AGING_BUCKETS, AgingBucket, emptyBuckets } from '../collection';
import { Archetype, compareRiskiestFirst, Recommendation, RiskBand } from '../risk';
import { addDays, type CurrencyCode, daysBetween } from '../shared';
import type { LostMarginRanking, PortfolioClient, PortfolioMoney, PortfolioOptions, PortfolioPeriod, PortfolioView, RiskRanking } from './portfolio.model';
import { creditSalesByCurrency, receivablesByCurrency, sumByCurrency, writtenOffByCurrency } from './portfolio.receivables';

export const DEFAULT_PORTFOLIO_TOP = 10;

const round1 = (value: number) => Math.round(value * 10) / 10;
const total = (buckets: Readonly<Record<AgingBucket, number>>) => AGING_BUCKETS.reduce((sum, bucket) => sum + buckets[bucket], 0);

/** One counter per member of a string enum, all at zero, so every band (etc.) is reported. */
const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

function countBy<K extends string>(
  keys: readonly K[],
  clients: readonly PortfolioClient[],
  keysOf: (client: PortfolioClient) => readonly K[],
): Record<K, number> {
  const counts = zeroes(keys);
  for (const client of clients) for (const key of new Set(keysOf(client))) counts[key] += 1;
  return counts;
}

/** DSO-style figure: receivables ÷ credit sales × days in the period, one decimal; null without sales. */
const daysOfSales = (receivablesMinor: number, creditSalesMinor: number, daysInPeriod: number): number | null =>
  creditSalesMinor === 0 ? null : round1((receivablesMinor / creditSalesMinor) * daysInPeriod);

/**
 * CEI = (opening AR + credit sales − closing AR − written off) ÷ (opening AR + credit sales −
 * closing current AR) × 100: what was written off in the period left AR without being collected,
 * so it counts against the index, not for it.
 */
function collectionEffectivenessIndex(
  openingMinor: number,
  creditSalesMinor: number,
  closingMinor: number,
  closingCurrentMinor: number,
  writtenOffMinor: number,
): number | null {
  const collectible = openingMinor + creditSalesMinor - closingCurrentMinor;
  return collectible === 0 ? null : round1(((openingMinor + creditSalesMinor - closingMinor - writtenOffMinor) / collectible) * 100);
}

function moneyByCurrency(clients: readonly PortfolioClient[], period: PortfolioPeriod, daysInPeriod: number): PortfolioMoney[] {
  const histories = clients.map((client) => client.history);
  const closing = receivablesByCurrency(histories, period.to);
  const opening = receivablesByCurrency(histories, addDays(period.from, -1));
  const creditSales = creditSalesByCurrency(histories, period.from, period.to);
  const writtenOff = writtenOffByCurrency(histories, period.from, period.to);
  const profitability = clients.map((client) => client.profitability);
  const creditLoss = sumByCurrency(
    profitability,
    (view) => view.currency,
    (view) => view.expectedCreditLossMinor,
  );
  const margin = sumByCurrency(
    profitability,
    (view) => view.currency,
    (view) => view.contributionMarginMinor,
  );

  const currencies = new Set<CurrencyCode>([
    ...profitability.map((view) => view.currency),
    ...histories.flatMap((history) => history.invoices.map((invoice) => invoice.currency)),
  ]);
  return [...currencies].sort().map((currency) =>
    portfolioMoney(
      currency,
      {
        agingReport: closing.get(currency) ?? emptyBuckets(),
        openingAccountsReceivableMinor: total(opening.get(currency) ?? emptyBuckets()),
        creditSalesMinor: creditSales.get(currency) ?? 0,
        writtenOffMinor: writtenOff.get(currency) ?? 0,
        expectedCreditLossMinor: creditLoss.get(currency) ?? 0,
        contributionMarginMinor: margin.get(currency) ?? 0,
      },
      daysInPeriod,
    ),
  );
}

/** The sums one currency's figures are derived from, however they were gathered. */
export interface PortfolioMoneySums {
  /** Open receivables at the end of `to`, by aging bucket. */
  readonly agingReport: Readonly<Record<AgingBucket, number>>;
  /** Open receivables at the end of the day before `from`. */
  readonly openingAccountsReceivableMinor: number;
  readonly creditSalesMinor: number;
  /** Written off within the period; absent counts as none. */
  readonly writtenOffMinor?: number;
  readonly expectedCreditLossMinor: number;
  readonly contributionMarginMinor: number;
}

/** One currency's receivables figures (DSO, best possible DSO, ADD, CEI) from its sums: the one place these formulas live. */
export function portfolioMoney(currency: CurrencyCode, sums: PortfolioMoneySums, daysInPeriod: number): PortfolioMoney {
  const { agingReport, openingAccountsReceivableMinor, creditSalesMinor } = sums;
  const accountsReceivableMinor = total(agingReport);
  const currentAccountsReceivableMinor = agingReport[AgingBucket.Current];
  const dso = daysOfSales(accountsReceivableMinor, creditSalesMinor, daysInPeriod);
  const bestPossibleDso = daysOfSales(currentAccountsReceivableMinor, creditSalesMinor, daysInPeriod);
  return {
    currency,
    agingReport: { ...agingReport },
    accountsReceivableMinor,
    currentAccountsReceivableMinor,
    openingAccountsReceivableMinor,
    creditSalesMinor,
    dso,
    bestPossibleDso,
    averageDaysDelinquent: dso === null || bestPossibleDso === null ? null : round1(dso - bestPossibleDso),
    cei: collectionEffectivenessIndex(
      openingAccountsReceivableMinor,
      creditSalesMinor,
      accountsReceivableMinor,
      currentAccountsReceivableMinor,
      sums.writtenOffMinor ?? 0,
    ),
    expectedCreditLossMinor: sums.expectedCreditLossMinor,
    contributionMarginMinor: sums.contributionMarginMinor,
  };
}

const byClientId = (a: PortfolioClient, b: PortfolioClient) => a.history.clientId.localeCompare(b.history.clientId);

/** Riskiest first: let-go before red whatever the scores (a hard rule needs no points), then by score. */
const topByRisk = (clients: readonly PortfolioClient[], top: number): RiskRanking[] =>
  [...clients]
    .sort((a, b) => compareRiskiestFirst(a.risk, b.risk) || byClientId(a, b))
    .slice(0, top)
    .map(({ history, risk }) => ({ clientId: history.clientId, name: history.name, score: risk.score, band: risk.band, recommendation: risk.recommendation }));

/**
 * Without exchange rates, margins in different currencies are ranked by their minor units as they
 * stand; each entry states its currency so the reader can tell.
 */
const topByLostMargin = (clients: readonly PortfolioClient[], top: number): LostMarginRanking[] =>
  clients
    .filter((client) => client.profitability.contributionMarginMinor < 0)
    .sort(
      (a, b) =>
        a.profitability.contributionMarginMinor - b.profitability.contributionMarginMinor ||
        a.profitability.currency.localeCompare(b.profitability.currency) ||
        byClientId(a, b),
    )
    .slice(0, top)
    .map(({ history, profitability }) => ({
      clientId: history.clientId,
      name: history.name,
      currency: profitability.currency,
      contributionMarginMinor: profitability.contributionMarginMinor,
    }));

/**
 * The portfolio read model over a period (both days included): counts by band, archetype and
 * recommendation, the receivables metrics of DOMAIN.md per currency as of `to`, and the clients to
 * look at first. Pure: the caller folds every client's read models as of the same day.
 *
 * A period ending before it starts, or a negative or fractional `top`, is a caller's bug: thrown,
 * not reported.
 */
export function portfolioView(clients: readonly PortfolioClient[], period: PortfolioPeriod, options: PortfolioOptions = {}): PortfolioView {
  const daysInPeriod = daysBetween(period.from, period.to) + 1;
  if (!(daysInPeriod >= 1)) throw new RangeError(`The period must not end before it starts: ${period.from} to ${period.to}`);
  const top = options.top ?? DEFAULT_PORTFOLIO_TOP;
  if (!Number.isSafeInteger(top) || top < 0) throw new RangeError(`top must be a whole number of clients, not ${top}`);

  return {
    period: { from: period.from, to: period.to },
    daysInPeriod,
    clientCount: clients.length,
    clientsByBand: countBy(Object.values(RiskBand), clients, (client) => [client.risk.band]),
    clientsByArchetype: countBy(Object.values(Archetype), clients, (client) => client.risk.archetypes),
    clientsByRecommendation: countBy(Object.values(Recommendation), clients, (client) => [client.risk.recommendation]),
    byCurrency: moneyByCurrency(clients, period, daysInPeriod),
    topByRisk: topByRisk(clients, top),
    topByLostMargin: topByLostMargin(clients, top),
  };
}

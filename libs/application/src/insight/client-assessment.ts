import {
  assessRisk,
  averageDaysToPay,
  type ClientHistory,
  type CollectionView,
  collectionView,
  DEFAULT_COLLECTION_LADDER,
  DEFAULT_PROFITABILITY_CONFIG,
  DEFAULT_RISK_CONFIG,
  type LocalDate,
  paymentIndex,
  type PreviousRisk,
  type ProfitabilityView,
  profitabilityView,
  type RiskAssessment,
} from '@client-lifecycle/domain';
import type { InsightConfig } from './insight.config';

export const DEFAULT_INSIGHT_CONFIG: InsightConfig = {
  ladder: DEFAULT_COLLECTION_LADDER,
  profitability: DEFAULT_PROFITABILITY_CONFIG,
  risk: DEFAULT_RISK_CONFIG,
};

export interface ClientAssessment {
  readonly collection: CollectionView;
  readonly profitability: ProfitabilityView;
  readonly risk: RiskAssessment;
}

/** Collection, profitability and the risk built on both, for one client on one day. */
export function assessClient(
  history: ClientHistory,
  asOfDay: LocalDate,
  config: InsightConfig = DEFAULT_INSIGHT_CONFIG,
  previous?: PreviousRisk | null,
): ClientAssessment {
  const collection = collectionView(history, asOfDay, config.ladder);
  const profitability = profitabilityView(history, asOfDay, config.profitability);
  const risk = assessRisk(
    history,
    asOfDay,
    {
      paymentIndex: paymentIndex(history, asOfDay),
      overdueByBucket: collection.overdueByBucket,
      // The collection view judged every promise already: the same record, not a second pass.
      promises: { kept: collection.promises.kept, broken: collection.promises.broken, brokenPromiseEventIds: collection.brokenPromiseEventIds },
      averageMonthlyBillingMinor: profitability.averageMonthlyBillingMinor,
      contributionMarginMinor: profitability.contributionMarginMinor,
      contributionMarginPercent: profitability.contributionMarginPercent,
    },
    config.risk,
    previous,
  );
  return { collection, profitability, risk };
}

/** What `client(id)` answers about risk, profitability and collection on one day, and what the read model keeps ready. */
export interface ReadyAssessment extends ClientAssessment {
  readonly paymentIndex: number | null;
  readonly averageDaysToPay: { readonly mean: number | null; readonly amountWeighted: number | null };
}

/**
 * The client's assessment on a day, with the trend against `previous`. Both the projector (which
 * stores it) and an on-demand fold (`asOf` in the past) go through here, so they cannot differ.
 */
export function readyAssessment(history: ClientHistory, asOfDay: LocalDate, config: InsightConfig, previous: PreviousRisk | null): ReadyAssessment {
  return {
    ...assessClient(history, asOfDay, config, previous),
    paymentIndex: paymentIndex(history, asOfDay),
    averageDaysToPay: averageDaysToPay(history, asOfDay),
  };
}

/**
 * What the trend compares with: the risk of the history before the client's latest event, on
 * the same day. Called before the latest event is folded in, so no copy of the history is made.
 */
export const previousRiskOf = (before: ClientHistory | null, asOfDay: LocalDate, config: InsightConfig): PreviousRisk | null =>
  before ? assessClient(before, asOfDay, config).risk : null;

import type { ClientInsight } from '@client-lifecycle/application';
import type { AgingBucketsModel, ProfitabilityModel } from './profitability.model';
import type { CollectionModel } from './collection.model';
import type { RiskAssessmentModel } from './risk.model';

const buckets = (byBucket: Readonly<Record<string, number>>): AgingBucketsModel => ({
  current: byBucket['CURRENT'] ?? 0,
  days1To30: byBucket['DAYS_1_30'] ?? 0,
  days31To60: byBucket['DAYS_31_60'] ?? 0,
  days61To90: byBucket['DAYS_61_90'] ?? 0,
  over90: byBucket['DAYS_90_PLUS'] ?? 0,
});

export function presentRisk({ risk }: ClientInsight): RiskAssessmentModel {
  const factor = (item: (typeof risk.factors)[number]) => ({ ...item, evidenceEventIds: [...item.evidenceEventIds] });
  return {
    ...risk,
    factors: risk.factors.map(factor),
    topFactors: risk.topFactors.map(factor),
    hardRules: [...risk.hardRules],
    archetypes: [...risk.archetypes],
  };
}

export function presentProfitability({ profitability, asOfDay, paymentIndex, averageDaysToPay }: ClientInsight): ProfitabilityModel {
  return {
    ...profitability,
    asOf: asOfDay,
    overdueByBucket: buckets(profitability.overdueByBucketMinor),
    costToServeBreakdown: profitability.costToServeBreakdown.map((line) => ({ ...line })),
    averageDaysToPay: averageDaysToPay.mean,
    averageDaysToPayWeighted: averageDaysToPay.amountWeighted,
    paymentIndex,
  };
}

export function presentCollection({ collection }: ClientInsight): CollectionModel {
  return {
    ...collection,
    overdueByBucket: buckets(collection.overdueByBucket),
    invoices: collection.invoices.map((invoice) => ({ ...invoice, evidenceEventIds: [...invoice.evidenceEventIds] })),
    brokenPromiseEventIds: [...collection.brokenPromiseEventIds],
  };
}

import type { ClientAssessmentView } from '@client-lifecycle/application';
import { agingBucketsOf, type ProfitabilityModel } from './profitability.model';
import type { CollectionModel } from './collection.model';
import type { RiskAssessmentModel } from './risk.model';

export function presentRisk({ risk, evidence }: ClientAssessmentView): RiskAssessmentModel {
  const described = new Map(evidence.map((event) => [event.eventId, event]));
  const eventsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const event = described.get(id);
      return event ? [{ eventId: event.eventId, type: event.type, occurredOn: event.occurredOn, summary: event.summary }] : [];
    });
  const factor = (item: (typeof risk.factors)[number]) => ({
    ...item,
    evidenceEventIds: [...item.evidenceEventIds],
    evidence: eventsOf(item.evidenceEventIds),
  });
  return {
    ...risk,
    factors: risk.factors.map(factor),
    topFactors: risk.topFactors.map(factor),
    hardRules: [...risk.hardRules],
    rules: risk.rules.map((firing) => ({ ...firing, evidenceEventIds: [...firing.evidenceEventIds], evidence: eventsOf(firing.evidenceEventIds) })),
    archetypes: [...risk.archetypes],
  };
}

export function presentProfitability({ profitability, asOfDay, paymentIndex, averageDaysToPay }: ClientAssessmentView): ProfitabilityModel {
  return {
    ...profitability,
    asOf: asOfDay,
    overdueByBucket: agingBucketsOf(profitability.overdueByBucketMinor),
    costToServeBreakdown: profitability.costToServeBreakdown.map((line) => ({ ...line })),
    averageDaysToPay: averageDaysToPay.mean,
    averageDaysToPayWeighted: averageDaysToPay.amountWeighted,
    paymentIndex,
  };
}

export function presentCollection({ collection }: ClientAssessmentView): CollectionModel {
  return {
    ...collection,
    overdueByBucket: agingBucketsOf(collection.overdueByBucket),
    invoices: collection.invoices.map((invoice) => ({
      ...invoice,
      steps: invoice.steps.map((step) => ({ ...step })),
      evidenceEventIds: [...invoice.evidenceEventIds],
    })),
    brokenPromiseEventIds: [...collection.brokenPromiseEventIds],
  };
}

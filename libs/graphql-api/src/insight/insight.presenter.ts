import type { ClientAssessmentView } from '@client-lifecycle/application';
import type { LateInterestProposal, RecoveryAdvice } from '@client-lifecycle/domain';
import type { LateInterestProposalModel, RecoveryAdviceModel } from '../client/credit-control.model';
import { days, moneyOf, moneyOrNull, percent, ratio } from '../shared';
import { agingBucketsOf, type ProfitabilityModel } from './profitability.model';
import type { CollectionModel } from './collection.model';
import type { RiskAssessmentModel } from './risk.model';

/**
 * Answers presented, by the assessment they were presented from: a client read again without new
 * events on the same day gets the same assessment objects (ClientInsightQueries keeps them), and
 * presenting them again would copy each factor, rule and cited event anew. Nothing mutates a
 * presented answer, so one serves every request.
 */
const risksPresented = new WeakMap<
  ClientAssessmentView['risk'],
  { readonly evidence: ClientAssessmentView['evidence']; readonly model: RiskAssessmentModel }
>();
const profitabilitiesPresented = new WeakMap<
  ClientAssessmentView['profitability'],
  { readonly view: Pick<ClientAssessmentView, 'asOfDay' | 'paymentIndex' | 'averageDaysToPay'>; readonly model: ProfitabilityModel }
>();

export function presentRisk(view: ClientAssessmentView): RiskAssessmentModel {
  const presented = risksPresented.get(view.risk);
  if (presented?.evidence === view.evidence) return presented.model;
  const model = presentRiskAfresh(view);
  risksPresented.set(view.risk, { evidence: view.evidence, model });
  return model;
}

export function presentProfitability(view: ClientAssessmentView): ProfitabilityModel {
  const presented = profitabilitiesPresented.get(view.profitability);
  if (
    presented?.view.asOfDay === view.asOfDay &&
    presented.view.paymentIndex === view.paymentIndex &&
    presented.view.averageDaysToPay === view.averageDaysToPay
  )
    return presented.model;
  const model = presentProfitabilityAfresh(view);
  profitabilitiesPresented.set(view.profitability, {
    view: { asOfDay: view.asOfDay, paymentIndex: view.paymentIndex, averageDaysToPay: view.averageDaysToPay },
    model,
  });
  return model;
}

function presentRiskAfresh({ risk, evidence }: ClientAssessmentView): RiskAssessmentModel {
  const described = new Map(evidence.map((event) => [event.eventId, event]));
  const eventsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const event = described.get(id);
      return event ? [{ eventId: event.eventId, type: event.type, occurredOn: event.occurredOn, summary: event.summary }] : [];
    });
  const factor = (item: (typeof risk.factors)[number]) => ({
    ...item,
    value: ratio(item.value),
    evidenceEventIds: [...item.evidenceEventIds],
    evidence: eventsOf(item.evidenceEventIds),
  });
  return {
    ...risk,
    contributionMarginPercent: percent(risk.contributionMarginPercent),
    factors: risk.factors.map(factor),
    topFactors: risk.topFactors.map(factor),
    hardRules: [...risk.hardRules],
    rules: risk.rules.map((firing) => ({ ...firing, evidenceEventIds: [...firing.evidenceEventIds], evidence: eventsOf(firing.evidenceEventIds) })),
    archetypes: [...risk.archetypes],
  };
}

function presentProfitabilityAfresh({ profitability, asOfDay, paymentIndex, averageDaysToPay }: ClientAssessmentView): ProfitabilityModel {
  const { currency } = profitability;
  const money = (amountMinor: number) => moneyOf(amountMinor, currency);
  return {
    asOf: asOfDay,
    currency,
    invoiced: money(profitability.invoicedMinor),
    collected: money(profitability.collectedMinor),
    outstanding: money(profitability.outstandingMinor),
    overdueByBucket: agingBucketsOf(profitability.overdueByBucketMinor, currency),
    writtenOff: money(profitability.writtenOffMinor),
    // Answers kept ready before credit notes and interest existed lack them: nothing of either then.
    credited: money(profitability.creditedMinor ?? 0),
    lateInterest: money(profitability.lateInterestMinor ?? 0),
    billableMinutes: profitability.billableMinutes,
    nonBillableMinutes: profitability.nonBillableMinutes,
    deliveryCost: money(profitability.deliveryCostMinor),
    costToServe: money(profitability.costToServeMinor),
    costToServeBreakdown: profitability.costToServeBreakdown.map(({ activity, count, minutes, costMinor }) => ({
      activity,
      count,
      minutes,
      cost: money(costMinor),
    })),
    carryingCost: money(profitability.carryingCostMinor),
    expectedCreditLoss: money(profitability.expectedCreditLossMinor),
    contributionMargin: money(profitability.contributionMarginMinor),
    contributionMarginPercent: percent(profitability.contributionMarginPercent),
    inDefault: profitability.inDefault,
    collectedMargin: money(profitability.collectedMarginMinor),
    collectedMarginPercent: percent(profitability.collectedMarginPercent),
    effectiveHourlyRate: moneyOrNull(profitability.effectiveHourlyRateMinor, currency),
    billingRealizationRatio: ratio(profitability.billingRealization),
    collectionRealizationRatio: ratio(profitability.collectionRealization),
    averageDaysToPay: days(averageDaysToPay.mean),
    averageDaysToPayWeighted: days(averageDaysToPay.amountWeighted),
    paymentIndex: percent(paymentIndex),
  };
}

export function presentCollection({ collection, profitability: { currency } }: ClientAssessmentView): CollectionModel {
  return {
    asOf: collection.asOf,
    invoices: collection.invoices.map(({ openBalanceMinor, lateInterestProposal, ...invoice }) => ({
      ...invoice,
      openBalance: moneyOf(openBalanceMinor, currency),
      lateInterestProposal: presentLateInterest(lateInterestProposal),
      steps: invoice.steps.map((step) => ({ ...step })),
      evidenceEventIds: [...invoice.evidenceEventIds],
    })),
    overdueByBucket: agingBucketsOf(collection.overdueByBucket, currency),
    totalOverdue: moneyOf(collection.totalOverdueMinor, currency),
    promises: {
      pending: collection.promises.pending,
      kept: collection.promises.kept,
      broken: collection.promises.broken,
      keptRatio: ratio(collection.promises.keptRate),
    },
    brokenPromiseEventIds: [...collection.brokenPromiseEventIds],
    recovery: presentRecovery(collection.recovery),
  };
}

// An answer kept ready before late interest and the cost of recovery existed lacks them: null until the client's next event.
function presentLateInterest(proposal: LateInterestProposal | null | undefined): LateInterestProposalModel | null {
  if (!proposal) return null;
  const { amountMinor, currency, ...period } = proposal;
  return { ...period, amount: moneyOf(amountMinor, currency) };
}

function presentRecovery(advice: RecoveryAdvice | null | undefined): RecoveryAdviceModel | null {
  if (!advice) return null;
  const money = (amountMinor: number) => moneyOf(amountMinor, advice.currency);
  return {
    route: advice.route,
    debt: money(advice.debtMinor),
    invoiceIds: [...advice.invoiceIds],
    options: advice.options.map((option) => ({
      route: option.route,
      expectedRecovery: money(option.expectedRecoveryMinor),
      recoveryCost: money(option.recoveryCostMinor),
      net: money(option.netMinor),
    })),
  };
}

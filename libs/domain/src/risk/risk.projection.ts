import type { ClientHistory } from '../client-history';
import { AbuseSeverity } from '../client/client.vocabulary';
import { daysBetween, type LocalDate } from '../shared';
import { DEFAULT_RISK_CONFIG, type RiskConfig } from './risk.config';
import {
  brokenPromises,
  complaints,
  conduct,
  excuses,
  overdueExposure,
  paymentIncidents,
  paymentLateness,
  type RiskMeasures,
  timeWaste,
  unpaidScopeCreep,
} from './risk.factors';
import {
  Archetype,
  HardRule,
  type PreviousRisk,
  Recommendation,
  RISK_RULE_VERSION,
  type RiskAssessment,
  RiskBand,
  type RiskFactor,
  RiskFactorKey,
  type RiskTrend,
} from './risk.model';

const PAYMENT_FACTORS: ReadonlySet<RiskFactorKey> = new Set([
  RiskFactorKey.PaymentLateness,
  RiskFactorKey.OverdueExposure,
  RiskFactorKey.BrokenPromises,
  RiskFactorKey.Excuses,
]);

const pointsOf = (factors: readonly RiskFactor[], keys: readonly RiskFactorKey[]) =>
  factors.filter((factor) => keys.includes(factor.key)).reduce((sum, factor) => sum + factor.points, 0);

/**
 * "Give a good client a chance": two years or more, and this is the first time a payment went
 * wrong (a single invoice late beyond the grace days, at most one broken promise).
 */
function earnsTenureMitigation(history: ClientHistory, asOf: LocalDate, measures: RiskMeasures, config: RiskConfig): boolean {
  const years = daysBetween(history.clientSince, asOf) / 365.25;
  if (years < config.tenure.minimumYears) return false;
  const incidents = paymentIncidents(history, asOf, config.tenure.graceDays, measures.promises.broken);
  return incidents.lateInvoices.length === 1 && incidents.brokenPromises <= 1;
}

const halved = (factor: RiskFactor): RiskFactor => {
  const points = Math.round(factor.points * 5) / 10;
  const explanation = factor.explanation.replace(`${factor.points}/${factor.maxPoints}`, `${points}/${factor.maxPoints}`);
  return { ...factor, points, explanation: `${explanation} (halved: long-standing client, first incident)` };
};

function bandOf(score: number, hardRules: readonly HardRule[], config: RiskConfig): RiskBand {
  if (hardRules.length > 0) return RiskBand.LetGo;
  if (score >= config.bands.redFrom) return RiskBand.Red;
  return score >= config.bands.amberFrom ? RiskBand.Amber : RiskBand.Green;
}

function archetypesOf(factors: readonly RiskFactor[], hasAbuse: boolean, marginMinor: number, config: RiskConfig): Archetype[] {
  const archetypes: Archetype[] = [];
  const payment = pointsOf(factors, [...PAYMENT_FACTORS]);
  if (payment >= config.archetypes.nonPayerPaymentPoints) archetypes.push(Archetype.NonPayer);
  if (pointsOf(factors, [RiskFactorKey.Complaints, RiskFactorKey.UnpaidScopeCreep]) >= config.archetypes.complainerPoints)
    archetypes.push(Archetype.ChronicComplainer);
  if (pointsOf(factors, [RiskFactorKey.TimeWaste]) >= config.archetypes.timeWasterPoints) archetypes.push(Archetype.TimeWaster);
  if (hasAbuse) archetypes.push(Archetype.Abusive);
  if (marginMinor < 0) archetypes.push(Archetype.Unprofitable);
  return archetypes;
}

/** DOMAIN.md's decision grid. A red client with a healthy margin is renegotiated, not let go. */
function recommendationOf(band: RiskBand, marginPercent: number | null, config: RiskConfig): Recommendation {
  const marginBelowTarget = marginPercent !== null && marginPercent < config.targetMarginPercent;
  if (band === RiskBand.LetGo || (band === RiskBand.Red && (marginBelowTarget || marginPercent === null))) return Recommendation.ProposeTermination;
  if (band === RiskBand.Amber || band === RiskBand.Red || marginBelowTarget) return Recommendation.Renegotiate;
  return Recommendation.Keep;
}

const trendOf = (score: number, previous: PreviousRisk | null | undefined): RiskTrend | null => {
  if (!previous) return null;
  const delta = Math.round((score - previous.score) * 10) / 10;
  return { previousScore: previous.score, delta, direction: delta > 0 ? 'UP' : delta < 0 ? 'DOWN' : 'FLAT' };
};

/** Risk model v1 of DOMAIN.md: explainable points, bands, hard rules, archetypes and the decision grid. */
export function assessRisk(
  history: ClientHistory,
  asOf: LocalDate,
  measures: RiskMeasures,
  config: RiskConfig = DEFAULT_RISK_CONFIG,
  previous?: PreviousRisk | null,
): RiskAssessment {
  const raw = [
    paymentLateness(history, asOf, measures),
    overdueExposure(history, asOf, measures, config),
    brokenPromises(asOf, measures),
    excuses(history, asOf, config),
    complaints(history, asOf, config),
    unpaidScopeCreep(history, asOf, config),
    timeWaste(history, asOf, config),
    conduct(history, asOf),
  ];
  const tenureMitigationApplied = earnsTenureMitigation(history, asOf, measures, config);
  const factors = tenureMitigationApplied ? raw.map((factor) => (PAYMENT_FACTORS.has(factor.key) ? halved(factor) : factor)) : raw;
  const score = Math.min(100, Math.round(factors.reduce((sum, factor) => sum + factor.points, 0) * 10) / 10);

  const abuse = history.abuseReports.filter((report) => report.on <= asOf);
  const hardRules: HardRule[] = [];
  if (abuse.some((report) => report.severity === AbuseSeverity.Severe)) hardRules.push(HardRule.SevereAbuse);
  if (score >= config.bands.redFrom && measures.contributionMarginMinor < 0) hardRules.push(HardRule.RedWithNegativeMargin);
  const band = bandOf(score, hardRules, config);

  return {
    clientId: history.clientId,
    asOf,
    ruleVersion: RISK_RULE_VERSION,
    score,
    band,
    factors,
    topFactors: factors.filter((factor) => factor.points > 0).sort((a, b) => b.points - a.points),
    hardRules,
    archetypes: archetypesOf(factors, abuse.length > 0, measures.contributionMarginMinor, config),
    tenureMitigationApplied,
    contributionMarginPercent: measures.contributionMarginPercent,
    recommendation: recommendationOf(band, measures.contributionMarginPercent, config),
    trend: trendOf(score, previous),
  };
}

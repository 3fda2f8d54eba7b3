import type { ClientHistory } from '../client-history/client-history';
import { creditLimitOn } from '../client-history/client-history.views';
import { AbuseSeverity } from '../client/client.vocabulary';
import { daysPastDue, invoicesIssuedBy, openBalanceAsOf, paidOffOnAsOf } from '../collection/aging';
import { isInDefault } from '../collection/credit-default';
import { PromiseStatus, promisesMadeBy, promiseStatusOf } from '../collection/payment-behaviour';
import { type Message, message } from '../messages/message';
import type { RiskMessageKey } from '../messages/templates/en';
import { memoisedByList } from '../collection/list.memo';
import { daysBetween, type LocalDate } from '../shared/local-date';
import { DEFAULT_RISK_CONFIG, type RiskConfig } from './risk.config';
import {
  brokenPromises,
  complaints,
  conduct,
  demands,
  excuses,
  type FactorDetail,
  overdueExposure,
  paymentIncidents,
  paymentLateness,
  riskEnglish,
  type RiskMeasures,
  timeWaste,
  unpaidScopeCreep,
  windowOf,
} from './risk.factors';
import {
  Archetype,
  BAND_RANK,
  HardRule,
  type PreviousRisk,
  Recommendation,
  RISK_RULE_VERSION,
  type RiskAssessment,
  RiskBand,
  type RiskFactor,
  RiskFactorKey,
  RiskRule,
  type RiskRuleFiring,
  type RiskTrend,
} from './risk.model';

const PAYMENT_FACTORS: ReadonlySet<RiskFactorKey> = new Set([
  RiskFactorKey.PaymentLateness,
  RiskFactorKey.OverdueExposure,
  RiskFactorKey.BrokenPromises,
  RiskFactorKey.Excuses,
]);

const CONDUCT_FACTORS: readonly RiskFactorKey[] = [
  RiskFactorKey.Complaints,
  RiskFactorKey.UnpaidScopeCreep,
  RiskFactorKey.TimeWaste,
  RiskFactorKey.Demands,
  RiskFactorKey.Conduct,
];

const HARD_RULES: Readonly<Partial<Record<RiskRule, HardRule>>> = {
  [RiskRule.SevereAbuse]: HardRule.SevereAbuse,
  [RiskRule.RedWithNegativeMargin]: HardRule.RedWithNegativeMargin,
  [RiskRule.RepeatedAbuse]: HardRule.RepeatedAbuse,
  [RiskRule.ConductBeyondRepair]: HardRule.ConductBeyondRepair,
};

const pointsOf = (factors: readonly RiskFactor[], keys: readonly RiskFactorKey[]) =>
  factors.filter((factor) => keys.includes(factor.key)).reduce((sum, factor) => sum + factor.points, 0);

const higherBand = (a: RiskBand, b: RiskBand): RiskBand => (BAND_RANK[a] >= BAND_RANK[b] ? a : b);

/** What the rules and the decision grid judge, measured once. */
interface PaymentSituation {
  /** Days past due of the oldest invoice still open; 0 when nothing is overdue. */
  readonly oldestDaysPastDue: number;
  readonly overdueMinor: number;
  /** Everything owed, due or not: what a credit limit is measured against. */
  readonly exposureMinor: number;
  readonly overdueInvoiceEventIds: readonly string[];
  /** Broken promises whose promised date fell within the memory window. */
  readonly recentBroken: readonly { readonly eventId: string; readonly promisedDate: LocalDate }[];
  readonly inDefault: boolean;
  readonly writeOffEventIds: readonly string[];
  /** Amount-weighted days late of the invoices paid off within the memory window; null when none was. */
  readonly averageDaysLate: number | null;
}

/** The part of the payment situation the invoices alone decide. */
type InvoiceSituation = Omit<PaymentSituation, 'recentBroken' | 'inDefault'>;

const invoiceSituations = memoisedByList<InvoiceSituation>();

function invoiceSituation(history: ClientHistory, asOf: LocalDate, memoryDays: number): InvoiceSituation {
  return invoiceSituations(history.invoices, `${asOf}|${memoryDays}`, () => {
    const remembered = windowOf(asOf, memoryDays);
    let oldestDaysPastDue = 0;
    let overdueMinor = 0;
    let exposureMinor = 0;
    const overdueInvoiceEventIds: string[] = [];
    const writeOffEventIds: string[] = [];
    let paidAmount = 0;
    let paidDaysLate = 0;
    for (const invoice of invoicesIssuedBy(history, asOf)) {
      const open = openBalanceAsOf(invoice, asOf);
      const days = daysPastDue(invoice.dueDate, asOf);
      exposureMinor += open;
      if (open > 0 && days > 0) {
        oldestDaysPastDue = Math.max(oldestDaysPastDue, days);
        overdueMinor += open;
        overdueInvoiceEventIds.push(invoice.eventId);
      }
      for (const writeOff of invoice.writeOffs ?? []) if (remembered(writeOff.on)) writeOffEventIds.push(writeOff.eventId);
      const paidOffOn = paidOffOnAsOf(invoice, asOf);
      if (paidOffOn !== null && remembered(paidOffOn)) {
        paidAmount += invoice.amountMinor;
        paidDaysLate += invoice.amountMinor * daysBetween(invoice.dueDate, paidOffOn);
      }
    }
    return {
      oldestDaysPastDue,
      overdueMinor,
      exposureMinor,
      overdueInvoiceEventIds: Object.freeze(overdueInvoiceEventIds),
      writeOffEventIds: Object.freeze(writeOffEventIds),
      averageDaysLate: paidAmount > 0 ? paidDaysLate / paidAmount : null,
    };
  });
}

function paymentSituation(history: ClientHistory, asOf: LocalDate, measures: RiskMeasures, config: RiskConfig): PaymentSituation {
  const remembered = windowOf(asOf, config.memoryDays);
  const recentBroken = promisesMadeBy(history, asOf).filter(
    (promise) => remembered(promise.promisedDate) && promiseStatusOf(promise, history, asOf) === PromiseStatus.Broken,
  );
  return { ...invoiceSituation(history, asOf, config.memoryDays), recentBroken, inDefault: measures.inDefault ?? isInDefault(history, asOf) };
}

/**
 * "Give a good client a chance": two years or more, and this is the first time a payment went
 * wrong (a single invoice late beyond the grace days, no broken promise). Never once the debt is
 * serious: more than 60 days overdue, or more than a month's billing overdue.
 */
function earnsTenureMitigation(history: ClientHistory, asOf: LocalDate, measures: RiskMeasures, situation: PaymentSituation, config: RiskConfig): boolean {
  const years = daysBetween(history.clientSince, asOf) / 365.25;
  if (years < config.tenure.minimumYears) return false;
  if (situation.oldestDaysPastDue > config.nonPayer.longOverdueDays) return false;
  if (situation.overdueMinor > measures.averageMonthlyBillingMinor) return false;
  const incidents = paymentIncidents(history, asOf, config.tenure.graceDays, measures.promises.broken);
  return incidents.lateInvoices.length === 1 && incidents.brokenPromises === 0;
}

const halved = (factor: RiskFactor, detail: FactorDetail): RiskFactor => {
  const points = Math.round((factor.points / 2) * 10) / 10;
  if (detail === 'points') return { ...factor, points };
  const halvedNote = message('risk.factor.halved');
  return {
    ...factor,
    points,
    explanation: `${factor.explanation.replace(`${factor.points}/`, `${points}/`)} ${riskEnglish(halvedNote)}`,
    ...(factor.message && { message: message(factor.message.key, { ...factor.message.params, points }, halvedNote) }),
  };
};

const bandOfScore = (score: number, config: RiskConfig): RiskBand =>
  score >= config.bands.redFrom ? RiskBand.Red : score >= config.bands.amberFrom ? RiskBand.Amber : RiskBand.Green;

/** The rules of risk model v2 that do not wait for points, each with its evidence and plain words. */
function rulesOf(
  history: ClientHistory,
  asOf: LocalDate,
  factors: readonly RiskFactor[],
  measures: RiskMeasures,
  situation: PaymentSituation,
  config: RiskConfig,
  detail: FactorDetail,
): RiskRuleFiring[] {
  const fired: RiskRuleFiring[] = [];
  const fire = (rule: RiskRule, band: RiskBand, key: RiskMessageKey, params: Message['params'], evidenceEventIds: readonly string[]) => {
    if (detail === 'points') {
      fired.push({ rule, band, explanation: '', evidenceEventIds });
      return;
    }
    const said = message(key, params);
    fired.push({ rule, band, explanation: riskEnglish(said), message: said, evidenceEventIds });
  };
  const reported = history.abuseReports.filter((report) => report.on <= asOf);
  const severe = reported.filter((report) => report.severity === AbuseSeverity.Severe);
  if (severe.length > 0)
    fire(
      RiskRule.SevereAbuse,
      RiskBand.LetGo,
      'risk.rule.severeAbuse',
      {},
      severe.map((report) => report.eventId),
    );
  const minorRemembered = reported.filter((report) => report.severity === AbuseSeverity.Minor && windowOf(asOf, config.memoryDays)(report.on));
  const minorRecent = minorRemembered.filter((report) => windowOf(asOf, config.windowDays)(report.on));
  if (minorRemembered.length >= config.abuse.letGoAtMinorReports)
    fire(
      RiskRule.RepeatedAbuse,
      RiskBand.LetGo,
      'risk.rule.repeatedAbuse',
      { count: minorRemembered.length, days: config.memoryDays },
      minorRemembered.map((report) => report.eventId),
    );
  else if (minorRecent.length >= config.abuse.amberAtMinorReports)
    fire(
      RiskRule.MinorAbuseRepeated,
      RiskBand.Amber,
      'risk.rule.minorAbuseRepeated',
      { count: minorRecent.length, days: config.windowDays },
      minorRecent.map((report) => report.eventId),
    );
  const conductPoints = Math.round(pointsOf(factors, CONDUCT_FACTORS) * 10) / 10;
  if (conductPoints >= config.conductLetGoFrom)
    fire(
      RiskRule.ConductBeyondRepair,
      RiskBand.LetGo,
      'risk.rule.conductBeyondRepair',
      { points: conductPoints, letGoFrom: config.conductLetGoFrom },
      factors.filter((factor) => CONDUCT_FACTORS.includes(factor.key)).flatMap((factor) => factor.evidenceEventIds),
    );
  if (situation.recentBroken.length >= config.nonPayer.creditHoldAtBrokenPromises)
    fire(RiskRule.RepeatedBrokenPromises, RiskBand.Red, 'risk.rule.repeatedBrokenPromises', { count: situation.recentBroken.length, days: config.memoryDays }, [
      ...new Set(situation.recentBroken.map((promise) => promise.eventId)),
    ]);
  if (situation.oldestDaysPastDue > config.nonPayer.longOverdueDays && situation.overdueMinor > measures.averageMonthlyBillingMinor)
    fire(RiskRule.LongOverdue, RiskBand.Red, 'risk.rule.longOverdue', { days: situation.oldestDaysPastDue }, situation.overdueInvoiceEventIds);
  if (situation.inDefault) fire(RiskRule.InDefault, RiskBand.Red, 'risk.rule.inDefault', {}, situation.overdueInvoiceEventIds);
  if (situation.writeOffEventIds.length > 0)
    fire(RiskRule.WrittenOffDebt, RiskBand.Red, 'risk.rule.writtenOffDebt', { days: config.memoryDays }, situation.writeOffEventIds);
  if (measures.contributionMarginMinor < 0) fire(RiskRule.NegativeMargin, RiskBand.Amber, 'risk.rule.negativeMargin', {}, []);
  const limit = creditLimitOn(history, asOf);
  if (limit !== null && limit.amountMinor !== null && situation.exposureMinor > limit.amountMinor)
    fire(RiskRule.CreditLimitExceeded, RiskBand.Amber, 'risk.rule.creditLimitExceeded', { exposure: situation.exposureMinor, limit: limit.amountMinor }, [
      limit.eventId,
      ...situation.overdueInvoiceEventIds,
    ]);
  return fired;
}

function archetypesOf(
  factors: readonly RiskFactor[],
  fired: readonly RiskRuleFiring[],
  hasAbuse: boolean,
  marginMinor: number,
  config: RiskConfig,
): Archetype[] {
  const archetypes: Archetype[] = [];
  const nonPaymentRule = fired.some((firing) =>
    [RiskRule.RepeatedBrokenPromises, RiskRule.LongOverdue, RiskRule.InDefault, RiskRule.WrittenOffDebt].includes(firing.rule),
  );
  if (nonPaymentRule || pointsOf(factors, [...PAYMENT_FACTORS]) >= config.archetypes.nonPayerPaymentPoints) archetypes.push(Archetype.NonPayer);
  if (pointsOf(factors, [RiskFactorKey.Complaints, RiskFactorKey.UnpaidScopeCreep]) >= config.archetypes.complainerPoints)
    archetypes.push(Archetype.ChronicComplainer);
  if (pointsOf(factors, [RiskFactorKey.TimeWaste]) >= config.archetypes.timeWasterPoints) archetypes.push(Archetype.TimeWaster);
  if (hasAbuse) archetypes.push(Archetype.Abusive);
  if (marginMinor < 0) archetypes.push(Archetype.Unprofitable);
  if (pointsOf(factors, [RiskFactorKey.Demands]) >= config.archetypes.demandingPoints) archetypes.push(Archetype.Demanding);
  return archetypes;
}

/**
 * The decision grid of risk model v2: let-go and the non-payer's termination triggers (third
 * broken promise, default, a written-off debt) propose termination; the second broken promise or
 * long-overdue debt puts the client on credit hold; any other red proposes termination; a client
 * who always pays late but earns its margin gets new terms; amber, a margin below target or any
 * abuse report renegotiates; the rest is kept.
 */
function recommendationOf(
  band: RiskBand,
  fired: readonly RiskRuleFiring[],
  measures: RiskMeasures,
  situation: PaymentSituation,
  abuseInWindow: boolean,
  config: RiskConfig,
): Recommendation {
  const has = (rule: RiskRule) => fired.some((firing) => firing.rule === rule);
  const marginBelowTarget = measures.contributionMarginPercent !== null && measures.contributionMarginPercent < config.targetMarginPercent;
  if (band === RiskBand.LetGo) return Recommendation.ProposeTermination;
  if (situation.recentBroken.length >= config.nonPayer.terminationAtBrokenPromises || has(RiskRule.InDefault) || has(RiskRule.WrittenOffDebt))
    return Recommendation.ProposeTermination;
  if (has(RiskRule.RepeatedBrokenPromises) || has(RiskRule.LongOverdue) || has(RiskRule.CreditLimitExceeded)) return Recommendation.CreditHold;
  if (band === RiskBand.Red) return Recommendation.ProposeTermination;
  const { fromDaysLate, toDaysLate } = config.latePayer;
  const latePayer =
    situation.averageDaysLate !== null &&
    situation.averageDaysLate >= fromDaysLate &&
    situation.averageDaysLate <= toDaysLate &&
    measures.promises.broken === 0;
  if (latePayer && !marginBelowTarget && measures.contributionMarginPercent !== null) return Recommendation.RenegotiateTerms;
  if (band === RiskBand.Amber || marginBelowTarget || abuseInWindow) return Recommendation.Renegotiate;
  return Recommendation.Keep;
}

const trendOf = (score: number, previous: PreviousRisk | null | undefined): RiskTrend | null => {
  if (!previous) return null;
  const delta = Math.round((score - previous.score) * 10) / 10;
  return {
    ...(previous.asOf !== undefined ? { comparedWith: previous.asOf } : {}),
    ...(previous.band !== undefined ? { previousBand: previous.band } : {}),
    previousScore: previous.score,
    delta,
    direction: delta > 0 ? 'UP' : delta < 0 ? 'DOWN' : 'FLAT',
  };
};

/**
 * Risk model v2 (DOMAIN.md): explainable points, band floors from rules that do not wait for
 * points (each with its evidence and plain words), hard rules, archetypes and the decision grid.
 * With `detail` 'points' (a score and band alone, as the trend compares with) the factors carry
 * no evidence and neither they nor the rules any plain words; every figure is the same.
 */
export function assessRisk(
  history: ClientHistory,
  asOf: LocalDate,
  measures: RiskMeasures,
  config: RiskConfig = DEFAULT_RISK_CONFIG,
  previous?: PreviousRisk | null,
  detail: FactorDetail = 'full',
): RiskAssessment {
  const raw = [
    paymentLateness(history, asOf, measures, config, detail),
    overdueExposure(history, asOf, measures, config, detail),
    brokenPromises(asOf, measures, config, detail),
    excuses(history, asOf, config, detail),
    complaints(history, asOf, config, detail),
    unpaidScopeCreep(history, asOf, config, detail),
    timeWaste(history, asOf, config, detail),
    demands(history, asOf, config, detail),
    conduct(history, asOf, config, detail),
  ];
  const situation = paymentSituation(history, asOf, measures, config);
  const tenureMitigationApplied = earnsTenureMitigation(history, asOf, measures, situation, config);
  const factors = tenureMitigationApplied ? raw.map((factor) => (PAYMENT_FACTORS.has(factor.key) ? halved(factor, detail) : factor)) : raw;
  const score = Math.min(100, Math.round(factors.reduce((sum, factor) => sum + factor.points, 0) * 10) / 10);

  const fired = rulesOf(history, asOf, factors, measures, situation, config, detail);
  let band = fired.reduce((current, firing) => higherBand(current, firing.band), bandOfScore(score, config));
  if (band === RiskBand.Red && measures.contributionMarginMinor < 0) {
    const said = message('risk.rule.redWithNegativeMargin');
    fired.push({ rule: RiskRule.RedWithNegativeMargin, band: RiskBand.LetGo, explanation: riskEnglish(said), message: said, evidenceEventIds: [] });
    band = RiskBand.LetGo;
  }
  const hardRules = fired.flatMap((firing) => HARD_RULES[firing.rule] ?? []);
  const abuse = history.abuseReports.filter((report) => report.on <= asOf);
  const abuseInWindow = abuse.some((report) => windowOf(asOf, config.windowDays)(report.on));
  return {
    clientId: history.clientId,
    asOf,
    ruleVersion: RISK_RULE_VERSION,
    score,
    band,
    factors,
    topFactors: factors.filter((factor) => factor.points > 0).sort((a, b) => b.points - a.points),
    hardRules,
    rules: fired,
    archetypes: archetypesOf(factors, fired, abuse.length > 0, measures.contributionMarginMinor, config),
    tenureMitigationApplied,
    contributionMarginPercent: measures.contributionMarginPercent,
    recommendation: recommendationOf(band, fired, measures, situation, abuseInWindow, config),
    trend: trendOf(score, previous),
  };
}

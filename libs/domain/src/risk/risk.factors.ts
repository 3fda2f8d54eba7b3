import { ConductSignalKind, type ClientHistory, type InvoiceEntry, type ScopeChangeEntry, type TimeEntry } from '../client-history/client-history';
import { AbuseSeverity, ComplaintOutcome, MeetingOutcome, RecommendationOutcome, ScopeClassification } from '../client/client.vocabulary';
import { openBalanceAsOf } from '../collection/aging';
import { inPlainEnglish, type Message, message } from '../messages/message';
import { EN_RISK_MESSAGES, type RiskMessageKey } from '../messages/templates/en';
import { memoisedByList } from '../collection/list.memo';
import { addDays, daysBetween, type LocalDate } from '../shared/local-date';
import type { RiskConfig } from './risk.config';
import { RISK_RULE_VERSION, type RiskFactor, RiskFactorKey } from './risk.model';

/** What the risk model reads from the collection and profitability read models. */
export interface RiskMeasures {
  /** Trailing twelve months (see `paymentIndex`). */
  readonly paymentIndex: number | null;
  /** Open balance by aging bucket, keyed by the collection model's bucket names. */
  readonly overdueByBucket: Readonly<Record<string, number>>;
  readonly promises: { readonly kept: number; readonly broken: number; readonly brokenPromiseEventIds: readonly string[] };
  readonly averageMonthlyBillingMinor: number;
  readonly contributionMarginMinor: number;
  readonly contributionMarginPercent: number | null;
  /** See `isInDefault`; judged from the history when the caller does not say. */
  readonly inDefault?: boolean;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const round1 = (value: number) => Math.round(value * 10) / 10;
const hours = (minutes: number) => round1(minutes / 60);

/**
 * How much of a factor is made: `full` for an assessment; `points` for a score alone (the trend's
 * score 30 days before), whose factors carry no evidence and no plain words, as nobody reads them.
 */
export type FactorDetail = 'full' | 'points';

const factor = (
  key: RiskFactorKey,
  maxPoints: number,
  rawPoints: number,
  value: number,
  asOf: LocalDate,
  evidenceEventIds: () => readonly string[],
  describe: (points: number) => Message,
  detail: FactorDetail,
): RiskFactor => {
  const points = round1(clamp(rawPoints, 0, maxPoints));
  if (detail === 'points') return { key, value: round1(value), points, maxPoints, ruleVersion: RISK_RULE_VERSION, asOf, evidenceEventIds: [], explanation: '' };
  const said = describe(points);
  return {
    key,
    value: round1(value),
    points,
    maxPoints,
    ruleVersion: RISK_RULE_VERSION,
    asOf,
    evidenceEventIds: evidenceEventIds(),
    explanation: riskEnglish(said),
    message: said,
  };
};

/** A risk message as the `explanation` strings have it; a reader's language is rendered from `message`. */
export const riskEnglish = (said: Message): string => inPlainEnglish(said, EN_RISK_MESSAGES);

const say = (key: RiskMessageKey, params: Message['params']): Message => message(key, params);

/** Whether a day falls in the window of `windowDays` ending on asOf; its start is computed once, not per fact tested. */
export const windowOf = (asOf: LocalDate, windowDays: number) => {
  const before = addDays(asOf, -windowDays);
  return (day: LocalDate) => day <= asOf && day > before;
};

/** Invoices paid late or still unpaid past their due date, as of a day: the evidence of lateness. */
const lateInvoices = (history: ClientHistory, asOf: LocalDate, graceDays = 0): readonly InvoiceEntry[] =>
  lateByList(history.invoices, `${asOf}|${graceDays}`, () =>
    history.invoices.filter((invoice) => {
      if (invoice.issuedOn > asOf) return false;
      if (openBalanceAsOf(invoice, asOf) > 0) return daysBetween(invoice.dueDate, asOf) > graceDays;
      return invoice.payments.some((payment) => payment.paidOn <= asOf && daysBetween(invoice.dueDate, payment.paidOn) > graceDays);
    }),
  );

const lateByList = memoisedByList<readonly InvoiceEntry[]>();

export function paymentLateness(
  history: ClientHistory,
  asOf: LocalDate,
  measures: RiskMeasures,
  config: RiskConfig,
  detail: FactorDetail = 'full',
): RiskFactor {
  const max = config.maxPoints.paymentLateness;
  const index = measures.paymentIndex;
  const evidence = () =>
    lateInvoices(history, asOf).flatMap((invoice) => [
      invoice.eventId,
      ...invoice.payments.filter((payment) => payment.paidOn <= asOf).map((payment) => payment.eventId),
    ]);
  return factor(
    RiskFactorKey.PaymentLateness,
    max,
    index === null ? 0 : max * clamp((80 - index) / 60, 0, 1),
    index ?? 80,
    asOf,
    evidence,
    (points) =>
      index === null ? say('risk.factor.paymentLateness.noneDue', { max }) : say('risk.factor.paymentLateness', { points, max, index: Math.round(index) }),
    detail,
  );
}

/** Σ weight × overdue balance by bucket, as a share of a month's billing. */
export function overdueRatio(measures: RiskMeasures, config: RiskConfig): number {
  const { days1To30, days31To60, days61To90, over90 } = config.exposureWeights;
  const buckets = measures.overdueByBucket;
  const weighted =
    (buckets['DAYS_1_30'] ?? 0) * days1To30 +
    (buckets['DAYS_31_60'] ?? 0) * days31To60 +
    (buckets['DAYS_61_90'] ?? 0) * days61To90 +
    (buckets['DAYS_90_PLUS'] ?? 0) * over90;
  const monthly = measures.averageMonthlyBillingMinor;
  return monthly > 0 ? weighted / monthly : weighted > 0 ? 1 : 0;
}

export function overdueExposure(
  history: ClientHistory,
  asOf: LocalDate,
  measures: RiskMeasures,
  config: RiskConfig,
  detail: FactorDetail = 'full',
): RiskFactor {
  const max = config.maxPoints.overdueExposure;
  const ratio = overdueRatio(measures, config);
  // Only the evidence and the words list the invoices: a score alone does not look for them.
  const overdue =
    detail === 'full' ? history.invoices.filter((invoice) => invoice.issuedOn <= asOf && invoice.dueDate < asOf && openBalanceAsOf(invoice, asOf) > 0) : [];
  return factor(
    RiskFactorKey.OverdueExposure,
    max,
    max * Math.min(1, ratio),
    ratio,
    asOf,
    () => overdue.map((invoice) => invoice.eventId),
    (points) => say('risk.factor.overdueExposure', { points, max, percent: Math.round(ratio * 100), count: overdue.length }),
    detail,
  );
}

/** v2 counts broken promises (the second one is the pattern), not their share of all promises. */
export function brokenPromises(asOf: LocalDate, measures: RiskMeasures, config: RiskConfig, detail: FactorDetail = 'full'): RiskFactor {
  const max = config.maxPoints.brokenPromises;
  const { kept, broken, brokenPromiseEventIds } = measures.promises;
  return factor(
    RiskFactorKey.BrokenPromises,
    max,
    config.points.brokenPromise * broken,
    broken,
    asOf,
    () => brokenPromiseEventIds,
    (points) => say('risk.factor.brokenPromises', { points, max, broken, total: kept + broken }),
    detail,
  );
}

export function excuses(history: ClientHistory, asOf: LocalDate, config: RiskConfig, detail: FactorDetail = 'full'): RiskFactor {
  const max = config.maxPoints.excuses;
  const within = windowOf(asOf, config.windowDays);
  const recent = history.excuses.filter((excuse) => within(excuse.on));
  return factor(
    RiskFactorKey.Excuses,
    max,
    config.points.excuse * recent.length,
    recent.length,
    asOf,
    () => recent.map((excuse) => excuse.eventId),
    (points) => say('risk.factor.excuses', { points, max, count: recent.length, days: config.windowDays }),
    detail,
  );
}

export function complaints(history: ClientHistory, asOf: LocalDate, config: RiskConfig, detail: FactorDetail = 'full'): RiskFactor {
  // A complaint weighs only once judged unfounded: a founded one is our fault, not the client's.
  const max = config.maxPoints.complaints;
  const within = windowOf(asOf, config.windowDays);
  const unfounded = history.complaints.filter(
    (complaint) =>
      complaint.outcome === ComplaintOutcome.Unfounded && complaint.resolvedOn !== null && complaint.resolvedOn <= asOf && within(complaint.filedOn),
  );
  return factor(
    RiskFactorKey.Complaints,
    max,
    config.points.unfoundedComplaint * unfounded.length,
    unfounded.length,
    asOf,
    () => unfounded.flatMap((complaint) => complaint.eventIds),
    (points) => say('risk.factor.complaints', { points, max, count: unfounded.length, days: config.windowDays }),
    detail,
  );
}

interface UnbilledScopeCreep {
  readonly outOfScope: ReadonlyMap<string, ScopeChangeEntry>;
  readonly entries: readonly TimeEntry[];
  readonly timeEntryIds: ReadonlySet<string>;
}

/** By scope changes, then time entries: the answer depends on the two lists alone, not on the day. */
const scopeCreepByLists = new WeakMap<readonly ScopeChangeEntry[], WeakMap<readonly TimeEntry[], UnbilledScopeCreep>>();

/** Time entries of out-of-contract work nobody pays for: counted once, by the scope-creep factor. */
function unbilledScopeCreepEntries(history: ClientHistory): UnbilledScopeCreep {
  const { scopeChanges, timeEntries } = history;
  const remembered = Object.isFrozen(scopeChanges) && Object.isFrozen(timeEntries);
  const known = remembered ? scopeCreepByLists.get(scopeChanges)?.get(timeEntries) : undefined;
  if (known) return known;
  const found = unbilledScopeCreepOf(history);
  if (remembered) {
    let byTime = scopeCreepByLists.get(scopeChanges);
    if (!byTime) scopeCreepByLists.set(scopeChanges, (byTime = new WeakMap()));
    byTime.set(timeEntries, found);
  }
  return found;
}

function unbilledScopeCreepOf(history: ClientHistory): UnbilledScopeCreep {
  const outOfScope = new Map(
    history.scopeChanges
      .filter((change) => change.classification === ScopeClassification.OutOfContract)
      .map((change) => [change.scopeChangeId, change] as const),
  );
  const entries = history.timeEntries.filter((entry) => {
    const change = entry.scopeChangeId === null ? undefined : outOfScope.get(entry.scopeChangeId);
    return change !== undefined && (!entry.billable || change.billable === false);
  });
  return { outOfScope, entries, timeEntryIds: new Set(entries.map((entry) => entry.timeEntryId)) };
}

/**
 * Unbilled out-of-scope hours of the window against the contracted hours of one month: a month
 * of unpaid extra work within three months maxes it out.
 */
export function unpaidScopeCreep(history: ClientHistory, asOf: LocalDate, config: RiskConfig, detail: FactorDetail = 'full'): RiskFactor {
  const max = config.maxPoints.unpaidScopeCreep;
  const within = windowOf(asOf, config.windowDays);
  const { outOfScope, entries } = unbilledScopeCreepEntries(history);
  const unbilled = entries.filter((entry) => within(entry.workedOn));
  const unbilledMinutes = unbilled.reduce((sum, entry) => sum + entry.minutes, 0);
  const contractedMinutes = history.contract.contractedHoursPerMonth * 60;
  const ratio = contractedMinutes > 0 ? unbilledMinutes / contractedMinutes : unbilledMinutes > 0 ? 1 : 0;
  const evidence = () => [
    ...unbilled.map((entry) => entry.eventId),
    ...new Set(unbilled.flatMap((entry) => outOfScope.get(entry.scopeChangeId ?? '')?.eventIds ?? [])),
  ];
  return factor(
    RiskFactorKey.UnpaidScopeCreep,
    max,
    max * Math.min(1, ratio),
    ratio,
    asOf,
    evidence,
    (points) => say('risk.factor.unpaidScopeCreep', { points, max, hours: hours(unbilledMinutes), days: config.windowDays }),
    detail,
  );
}

const signalsOf = (history: ClientHistory, kind: ConductSignalKind, within: (day: LocalDate) => boolean) =>
  (history.conductSignals ?? []).filter((signal) => signal.kind === kind && within(signal.on));

/**
 * Missed and unprepared meetings, rejected recommendations, answers slower than agreed, reviews
 * that found no progress, and non-billable hours against billable ones. Unpaid scope-creep hours
 * are left to their own factor, so the same hour is not counted twice.
 */
export function timeWaste(history: ClientHistory, asOf: LocalDate, config: RiskConfig, detail: FactorDetail = 'full'): RiskFactor {
  const max = config.maxPoints.timeWaste;
  const { points: per } = config;
  const within = windowOf(asOf, config.windowDays);
  const missed = history.meetings.filter((meeting) => meeting.outcome === MeetingOutcome.Missed && within(meeting.on));
  const unprepared = history.meetings.filter((meeting) => meeting.outcome === MeetingOutcome.ClientUnprepared && within(meeting.on));
  const rejected = history.recommendations.filter((recommendation) => recommendation.outcome === RecommendationOutcome.Rejected && within(recommendation.on));
  const slow = signalsOf(history, ConductSignalKind.SlowResponse, within);
  const stuck = signalsOf(history, ConductSignalKind.NoProgress, within);
  const scopeCreep = unbilledScopeCreepEntries(history).timeEntryIds;
  // One pass over what may be thousands of time entries, summed in their order as the filters did.
  let billable = 0;
  let nonBillable = 0;
  const nonBillableEntries: TimeEntry[] = [];
  for (const entry of history.timeEntries) {
    if (!within(entry.workedOn) || scopeCreep.has(entry.timeEntryId)) continue;
    if (entry.billable) billable += entry.minutes;
    else {
      nonBillable += entry.minutes;
      nonBillableEntries.push(entry);
    }
  }
  const ratio = billable > 0 ? nonBillable / billable : nonBillable > 0 ? 1 : 0;
  const points =
    per.missedMeeting * missed.length +
    per.unpreparedMeeting * unprepared.length +
    per.rejectedRecommendation * rejected.length +
    per.slowResponse * slow.length +
    per.noProgress * stuck.length +
    per.nonBillableRatio * Math.min(1, ratio);
  const evidence = () => [...missed, ...unprepared, ...rejected, ...slow, ...stuck, ...nonBillableEntries].map((fact) => fact.eventId);
  return factor(
    RiskFactorKey.TimeWaste,
    max,
    points,
    ratio,
    asOf,
    evidence,
    (shown) =>
      say('risk.factor.timeWaste', {
        points: shown,
        max,
        missed: missed.length,
        unprepared: unprepared.length,
        rejected: rejected.length,
        slow: slow.length,
        stuck: stuck.length,
        nonBillableHours: hours(nonBillable),
        billableHours: hours(billable),
        days: config.windowDays,
      }),
    detail,
  );
}

/** Disrespect and demands that cannot be met, in the window: the conduct signs short of abuse. */
export function demands(history: ClientHistory, asOf: LocalDate, config: RiskConfig, detail: FactorDetail = 'full'): RiskFactor {
  const max = config.maxPoints.demands;
  const within = windowOf(asOf, config.windowDays);
  const disrespect = signalsOf(history, ConductSignalKind.Disrespect, within);
  const unreasonable = signalsOf(history, ConductSignalKind.UnreasonableDemand, within);
  const points = config.points.disrespect * disrespect.length + config.points.unreasonableDemand * unreasonable.length;
  return factor(
    RiskFactorKey.Demands,
    max,
    points,
    disrespect.length + unreasonable.length,
    asOf,
    () => [...disrespect, ...unreasonable].map((signal) => signal.eventId),
    (shown) => say('risk.factor.demands', { points: shown, max, disrespect: disrespect.length, unreasonable: unreasonable.length, days: config.windowDays }),
    detail,
  );
}

/** Minor abuse reports of the window; a severe one is a hard rule, not points. */
export function conduct(history: ClientHistory, asOf: LocalDate, config: RiskConfig, detail: FactorDetail = 'full'): RiskFactor {
  const max = config.maxPoints.conduct;
  const within = windowOf(asOf, config.windowDays);
  const reports = history.abuseReports.filter((report) => report.severity === AbuseSeverity.Minor && within(report.on));
  return factor(
    RiskFactorKey.Conduct,
    max,
    config.points.minorAbuse * reports.length,
    reports.length,
    asOf,
    () => reports.map((report) => report.eventId),
    (points) => say('risk.factor.conduct', { points, max, count: reports.length, days: config.windowDays }),
    detail,
  );
}

/**
 * Incidents for the tenure rule: invoices paid, or still open, more than the grace days after
 * their due date, and broken promises.
 */
export function paymentIncidents(history: ClientHistory, asOf: LocalDate, graceDays: number, brokenPromises: number) {
  return { lateInvoices: lateInvoices(history, asOf, graceDays), brokenPromises };
}

import type { ClientHistory } from '../client-history';
import { ComplaintOutcome, MeetingOutcome, ScopeClassification } from '../client/client.vocabulary';
import { openBalanceAsOf } from '../collection';
import { addDays, daysBetween, type LocalDate } from '../shared';
import type { RiskConfig } from './risk.config';
import { RISK_RULE_VERSION, type RiskFactor, RiskFactorKey } from './risk.model';

/** What the risk model reads from the collection and profitability read models. */
export interface RiskMeasures {
  readonly paymentIndex: number | null;
  /** Open balance by aging bucket, keyed by the collection model's bucket names. */
  readonly overdueByBucket: Readonly<Record<string, number>>;
  readonly promises: { readonly kept: number; readonly broken: number; readonly brokenPromiseEventIds: readonly string[] };
  readonly averageMonthlyBillingMinor: number;
  readonly contributionMarginMinor: number;
  readonly contributionMarginPercent: number | null;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const round1 = (value: number) => Math.round(value * 10) / 10;
const hours = (minutes: number) => round1(minutes / 60);

const factor = (
  key: RiskFactorKey,
  maxPoints: number,
  rawPoints: number,
  value: number,
  asOf: LocalDate,
  evidenceEventIds: readonly string[],
  describe: (points: number) => string,
): RiskFactor => {
  const points = round1(clamp(rawPoints, 0, maxPoints));
  return { key, value: round1(value), points, maxPoints, ruleVersion: RISK_RULE_VERSION, asOf, evidenceEventIds, explanation: describe(points) };
};

/** Whether a day falls in the window of `windowDays` ending on asOf; its start is computed once, not per fact tested. */
const windowOf = (asOf: LocalDate, windowDays: number) => {
  const before = addDays(asOf, -windowDays);
  return (day: LocalDate) => day <= asOf && day > before;
};

/** Invoices paid late or still unpaid past their due date, as of a day: the evidence of lateness. */
const lateInvoices = (history: ClientHistory, asOf: LocalDate, graceDays = 0) =>
  history.invoices.filter((invoice) => {
    if (invoice.issuedOn > asOf) return false;
    if (openBalanceAsOf(invoice, asOf) > 0) return daysBetween(invoice.dueDate, asOf) > graceDays;
    return invoice.payments.some((payment) => payment.paidOn <= asOf && daysBetween(invoice.dueDate, payment.paidOn) > graceDays);
  });

export function paymentLateness(history: ClientHistory, asOf: LocalDate, measures: RiskMeasures): RiskFactor {
  const index = measures.paymentIndex;
  const late = lateInvoices(history, asOf);
  const evidence = late.flatMap((invoice) => [invoice.eventId, ...invoice.payments.filter((payment) => payment.paidOn <= asOf).map((payment) => payment.eventId)]);
  return factor(RiskFactorKey.PaymentLateness, 25, index === null ? 0 : 25 * clamp((80 - index) / 60, 0, 1), index ?? 80, asOf, evidence, (points) =>
    index === null ? 'payment lateness 0/25: no payment due yet' : `payment lateness ${points}/25: payment index ${Math.round(index)} (80 is on time)`,
  );
}

export function overdueExposure(history: ClientHistory, asOf: LocalDate, measures: RiskMeasures, config: RiskConfig): RiskFactor {
  const { days1To30, days31To60, days61To90, over90 } = config.exposureWeights;
  const buckets = measures.overdueByBucket;
  const weighted =
    (buckets['DAYS_1_30'] ?? 0) * days1To30 + (buckets['DAYS_31_60'] ?? 0) * days31To60 + (buckets['DAYS_61_90'] ?? 0) * days61To90 + (buckets['DAYS_90_PLUS'] ?? 0) * over90;
  const monthly = measures.averageMonthlyBillingMinor;
  const ratio = monthly > 0 ? weighted / monthly : weighted > 0 ? 1 : 0;
  const overdue = history.invoices.filter((invoice) => invoice.issuedOn <= asOf && invoice.dueDate < asOf && openBalanceAsOf(invoice, asOf) > 0);
  return factor(RiskFactorKey.OverdueExposure, 20, 20 * Math.min(1, ratio), ratio, asOf, overdue.map((invoice) => invoice.eventId), (points) =>
    `overdue exposure ${points}/20: weighted overdue is ${Math.round(ratio * 100)}% of a month's billing (${overdue.length} overdue invoice(s))`,
  );
}

export function brokenPromises(asOf: LocalDate, measures: RiskMeasures): RiskFactor {
  const { kept, broken, brokenPromiseEventIds } = measures.promises;
  const judged = kept + broken;
  const ratio = judged === 0 ? 0 : broken / judged;
  return factor(RiskFactorKey.BrokenPromises, 15, 15 * ratio, ratio, asOf, brokenPromiseEventIds, (points) =>
    `broken promises ${points}/15: ${broken} of ${judged} broken`,
  );
}

export function excuses(history: ClientHistory, asOf: LocalDate, config: RiskConfig): RiskFactor {
  const within = windowOf(asOf, config.windowDays);
  const recent = history.excuses.filter((excuse) => within(excuse.on));
  return factor(RiskFactorKey.Excuses, 5, 2 * recent.length, recent.length, asOf, recent.map((excuse) => excuse.eventId), (points) =>
    `excuses ${points}/5: ${recent.length} in the last ${config.windowDays} days`,
  );
}

export function complaints(history: ClientHistory, asOf: LocalDate, config: RiskConfig): RiskFactor {
  // A complaint weighs only once judged unfounded: a founded one is our fault, not the client's.
  const within = windowOf(asOf, config.windowDays);
  const unfounded = history.complaints.filter(
    (complaint) =>
      complaint.outcome === ComplaintOutcome.Unfounded && complaint.resolvedOn !== null && complaint.resolvedOn <= asOf && within(complaint.filedOn),
  );
  return factor(RiskFactorKey.Complaints, 10, 3.5 * unfounded.length, unfounded.length, asOf, unfounded.flatMap((complaint) => complaint.eventIds), (points) =>
    `complaints ${points}/10: ${unfounded.length} unfounded in the last ${config.windowDays} days`,
  );
}

/**
 * Unbilled out-of-scope hours of the window against the contracted hours of the same span
 * (contracted hours per month × window in months), so one busy week does not max it out.
 */
export function unpaidScopeCreep(history: ClientHistory, asOf: LocalDate, config: RiskConfig): RiskFactor {
  const outOfScope = new Map(
    history.scopeChanges
      .filter((change) => change.classification === ScopeClassification.OutOfContract)
      .map((change) => [change.scopeChangeId, change] as const),
  );
  const within = windowOf(asOf, config.windowDays);
  const unbilled = history.timeEntries.filter((entry) => {
    if (entry.scopeChangeId === null || !within(entry.workedOn)) return false;
    const change = outOfScope.get(entry.scopeChangeId);
    return change !== undefined && (!entry.billable || change.billable === false);
  });
  const unbilledMinutes = unbilled.reduce((sum, entry) => sum + entry.minutes, 0);
  const contractedMinutes = history.contract.contractedHoursPerMonth * 60 * (config.windowDays / 30);
  const ratio = contractedMinutes > 0 ? unbilledMinutes / contractedMinutes : unbilledMinutes > 0 ? 1 : 0;
  const evidence = [...unbilled.map((entry) => entry.eventId), ...new Set(unbilled.flatMap((entry) => outOfScope.get(entry.scopeChangeId ?? '')?.eventIds ?? []))];
  return factor(RiskFactorKey.UnpaidScopeCreep, 10, 10 * Math.min(1, ratio), ratio, asOf, evidence, (points) =>
    `unpaid scope creep ${points}/10: ${hours(unbilledMinutes)} h of unbilled out-of-scope work in the last ${config.windowDays} days`,
  );
}

export function timeWaste(history: ClientHistory, asOf: LocalDate, config: RiskConfig): RiskFactor {
  const within = windowOf(asOf, config.windowDays);
  const missed = history.meetings.filter((meeting) => meeting.outcome === MeetingOutcome.Missed && within(meeting.on));
  const recentTime = history.timeEntries.filter((entry) => within(entry.workedOn));
  const billable = recentTime.filter((entry) => entry.billable).reduce((sum, entry) => sum + entry.minutes, 0);
  const nonBillableEntries = recentTime.filter((entry) => !entry.billable);
  const nonBillable = nonBillableEntries.reduce((sum, entry) => sum + entry.minutes, 0);
  const ratio = billable > 0 ? nonBillable / billable : nonBillable > 0 ? 1 : 0;
  const points = 3.5 * missed.length + 5 * Math.min(1, ratio);
  const evidence = [...missed.map((meeting) => meeting.eventId), ...nonBillableEntries.map((entry) => entry.eventId)];
  return factor(RiskFactorKey.TimeWaste, 10, points, ratio, asOf, evidence, (shown) =>
    `time waste ${shown}/10: ${missed.length} missed meeting(s), ${hours(nonBillable)} h non-billable for ${hours(billable)} h billable in the last ${config.windowDays} days`,
  );
}

export function conduct(history: ClientHistory, asOf: LocalDate): RiskFactor {
  const reports = history.abuseReports.filter((report) => report.on <= asOf);
  return factor(RiskFactorKey.Conduct, 5, 5 * reports.length, reports.length, asOf, reports.map((report) => report.eventId), (points) =>
    `conduct ${points}/5: ${reports.length} abuse report(s)`,
  );
}

/**
 * Incidents for the tenure rule: invoices paid, or still open, more than the grace days after
 * their due date, and broken promises.
 */
export function paymentIncidents(history: ClientHistory, asOf: LocalDate, graceDays: number, brokenPromises: number) {
  return { lateInvoices: lateInvoices(history, asOf, graceDays), brokenPromises };
}

import type { ClientHistory, MeetingEntry, TimeEntry } from '../client-history';
import { MeetingOutcome } from '../client/client.vocabulary';
import { assertNever } from '../shared/assert-never';
import type { LocalDate } from '../shared/local-date';
import type { MinutesPerActivity } from './profitability.config';

/** The touchpoints that cost staff time without producing billable work. */
export enum CostToServeActivity {
  MeetingHeld = 'MEETING_HELD',
  MeetingMissed = 'MEETING_MISSED',
  MeetingClientUnprepared = 'MEETING_CLIENT_UNPREPARED',
  ComplaintHandling = 'COMPLAINT_HANDLING',
  Reminder = 'REMINDER',
  ExcuseHandling = 'EXCUSE_HANDLING',
  ScopeChangeReview = 'SCOPE_CHANGE_REVIEW',
  NonBillableTime = 'NON_BILLABLE_TIME',
  /** Money actually paid to lawyers and collection agencies, not staff time. */
  LegalAndCollectionFees = 'LEGAL_AND_COLLECTION_FEES',
}

export interface CostToServeLine {
  readonly activity: CostToServeActivity;
  readonly count: number;
  readonly minutes: number;
  readonly costMinor: number;
}

/** One line per activity, in the enum's order, zero lines included: a stable shape for APIs. */
export type CostToServeBreakdown = readonly CostToServeLine[];

/** One touchpoint that cost time or money: the unit the breakdown and the evidence are built from. */
export interface CostToServeFact {
  readonly activity: CostToServeActivity;
  readonly minutes: number;
  /** Unrounded, in minor units: minutes × the loaded cost of whoever spent them, or a fee's amount. */
  readonly cost: number;
  readonly eventId: string;
}

/** Loaded cost of a minute of the staff who did an activity (see `ProfitabilityConfig`). */
export type CostPerMinuteOf = (activity: string | null) => number;

/** A held meeting someone also logged as time is priced once, as that time. */
const MEETING_ACTIVITY = /meeting/i;

function meetingMinutes(meeting: MeetingEntry, minutes: MinutesPerActivity): { activity: CostToServeActivity; minutes: number } {
  switch (meeting.outcome) {
    case MeetingOutcome.Held:
      return { activity: CostToServeActivity.MeetingHeld, minutes: meeting.durationMinutes ?? minutes.meetingHeld };
    case MeetingOutcome.Missed:
      return { activity: CostToServeActivity.MeetingMissed, minutes: minutes.meetingMissed };
    case MeetingOutcome.ClientUnprepared:
      return { activity: CostToServeActivity.MeetingClientUnprepared, minutes: minutes.meetingClientUnprepared };
    default:
      return assertNever(meeting.outcome);
  }
}

/** Receives one touchpoint at a time, so a long history's breakdown and evidence need no array of them. */
export type CostToServeVisitor = (activity: CostToServeActivity, minutes: number, cost: number, eventId: string) => void;

/** Whether anyone logged meeting time on each day: depends on the time entries alone, so one frozen list answers once. */
const meetingDaysByList = new WeakMap<readonly TimeEntry[], ReadonlySet<LocalDate>>();

function meetingTimeLoggedOn(entries: readonly TimeEntry[]): ReadonlySet<LocalDate> {
  const known = meetingDaysByList.get(entries);
  if (known) return known;
  const days = new Set<LocalDate>();
  for (const entry of entries) if (MEETING_ACTIVITY.test(entry.activity)) days.add(entry.workedOn);
  if (Object.isFrozen(entries)) meetingDaysByList.set(entries, days);
  return days;
}

/**
 * Every touchpoint dated on or before asOf, with the minutes it cost and their loaded cost, in a
 * fixed order (meetings, complaints, reminders, excuses, scope changes, non-billable time, fees).
 * Non-billable time entries count with their actual minutes: the work was done, nobody pays for
 * it. A held meeting that someone also logged as meeting time the same day is already in that
 * time entry (billable or not), so it is not counted a second time here. Legal and collection
 * fees count with their actual amount.
 */
export function visitCostToServe(
  history: ClientHistory,
  asOf: LocalDate,
  minutes: MinutesPerActivity,
  costPerMinuteOf: CostPerMinuteOf,
  visit: CostToServeVisitor,
): void {
  const staff = costPerMinuteOf(null);
  const loggedMeetingDays = meetingTimeLoggedOn(history.timeEntries);
  for (const meeting of history.meetings)
    if (meeting.on <= asOf && !(meeting.outcome === MeetingOutcome.Held && loggedMeetingDays.has(meeting.on))) {
      const spent = meetingMinutes(meeting, minutes);
      visit(spent.activity, spent.minutes, spent.minutes * staff, meeting.eventId);
    }
  // A complaint or scope change is cited by the event that raised it: that is when the work began.
  for (const complaint of history.complaints)
    if (complaint.filedOn <= asOf)
      visit(CostToServeActivity.ComplaintHandling, minutes.complaintHandling, minutes.complaintHandling * staff, complaint.eventIds[0]);
  for (const reminder of history.reminders)
    if (reminder.on <= asOf) visit(CostToServeActivity.Reminder, minutes.reminder, minutes.reminder * staff, reminder.eventId);
  for (const excuse of history.excuses)
    if (excuse.on <= asOf) visit(CostToServeActivity.ExcuseHandling, minutes.excuseHandling, minutes.excuseHandling * staff, excuse.eventId);
  for (const change of history.scopeChanges)
    if (change.requestedOn <= asOf)
      visit(CostToServeActivity.ScopeChangeReview, minutes.scopeChangeReview, minutes.scopeChangeReview * staff, change.eventIds[0]);
  for (const entry of history.timeEntries)
    if (!entry.billable && entry.workedOn <= asOf)
      visit(CostToServeActivity.NonBillableTime, entry.minutes, entry.minutes * costPerMinuteOf(entry.activity), entry.eventId);
  for (const fee of history.fees ?? []) if (fee.on <= asOf) visit(CostToServeActivity.LegalAndCollectionFees, 0, fee.amountMinor, fee.eventId);
}

/** The touchpoints of `visitCostToServe` as a list. */
export function costToServeFacts(history: ClientHistory, asOf: LocalDate, minutes: MinutesPerActivity, costPerMinuteOf: CostPerMinuteOf): CostToServeFact[] {
  const facts: CostToServeFact[] = [];
  visitCostToServe(history, asOf, minutes, costPerMinuteOf, (activity, spent, cost, eventId) => facts.push({ activity, minutes: spent, cost, eventId }));
  return facts;
}

/** Adds touchpoints up per activity as they come; `lines()` is `costToServeBreakdown` of the same facts. */
export class CostToServeTally {
  private readonly totals = new Map(Object.values(CostToServeActivity).map((activity) => [activity, { count: 0, minutes: 0, cost: 0 }]));

  add(activity: CostToServeActivity, minutes: number, cost: number): void {
    const total = this.totals.get(activity);
    if (!total) return;
    total.count += 1;
    total.minutes += minutes;
    total.cost += cost;
  }

  lines(): CostToServeBreakdown {
    return [...this.totals].map(([activity, { count, minutes, cost }]) => ({ activity, count, minutes, costMinor: Math.round(cost) }));
  }
}

/**
 * Count, minutes and cost per activity. Each line's cost is rounded once, from its own unrounded
 * facts, and the cost to serve is the sum of the lines: the parts add up to the whole.
 */
export function costToServeBreakdown(facts: readonly CostToServeFact[]): CostToServeBreakdown {
  const tally = new CostToServeTally();
  for (const fact of facts) tally.add(fact.activity, fact.minutes, fact.cost);
  return tally.lines();
}

import type { ClientHistory, MeetingEntry } from '../client-history';
import { MeetingOutcome } from '../client/client.vocabulary';
import { assertNever, type LocalDate } from '../shared';
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

/**
 * Every touchpoint dated on or before asOf, with the minutes it cost and their loaded cost.
 * Non-billable time entries count with their actual minutes: the work was done, nobody pays for
 * it. A held meeting that someone also logged as meeting time the same day is already in that
 * time entry (billable or not), so it is not counted a second time here. Legal and collection
 * fees count with their actual amount.
 */
export function costToServeFacts(history: ClientHistory, asOf: LocalDate, minutes: MinutesPerActivity, costPerMinuteOf: CostPerMinuteOf): CostToServeFact[] {
  const staff = costPerMinuteOf(null);
  const flat = (activity: CostToServeActivity, perFact: number, eventIds: readonly string[]) =>
    eventIds.map((eventId) => ({ activity, minutes: perFact, cost: perFact * staff, eventId }));
  const meetingTimeLoggedOn = new Set(history.timeEntries.filter((entry) => MEETING_ACTIVITY.test(entry.activity)).map((entry) => entry.workedOn));
  return [
    ...history.meetings
      .filter((meeting) => meeting.on <= asOf && !(meeting.outcome === MeetingOutcome.Held && meetingTimeLoggedOn.has(meeting.on)))
      .map((meeting) => {
        const spent = meetingMinutes(meeting, minutes);
        return { ...spent, cost: spent.minutes * staff, eventId: meeting.eventId };
      }),
    // A complaint or scope change is cited by the event that raised it: that is when the work began.
    ...flat(
      CostToServeActivity.ComplaintHandling,
      minutes.complaintHandling,
      history.complaints.filter((complaint) => complaint.filedOn <= asOf).map((complaint) => complaint.eventIds[0]),
    ),
    ...flat(
      CostToServeActivity.Reminder,
      minutes.reminder,
      history.reminders.filter((reminder) => reminder.on <= asOf).map((reminder) => reminder.eventId),
    ),
    ...flat(
      CostToServeActivity.ExcuseHandling,
      minutes.excuseHandling,
      history.excuses.filter((excuse) => excuse.on <= asOf).map((excuse) => excuse.eventId),
    ),
    ...flat(
      CostToServeActivity.ScopeChangeReview,
      minutes.scopeChangeReview,
      history.scopeChanges.filter((change) => change.requestedOn <= asOf).map((change) => change.eventIds[0]),
    ),
    ...history.timeEntries
      .filter((entry) => !entry.billable && entry.workedOn <= asOf)
      .map((entry) => ({
        activity: CostToServeActivity.NonBillableTime,
        minutes: entry.minutes,
        cost: entry.minutes * costPerMinuteOf(entry.activity),
        eventId: entry.eventId,
      })),
    ...(history.fees ?? [])
      .filter((fee) => fee.on <= asOf)
      .map((fee) => ({ activity: CostToServeActivity.LegalAndCollectionFees, minutes: 0, cost: fee.amountMinor, eventId: fee.eventId })),
  ];
}

/**
 * Count, minutes and cost per activity. Each line's cost is rounded once, from its own unrounded
 * facts, and the cost to serve is the sum of the lines: the parts add up to the whole.
 */
export function costToServeBreakdown(facts: readonly CostToServeFact[]): CostToServeBreakdown {
  // One pass over the facts rather than one per activity.
  const totals = new Map(Object.values(CostToServeActivity).map((activity) => [activity, { count: 0, minutes: 0, cost: 0 }]));
  for (const fact of facts) {
    const total = totals.get(fact.activity);
    if (!total) continue;
    total.count += 1;
    total.minutes += fact.minutes;
    total.cost += fact.cost;
  }
  return [...totals].map(([activity, { count, minutes, cost }]) => ({ activity, count, minutes, costMinor: Math.round(cost) }));
}

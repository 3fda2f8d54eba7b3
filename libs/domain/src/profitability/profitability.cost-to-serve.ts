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
}

export interface CostToServeLine {
  readonly activity: CostToServeActivity;
  readonly count: number;
  readonly minutes: number;
  readonly costMinor: number;
}

/** One line per activity, in the enum's order, zero lines included: a stable shape for APIs. */
export type CostToServeBreakdown = readonly CostToServeLine[];

/** One touchpoint that cost time: the unit the breakdown and the evidence are built from. */
export interface CostToServeFact {
  readonly activity: CostToServeActivity;
  readonly minutes: number;
  readonly eventId: string;
}

/** Meetings count here even if someone also logged them as time: the fold links no time entry to a meeting. */
function meetingFact(meeting: MeetingEntry, minutes: MinutesPerActivity): CostToServeFact {
  const { eventId } = meeting;
  switch (meeting.outcome) {
    case MeetingOutcome.Held:
      return { activity: CostToServeActivity.MeetingHeld, minutes: meeting.durationMinutes ?? minutes.meetingHeld, eventId };
    case MeetingOutcome.Missed:
      return { activity: CostToServeActivity.MeetingMissed, minutes: minutes.meetingMissed, eventId };
    case MeetingOutcome.ClientUnprepared:
      return { activity: CostToServeActivity.MeetingClientUnprepared, minutes: minutes.meetingClientUnprepared, eventId };
    default:
      return assertNever(meeting.outcome);
  }
}

/**
 * Every touchpoint dated on or before asOf, with the minutes it cost. Non-billable time entries
 * count with their actual minutes: the work was done, nobody pays for it.
 */
export function costToServeFacts(history: ClientHistory, asOf: LocalDate, minutes: MinutesPerActivity): CostToServeFact[] {
  const flat = (activity: CostToServeActivity, perFact: number, eventIds: readonly string[]) =>
    eventIds.map((eventId) => ({ activity, minutes: perFact, eventId }));
  return [
    ...history.meetings.filter((meeting) => meeting.on <= asOf).map((meeting) => meetingFact(meeting, minutes)),
    // A complaint or scope change is cited by the event that raised it: that is when the work began.
    ...flat(CostToServeActivity.ComplaintHandling, minutes.complaintHandling, history.complaints.filter((complaint) => complaint.filedOn <= asOf).map((complaint) => complaint.eventIds[0])),
    ...flat(CostToServeActivity.Reminder, minutes.reminder, history.reminders.filter((reminder) => reminder.on <= asOf).map((reminder) => reminder.eventId)),
    ...flat(CostToServeActivity.ExcuseHandling, minutes.excuseHandling, history.excuses.filter((excuse) => excuse.on <= asOf).map((excuse) => excuse.eventId)),
    ...flat(CostToServeActivity.ScopeChangeReview, minutes.scopeChangeReview, history.scopeChanges.filter((change) => change.requestedOn <= asOf).map((change) => change.eventIds[0])),
    ...history.timeEntries
      .filter((entry) => !entry.billable && entry.workedOn <= asOf)
      .map((entry) => ({ activity: CostToServeActivity.NonBillableTime, minutes: entry.minutes, eventId: entry.eventId })),
  ];
}

/** Count, minutes and cost per activity; each line's cost is rounded once, from its own minutes. */
export function costToServeBreakdown(facts: readonly CostToServeFact[], costPerMinute: number): CostToServeBreakdown {
  // One pass over the facts rather than one per activity.
  const totals = new Map(Object.values(CostToServeActivity).map((activity) => [activity, { count: 0, minutes: 0 }]));
  for (const fact of facts) {
    const total = totals.get(fact.activity);
    if (!total) continue;
    total.count += 1;
    total.minutes += fact.minutes;
  }
  return [...totals].map(([activity, { count, minutes }]) => ({ activity, count, minutes, costMinor: Math.round(minutes * costPerMinute) }));
}

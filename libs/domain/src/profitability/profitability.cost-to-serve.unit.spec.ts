import type { ClientFact } from '../client-history';
import { on } from '../client-history/client-history.fixtures';
import { complaintFiled, excuseRecorded, meetingRecorded, reminderSent, scopeChangeRequested, timeLogged } from '../client/client.fixtures';
import { MeetingOutcome } from '../client/client.vocabulary';
import { DEFAULT_PROFITABILITY_CONFIG } from './profitability.config';
import { CostToServeActivity } from './profitability.cost-to-serve';
import { AS_OF, COST_PER_MINUTE_MINOR, historyOf } from './profitability.fixtures';
import { profitabilityView } from './profitability.projection';

/** The count, minutes and cost of one activity's line of the breakdown. */
const lineOf = (facts: readonly ClientFact[], activity: CostToServeActivity) => {
  const line = profitabilityView(historyOf(facts), AS_OF).costToServeBreakdown.find((candidate) => candidate.activity === activity);
  return line && { count: line.count, minutes: line.minutes, costMinor: line.costMinor };
};

const meeting = (meetingId: string, outcome: MeetingOutcome, durationMinutes: number | null = null) =>
  on('2026-03-02', meetingRecorded({ meetingId, outcome, durationMinutes, scheduledAt: '2026-03-02T10:00:00.000Z' }), `MeetingRecorded#${meetingId}`);

describe('profitability: cost to serve', () => {
  it('the breakdown lists every activity, in a stable order, even those that cost nothing', () => {
    const breakdown = profitabilityView(historyOf([]), AS_OF).costToServeBreakdown;

    expect(breakdown.map((line) => line.activity)).toEqual(Object.values(CostToServeActivity));
    expect(breakdown.every((line) => line.count === 0 && line.minutes === 0 && line.costMinor === 0)).toBe(true);
  });

  it('a held meeting costs its recorded duration, or an hour when none was recorded', () => {
    const line = lineOf([meeting('M-1', MeetingOutcome.Held, 45), meeting('M-2', MeetingOutcome.Held)], CostToServeActivity.MeetingHeld);

    expect(line).toEqual({ count: 2, minutes: 105, costMinor: 105 * COST_PER_MINUTE_MINOR });
  });

  it('a missed meeting still costs its slot', () => {
    const line = lineOf([meeting('M-1', MeetingOutcome.Missed)], CostToServeActivity.MeetingMissed);

    expect(line).toEqual({ count: 1, minutes: 60, costMinor: 5_400 });
  });

  it('a meeting the client came unprepared to costs its slot', () => {
    const line = lineOf([meeting('M-1', MeetingOutcome.ClientUnprepared, 20)], CostToServeActivity.MeetingClientUnprepared);

    expect(line).toEqual({ count: 1, minutes: 60, costMinor: 5_400 });
  });

  it('each complaint costs an hour and a half of handling', () => {
    const line = lineOf(
      [on('2026-03-03', complaintFiled()), on('2026-03-04', complaintFiled({ complaintId: 'CMP-2' }))],
      CostToServeActivity.ComplaintHandling,
    );

    expect(line).toEqual({ count: 2, minutes: 180, costMinor: 16_200 });
  });

  it('each reminder costs a quarter of an hour', () => {
    const line = lineOf([on('2026-02-10', reminderSent())], CostToServeActivity.Reminder);

    expect(line).toEqual({ count: 1, minutes: 15, costMinor: 1_350 });
  });

  it('each excuse costs ten minutes of handling', () => {
    const line = lineOf([on('2026-02-12', excuseRecorded())], CostToServeActivity.ExcuseHandling);

    expect(line).toEqual({ count: 1, minutes: 10, costMinor: 900 });
  });

  it('each scope change request costs half an hour of review, whatever is decided', () => {
    const line = lineOf([on('2026-03-05', scopeChangeRequested())], CostToServeActivity.ScopeChangeReview);

    expect(line).toEqual({ count: 1, minutes: 30, costMinor: 2_700 });
  });

  it('non-billable time costs its actual minutes; billable time is delivery, not cost to serve', () => {
    const facts = [
      on('2026-03-06', timeLogged({ timeEntryId: 'T-1', minutes: 40, billable: false, workedOn: '2026-03-06' })),
      on('2026-03-07', timeLogged({ timeEntryId: 'T-2', minutes: 600, billable: true, workedOn: '2026-03-07' })),
    ];

    expect(lineOf(facts, CostToServeActivity.NonBillableTime)).toEqual({ count: 1, minutes: 40, costMinor: 3_600 });
    expect(profitabilityView(historyOf(facts), AS_OF).costToServeMinor).toBe(3_600);
  });

  it("cost to serve is every touchpoint's minutes at the loaded cost per minute", () => {
    const history = historyOf([meeting('M-1', MeetingOutcome.Missed), on('2026-02-10', reminderSent()), on('2026-03-03', complaintFiled())]);

    expect(profitabilityView(history, AS_OF).costToServeMinor).toBe((60 + 15 + 90) * COST_PER_MINUTE_MINOR);
  });

  it('the configured minutes per activity price the touchpoints', () => {
    const config = { ...DEFAULT_PROFITABILITY_CONFIG, minutesPerActivity: { ...DEFAULT_PROFITABILITY_CONFIG.minutesPerActivity, reminder: 30 } };

    const view = profitabilityView(historyOf([on('2026-02-10', reminderSent())]), AS_OF, config);

    expect(view.costToServeBreakdown).toContainEqual({ activity: CostToServeActivity.Reminder, count: 1, minutes: 30, costMinor: 2_700 });
  });
});

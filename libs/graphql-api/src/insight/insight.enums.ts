import { AgingBucket, CostToServeActivity, DECIDE_COURT_OR_WRITE_OFF, type LadderPauseReason, ReminderStep, type RiskTrend } from '@client-lifecycle/domain';
import { schemaEnum } from '../shared';

export const AgingBucketEnum = schemaEnum(AgingBucket, 'AgingBucket', 'Days past due, as DOMAIN.md buckets them: not yet due, 1–30, 31–60, 61–90, over 90.', {
  CURRENT: 'Not yet due.',
  DAYS_1_30: '1 to 30 days past due.',
  DAYS_31_60: '31 to 60 days past due.',
  DAYS_61_90: '61 to 90 days past due.',
  DAYS_90_PLUS: 'More than 90 days past due.',
});

export const CollectionActionEnum = schemaEnum(
  { ...ReminderStep, DecideCourtOrWriteOff: DECIDE_COURT_OR_WRITE_OFF },
  'CollectionAction',
  'A rung of the collection ladder: a reminder step, or at its end the decision between court and write-off (the cost-of-recovery rule).',
  {
    COURTESY: 'A courtesy note before the due date.',
    FINAL_NOTICE: 'The final notice before legal steps.',
    FIRM: 'A firm reminder.',
    FORMAL_LETTER: 'A formal letter.',
    FRIENDLY: 'A friendly reminder.',
    LAWYER_LETTER: 'A letter from a lawyer.',
    DECIDE_COURT_OR_WRITE_OFF: 'The end of the ladder: decide between court and write-off.',
  },
);

export const LadderPauseReasonEnum = schemaEnum(
  { PromiseToPay: 'PROMISE_TO_PAY', Dispute: 'DISPUTE' } satisfies Record<string, LadderPauseReason>,
  'LadderPauseReason',
  'Why the collection ladder waits.',
  { PROMISE_TO_PAY: 'A promise to pay is not yet due.', DISPUTE: 'A complaint disputes the invoice.' },
);

export const RiskTrendDirectionEnum = schemaEnum(
  { Up: 'UP', Down: 'DOWN', Flat: 'FLAT' } satisfies Record<string, RiskTrend['direction']>,
  'RiskTrendDirection',
  'Which way the score moved against the earlier one.',
  { UP: 'The score rose.', DOWN: 'The score fell.', FLAT: 'The score did not move.' },
);

export const CostToServeActivityEnum = schemaEnum(CostToServeActivity, 'CostToServeActivity', 'What serving the client took, priced in cost to serve.', {
  COMPLAINT_HANDLING: 'Handling complaints.',
  EXCUSE_HANDLING: 'Handling excuses for not paying.',
  LEGAL_AND_COLLECTION_FEES: 'Money paid to lawyers and collection agencies, not staff time.',
  MEETING_CLIENT_UNPREPARED: 'Meetings held with the client unprepared.',
  MEETING_HELD: 'Meetings held.',
  MEETING_MISSED: 'Meeting slots the client missed.',
  NON_BILLABLE_TIME: 'Time logged as non-billable.',
  REMINDER: 'Sending reminders.',
  SCOPE_CHANGE_REVIEW: 'Reviewing requested scope changes.',
});

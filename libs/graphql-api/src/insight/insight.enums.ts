import { AgingBucket, CostToServeActivity, DECIDE_COURT_OR_WRITE_OFF, type LadderPauseReason, ReminderStep, type RiskTrend } from '@client-lifecycle/domain';
import { schemaEnum } from '../shared';

export const AgingBucketEnum = schemaEnum(AgingBucket, 'AgingBucket', 'Days past due, as DOMAIN.md buckets them: not yet due, 1–30, 31–60, 61–90, over 90.');

export const CollectionActionEnum = schemaEnum(
  { ...ReminderStep, DecideCourtOrWriteOff: DECIDE_COURT_OR_WRITE_OFF },
  'CollectionAction',
  'A rung of the collection ladder: a reminder step, or at its end the decision between court and write-off (the cost-of-recovery rule).',
);

export const LadderPauseReasonEnum = schemaEnum(
  { PromiseToPay: 'PROMISE_TO_PAY', Dispute: 'DISPUTE' } satisfies Record<string, LadderPauseReason>,
  'LadderPauseReason',
  'Why the collection ladder waits.',
);

export const RiskTrendDirectionEnum = schemaEnum(
  { Up: 'UP', Down: 'DOWN', Flat: 'FLAT' } satisfies Record<string, RiskTrend['direction']>,
  'RiskTrendDirection',
  'Which way the score moved against the earlier one.',
);

export const CostToServeActivityEnum = schemaEnum(CostToServeActivity, 'CostToServeActivity', 'What serving the client took, priced in cost to serve.');

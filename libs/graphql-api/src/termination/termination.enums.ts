import {
  CancellationReason,
  EndDateBasis,
  EscalationKind,
  NewWorkPolicy,
  NoticeChannel,
  SettlementOutcome,
  TerminationReason,
  TerminationStatus,
} from '@client-lifecycle/domain';
import { schemaEnum } from '../shared';

export const TerminationReasonEnum = schemaEnum(TerminationReason, 'TerminationReason', 'Why the relationship should end.', {
  ABUSE: 'Abuse of staff.',
  CHRONIC_COMPLAINTS: 'Chronic complaints.',
  NON_PAYMENT: 'Unpaid invoices.',
  OTHER: 'Another reason, given in the explanation.',
  TIME_WASTE: 'Wasted time: missed or unprepared meetings.',
  UNPROFITABLE: 'The client costs more than it brings in.',
});
export const TerminationStatusEnum = schemaEnum(TerminationStatus, 'TerminationStatus', 'The step a termination is at.', {
  APPROVED: 'A manager approved it.',
  CANCELLED: 'Withdrawn.',
  CONTRACT_EVALUATED: 'The contract was read: end date known.',
  NOTICE_SERVED: 'Notice served to the client.',
  OFFBOARDED: 'Done: the relationship ended.',
  PROPOSED: 'Proposed, waiting for a manager.',
  REJECTED: 'A manager rejected it.',
});
export const NoticeChannelEnum = schemaEnum(NoticeChannel, 'NoticeChannel', 'How the notice was served.', {
  CALL: 'By phone.',
  EMAIL: 'By e-mail.',
  LETTER: 'By letter.',
  MEETING: 'In a meeting.',
});
export const NewWorkPolicyEnum = schemaEnum(NewWorkPolicy, 'NewWorkPolicy', 'What a termination under way allows of new work.', {
  PREPAYMENT: 'New work only when paid in advance.',
  REFUSED: 'No new work.',
});
export const SettlementOutcomeEnum = schemaEnum(SettlementOutcome, 'SettlementOutcome', 'How the money was settled.', {
  PAID: 'Paid in full.',
  SENT_TO_COLLECTION: 'Handed to a collection agency or court.',
  WRITTEN_OFF: 'Written off: recovery would cost more than it brings.',
});
export const CancellationReasonEnum = schemaEnum(CancellationReason, 'CancellationReason', 'Why a termination was cancelled.', {
  CLIENT_SETTLED_RETAINED: 'The client settled and is kept.',
  NEW_AGREEMENT_SIGNED: 'A new agreement replaces the old terms.',
  OTHER: 'Another reason, given in the note.',
});
export const EscalationKindEnum = schemaEnum(EscalationKind, 'EscalationKind', 'A deadline that passed unmet.', {
  DELIVERABLE_OVERDUE: 'A deliverable owed to the client is late.',
  SETTLEMENT_OVERDUE: 'The money is not settled by the end date.',
  TRANSITION_PLAN_OVERDUE: 'The handover plan was not delivered in time.',
  WIND_DOWN_INCOMPLETE: 'The end date passed with steps still open.',
});
export const EndDateBasisEnum = schemaEnum(EndDateBasis, 'EndDateBasis', 'Which date ends the relationship, and why.', {
  END_OF_TERM: "The contract's own end date.",
  IMMEDIATE_FOR_CAUSE: 'At once, as the exit clause allows for this cause.',
  NOTICE_PERIOD: 'The evaluation day plus the notice period.',
});

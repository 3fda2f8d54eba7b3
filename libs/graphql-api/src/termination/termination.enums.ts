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

export const TerminationReasonEnum = schemaEnum(TerminationReason, 'TerminationReason', 'Why the relationship should end.');
export const TerminationStatusEnum = schemaEnum(TerminationStatus, 'TerminationStatus', 'The step a termination is at.');
export const NoticeChannelEnum = schemaEnum(NoticeChannel, 'NoticeChannel', 'How the notice was served.');
export const NewWorkPolicyEnum = schemaEnum(NewWorkPolicy, 'NewWorkPolicy', 'What a termination under way allows of new work.');
export const SettlementOutcomeEnum = schemaEnum(SettlementOutcome, 'SettlementOutcome', 'How the money was settled.');
export const CancellationReasonEnum = schemaEnum(CancellationReason, 'CancellationReason', 'Why a termination was cancelled.');
export const EscalationKindEnum = schemaEnum(EscalationKind, 'EscalationKind', 'A deadline that passed unmet.');
export const EndDateBasisEnum = schemaEnum(EndDateBasis, 'EndDateBasis', 'Which date ends the relationship, and why.');

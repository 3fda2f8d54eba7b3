import {
  AbuseSeverity,
  ComplaintOutcome,
  ExcuseCategory,
  ExitCause,
  InvoiceStatus,
  MeetingOutcome,
  RecommendationOutcome,
  ReminderChannel,
  ReminderStep,
  ScopeClassification,
} from '@client-lifecycle/domain';
import { schemaEnum } from '../shared';

export const ExitCauseEnum = schemaEnum(ExitCause, 'ExitCause', 'Causes for which an exit clause allows ending without notice.');
export const ExcuseCategoryEnum = schemaEnum(ExcuseCategory, 'ExcuseCategory');
export const ReminderStepEnum = schemaEnum(ReminderStep, 'ReminderStep', 'The collection ladder of DOMAIN.md, in escalation order.');
export const ReminderChannelEnum = schemaEnum(ReminderChannel, 'ReminderChannel');
export const ComplaintOutcomeEnum = schemaEnum(ComplaintOutcome, 'ComplaintOutcome');
export const ScopeClassificationEnum = schemaEnum(ScopeClassification, 'ScopeClassification');
export const MeetingOutcomeEnum = schemaEnum(MeetingOutcome, 'MeetingOutcome');
export const RecommendationOutcomeEnum = schemaEnum(RecommendationOutcome, 'RecommendationOutcome');
export const AbuseSeverityEnum = schemaEnum(AbuseSeverity, 'AbuseSeverity');
export const InvoiceStatusEnum = schemaEnum(InvoiceStatus, 'InvoiceStatus');

export {
  AbuseSeverity,
  ComplaintOutcome,
  ExcuseCategory,
  ExitCause,
  InvoiceStatus,
  MeetingOutcome,
  RecommendationOutcome,
  ReminderChannel,
  ReminderStep,
  ScopeClassification,
};

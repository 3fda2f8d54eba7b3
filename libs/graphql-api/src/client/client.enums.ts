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
import { registerEnumType } from '@nestjs/graphql';

/**
 * GraphQL names an enum value after the TypeScript key (`Abuse`); CRMs expect the domain's
 * SCREAMING_CASE values (`ABUSE`), so each schema enum is keyed by its own values.
 */
function schemaEnum<E extends Record<string, string>>(domainEnum: E, name: string, description?: string) {
  const byValue = Object.fromEntries(Object.values(domainEnum).map((value) => [value, value])) as {
    readonly [V in E[keyof E]]: V;
  };
  registerEnumType(byValue, { name, description });
  return byValue;
}

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

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

export const ExitCauseEnum = schemaEnum(ExitCause, 'ExitCause', 'Causes for which an exit clause allows ending without notice.', {
  ABUSE: 'Abuse of staff.',
  NON_PAYMENT: 'Unpaid invoices.',
});
export const ExcuseCategoryEnum = schemaEnum(ExcuseCategory, 'ExcuseCategory', 'What kind of reason the client gave for not paying.', {
  ADMINISTRATION: 'Paperwork or approval delays.',
  CASH_FLOW: 'No money right now.',
  MONTH_CLOSING: "Waiting for the month's closing.",
  OTHER: 'Anything else.',
  PERSON_ON_HOLIDAY: 'The person who pays is away.',
});
export const ReminderStepEnum = schemaEnum(ReminderStep, 'ReminderStep', 'The collection ladder of DOMAIN.md, in escalation order.', {
  COURTESY: 'A courtesy note before the due date.',
  FINAL_NOTICE: 'The final notice before legal steps.',
  FIRM: 'A firm reminder.',
  FORMAL_LETTER: 'A formal letter.',
  FRIENDLY: 'A friendly reminder.',
  LAWYER_LETTER: 'A letter from a lawyer.',
});
export const ReminderChannelEnum = schemaEnum(ReminderChannel, 'ReminderChannel', 'How a reminder reached the client.', {
  CALL: 'By phone.',
  EMAIL: 'By e-mail.',
  LETTER: 'By letter.',
  MEETING: 'In a meeting.',
  MESSAGE: 'By chat or text message.',
});
export const ComplaintOutcomeEnum = schemaEnum(ComplaintOutcome, 'ComplaintOutcome', 'How a complaint was resolved.', {
  FOUNDED: 'The complaint was justified.',
  UNFOUNDED: 'The complaint was not justified.',
});
export const ScopeClassificationEnum = schemaEnum(ScopeClassification, 'ScopeClassification', 'Whether requested work is covered by the contract.', {
  IN_CONTRACT: 'Covered by the contract.',
  OUT_OF_CONTRACT: 'Beyond the contract.',
});
export const MeetingOutcomeEnum = schemaEnum(MeetingOutcome, 'MeetingOutcome', 'What came of a scheduled meeting.', {
  CLIENT_UNPREPARED: 'Held, but the client came unprepared.',
  HELD: 'Held as planned.',
  MISSED: 'The client did not come.',
});
export const RecommendationOutcomeEnum = schemaEnum(RecommendationOutcome, 'RecommendationOutcome', 'Whether the client followed a recommendation.', {
  ACCEPTED: 'The client followed it.',
  REJECTED: 'The client did not follow it.',
});
export const AbuseSeverityEnum = schemaEnum(AbuseSeverity, 'AbuseSeverity', 'How serious a reported abuse is.', {
  MINOR: 'Rude or hostile, repeated it raises the risk.',
  SEVERE: 'Threats, harassment or worse: ends the relationship.',
});
export const InvoiceStatusEnum = schemaEnum(InvoiceStatus, 'InvoiceStatus', 'How much of an invoice was paid.', {
  OPEN: 'Nothing paid yet.',
  PAID: 'Paid in full.',
  PARTIALLY_PAID: 'Paid in part.',
  WRITTEN_OFF: 'Nothing left to collect because what was unpaid was written off.',
});

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

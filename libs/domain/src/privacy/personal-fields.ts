import type { ClientEventType } from '../client/client.events';
import type { TerminationEventType } from '../termination/termination.events';

/**
 * A field of an event's payload: dot-separated names, `[]` after a name for every element of a
 * list (`deliverables[].description`).
 */
export type PersonalFieldPath = string;

/**
 * Every payload field that can hold personal data (names, contact details, free text about a
 * client), per event type: the one list encryption and erasure follow. Amounts, dates, ids,
 * enumerations and staff identities stay in clear so risk, profitability and the portfolio
 * still compute after an erasure. A new free-text field is added here (docs/personal-data.md).
 */
export const CLIENT_PERSONAL_FIELDS: Readonly<Record<ClientEventType, readonly PersonalFieldPath[]>> = {
  ClientRegistered: ['name'],
  ContractAmended: ['reason'],
  InvoiceIssued: ['description'],
  PaymentRecorded: [],
  ExcuseRecorded: ['text'],
  PromiseToPayRecorded: [],
  PaymentPlanAgreed: [],
  ReminderSent: ['note'],
  ComplaintFiled: ['subject', 'text'],
  ComplaintResolved: ['resolution'],
  ScopeChangeRequested: ['description'],
  ScopeChangeDecided: ['note'],
  TimeLogged: ['activity'],
  MeetingRecorded: ['note'],
  RecommendationRecorded: ['summary'],
  AbuseReported: ['description', 'reportedBy'],
  InvoiceAged: [],
  PromiseToPayBroken: [],
  CollectionStepFellDue: [],
  NewWorkRefused: [],
  WorkMovedToPrepayment: [],
  NewWorkRestrictionLifted: [],
  NoticeOfTerminationServed: ['reason'],
  NoticeOfTerminationWithdrawn: [],
  ClientOffboarded: [],
  TerminationOpened: [],
  TerminationClosed: [],
  ClientForgotten: [],
  InvoiceWrittenOff: ['reason'],
  CollectionCostRecorded: [],
  ConductSignalRecorded: ['note'],
  CreditHoldPlaced: ['reason'],
  CreditHoldReleased: [],
  CreditLimitSet: [],
  CreditNoteIssued: ['reason'],
  SettlementDiscountGranted: [],
  LateInterestCharged: [],
  InvoicesHandedToCollectionAgency: [],
  LegalActionRecorded: [],
};

export const TERMINATION_PERSONAL_FIELDS: Readonly<Record<TerminationEventType, readonly PersonalFieldPath[]>> = {
  TerminationProposed: ['explanation'],
  TerminationApproved: ['note'],
  TerminationRejected: ['reason'],
  ContractEvaluated: [],
  NoticeServed: [],
  DeliverablesConfirmed: ['deliverables[].description'],
  DeliverableCompleted: [],
  FinalInvoiceIssued: ['description'],
  NewWorkRestricted: [],
  SettlementRecorded: ['note'],
  TransitionPlanDelivered: ['summary', 'handoverTo'],
  NoticePeriodElapsed: [],
  TerminationEscalated: ['escalation.message'],
  ClientActionRequested: ['action.description', 'action.reason'],
  NoticeWithdrawn: [],
  TerminationCancelled: ['note'],
  TerminationOffboarded: [],
};

/**
 * The API-key registry's events (stream `apikeys-registry`) pass through the same log: they name
 * keys and staff, never a client, so nothing in them is a client's personal data.
 */
export const ACCESS_PERSONAL_FIELDS: Readonly<Record<'ApiKeyCreated' | 'ApiKeyRevoked', readonly PersonalFieldPath[]>> = {
  ApiKeyCreated: [],
  ApiKeyRevoked: [],
};

const PERSONAL_FIELDS = new Map<string, readonly PersonalFieldPath[]>([
  ...Object.entries(CLIENT_PERSONAL_FIELDS),
  ...Object.entries(TERMINATION_PERSONAL_FIELDS),
  ...Object.entries(ACCESS_PERSONAL_FIELDS),
]);

/** The personal fields of an event type; none for a type this list does not know. */
export const personalFieldsOf = (type: string): readonly PersonalFieldPath[] => PERSONAL_FIELDS.get(type) ?? [];

/** What a reader sees in place of a personal field once its client was forgotten. */
export const ERASED = '[erased]';

/**
 * A copy of `data` with every present, non-null value at `paths` replaced by `transform(value)`;
 * `data` itself is never changed. Absent fields and nulls stay as they are (nothing personal).
 */
export function mapPersonalFields(data: unknown, paths: readonly PersonalFieldPath[], transform: (value: unknown) => unknown): unknown {
  let result = data;
  for (const path of paths) result = mapAt(result, path.split('.'), transform);
  return result;
}

function mapAt(node: unknown, segments: readonly string[], transform: (value: unknown) => unknown): unknown {
  if (segments.length === 0) return node === null || node === undefined ? node : transform(node);
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const [segment, ...rest] = segments;
  const each = segment.endsWith('[]');
  const name = each ? segment.slice(0, -2) : segment;
  if (!(name in node)) return node;
  const value = (node as Record<string, unknown>)[name];
  const mapped = each ? (Array.isArray(value) ? value.map((element) => mapAt(element, rest, transform)) : value) : mapAt(value, rest, transform);
  return mapped === value ? node : { ...node, [name]: mapped };
}

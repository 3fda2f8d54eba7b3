import type { ClientFact } from '../client-history';
import type { Instant } from '../shared';

/** An event cited as evidence, as a reader wants it: what happened, when, in plain words. */
export interface EvidenceEvent {
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: Instant;
  readonly summary: string;
}

/** The fields worth naming in a one-line summary, in the order they read best. */
const SUMMARY_FIELDS = [
  'invoiceId', 'amount', 'issuedOn', 'dueDate', 'paidOn', 'promisedDate', 'step', 'channel', 'category', 'severity',
  'outcome', 'classification', 'billable', 'minutes', 'activity', 'workedOn',
] as const;

const isMoney = (value: unknown): value is { amountMinor: number; currency: string } =>
  typeof value === 'object' && value !== null && 'amountMinor' in value && 'currency' in value;

const shown = (value: unknown): string => {
  if (isMoney(value)) return `${(value.amountMinor / 100).toFixed(2)} ${value.currency}`;
  return String(value);
};

/**
 * "PaymentRecorded: invoiceId INV-1, amount 100.00 EUR, paidOn 2026-02-03". Generic over the
 * event's data rather than a switch per type, so a new event type is summarised without a change here.
 */
export function evidenceEventOf({ eventId, occurredAt, event }: ClientFact): EvidenceEvent {
  // Every event's data is a plain record; read only the named fields it happens to have.
  const data = event.data as unknown as Readonly<Record<string, unknown>>;
  const parts = SUMMARY_FIELDS.flatMap((field) => (data[field] === undefined || data[field] === null ? [] : [`${field} ${shown(data[field])}`]));
  return { eventId, type: event.type, occurredAt, summary: parts.length === 0 ? event.type : `${event.type}: ${parts.join(', ')}` };
}

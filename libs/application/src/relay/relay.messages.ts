import type { ClientSummary, OutboundMessage, RecordedEvent } from '@client-lifecycle/ports';
import { upcastRecorded } from '../shared/recorded-event.upcast';
import { eventTopicOf, partitionKeyOf, RISK_TOPIC } from './relay.topics';

/** The `type` header of a risk record. */
export const RISK_RECORD_TYPE = 'ClientRiskAssessed';
export const RISK_RECORD_SCHEMA_VERSION = 1;

/**
 * An event as a Kafka message: the value is the event's payload (`data`) as JSON, lifted to the
 * current `schemaVersion` of its type (old stored versions go through the upcasters); the envelope
 * travels in headers, so consumers route and dedupe (by `eventId`) without parsing the value.
 * `causationId` is absent when the event has none, `traceparent` when the event was appended
 * without tracing.
 */
export function toEventMessage(stored: RecordedEvent): OutboundMessage {
  const event = upcastRecorded(stored);
  const { metadata } = event;
  return {
    topic: eventTopicOf(event.streamId),
    key: partitionKeyOf(event),
    value: JSON.stringify(event.data),
    headers: {
      eventId: event.eventId,
      type: event.type,
      schemaVersion: String(event.schemaVersion),
      streamId: event.streamId,
      revision: String(event.revision),
      position: String(event.position),
      occurredAt: event.occurredAt,
      recordedAt: event.recordedAt,
      correlationId: metadata.correlationId,
      ...(metadata.causationId === null ? {} : { causationId: metadata.causationId }),
      actor: metadata.actor,
      ...(metadata.traceparent === undefined ? {} : { traceparent: metadata.traceparent }),
    },
  };
}

/** What the risk topic holds per client: its assessment as of the day of its latest event. */
export interface RiskRecord {
  readonly clientId: string;
  readonly name: string;
  readonly score: number;
  readonly band: ClientSummary['band'];
  readonly recommendation: ClientSummary['recommendation'];
  readonly archetypes: ClientSummary['archetypes'];
  readonly asOf: string;
  /** The log position the assessment folds up to. */
  readonly position: number;
}

export const toRiskRecord = (row: ClientSummary, position: number): RiskRecord => ({
  clientId: row.clientId,
  name: row.name,
  score: row.score,
  band: row.band,
  recommendation: row.recommendation,
  archetypes: row.archetypes,
  asOf: row.asOf,
  position,
});

/** Whether a consumer of the risk topic would see a difference (the position and day alone are no change). */
export const riskMoved = (previous: RiskRecord | undefined, next: RiskRecord): boolean =>
  previous === undefined ||
  previous.score !== next.score ||
  previous.band !== next.band ||
  previous.recommendation !== next.recommendation ||
  previous.archetypes.join() !== next.archetypes.join();

/** Keyed by client id on a compacted topic: the latest record per client is its current risk. */
export function toRiskMessage(record: RiskRecord): OutboundMessage {
  return {
    topic: RISK_TOPIC,
    key: record.clientId,
    value: JSON.stringify(record),
    headers: { type: RISK_RECORD_TYPE, schemaVersion: String(RISK_RECORD_SCHEMA_VERSION), clientId: record.clientId, position: String(record.position) },
  };
}

import type { RecordedEvent } from '@client-lifecycle/ports';

const STREAM_ID = /^([a-z][a-z0-9]*)-(.+)$/;

/** Every topic the service writes starts with the service's name. */
const TOPIC_PREFIX = 'client-lifecycle';

/**
 * The major version of each category's event topic. Adding an event type or an optional field
 * keeps the version; a change that breaks consumers goes to a new topic (`.v2`) published
 * beside the old one until its consumers moved. Categories not listed are at version 1.
 */
const EVENT_TOPIC_VERSIONS: Readonly<Record<string, number>> = { client: 1, termination: 1 };

/** Categories kept in the log only: API key creations and revocations are an audit trail, not analytics. */
const UNPUBLISHED_CATEGORIES: ReadonlySet<string> = new Set(['apikeys']);

/** Whether the relay publishes a stream's events (streams with no category still fail loudly in eventTopicOf). */
export const isPublishedStream = (streamId: string): boolean => !UNPUBLISHED_CATEGORIES.has(STREAM_ID.exec(streamId)?.[1] ?? '');

/** Latest risk assessment per client; compacted, so a new consumer reads each client's current state. */
export const RISK_TOPIC = `${TOPIC_PREFIX}.client.risk.v1`;

export interface RelayTopic {
  readonly name: string;
  /** Compacted topics keep the latest message per key (`cleanup.policy=compact`). */
  readonly compacted: boolean;
}

export enum RelayErrorCode {
  UnroutableStream = 'RELAY.UNROUTABLE_STREAM',
}

export class UnroutableStreamError extends Error {
  readonly code = RelayErrorCode.UnroutableStream;

  constructor(readonly streamId: string) {
    super(`Stream ${streamId} has no category (expected <category>-<id>, category in lower-case letters and digits), so no topic takes its events`);
    this.name = 'UnroutableStreamError';
  }
}

const parse = (streamId: string): { category: string; id: string } => {
  const match = STREAM_ID.exec(streamId);
  if (!match) throw new UnroutableStreamError(streamId);
  return { category: match[1], id: match[2] };
};

/** The topic of a stream's events: `client-7` → `client-lifecycle.client.events.v1`, `termination-7` → `client-lifecycle.termination.events.v1`. */
export function eventTopicOf(streamId: string): string {
  const { category } = parse(streamId);
  return `${TOPIC_PREFIX}.${category}.events.v${EVENT_TOPIC_VERSIONS[category] ?? 1}`;
}

/**
 * The partitioning key: the client the event is about (its `data.clientId`), so one client's
 * events keep their order whichever stream they come from; the stream's own id when the
 * payload names no client.
 */
export function partitionKeyOf(event: Pick<RecordedEvent, 'streamId' | 'data'>): string {
  const { id } = parse(event.streamId);
  const data = event.data;
  if (typeof data === 'object' && data !== null && 'clientId' in data && typeof data.clientId === 'string') return data.clientId;
  return id;
}

/** The topics the relay writes today, for a publisher that makes missing topics (and for the AsyncAPI test). */
export const RELAY_TOPICS: readonly RelayTopic[] = [
  { name: eventTopicOf('client-_'), compacted: false },
  { name: eventTopicOf('termination-_'), compacted: false },
  { name: RISK_TOPIC, compacted: true },
];

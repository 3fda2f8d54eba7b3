import {
  ANY,
  type AppendStreamState,
  type CurrentStreamState,
  type EventData,
  type JSONEventType,
  jsonEvent,
  NO_STREAM,
  type Position,
  type ReadPosition,
  START,
} from '@kurrent/kurrentdb-client';
import { type EventMetadata, type EventToAppend, type ExpectedVersion, type RecordedEvent, WrongExpectedVersionError } from '@client-lifecycle/ports';
import { v5 as uuidv5 } from 'uuid';

/**
 * The pure half of the KurrentDB adapter: how our envelope, versions and positions translate to
 * the client's types. Our revisions are 1-based (version 0 = no stream); Kurrent's are 0-based.
 */

/** The stream categories of this service; `$all` is read through a prefix filter on them. */
export const KURRENT_STREAM_CATEGORIES = ['client-', 'termination-'] as const;

/** Our expected version as Kurrent's expected stream state: 0 = no stream, N = revision N - 1. */
export function toStreamState(expected: ExpectedVersion): AppendStreamState {
  if (expected === 'any') return ANY;
  if (expected === 0) return NO_STREAM;
  return BigInt(expected - 1);
}

/** Kurrent's current stream state as our version: no stream = 0, revision R = version R + 1. */
export function toVersion(state: CurrentStreamState): number {
  return state === NO_STREAM ? 0 : toSafeNumber(state, 'stream revision') + 1;
}

/** A 1-based revision as the client's 0-based read revision. */
export function toReadRevision(revision: number): bigint {
  return BigInt(revision - 1);
}

/**
 * Our global position is the commit position of the event in Kurrent's transaction log. An
 * append through gRPC is an implicit transaction, whose events each have commit = prepare, so
 * the one number identifies the event and is enough to resume a read. Positions are strictly
 * increasing in `$all` order but not gap-free: they are byte offsets shared with every other
 * stream on the server.
 */
export function toGlobalPosition(position: Position): number {
  return toSafeNumber(position.commit, 'commit position');
}

/** Where a read of `$all` that wants the events after `position` starts (inclusive on the server). */
export function toReadPosition(after: number): ReadPosition {
  return after === 0 ? START : { commit: BigInt(after), prepare: BigInt(after) };
}

function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`KurrentDB ${what} ${value} exceeds what this service can represent exactly`);
  return Number(value);
}

interface ServerWrongExpectedVersion {
  readonly type: string;
  readonly actualState: CurrentStreamState;
}

/** The client's WrongExpectedVersionError as ours, with the actual version; other errors pass through. */
export function toStoreError(error: unknown, streamId: string, expected: ExpectedVersion): unknown {
  // Read by shape, not instanceof: the client's error classes may come from another module instance.
  // 'any' never conflicts, so a wrong-version error can only answer a numeric expectation.
  if (expected !== 'any' && isWrongExpectedVersion(error)) return new WrongExpectedVersionError(streamId, expected, toVersion(error.actualState));
  return error;
}

function isWrongExpectedVersion(error: unknown): error is ServerWrongExpectedVersion {
  return typeof error === 'object' && error !== null && (error as { type?: unknown }).type === 'wrong-expected-version' && 'actualState' in error;
}

/** Reading a stream that was never written fails on the server; for us it is an empty stream. */
export function isStreamNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { type?: unknown }).type === 'stream-not-found';
}

/**
 * What we keep in Kurrent's metadata: our envelope fields beside the caller's metadata, and
 * `$correlationId`/`$causationId` so the server's `$by_correlation_id` projection understands it.
 */
export interface StoredEventMetadata {
  readonly [key: string]: unknown;
  readonly $correlationId: string;
  readonly $causationId?: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  /** The append's idempotency key, scoped to the stream. */
  readonly appendKey?: string;
  /** One id per append attempt: tells a write of ours from an identical one another process won. */
  readonly attemptId?: string;
  readonly metadata: EventMetadata;
}

export type KurrentEventType = JSONEventType<string, Record<string, unknown> | unknown[] | string, StoredEventMetadata>;

export interface AppendStamp {
  readonly recordedAt: string;
  readonly appendKey?: string;
  readonly attemptId?: string;
}

export function toEventData(event: EventToAppend, stamp: AppendStamp): EventData<KurrentEventType> {
  const metadata: StoredEventMetadata = {
    $correlationId: event.metadata.correlationId,
    ...(event.metadata.causationId === null ? {} : { $causationId: event.metadata.causationId }),
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    recordedAt: stamp.recordedAt,
    ...(stamp.appendKey === undefined ? {} : { appendKey: stamp.appendKey, attemptId: stamp.attemptId }),
    metadata: event.metadata,
  };
  return jsonEvent<KurrentEventType>({ id: event.eventId, type: event.type, data: asJsonData(event.data), metadata });
}

/** Kurrent's JSON events carry objects, arrays or strings; other JSON values travel wrapped. */
function asJsonData(data: unknown): KurrentEventType['data'] {
  if (typeof data === 'string' || Array.isArray(data) || (typeof data === 'object' && data !== null)) return data as KurrentEventType['data'];
  return { $value: data ?? null };
}

function fromJsonData(data: unknown): unknown {
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && Object.keys(data).length === 1 && '$value' in data)
    return (data as { $value: unknown }).$value;
  return data;
}

/** The part of the client's recorded event this adapter reads. */
export interface KurrentRecorded {
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: Position;
}

export function fromRecorded(event: KurrentRecorded, streamId: string): RecordedEvent {
  if (!event.position) throw new Error(`KurrentDB returned event ${event.id} without a log position (server older than 22.6?)`);
  const stored = event.metadata as StoredEventMetadata;
  return {
    eventId: event.id,
    type: event.type,
    schemaVersion: stored.schemaVersion,
    streamId,
    revision: toSafeNumber(event.revision, 'stream revision') + 1,
    position: toGlobalPosition(event.position),
    occurredAt: stored.occurredAt,
    recordedAt: stored.recordedAt,
    data: fromJsonData(event.data),
    metadata: stored.metadata,
  };
}

export const appendKeyOf = (event: KurrentRecorded): string | undefined => (event.metadata as Partial<StoredEventMetadata> | undefined)?.appendKey;
export const attemptIdOf = (event: KurrentRecorded): string | undefined => (event.metadata as Partial<StoredEventMetadata> | undefined)?.attemptId;

/** Fixed namespace for the event ids of keyed appends; changing it would break dedupe of retries. */
const APPEND_KEY_NAMESPACE = '6f1f2b1e-4c1a-5d8e-9b3f-2a7c4e0d9b51';

/**
 * Under an idempotency key, the ids are derived from stream, key and index, so a retry sent by
 * another process carries the same ids and the server's own idempotence stores it once.
 */
export function keyedEventId(streamId: string, idempotencyKey: string, index: number): string {
  return uuidv5(`${streamId}\n${idempotencyKey}\n${index}`, APPEND_KEY_NAMESPACE);
}

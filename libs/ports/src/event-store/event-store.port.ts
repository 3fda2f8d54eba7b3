import type { EventToAppend, RecordedEvent } from './event-envelope';

export const EVENT_STORE = Symbol('EventStore');

/**
 * `number`: the stream must be at exactly this version (0 = the stream must not exist yet).
 * `'any'`: no concurrency check.
 */
export type ExpectedVersion = number | 'any';

export interface AppendOptions {
  readonly expectedVersion: ExpectedVersion;
  /**
   * Scoped to the stream. When an append with this key was already stored, nothing new is
   * stored and the first append's result comes back with `deduplicated: true`.
   */
  readonly idempotencyKey?: string;
}

export interface AppendResult {
  readonly streamId: string;
  /** The stream's version after the append: the revision of its last event. */
  readonly nextExpectedVersion: number;
  readonly lastPosition: number;
  readonly events: readonly RecordedEvent[];
  readonly deduplicated: boolean;
}

export interface ReadStreamOptions {
  readonly direction?: 'forward' | 'backward';
  /** Inclusive; forward defaults to 1, backward to the stream's last revision. */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events with a greater position are returned. 0 reads from the start. */
  readonly after: number;
  readonly maxCount: number;
}

/** Called after a commit with the log's new head position; readers then catch up with readAll. */
export type AppendListener = (headPosition: number) => void;

/**
 * Durability, for every adapter: an append resolves only once its events are durable (as far as
 * the adapter's configuration promises), and no read returns an event, no head counts it and no
 * listener hears of it before that; a read may wait for it. So nothing fed from the log (read
 * models, published messages, the saga's commands) gets ahead of what survives a crash.
 */
export interface EventStore {
  /** Atomic: every event of the call is stored, or none is. */
  append(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult>;
  /** Every event of a stream in revision order (or reversed); empty when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * Several whole streams in one read, each in revision order: what a page of 100 clients needs
   * without 100 queries. Every id asked for is a key; a stream that does not exist maps to [].
   */
  readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>>;
  /** The stream's version (0 when it does not exist). */
  streamVersion(streamId: string): Promise<number>;
  /**
   * The stream's version when the store can vouch for it without a query (as `streamVersion`
   * would answer now: durable events only); undefined when it cannot, for instance when another
   * writer may have appended since. A cache of folded streams checks it before reading the
   * events past its version.
   */
  knownStreamVersion(streamId: string): number | undefined;
  /** A previously stored append for this idempotency key, or null. */
  findAppend(streamId: string, idempotencyKey: string): Promise<AppendResult | null>;
  /** A page of the global log in position order. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  headPosition(): Promise<number>;
  onAppended(listener: AppendListener): () => void;
  close(): Promise<void>;
}

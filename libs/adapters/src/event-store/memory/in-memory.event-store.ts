import {
  type AppendListener,
  type AppendOptions,
  type AppendResult,
  type Clock,
  DuplicateEventIdError,
  EmptyAppendError,
  type EventStore,
  EventStoreClosedError,
  type EventToAppend,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  WrongExpectedVersionError,
} from '@client-lifecycle/ports';
import { AppendListeners } from '../append-listeners';

interface StoredAppend {
  readonly firstPosition: number;
  readonly lastPosition: number;
  readonly nextExpectedVersion: number;
}

/** The whole log in process memory: for unit tests and throwaway demos, never for data that matters. */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly appends = new Map<string, StoredAppend>();
  private readonly eventIds = new Set<string>();
  private readonly listeners = new AppendListeners();
  private closed = false;

  constructor(private readonly clock: Clock) {}

  async append(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    if (events.length === 0) throw new EmptyAppendError(streamId);
    if (options.idempotencyKey !== undefined) {
      const earlier = this.appends.get(appendKey(streamId, options.idempotencyKey));
      if (earlier) return this.resultOf(streamId, earlier);
    }
    const stream = this.streams.get(streamId) ?? [];
    const version = stream.length;
    if (options.expectedVersion !== 'any' && options.expectedVersion !== version)
      throw new WrongExpectedVersionError(streamId, options.expectedVersion, version);
    const seen = new Set<string>();
    for (const { eventId } of events) {
      if (this.eventIds.has(eventId) || seen.has(eventId)) throw new DuplicateEventIdError(eventId);
      seen.add(eventId);
    }
    const recordedAt = this.clock.now().toISOString();
    const recorded = events.map((event, index): RecordedEvent => ({
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      streamId,
      revision: version + index + 1,
      position: this.log.length + index + 1,
      occurredAt: event.occurredAt,
      recordedAt,
      // A deep copy, so a caller mutating its object later cannot rewrite history.
      data: structuredClone(event.data),
      metadata: structuredClone(event.metadata),
    }));
    this.log.push(...recorded);
    for (const { eventId } of recorded) this.eventIds.add(eventId);
    stream.push(...recorded);
    this.streams.set(streamId, stream);
    const stored: StoredAppend = {
      firstPosition: recorded[0].position,
      lastPosition: recorded[recorded.length - 1].position,
      nextExpectedVersion: stream.length,
    };
    if (options.idempotencyKey !== undefined) this.appends.set(appendKey(streamId, options.idempotencyKey), stored);
    this.listeners.notify(this.log.length);
    return this.resultOf(streamId, stored, false);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const stream = this.streams.get(streamId) ?? [];
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (options.direction === 'backward') {
      const from = Math.min(options.fromRevision ?? stream.length, stream.length);
      return stream
        .slice(Math.max(0, from - maxCount), Math.max(0, from))
        .reverse()
        .map(copyOf);
    }
    const from = Math.max(1, options.fromRevision ?? 1);
    return stream.slice(from - 1, from - 1 + maxCount).map(copyOf);
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    this.assertOpen();
    return new Map(streamIds.map((streamId) => [streamId, (this.streams.get(streamId) ?? []).map(copyOf)]));
  }

  async streamVersion(streamId: string): Promise<number> {
    this.assertOpen();
    return this.streams.get(streamId)?.length ?? 0;
  }

  /** Always known: nothing but this object writes the log. */
  knownStreamVersion(streamId: string): number {
    this.assertOpen();
    return this.streams.get(streamId)?.length ?? 0;
  }

  async findAppend(streamId: string, idempotencyKey: string): Promise<AppendResult | null> {
    this.assertOpen();
    const stored = this.appends.get(appendKey(streamId, idempotencyKey));
    return stored ? this.resultOf(streamId, stored) : null;
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const from = Math.max(0, options.after);
    return this.log.slice(from, from + options.maxCount).map(copyOf);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.log.length;
  }

  onAppended(listener: AppendListener): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
  }

  private resultOf(streamId: string, stored: StoredAppend, deduplicated = true): AppendResult {
    return {
      streamId,
      nextExpectedVersion: stored.nextExpectedVersion,
      lastPosition: stored.lastPosition,
      events: this.log.slice(stored.firstPosition - 1, stored.lastPosition).map(copyOf),
      deduplicated,
    };
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }
}

const appendKey = (streamId: string, idempotencyKey: string) => `${streamId}\u0000${idempotencyKey}`;

const copyOf = (event: RecordedEvent): RecordedEvent => structuredClone(event);

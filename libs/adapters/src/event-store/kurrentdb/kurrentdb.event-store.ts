import { randomUUID } from 'node:crypto';
import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  type ResolvedEvent,
  streamNameFilter,
} from '@kurrent/kurrentdb-client';
import {
  type AppendListener,
  type AppendOptions,
  type AppendResult,
  type Clock,
  EmptyAppendError,
  type EventStore,
  EventStoreClosedError,
  type EventToAppend,
  type ExpectedVersion,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@client-lifecycle/ports';
import { AppendListeners } from '../append-listeners';
import {
  appendKeyOf,
  attemptIdOf,
  fromRecorded,
  isStreamNotFound,
  KURRENT_STREAM_CATEGORIES,
  type KurrentEventType,
  type KurrentRecorded,
  keyedEventId,
  toEventData,
  toGlobalPosition,
  toReadPosition,
  toReadRevision,
  toStoreError,
  toStreamState,
} from './kurrentdb.mapping';

export interface KurrentDbEventStoreOptions {
  /** e.g. `kurrentdb://kurrentdb:2113?tls=false` */
  readonly connectionString: string;
  readonly clock: Clock;
  /**
   * Prefixed to every stream name on the server, so environments or test runs can share one
   * cluster without seeing each other's streams. Empty in production.
   */
  readonly namespace?: string;
  /** Called when the live subscription behind `onAppended` fails; it is re-opened after a pause. */
  readonly onSubscriptionError?: (error: unknown) => void;
}

const RESUBSCRIBE_AFTER_MS = 1_000;

/**
 * The EventStore port on KurrentDB through `@kurrent/kurrentdb-client`. Streams, revisions and
 * concurrency are the server's; positions are its commit positions (strictly increasing, not
 * gap-free; see kurrentdb.mapping.ts); `onAppended` hears this process's commits at once and
 * other processes' through a filtered `$all` subscription.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly listeners = new AppendListeners();
  private readonly keyedAppends = new Map<string, Promise<AppendResult>>();
  /** Ids of events this process is writing, so the subscription does not announce them early. */
  private readonly ownEventIds = new Set<string>();
  private readonly prefixes: string[];
  private subscription: AllStreamSubscription | null = null;
  private resubscribeTimer: NodeJS.Timeout | null = null;
  private lastAnnounced = 0;
  private closed = false;

  private constructor(
    private readonly client: KurrentDBClient,
    private readonly clock: Clock,
    private readonly namespace: string,
    private readonly onSubscriptionError: (error: unknown) => void,
  ) {
    this.prefixes = KURRENT_STREAM_CATEGORIES.map((category) => `${namespace}${category}`);
  }

  static connect(options: KurrentDbEventStoreOptions): KurrentDbEventStore {
    return new KurrentDbEventStore(
      KurrentDBClient.connectionString(options.connectionString),
      options.clock,
      options.namespace ?? '',
      options.onSubscriptionError ?? (() => undefined),
    );
  }

  async append(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    if (events.length === 0) throw new EmptyAppendError(streamId);
    const key = options.idempotencyKey;
    if (key === undefined) return this.write(streamId, events, options.expectedVersion);
    // One keyed append at a time per stream and key in this process; across processes the
    // derived event ids let the server store a racing duplicate once.
    const slot = `${streamId}\n${key}`;
    const pending = this.keyedAppends.get(slot);
    if (pending)
      return pending.then(
        (first) => ({ ...first, deduplicated: true }),
        () => this.append(streamId, events, options),
      );
    const attempt = this.appendKeyed(streamId, events, options.expectedVersion, key).finally(() => this.keyedAppends.delete(slot));
    this.keyedAppends.set(slot, attempt);
    return attempt;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const backward = options.direction === 'backward';
    const events = await this.readServerStream(streamId, {
      direction: backward ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision === undefined ? (backward ? END : toReadRevision(1)) : toReadRevision(options.fromRevision),
      ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
    });
    return events.map((event) => fromRecorded(event, streamId));
  }

  /** Kurrent reads one stream per call; the reads of a batch run side by side. */
  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    this.assertOpen();
    const streams = await Promise.all(streamIds.map(async (streamId) => [streamId, await this.readStream(streamId)] as const));
    return new Map(streams);
  }

  async streamVersion(streamId: string): Promise<number> {
    this.assertOpen();
    const [last] = await this.readServerStream(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
    return last ? Number(last.revision) + 1 : 0;
  }

  /** Never known: the server takes appends from every client, and only a read tells whether any came. */
  knownStreamVersion(): undefined {
    this.assertOpen();
    return undefined;
  }

  async findAppend(streamId: string, idempotencyKey: string): Promise<AppendResult | null> {
    this.assertOpen();
    const found = await this.keyedEvents(streamId, idempotencyKey);
    return found && this.resultOf(streamId, found, true);
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const page: RecordedEvent[] = [];
    // The server starts at the given position inclusively; one extra covers the event at `after`.
    for await (const resolved of this.client.readAll({
      direction: FORWARDS,
      fromPosition: toReadPosition(options.after),
      maxCount: options.maxCount + 1,
      filter: streamNameFilter({ prefixes: this.prefixes }),
    })) {
      const event = this.recordedOf(resolved);
      if (event && event.position > options.after && page.length < options.maxCount) page.push(event);
    }
    return page;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    for await (const resolved of this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
      filter: streamNameFilter({ prefixes: this.prefixes }),
    })) {
      if (resolved.event) return toGlobalPosition(resolved.event.position);
    }
    return 0;
  }

  onAppended(listener: AppendListener): () => void {
    const remove = this.listeners.add(listener);
    this.subscribe();
    return remove;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.listeners.clear();
    if (this.resubscribeTimer) clearTimeout(this.resubscribeTimer);
    await Promise.allSettled([...this.keyedAppends.values()]);
    await this.subscription?.unsubscribe().catch(() => undefined);
    await this.client.dispose();
  }

  private async appendKeyed(streamId: string, events: readonly EventToAppend[], expected: ExpectedVersion, key: string): Promise<AppendResult> {
    const earlier = await this.keyedEvents(streamId, key);
    if (earlier) return this.resultOf(streamId, earlier, true);
    const attemptId = randomUUID();
    const keyed = events.map((event, index) => ({ ...event, eventId: keyedEventId(streamId, key, index) }));
    return this.announcing(keyed, async () => {
      await this.send(streamId, keyed, expected, { appendKey: key, attemptId });
      const stored = await this.keyedEvents(streamId, key);
      if (!stored) throw new Error(`KurrentDB acknowledged append ${key} to ${streamId} but it cannot be read back`);
      // The server answers an identical earlier write as a success; its attempt id tells them apart.
      return this.resultOf(streamId, stored, attemptIdOf(stored[0]) !== attemptId);
    });
  }

  private write(streamId: string, events: readonly EventToAppend[], expected: ExpectedVersion): Promise<AppendResult> {
    return this.announcing(events, async () => {
      const nextRevision = await this.send(streamId, events, expected, {});
      const firstRevision = nextRevision - BigInt(events.length - 1);
      const stored = await this.readServerStream(streamId, { direction: FORWARDS, fromRevision: firstRevision, maxCount: events.length });
      return this.resultOf(streamId, stored, false);
    });
  }

  /**
   * Runs an append whose events the subscription must not announce one by one: listeners hear
   * the append once, with its last position, when it has returned.
   */
  private async announcing(events: readonly EventToAppend[], append: () => Promise<AppendResult>): Promise<AppendResult> {
    for (const { eventId } of events) this.ownEventIds.add(eventId);
    try {
      const result = await append();
      this.announce(result.lastPosition);
      return result;
    } finally {
      for (const { eventId } of events) this.ownEventIds.delete(eventId);
    }
  }

  /** Appends and returns the stream's new last revision (0-based, the client's). */
  private async send(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedVersion,
    stamp: { appendKey?: string; attemptId?: string },
  ): Promise<bigint> {
    const recordedAt = this.clock.now().toISOString();
    const data = events.map((event) => toEventData(event, { recordedAt, ...stamp }));
    try {
      const result = await this.client.appendToStream<KurrentEventType>(this.serverName(streamId), data, { streamState: toStreamState(expected) });
      return result.nextExpectedRevision;
    } catch (error) {
      throw toStoreError(error, streamId, expected);
    }
  }

  /**
   * The events of the append stored under this key, oldest first. Kurrent has no lookup by
   * metadata, so this reads the stream (one client's, hundreds of events) and scans from the end,
   * where retried keys are.
   */
  private async keyedEvents(streamId: string, key: string): Promise<KurrentRecorded[] | null> {
    const found: KurrentRecorded[] = [];
    for (const event of await this.readServerStream(streamId, { direction: BACKWARDS, fromRevision: END })) {
      if (appendKeyOf(event) === key) found.unshift(event);
      else if (found.length > 0) break;
    }
    return found.length > 0 ? found : null;
  }

  private async readServerStream(
    streamId: string,
    options: { direction: typeof FORWARDS | typeof BACKWARDS; fromRevision: bigint | typeof END; maxCount?: number },
  ): Promise<KurrentRecorded[]> {
    const events: KurrentRecorded[] = [];
    try {
      for await (const resolved of this.client.readStream<KurrentEventType>(this.serverName(streamId), options)) {
        if (resolved.event) events.push(resolved.event);
      }
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    return events;
  }

  private resultOf(streamId: string, stored: readonly KurrentRecorded[], deduplicated: boolean): AppendResult {
    const events = stored.map((event) => fromRecorded(event, streamId));
    const last = events[events.length - 1];
    return { streamId, nextExpectedVersion: last.revision, lastPosition: last.position, events, deduplicated };
  }

  private recordedOf(resolved: AllStreamResolvedEvent | ResolvedEvent): RecordedEvent | null {
    const event = resolved.event;
    if (!event || !event.streamId.startsWith(this.namespace)) return null;
    return fromRecorded(event, event.streamId.slice(this.namespace.length));
  }

  private serverName(streamId: string): string {
    return `${this.namespace}${streamId}`;
  }

  /** Listeners hear each head once and in order, whether it came from this process or the subscription. */
  private announce(position: number): void {
    if (position <= this.lastAnnounced) return;
    this.lastAnnounced = position;
    this.listeners.notify(position);
  }

  /** Opens, once, a live subscription to new events of our categories, written by any process. */
  private subscribe(): void {
    if (this.subscription || this.closed) return;
    // After a failure, resume where the last announcement left off so no commit goes unheard.
    const subscription = this.client.subscribeToAll({
      fromPosition: this.lastAnnounced === 0 ? END : toReadPosition(this.lastAnnounced),
      filter: streamNameFilter({ prefixes: this.prefixes }),
    });
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      const event = resolved.event;
      // Our own appends are announced when they return, with the append's last position.
      if (event && !this.ownEventIds.has(event.id)) this.announce(toGlobalPosition(event.position));
    });
    subscription.on('error', (error: Error) => {
      if (this.closed) return;
      this.onSubscriptionError(error);
      this.subscription = null;
      this.resubscribeTimer = setTimeout(() => {
        this.resubscribeTimer = null;
        if (!this.listeners.isEmpty()) this.subscribe();
      }, RESUBSCRIBE_AFTER_MS);
    });
    this.subscription = subscription;
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }
}

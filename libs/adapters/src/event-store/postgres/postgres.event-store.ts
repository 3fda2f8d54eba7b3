import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import {
  type AppendListener,
  type AppendOptions,
  type AppendResult,
  type Clock,
  DuplicateEventIdError,
  EmptyAppendError,
  type EventMetadata,
  type EventStore,
  EventStoreClosedError,
  type EventToAppend,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  WrongExpectedVersionError,
} from '@client-lifecycle/ports';
import { AppendListeners } from '../append-listeners';
import { createPostgresPool, migratePostgres, POSTGRES_ADVISORY_LOCKS, type TransactionQuery } from '../../postgres';
import { appendChannelOf, PostgresAppendChannel } from './postgres.append-channel';
import { EVENT_STORE_MIGRATIONS } from './postgres.schema';

export interface PostgresEventStoreOptions {
  /** e.g. postgres://user@host:5432/database */
  readonly connectionString: string;
  readonly clock: Clock;
  /** Connections for appends and reads; one more is kept for LISTEN. */
  readonly poolSize?: number;
}

interface EventRow {
  position: number;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  schema_version: number;
  occurred_at: string;
  recorded_at: string;
  data: unknown;
  metadata: EventMetadata;
}

/** What append_events did: stored the events, found the key's earlier append, or found the stream at another version. */
interface AppendRow {
  outcome: 'stored' | 'deduplicated' | 'conflict';
  o_version: number | null;
  o_head: number | null;
  o_first: number | null;
  o_last: number | null;
  o_next: number | null;
}

interface StoredAppendRow {
  first_position: number;
  last_position: number;
  next_expected_version: number;
}

const EVENT_COLUMNS = 'position, event_id, stream_id, revision, type, schema_version, occurred_at, recorded_at, data, metadata';

const APPEND = 'SELECT outcome, o_version, o_head, o_first, o_last, o_next FROM append_events($1, $2, $3, $4, $5, $6, $7, $8)';

/**
 * The event log in PostgreSQL, for several app processes sharing one database.
 *
 * Global order: every append is one call of the `append_events` function (postgres.schema.ts),
 * which takes a transaction-level advisory lock before it reads the head; the lock is held
 * until the call's commit, so positions are assigned and committed one append at a time, in order. A reader's snapshot therefore always holds a gap-free prefix of the log:
 * no transaction can commit position p+1 while p is still in flight, so `readAll(after)` never
 * skips an event committed late with a lower position. The price is that appends (their
 * commit's fsync included) do not overlap; reads never wait on the lock.
 *
 * Each commit also NOTIFYs the new head inside its transaction, so stores in other processes
 * wake their listeners too.
 *
 * The tables live in the connection's current schema: `?options=-c search_path=<schema>` in
 * the connection string puts a log in a schema of its own.
 */
export class PostgresEventStore implements EventStore {
  private readonly inFlight = new Set<Promise<unknown>>();
  private closed = false;
  private readonly poolQuery: TransactionQuery = async <Row extends object>(sql: string, values?: unknown[]) => (await this.pool.query<Row>(sql, values)).rows;

  private constructor(
    private readonly pool: Pool,
    private readonly channel: PostgresAppendChannel,
    private readonly channelName: string,
    private readonly instanceId: string,
    private readonly clock: Clock,
    // Shared with the channel, which is opened before the store exists.
    private readonly listeners: AppendListeners,
  ) {}

  static async open(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const pool = createPostgresPool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
    const instanceId = randomUUID();
    const listeners = new AppendListeners();
    try {
      await migratePostgres(pool, { component: 'event_store', describedAs: 'event store', migrations: EVENT_STORE_MIGRATIONS });
      const { rows } = await pool.query<{ schema: string }>('SELECT current_schema() AS schema');
      const channelName = appendChannelOf(rows[0].schema);
      const channel = await PostgresAppendChannel.listen({
        connectionString: options.connectionString,
        channel: channelName,
        instanceId,
        onHead: (head) => listeners.notify(head),
      });
      return new PostgresEventStore(pool, channel, channelName, instanceId, options.clock, listeners);
    } catch (error) {
      await pool.end();
      throw error;
    }
  }

  append(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new EventStoreClosedError());
    if (events.length === 0) return Promise.reject(new EmptyAppendError(streamId));
    return this.track(this.write(streamId, events, options));
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const backward = options.direction === 'backward';
    const sql = backward
      ? `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND revision <= $2 ORDER BY revision DESC LIMIT $3::bigint`
      : `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND revision >= $2 ORDER BY revision LIMIT $3::bigint`;
    const from = options.fromRevision ?? (backward ? 2_147_483_647 : 1);
    return this.rows(sql, [streamId, from, options.maxCount ?? null]);
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    this.assertOpen();
    const streams = new Map<string, RecordedEvent[]>(streamIds.map((streamId) => [streamId, []]));
    if (streamIds.length === 0) return streams;
    const events = await this.rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ANY($1) ORDER BY stream_id, revision`, [streamIds]);
    for (const event of events) streams.get(event.streamId)?.push(event);
    return streams;
  }

  async streamVersion(streamId: string): Promise<number> {
    this.assertOpen();
    const { rows } = await this.track(
      this.pool.query<{ version: number }>('SELECT coalesce(max(revision), 0) AS version FROM events WHERE stream_id = $1', [streamId]),
    );
    return rows[0].version;
  }

  /**
   * Never known: other processes append to the same database, and only a query tells whether
   * they did (their notifications arrive later than their commits).
   */
  knownStreamVersion(): undefined {
    this.assertOpen();
    return undefined;
  }

  async findAppend(streamId: string, idempotencyKey: string): Promise<AppendResult | null> {
    this.assertOpen();
    const { rows } = await this.track(
      this.pool.query<StoredAppendRow>(
        'SELECT first_position, last_position, next_expected_version FROM appends WHERE stream_id = $1 AND idempotency_key = $2',
        [streamId, idempotencyKey],
      ),
    );
    return rows.length === 0 ? null : this.storedAppend(streamId, rows[0]);
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    return this.rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`, [options.after, options.maxCount]);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    const { rows } = await this.track(this.pool.query<{ head: number }>('SELECT coalesce(max(position), 0) AS head FROM events'));
    return rows[0].head;
  }

  onAppended(listener: AppendListener): () => void {
    return this.listeners.add(listener);
  }

  /** Lets the appends and reads already started finish, then closes every connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.listeners.clear();
    await Promise.allSettled([...this.inFlight]);
    await this.channel.close();
    await this.pool.end();
  }

  private async write(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    const recordedAt = this.clock.now().toISOString();
    let row: AppendRow;
    try {
      [row] = await this.poolQuery<AppendRow>(APPEND, [
        POSTGRES_ADVISORY_LOCKS.appends,
        streamId,
        options.expectedVersion === 'any' ? null : options.expectedVersion,
        options.idempotencyKey ?? null,
        // One JSON document for the whole append, parsed once by the server.
        JSON.stringify(
          events.map((event, index) => ({
            n: index + 1,
            i: event.eventId,
            t: event.type,
            v: event.schemaVersion,
            o: event.occurredAt,
            d: event.data,
            m: event.metadata,
          })),
        ),
        recordedAt,
        this.channelName,
        this.instanceId,
      ]);
    } catch (error) {
      throw duplicateEventIdIn(error) ?? error;
    }
    if (row.outcome === 'conflict') throw new WrongExpectedVersionError(streamId, options.expectedVersion as number, row.o_version ?? 0);
    if (row.outcome === 'deduplicated')
      return this.storedAppend(streamId, { first_position: row.o_first ?? 0, last_position: row.o_last ?? 0, next_expected_version: row.o_next ?? 0 });
    const result = this.recorded(streamId, events, row.o_version ?? 0, row.o_head ?? 0, recordedAt);
    this.listeners.notify(result.lastPosition);
    return result;
  }

  private recorded(streamId: string, events: readonly EventToAppend[], version: number, head: number, recordedAt: string): AppendResult {
    // In toRecordedEvent's field order, so appended and read events share one object shape.
    const recorded = events.map((event, index): RecordedEvent => ({
      position: head + index + 1,
      eventId: event.eventId,
      streamId,
      revision: version + index + 1,
      type: event.type,
      schemaVersion: event.schemaVersion,
      occurredAt: event.occurredAt,
      recordedAt,
      data: event.data,
      metadata: event.metadata,
    }));
    return { streamId, nextExpectedVersion: version + events.length, lastPosition: head + events.length, events: recorded, deduplicated: false };
  }

  private async storedAppend(streamId: string, row: StoredAppendRow): Promise<AppendResult> {
    const events = await this.rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE position BETWEEN $1 AND $2 ORDER BY position`, [
      row.first_position,
      row.last_position,
    ]);
    return {
      streamId,
      nextExpectedVersion: row.next_expected_version,
      lastPosition: row.last_position,
      events,
      deduplicated: true,
    };
  }

  private async rows(sql: string, values: unknown[]): Promise<RecordedEvent[]> {
    return (await this.track(this.poolQuery<EventRow>(sql, values))).map(toRecordedEvent);
  }

  private track<T>(operation: Promise<T>): Promise<T> {
    this.inFlight.add(operation);
    const forget = () => this.inFlight.delete(operation);
    operation.then(forget, forget);
    return operation;
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }
}

const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  position: row.position,
  eventId: row.event_id,
  streamId: row.stream_id,
  revision: row.revision,
  type: row.type,
  schemaVersion: row.schema_version,
  occurredAt: row.occurred_at,
  recordedAt: row.recorded_at,
  data: row.data,
  metadata: row.metadata,
});

/** A unique violation on events.event_id, as the port's error; pg reports the key in `detail`. */
function duplicateEventIdIn(error: unknown): DuplicateEventIdError | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, constraint, detail } = error as { code?: unknown; constraint?: unknown; detail?: unknown };
  if (code !== '23505' || constraint !== 'events_event_id_key' || typeof detail !== 'string') return null;
  const eventId = /^Key \(event_id\)=\((.*)\) already exists\.$/.exec(detail)?.[1];
  return eventId === undefined ? null : new DuplicateEventIdError(eventId);
}

import type { Database, Statement } from 'better-sqlite3';
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
import { openSqliteDatabase } from '../../sqlite';
import { EVENT_STORE_MIGRATIONS } from './sqlite.schema';

/**
 * FULL: an acknowledged append survives a power loss (the WAL is fsynced at every commit).
 * NORMAL: survives a crash of the process, but the last commits may be lost on a power loss.
 */
export type SqliteSynchronous = 'FULL' | 'NORMAL';

/**
 * Checkpointing the WAL into the database (with its fsync) every 1,000 pages, SQLite's default,
 * took most of a group commit's time under load; every 10,000 pages (about 40 MB of WAL) pays
 * it a tenth as often, for a longer recovery after a crash (seconds, not minutes).
 */
export const SQLITE_WAL_AUTOCHECKPOINT_PAGES = 10_000;

export interface SqliteEventStoreOptions {
  /** A file path, or ':memory:' for a private in-process database. */
  readonly filename: string;
  readonly clock: Clock;
  readonly synchronous?: SqliteSynchronous;
  readonly busyTimeoutMs?: number;
  /** Told how many appends each committed transaction wrote together (for a metric). */
  readonly onGroupCommit?: (appends: number) => void;
}

interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly options: AppendOptions;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

type EventRow = [number, string, string, number, string, number, string, string, string, string];

interface AppendRow {
  first_position: number;
  last_position: number;
  next_expected_version: number;
}

const EVENT_COLUMNS = 'position, event_id, stream_id, revision, type, schema_version, occurred_at, recorded_at, data, metadata';

/**
 * The embedded default: one SQLite file in WAL mode.
 *
 * Appends made while a transaction is being written are queued and written together in the
 * next one (group commit): each keeps its own savepoint, version check and idempotency check,
 * and each is acknowledged only after the shared commit. Under load this pays one fsync for
 * many appends instead of one each.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database;
  private readonly statements: ReturnType<typeof prepare>;
  private readonly listeners = new AppendListeners();
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;

  private constructor(
    db: Database,
    private readonly clock: Clock,
    private readonly onGroupCommit?: (appends: number) => void,
  ) {
    this.db = db;
    this.statements = prepare(db);
  }

  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    const db = openSqliteDatabase({
      filename: options.filename,
      describedAs: 'event store',
      synchronous: options.synchronous ?? 'FULL',
      busyTimeoutMs: options.busyTimeoutMs,
      pragmas: [`wal_autocheckpoint = ${SQLITE_WAL_AUTOCHECKPOINT_PAGES}`],
      migrations: EVENT_STORE_MIGRATIONS,
    });
    return new SqliteEventStore(db, options.clock, options.onGroupCommit);
  }

  append(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new EventStoreClosedError());
    if (events.length === 0) return Promise.reject(new EmptyAppendError(streamId));
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, events, options, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const maxCount = options.maxCount ?? -1;
    const rows =
      options.direction === 'backward'
        ? this.statements.readStreamBackward.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, maxCount)
        : this.statements.readStreamForward.all(streamId, options.fromRevision ?? 1, maxCount);
    return (rows as EventRow[]).map(toRecordedEvent);
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    this.assertOpen();
    const streams = new Map<string, RecordedEvent[]>(streamIds.map((streamId) => [streamId, []]));
    if (streamIds.length === 0) return streams;
    for (const row of this.statements.readStreams.all(JSON.stringify(streamIds)) as EventRow[]) {
      const event = toRecordedEvent(row);
      streams.get(event.streamId)?.push(event);
    }
    return streams;
  }

  async streamVersion(streamId: string): Promise<number> {
    this.assertOpen();
    return this.versionOf(streamId);
  }

  async findAppend(streamId: string, idempotencyKey: string): Promise<AppendResult | null> {
    this.assertOpen();
    return this.storedAppend(streamId, idempotencyKey);
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    return (this.statements.readAll.all(options.after, options.maxCount) as EventRow[]).map(toRecordedEvent);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.statements.head.get() as number;
  }

  onAppended(listener: AppendListener): () => void {
    return this.listeners.add(listener);
  }

  /** Writes what is already queued, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.listeners.clear();
    this.db.close();
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const outcomes: Array<{ result: AppendResult } | { error: unknown }> = [];
    let head: number;
    try {
      this.statements.begin.run();
      head = this.statements.head.get() as number;
      for (const append of batch) {
        // One INSERT is atomic on its own; a savepoint is only needed when an append writes several rows.
        const savepoint = append.events.length > 1 || append.options.idempotencyKey !== undefined;
        if (savepoint) this.statements.savepoint.run();
        try {
          const result = this.write(append, head);
          head = Math.max(head, result.lastPosition);
          if (savepoint) this.statements.release.run();
          outcomes.push({ result });
        } catch (error) {
          if (savepoint) {
            this.statements.rollbackToSavepoint.run();
            this.statements.release.run();
          }
          outcomes.push({ error });
        }
      }
      this.statements.commit.run();
      this.onGroupCommit?.(batch.length);
    } catch (error) {
      if (this.db.inTransaction) this.statements.rollback.run();
      for (const append of batch) append.reject(error);
      return;
    }
    batch.forEach((append, index) => {
      const outcome = outcomes[index];
      if ('result' in outcome) append.resolve(outcome.result);
      else append.reject(outcome.error);
    });
    if (outcomes.some((outcome) => 'result' in outcome && !outcome.result.deduplicated)) this.listeners.notify(head);
  }

  private write({ streamId, events, options }: PendingAppend, head: number): AppendResult {
    if (options.idempotencyKey !== undefined) {
      const earlier = this.storedAppend(streamId, options.idempotencyKey);
      if (earlier) return earlier;
    }
    const version = this.versionOf(streamId);
    if (options.expectedVersion !== 'any' && options.expectedVersion !== version)
      throw new WrongExpectedVersionError(streamId, options.expectedVersion, version);
    const recordedAt = this.clock.now().toISOString();
    const recorded: RecordedEvent[] = [];
    for (let index = 0; index < events.length; index++) {
      const event = events[index];
      const position = head + index + 1;
      const revision = version + index + 1;
      try {
        this.statements.insertEvent.run(
          position,
          event.eventId,
          streamId,
          revision,
          event.type,
          event.schemaVersion,
          event.occurredAt,
          recordedAt,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
        );
      } catch (error) {
        if (isUniqueViolationOn(error, 'events.event_id')) throw new DuplicateEventIdError(event.eventId);
        throw error;
      }
      // A literal in toRecordedEvent's field order, not `{ ...event }`: the spread made a batched
      // append about a third slower (bench/event-store.bench.ts, scenario c), and this way
      // appended and read events share one object shape.
      recorded.push({
        position,
        eventId: event.eventId,
        streamId,
        revision,
        type: event.type,
        schemaVersion: event.schemaVersion,
        occurredAt: event.occurredAt,
        recordedAt,
        data: event.data,
        metadata: event.metadata,
      });
    }
    const lastPosition = head + events.length;
    const nextExpectedVersion = version + events.length;
    if (options.idempotencyKey !== undefined) this.statements.insertAppend.run(streamId, options.idempotencyKey, head + 1, lastPosition, nextExpectedVersion);
    return { streamId, nextExpectedVersion, lastPosition, events: recorded, deduplicated: false };
  }

  private versionOf(streamId: string): number {
    return (this.statements.streamVersion.get(streamId) as number | null) ?? 0;
  }

  private storedAppend(streamId: string, idempotencyKey: string): AppendResult | null {
    const row = this.statements.findAppend.get(streamId, idempotencyKey) as AppendRow | undefined;
    if (!row) return null;
    const rows = this.statements.readRange.all(row.first_position, row.last_position) as EventRow[];
    return {
      streamId,
      nextExpectedVersion: row.next_expected_version,
      lastPosition: row.last_position,
      events: rows.map(toRecordedEvent),
      deduplicated: true,
    };
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreClosedError();
  }
}

function prepare(db: Database) {
  const raw = (sql: string): Statement => db.prepare(sql).raw(true);
  const scalar = (sql: string): Statement => db.prepare(sql).pluck(true);
  return {
    begin: db.prepare('BEGIN IMMEDIATE'),
    commit: db.prepare('COMMIT'),
    rollback: db.prepare('ROLLBACK'),
    savepoint: db.prepare('SAVEPOINT append'),
    release: db.prepare('RELEASE append'),
    rollbackToSavepoint: db.prepare('ROLLBACK TO append'),
    head: scalar('SELECT coalesce(max(position), 0) FROM events'),
    streamVersion: scalar('SELECT max(revision) FROM events WHERE stream_id = ?'),
    insertEvent: db.prepare(`INSERT INTO events (${EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertAppend: db.prepare('INSERT INTO appends (stream_id, idempotency_key, first_position, last_position, next_expected_version) VALUES (?, ?, ?, ?, ?)'),
    findAppend: db.prepare('SELECT first_position, last_position, next_expected_version FROM appends WHERE stream_id = ? AND idempotency_key = ?'),
    readRange: raw(`SELECT ${EVENT_COLUMNS} FROM events WHERE position BETWEEN ? AND ? ORDER BY position`),
    readStreamForward: raw(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`),
    readStreamBackward: raw(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`),
    readStreams: raw(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id IN (SELECT value FROM json_each(?)) ORDER BY stream_id, revision`),
    readAll: raw(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`),
  };
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    position: row[0],
    eventId: row[1],
    streamId: row[2],
    revision: row[3],
    type: row[4],
    schemaVersion: row[5],
    occurredAt: row[6],
    recordedAt: row[7],
    data: JSON.parse(row[8]),
    metadata: JSON.parse(row[9]),
  };
}

/**
 * Read by shape, not `instanceof`: the driver's native part builds its errors from the error
 * class of whichever module instance registered it last, which may belong to another realm
 * (jest sandboxes, several copies of the package), where `instanceof Error` is false.
 */
function isUniqueViolationOn(error: unknown, column: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes(column);
}

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
import { openSqliteDatabase, WalCheckpointer } from '../../sqlite';
import { EVENT_STORE_MIGRATIONS } from './sqlite.schema';
import { WalDurability, type WalSyncRunner } from './wal-durability';

/**
 * FULL: an acknowledged append survives a power loss (the WAL is fsynced after every commit,
 * off the event loop, before the append is acknowledged).
 * NORMAL: survives a crash of the process, but the last commits may be lost on a power loss.
 */
export type SqliteSynchronous = 'FULL' | 'NORMAL';

/**
 * Checkpointing the WAL into the database (with its fsync) every 1,000 pages, SQLite's default,
 * took most of a group commit's time under load; every 10,000 pages (about 40 MB of WAL) pays
 * it a tenth as often, for a longer recovery after a crash (seconds, not minutes). Only used
 * should the checkpointing thread fail: it checkpoints off the event loop instead.
 */
export const SQLITE_WAL_AUTOCHECKPOINT_PAGES = 10_000;

/**
 * The checkpointing thread is asked to copy the WAL into the database after this many commits,
 * or this many bytes of event payloads, whichever comes first: a few seconds of load, a WAL of
 * a few MB, a short recovery.
 */
const CHECKPOINT_EVERY_COMMITS = 1_000;
const CHECKPOINT_EVERY_BYTES = 16 * 1024 * 1024;

/**
 * Streams whose version the store keeps known, the most recently learnt first: room for every
 * client the fold cache holds in a usual deployment (about 5 MB of keys); a stream beyond it is
 * read again.
 */
const KNOWN_STREAM_VERSIONS = 65_536;

export interface SqliteEventStoreOptions {
  /** A file path, or ':memory:' for a private in-process database. */
  readonly filename: string;
  readonly clock: Clock;
  readonly synchronous?: SqliteSynchronous;
  readonly busyTimeoutMs?: number;
  /** Told how many appends each committed transaction wrote together (for a metric). */
  readonly onGroupCommit?: (appends: number) => void;
  /** Runs each flush of the WAL (FULL only); a test passes a gate to hold one and see what waits for it. */
  readonly syncWal?: WalSyncRunner;
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
 * Appends made while a transaction is being written or flushed to disk are queued and written
 * together in the next one (group commit): each keeps its own savepoint, version check and
 * idempotency check, and each is acknowledged only once the shared commit is durable. Under
 * load this pays one fsync for many appends instead of one each.
 *
 * With FULL durability the connection commits without syncing (synchronous = NORMAL, which in
 * WAL mode still syncs the WAL before a checkpoint copies it into the database, and a new WAL
 * header before frames follow it) and the WAL is then flushed off the event loop (WalDurability).
 * A commit is visible to this connection before it is durable, so every read answers only once
 * what it returns is durable: readers (projections, the relay, the saga, queries) never get
 * ahead of what survives a power cut, and a crash loses only commits nobody was told of.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database;
  private readonly statements: ReturnType<typeof prepare>;
  private readonly listeners = new AppendListeners();
  private readonly durability: WalDurability;
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  /** The head of this store's newest commit that wrote events, until listeners are told it is durable. */
  private unannounced = 0;
  private readonly checkpointer: WalCheckpointer | null;
  private commitsSinceCheckpoint = 0;
  private bytesSinceCheckpoint = 0;
  private closed = false;
  /** Durable stream versions this store appended or read since another connection last committed (see knownStreamVersion). */
  private readonly knownVersions = new Map<string, number>();
  /** `PRAGMA data_version` when last checked: it changes whenever another connection has committed. */
  private dataVersion: number;
  /**
   * Moves on whenever the known versions are forgotten: a version read or committed before is
   * then not learnt once it turns durable, as another writer may have appended after it.
   */
  private knownGeneration = 0;

  private constructor(
    db: Database,
    inWal: boolean,
    walFile: string | null,
    syncWal: WalSyncRunner,
    private readonly clock: Clock,
    private readonly onGroupCommit?: (appends: number) => void,
  ) {
    this.db = db;
    this.statements = prepare(db);
    this.dataVersion = this.statements.dataVersion.get() as number;
    this.durability = WalDurability.open(walFile, this.statements.head.get() as number, syncWal, () => this.afterFlush());
    this.checkpointer = inWal
      ? new WalCheckpointer(
          db.name,
          // Should the thread fail, SQLite's own checkpoint (inside COMMIT, on the event loop) takes over rather than a WAL without end.
          () => {
            if (db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_WAL_AUTOCHECKPOINT_PAGES}`);
          },
          // Appends queued while the thread restarted the WAL are written now.
          () => {
            if (this.pending.length > 0 && !this.closed) this.flush();
          },
        )
      : null;
    if (this.checkpointer) db.pragma('wal_autocheckpoint = 0');
  }

  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    const synchronous = options.synchronous ?? 'FULL';
    const db = openSqliteDatabase({
      filename: options.filename,
      describedAs: 'event store',
      // FULL is kept by flushing the WAL here, after each commit, off the event loop.
      synchronous: 'NORMAL',
      busyTimeoutMs: options.busyTimeoutMs,
      pragmas: [`wal_autocheckpoint = ${SQLITE_WAL_AUTOCHECKPOINT_PAGES}`],
      migrations: EVENT_STORE_MIGRATIONS,
    });
    try {
      const inWal = db.pragma('journal_mode', { simple: true }) === 'wal';
      const walFile = synchronous === 'FULL' && inWal ? `${db.name}-wal` : null;
      return new SqliteEventStore(db, inWal, walFile, options.syncWal ?? ((flush) => flush()), options.clock, options.onGroupCommit);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  append(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new EventStoreClosedError());
    if (this.durability.failed) return Promise.reject(this.durability.failed);
    if (events.length === 0) return Promise.reject(new EmptyAppendError(streamId));
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, events, options, resolve, reject });
      this.scheduleFlush();
    });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const maxCount = options.maxCount ?? -1;
    const backward = options.direction === 'backward';
    const rows = backward
      ? this.statements.readStreamBackward.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, maxCount)
      : this.statements.readStreamForward.all(streamId, options.fromRevision ?? 1, maxCount);
    const events = (rows as EventRow[]).map(toRecordedEvent);
    const generation = this.knownGeneration;
    // A stream's positions grow with its revisions.
    if (events.length > 0) await this.durable(events[backward ? 0 : events.length - 1].position);
    if (!backward && (options.maxCount === undefined || events.length < options.maxCount))
      this.learnReadTo(streamId, events, options.fromRevision ?? 1, generation);
    return events;
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    this.assertOpen();
    const streams = new Map<string, RecordedEvent[]>(streamIds.map((streamId) => [streamId, []]));
    if (streamIds.length === 0) return streams;
    let newest = 0;
    for (const row of this.statements.readStreams.all(JSON.stringify(streamIds)) as EventRow[]) {
      const event = toRecordedEvent(row);
      if (event.position > newest) newest = event.position;
      streams.get(event.streamId)?.push(event);
    }
    const generation = this.knownGeneration;
    await this.durable(newest);
    for (const [streamId, events] of streams) this.learn(streamId, events.length === 0 ? 0 : events[events.length - 1].revision, generation);
    return streams;
  }

  async streamVersion(streamId: string): Promise<number> {
    this.assertOpen();
    const newest = this.statements.streamHead.get(streamId) as [number, number] | undefined;
    const generation = this.knownGeneration;
    if (newest) await this.durable(newest[1]);
    const version = newest?.[0] ?? 0;
    this.learn(streamId, version, generation);
    return version;
  }

  /**
   * Known without a query while no other connection has committed since the last check: its
   * `PRAGMA data_version` (a counter SQLite keeps in shared memory, a tenth of the cost of the
   * stream read it spares) tells whether one has, any process's, and the versions are then
   * forgotten until read again. Versions are learnt from this store's appends and reads once
   * durable, so none is ahead of what a read would return.
   */
  knownStreamVersion(streamId: string): number | undefined {
    this.assertOpen();
    const dataVersion = this.statements.dataVersion.get() as number;
    if (dataVersion !== this.dataVersion) {
      this.dataVersion = dataVersion;
      this.forgetKnownVersions();
      return undefined;
    }
    return this.knownVersions.get(streamId);
  }

  async findAppend(streamId: string, idempotencyKey: string): Promise<AppendResult | null> {
    this.assertOpen();
    const found = this.storedAppend(streamId, idempotencyKey);
    // A re-sent command is told "done" only once the first one's events are durable.
    if (found) await this.durable(found.lastPosition);
    return found;
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const events = (this.statements.readAll.all(options.after, options.maxCount) as EventRow[]).map(toRecordedEvent);
    if (events.length > 0) await this.durable(events[events.length - 1].position);
    return events;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    const head = this.statements.head.get() as number;
    await this.durable(head);
    return head;
  }

  onAppended(listener: AppendListener): () => void {
    return this.listeners.add(listener);
  }

  /** Writes what is already queued and waits until it is durable, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.pending.length > 0 || this.durability.flushing) {
      if (this.durability.flushing) await this.durability.idle();
      else this.flush();
      if (this.durability.failed) break;
    }
    this.listeners.clear();
    this.forgetKnownVersions();
    await this.checkpointer?.close();
    this.durability.close();
    this.db.close();
  }

  /** Resolves once `position` is durable; a read that returns it waits for this first. */
  private durable(position: number): Promise<void> | void {
    if (position > this.durability.head) return this.durability.reach(position);
  }

  /** `version` as the stream's, unless the known versions were forgotten since it was read (`generation`) or a newer one is known. */
  private learn(streamId: string, version: number, generation: number): void {
    if (generation !== this.knownGeneration) return;
    const known = this.knownVersions.get(streamId);
    if (known !== undefined && known >= version) return;
    this.knownVersions.delete(streamId);
    this.knownVersions.set(streamId, version);
    if (this.knownVersions.size <= KNOWN_STREAM_VERSIONS) return;
    for (const oldest of this.knownVersions.keys()) {
      this.knownVersions.delete(oldest);
      break;
    }
  }

  /**
   * What a forward read to the stream's end (from `fromRevision`) tells of its version; when it
   * found nothing past a version the caller holds, the stream's head is looked up, so a cache
   * that had to read once knows the version again (unless that head is not durable yet).
   */
  private learnReadTo(streamId: string, events: readonly RecordedEvent[], fromRevision: number, generation: number): void {
    if (events.length > 0) return this.learn(streamId, events[events.length - 1].revision, generation);
    if (fromRevision <= 1) return this.learn(streamId, 0, generation);
    const head = this.statements.streamHead.get(streamId) as [number, number] | undefined;
    if (!head) return this.learn(streamId, 0, generation);
    if (head[1] <= this.durability.head) this.learn(streamId, head[0], generation);
  }

  private forgetKnownVersions(): void {
    this.knownVersions.clear();
    this.knownGeneration++;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  /** A flush of the WAL ended: listeners hear of what it made durable, and what queued meanwhile is written (or refused, if it failed). */
  private afterFlush(): void {
    const failure = this.durability.failed;
    if (failure) {
      for (const append of this.pending.splice(0)) append.reject(failure);
      return;
    }
    if (this.unannounced !== 0 && this.durability.head >= this.unannounced) {
      this.unannounced = 0;
      this.listeners.notify(this.durability.head);
    }
    if (this.pending.length > 0 && !this.closed) this.flush();
  }

  private checkpointNow(): void {
    if (++this.commitsSinceCheckpoint < CHECKPOINT_EVERY_COMMITS && this.bytesSinceCheckpoint < CHECKPOINT_EVERY_BYTES) return;
    this.commitsSinceCheckpoint = 0;
    this.bytesSinceCheckpoint = 0;
    this.checkpointer?.request();
  }

  private flush(): void {
    this.flushScheduled = false;
    // While the WAL is being flushed, appends keep queueing: the next commit takes them all, as soon as the flush ends.
    // While the checkpointing thread restarts the WAL, appends queue too (see WalCheckpointer).
    if ((this.checkpointer?.holdsCommits && !this.closed) || this.durability.flushing || this.durability.failed || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const generation = this.knownGeneration;
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
      this.checkpointNow();
    } catch (error) {
      if (this.db.inTransaction) this.statements.rollback.run();
      for (const append of batch) append.reject(error);
      return;
    }
    if (outcomes.some((outcome) => 'result' in outcome && !outcome.result.deduplicated)) this.unannounced = head;
    // Refusals and re-sent appends wait too: each answer may rest on events of earlier, not yet durable, commits.
    this.durability.whenDurable(
      head,
      () =>
        batch.forEach((append, index) => {
          const outcome = outcomes[index];
          if (!('result' in outcome)) return append.reject(outcome.error);
          // A re-sent append's result is its first one's, not the stream's version now.
          if (!outcome.result.deduplicated) this.learn(append.streamId, outcome.result.nextExpectedVersion, generation);
          append.resolve(outcome.result);
        }),
      (error) => {
        for (const append of batch) append.reject(error);
      },
    );
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
      const data = JSON.stringify(event.data);
      const metadata = JSON.stringify(event.metadata);
      this.bytesSinceCheckpoint += data.length + metadata.length;
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
          data,
          metadata,
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
    dataVersion: scalar('PRAGMA data_version'),
    streamVersion: scalar('SELECT max(revision) FROM events WHERE stream_id = ?'),
    streamHead: raw('SELECT revision, position FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1'),
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

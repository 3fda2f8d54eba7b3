import type { Database } from 'better-sqlite3';
import type { TerminationProcess, TerminationStatus } from '@client-lifecycle/domain';
import type { TerminationPage, TerminationRecord, TerminationStore } from '@client-lifecycle/ports';
import { openSqliteDatabase } from '../sqlite';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE terminations (
    termination_id   TEXT PRIMARY KEY,
    client_id        TEXT NOT NULL,
    status           TEXT NOT NULL,
    proposed_at      INTEGER NOT NULL,
    last_position    INTEGER NOT NULL,
    last_recorded_at TEXT NOT NULL,
    state            TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX terminations_by_client ON terminations (client_id, proposed_at);
  CREATE INDEX terminations_by_status ON terminations (status, proposed_at);
  CREATE TABLE checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), position INTEGER NOT NULL);
  INSERT INTO checkpoint (id, position) VALUES (1, 0);
  `,
];

interface Row {
  proposed_at: number;
  last_position: number;
  last_recorded_at: string;
  state: string;
}

const COLUMNS = 'proposed_at, last_position, last_recorded_at, state';

const toRecord = (row: Row): TerminationRecord => ({
  state: JSON.parse(row.state) as TerminationProcess, // written by commit() from a TerminationProcess
  proposedAt: row.proposed_at,
  lastPosition: row.last_position,
  lastRecordedAt: row.last_recorded_at,
});

/** Terminations in their own SQLite file beside the event log. */
export class SqliteTerminationStore implements TerminationStore {
  private readonly statements;

  private constructor(private readonly db: Database) {
    this.statements = {
      checkpoint: db.prepare('SELECT position FROM checkpoint WHERE id = 1').pluck(),
      moveCheckpoint: db.prepare('UPDATE checkpoint SET position = ? WHERE id = 1'),
      withoutSync: db.prepare('PRAGMA synchronous = NORMAL'),
      withSync: db.prepare('PRAGMA synchronous = FULL'),
      upsert: db.prepare(
        `INSERT INTO terminations (termination_id, client_id, status, ${COLUMNS})
         VALUES (@terminationId, @clientId, @status, @proposedAt, @lastPosition, @lastRecordedAt, @state)
         ON CONFLICT (termination_id) DO UPDATE SET status = excluded.status, last_position = excluded.last_position,
           last_recorded_at = excluded.last_recorded_at, state = excluded.state`,
      ),
      get: db.prepare(`SELECT ${COLUMNS} FROM terminations WHERE termination_id = ?`),
      latestForClient: db.prepare(`SELECT ${COLUMNS} FROM terminations WHERE client_id = ? ORDER BY proposed_at DESC LIMIT 1`),
      listAll: db.prepare(`SELECT ${COLUMNS} FROM terminations ORDER BY proposed_at LIMIT ? OFFSET ?`),
      countAll: db.prepare('SELECT count(*) FROM terminations').pluck(),
      listByStatus: db.prepare(`SELECT ${COLUMNS} FROM terminations WHERE status = ? ORDER BY proposed_at LIMIT ? OFFSET ?`),
      countByStatus: db.prepare('SELECT count(*) FROM terminations WHERE status = ?').pluck(),
    };
  }

  static open(filename: string): SqliteTerminationStore {
    return new SqliteTerminationStore(openSqliteDatabase({ filename, describedAs: 'termination store', synchronous: 'FULL', migrations: MIGRATIONS }));
  }

  async checkpoint(): Promise<number> {
    return this.statements.checkpoint.get() as number;
  }

  /**
   * Records and checkpoint in one transaction, on disk (fsynced) before it returns. A commit that
   * only moves the checkpoint past events that changed no termination (most of the log: time
   * logged, invoices) is not fsynced on its own: lost to a power cut, it has the process read
   * those events again, which changes nothing (a payment fed again is deduplicated by its key),
   * and the next commit's fsync carries it. Under a load of commands it was an fsync per page,
   * on the event loop.
   */
  async commit(records: readonly TerminationRecord[], checkpoint: number): Promise<void> {
    if (records.length > 0) return this.write(records, checkpoint);
    this.statements.withoutSync.run();
    try {
      this.write(records, checkpoint);
    } finally {
      this.statements.withSync.run();
    }
  }

  private write(records: readonly TerminationRecord[], checkpoint: number): void {
    this.db
      .transaction(() => {
        for (const record of records)
          this.statements.upsert.run({
            terminationId: record.state.terminationId,
            clientId: record.state.clientId,
            status: record.state.status,
            proposedAt: record.proposedAt,
            lastPosition: record.lastPosition,
            lastRecordedAt: record.lastRecordedAt,
            state: JSON.stringify(record.state),
          });
        this.statements.moveCheckpoint.run(checkpoint);
      })
      .immediate();
  }

  async get(terminationId: string): Promise<TerminationRecord | null> {
    const row = this.statements.get.get(terminationId) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  async latestForClient(clientId: string): Promise<TerminationRecord | null> {
    const row = this.statements.latestForClient.get(clientId) as Row | undefined;
    return row ? toRecord(row) : null;
  }

  async list(status: TerminationStatus | undefined, first: number, after: number): Promise<TerminationPage> {
    const rows = (status === undefined ? this.statements.listAll.all(first + 1, after) : this.statements.listByStatus.all(status, first + 1, after)) as Row[];
    const totalCount = (status === undefined ? this.statements.countAll.get() : this.statements.countByStatus.get(status)) as number;
    return { rows: rows.slice(0, first).map(toRecord), hasNextPage: rows.length > first, totalCount };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

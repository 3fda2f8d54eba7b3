import type { Pool } from 'pg';
import type { TerminationProcess, TerminationStatus } from '@client-lifecycle/domain';
import type { TerminationPage, TerminationRecord, TerminationStore } from '@client-lifecycle/ports';
import { createPostgresPool, inTransaction, migratePostgres } from '../postgres';

// Ids are "C"-collated, as in the other PostgreSQL stores. The state is `json`, not `jsonb`: it
// keeps the text as written, so a record reads back with its keys in the order they went in.
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE terminations (
    termination_id   text COLLATE "C" PRIMARY KEY,
    client_id        text COLLATE "C" NOT NULL,
    status           text NOT NULL,
    proposed_at      bigint NOT NULL,
    last_position    bigint NOT NULL,
    last_recorded_at text NOT NULL,
    state            json NOT NULL
  );
  CREATE INDEX terminations_by_client ON terminations (client_id, proposed_at);
  CREATE INDEX terminations_by_status ON terminations (status, proposed_at);
  CREATE TABLE terminations_checkpoint (id integer PRIMARY KEY CHECK (id = 1), position bigint NOT NULL);
  INSERT INTO terminations_checkpoint (id, position) VALUES (1, 0);
  `,
];

const COLUMNS = 'proposed_at, last_position, last_recorded_at, state';

const UPSERT = `
  INSERT INTO terminations (termination_id, client_id, status, ${COLUMNS})
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::text[], $7::json[])
  ON CONFLICT (termination_id) DO UPDATE SET status = excluded.status, last_position = excluded.last_position,
    last_recorded_at = excluded.last_recorded_at, state = excluded.state`;

interface Row {
  proposed_at: number;
  last_position: number;
  last_recorded_at: string;
  state: TerminationProcess; // pg parses json columns; written by commit() from a TerminationProcess
}

const toRecord = (row: Row): TerminationRecord => ({
  state: row.state,
  proposedAt: row.proposed_at,
  lastPosition: row.last_position,
  lastRecordedAt: row.last_recorded_at,
});

/**
 * One record per termination, as writing the batch in turn would leave it: the last one given,
 * with the proposal position of the first, which an update never moves. A single upsert may
 * not touch a row twice.
 */
const onePerTermination = (records: readonly TerminationRecord[]): TerminationRecord[] => {
  const merged = new Map<string, TerminationRecord>();
  for (const record of records) {
    const earlier = merged.get(record.state.terminationId);
    merged.set(record.state.terminationId, earlier ? { ...record, proposedAt: earlier.proposedAt } : record);
  }
  return [...merged.values()];
};

/** Terminations in PostgreSQL beside the event log, so the process manager can move to another host and resume. */
export class PostgresTerminationStore implements TerminationStore {
  private closing: Promise<void> | null = null;

  private constructor(private readonly pool: Pool) {}

  /** The tables go in the connection's current schema, as the event store's do. */
  static async open(connectionString: string, poolSize = 2): Promise<PostgresTerminationStore> {
    const pool = createPostgresPool({ connectionString, max: poolSize });
    try {
      await migratePostgres(pool, { component: 'terminations', describedAs: 'termination store', migrations: MIGRATIONS });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresTerminationStore(pool);
  }

  async checkpoint(): Promise<number> {
    const { rows } = await this.pool.query<{ position: number }>('SELECT position FROM terminations_checkpoint WHERE id = 1');
    return rows[0].position;
  }

  async commit(records: readonly TerminationRecord[], checkpoint: number): Promise<void> {
    const latest = onePerTermination(records);
    await inTransaction(this.pool, async (query) => {
      if (latest.length > 0)
        await query(UPSERT, [
          latest.map((record) => record.state.terminationId),
          latest.map((record) => record.state.clientId),
          latest.map((record) => record.state.status),
          latest.map((record) => record.proposedAt),
          latest.map((record) => record.lastPosition),
          latest.map((record) => record.lastRecordedAt),
          latest.map((record) => JSON.stringify(record.state)),
        ]);
      await query('UPDATE terminations_checkpoint SET position = $1 WHERE id = 1', [checkpoint]);
    });
  }

  async get(terminationId: string): Promise<TerminationRecord | null> {
    const { rows } = await this.pool.query<Row>(`SELECT ${COLUMNS} FROM terminations WHERE termination_id = $1`, [terminationId]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async latestForClient(clientId: string): Promise<TerminationRecord | null> {
    const { rows } = await this.pool.query<Row>(`SELECT ${COLUMNS} FROM terminations WHERE client_id = $1 ORDER BY proposed_at DESC LIMIT 1`, [clientId]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async list(status: TerminationStatus | undefined, first: number, after: number): Promise<TerminationPage> {
    const where = status === undefined ? '' : 'WHERE status = $1';
    const values = status === undefined ? [] : [status];
    const page = values.length;
    // Both in one snapshot, so the count always agrees with the page.
    return inTransaction(
      this.pool,
      async (query) => {
        const rows = await query<Row>(`SELECT ${COLUMNS} FROM terminations ${where} ORDER BY proposed_at LIMIT $${page + 1} OFFSET $${page + 2}`, [
          ...values,
          first + 1,
          after,
        ]);
        const [{ total }] = await query<{ total: number }>(`SELECT count(*) AS total FROM terminations ${where}`, values);
        return { rows: rows.slice(0, first).map(toRecord), hasNextPage: rows.length > first, totalCount: total };
      },
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
  }

  async close(): Promise<void> {
    this.closing ??= this.pool.end();
    await this.closing;
  }
}

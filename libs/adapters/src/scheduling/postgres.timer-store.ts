import type { Pool } from 'pg';
import type { LocalDate, Timer } from '@client-lifecycle/domain';
import type { FiredTimer, TimerOutcome, TimerStore } from '@client-lifecycle/ports';
import { createPostgresPool, inTransaction, migratePostgres } from '../postgres';
import { type TimerRow, toTimer } from './timer.row';

// "C" collation: timers due the same day come out in byte order of their ids, as in the other stores.
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE timers (
    timer_id  text COLLATE "C" PRIMARY KEY,
    client_id text NOT NULL,
    kind      text NOT NULL,
    due_on    text COLLATE "C" NOT NULL,
    subject   text NOT NULL,
    bucket    text,
    fired_at  text,
    outcome   text
  );
  CREATE INDEX timers_unfired_by_day ON timers (due_on, timer_id) WHERE fired_at IS NULL;
  CREATE TABLE timers_checkpoint (id integer PRIMARY KEY CHECK (id = 1), position bigint NOT NULL);
  INSERT INTO timers_checkpoint (id, position) VALUES (1, 0);
  `,
  `CREATE INDEX timers_unfired_by_client ON timers (client_id COLLATE "C", due_on, timer_id) WHERE fired_at IS NULL;`,
];

const INSERT = `
  INSERT INTO timers (timer_id, client_id, kind, due_on, subject, bucket)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
  ON CONFLICT (timer_id) DO NOTHING`;

/** Timers in PostgreSQL, beside the event log, for a scheduler that may run in another process. */
export class PostgresTimerStore implements TimerStore {
  private closing: Promise<void> | null = null;

  private constructor(private readonly pool: Pool) {}

  /** The tables go in the connection's current schema, as the event store's do. */
  static async open(connectionString: string, poolSize = 2): Promise<PostgresTimerStore> {
    const pool = createPostgresPool({ connectionString, max: poolSize });
    try {
      await migratePostgres(pool, { component: 'timers', describedAs: 'timer store', migrations: MIGRATIONS });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresTimerStore(pool);
  }

  async checkpoint(): Promise<number> {
    const { rows } = await this.pool.query<{ position: number }>('SELECT position FROM timers_checkpoint WHERE id = 1');
    return rows[0].position;
  }

  async schedule(timers: readonly Timer[], checkpoint: number): Promise<void> {
    await inTransaction(this.pool, async (query) => {
      if (timers.length > 0)
        await query(INSERT, [
          timers.map((timer) => timer.timerId),
          timers.map((timer) => timer.clientId),
          timers.map((timer) => timer.kind),
          timers.map((timer) => timer.dueOn),
          timers.map((timer) => timer.subject),
          timers.map((timer) => timer.bucket ?? null),
        ]);
      await query('UPDATE timers_checkpoint SET position = $1 WHERE id = 1', [checkpoint]);
    });
  }

  async due(today: LocalDate, limit: number): Promise<Timer[]> {
    const { rows } = await this.pool.query<TimerRow>(
      'SELECT timer_id, client_id, kind, due_on, subject, bucket FROM timers WHERE fired_at IS NULL AND due_on <= $1 ORDER BY due_on, timer_id LIMIT $2',
      [today, limit],
    );
    return rows.map(toTimer);
  }

  async dueByClient(today: LocalDate, limit: number): Promise<Timer[]> {
    const { rows } = await this.pool.query<TimerRow>(
      'SELECT timer_id, client_id, kind, due_on, subject, bucket FROM timers WHERE fired_at IS NULL AND due_on <= $1 ORDER BY client_id COLLATE "C", due_on, timer_id LIMIT $2',
      [today, limit],
    );
    return rows.map(toTimer);
  }

  async markFired(timerId: string, outcome: TimerOutcome, firedAt: string): Promise<void> {
    await this.pool.query('UPDATE timers SET fired_at = $1, outcome = $2 WHERE timer_id = $3 AND fired_at IS NULL', [firedAt, outcome, timerId]);
  }

  async markAllFired(fired: readonly FiredTimer[], firedAt: string): Promise<void> {
    if (fired.length === 0) return;
    await this.pool.query(
      `UPDATE timers SET fired_at = $1, outcome = f.outcome
       FROM unnest($2::text[], $3::text[]) AS f (timer_id, outcome)
       WHERE timers.timer_id = f.timer_id AND timers.fired_at IS NULL`,
      [firedAt, fired.map((timer) => timer.timerId), fired.map((timer) => timer.outcome)],
    );
  }

  async nextDueOn(): Promise<LocalDate | null> {
    const { rows } = await this.pool.query<{ day: string | null }>('SELECT min(due_on) AS day FROM timers WHERE fired_at IS NULL');
    return rows[0].day;
  }

  async close(): Promise<void> {
    this.closing ??= this.pool.end();
    await this.closing;
  }
}

import type { Database } from 'better-sqlite3';
import { openSqliteDatabase } from '../sqlite';
import type { LocalDate, Timer } from '@client-lifecycle/domain';
import type { FiredTimer, TimerOutcome, TimerStore } from '@client-lifecycle/ports';
import { type TimerRow, toTimer } from './timer.row';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE timers (
    timer_id  TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    kind      TEXT NOT NULL,
    due_on    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    bucket    TEXT,
    fired_at  TEXT,
    outcome   TEXT
  ) WITHOUT ROWID;
  CREATE INDEX timers_unfired_by_day ON timers (due_on, timer_id) WHERE fired_at IS NULL;
  CREATE TABLE checkpoint (id INTEGER PRIMARY KEY CHECK (id = 1), position INTEGER NOT NULL);
  INSERT INTO checkpoint (id, position) VALUES (1, 0);
  `,
  `CREATE INDEX timers_unfired_by_client ON timers (client_id, due_on, timer_id) WHERE fired_at IS NULL;`,
];

/** Timers in their own SQLite file beside the event log, so scheduling never waits on appends. */
export class SqliteTimerStore implements TimerStore {
  private readonly statements;

  private constructor(private readonly db: Database) {
    this.statements = {
      checkpoint: db.prepare('SELECT position FROM checkpoint WHERE id = 1').pluck(),
      // Positional parameters: binding a named object per timer (and spreading one to add the bucket) was a third of a catch-up's inserts.
      insert: db.prepare('INSERT OR IGNORE INTO timers (timer_id, client_id, kind, due_on, subject, bucket) VALUES (?, ?, ?, ?, ?, ?)'),
      moveCheckpoint: db.prepare('UPDATE checkpoint SET position = ? WHERE id = 1'),
      due: db.prepare(
        'SELECT timer_id, client_id, kind, due_on, subject, bucket FROM timers WHERE fired_at IS NULL AND due_on <= ? ORDER BY due_on, timer_id LIMIT ?',
      ),
      dueByClient: db.prepare(
        'SELECT timer_id, client_id, kind, due_on, subject, bucket FROM timers WHERE fired_at IS NULL AND due_on <= ? ORDER BY client_id, due_on, timer_id LIMIT ?',
      ),
      markFired: db.prepare('UPDATE timers SET fired_at = ?, outcome = ? WHERE timer_id = ? AND fired_at IS NULL'),
      markAllFired: db.prepare('UPDATE timers SET fired_at = ?, outcome = ? WHERE timer_id IN (SELECT value FROM json_each(?)) AND fired_at IS NULL'),
      nextDueOn: db.prepare('SELECT min(due_on) FROM timers WHERE fired_at IS NULL').pluck(),
    };
  }

  static open(filename: string): SqliteTimerStore {
    return new SqliteTimerStore(
      openSqliteDatabase({
        filename,
        describedAs: 'timer store',
        // Safe without an fsync per commit: timers are rebuilt from the log, and a fired mark
        // lost to a power cut only fires its timer again, which the scheduler finds already
        // recorded in the log (each fact names its timer as causation) and records nothing.
        synchronous: 'NORMAL',
        migrations: MIGRATIONS,
      }),
    );
  }

  async checkpoint(): Promise<number> {
    return this.statements.checkpoint.get() as number;
  }

  async schedule(timers: readonly Timer[], checkpoint: number): Promise<void> {
    this.db
      .transaction(() => {
        for (const timer of timers) this.statements.insert.run(timer.timerId, timer.clientId, timer.kind, timer.dueOn, timer.subject, timer.bucket ?? null);
        this.statements.moveCheckpoint.run(checkpoint);
      })
      .immediate();
  }

  async due(today: LocalDate, limit: number): Promise<Timer[]> {
    return (this.statements.due.all(today, limit) as TimerRow[]).map(toTimer);
  }

  async dueByClient(today: LocalDate, limit: number): Promise<Timer[]> {
    return (this.statements.dueByClient.all(today, limit) as TimerRow[]).map(toTimer);
  }

  async markFired(timerId: string, outcome: TimerOutcome, firedAt: string): Promise<void> {
    this.statements.markFired.run(firedAt, outcome, timerId);
  }

  /** One statement per outcome rather than one per timer: a catch-up marks a quarter of a million. */
  async markAllFired(fired: readonly FiredTimer[], firedAt: string): Promise<void> {
    const byOutcome = new Map<TimerOutcome, string[]>();
    for (const { timerId, outcome } of fired) {
      const timerIds = byOutcome.get(outcome);
      if (timerIds) timerIds.push(timerId);
      else byOutcome.set(outcome, [timerId]);
    }
    this.db
      .transaction(() => {
        for (const [outcome, timerIds] of byOutcome) this.statements.markAllFired.run(firedAt, outcome, JSON.stringify(timerIds));
      })
      .immediate();
  }

  async nextDueOn(): Promise<LocalDate | null> {
    return (this.statements.nextDueOn.get() as string | null) ?? null;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

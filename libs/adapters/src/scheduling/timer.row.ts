import type { Timer, TimerKind } from '@client-lifecycle/domain';

/** A timer as the SQL stores (SQLite, PostgreSQL) keep it: the same columns in both. */
export interface TimerRow {
  timer_id: string;
  client_id: string;
  kind: string;
  due_on: string;
  subject: string;
  bucket: string | null;
}

export const toTimer = (row: TimerRow): Timer => ({
  timerId: row.timer_id,
  clientId: row.client_id,
  kind: row.kind as TimerKind, // written from a TimerKind by schedule()
  dueOn: row.due_on,
  subject: row.subject,
  ...(row.bucket === null ? {} : { bucket: row.bucket }),
});

import type { LocalDate, Timer } from '@client-lifecycle/domain';

export const TIMER_STORE = Symbol('TimerStore');

export enum TimerOutcome {
  /** The timer's facts were recorded. */
  Recorded = 'RECORDED',
  /** Nothing had become true (an invoice paid in time, a promise kept). */
  NothingDue = 'NOTHING_DUE',
}

export interface FiredTimer {
  readonly timerId: string;
  readonly outcome: TimerOutcome;
}

/**
 * Durable timers: scheduled from the event log by a checkpointed projection, fired once each
 * by the scheduler, kept across restarts so a scheduler that was down catches up.
 */
export interface TimerStore {
  /** The global position up to which the log's timers are stored. */
  checkpoint(): Promise<number>;
  /** Stores the timers (a known timer id is ignored) and moves the checkpoint, atomically. */
  schedule(timers: readonly Timer[], checkpoint: number): Promise<void>;
  /** Unfired timers due on or before the day, earliest first. */
  due(today: LocalDate, limit: number): Promise<Timer[]>;
  /**
   * Unfired timers due on or before the day, client by client (by client id), each client's
   * earliest first: a catch-up batch then holds whole clients (but perhaps its last), so each
   * client's stream is read and written once per batch.
   */
  dueByClient(today: LocalDate, limit: number): Promise<Timer[]>;
  markFired(timerId: string, outcome: TimerOutcome, firedAt: string): Promise<void>;
  /** Marks every one of these timers fired, in one transaction: all or none (a timer already fired keeps its first outcome). */
  markAllFired(fired: readonly FiredTimer[], firedAt: string): Promise<void>;
  /** The earliest day an unfired timer is due, or null when none waits. */
  nextDueOn(): Promise<LocalDate | null>;
  close(): Promise<void>;
}

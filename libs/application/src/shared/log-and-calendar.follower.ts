import type { Clock, EventStore } from '@client-lifecycle/ports';
import { CoalescedRuns } from './coalesced-runs';

const DAY_MS = 86_400_000;

/**
 * Wakes a read model's catch-up on each commit to the log and right after each midnight (its
 * rows are judged as of today, so a new day changes them without an event), one run at a time.
 */
export class LogAndCalendarFollower {
  private readonly runs: CoalescedRuns;
  private unsubscribe: (() => void) | null = null;
  private nextDay: NodeJS.Timeout | null = null;

  constructor(
    private readonly events: EventStore,
    private readonly clock: Clock,
    catchUp: () => Promise<unknown>,
  ) {
    this.runs = new CoalescedRuns(catchUp);
  }

  /** Runs the catch-up now, then on each commit and each new day. */
  start(onError: (error: unknown) => void): void {
    this.unsubscribe = this.events.onAppended(() => this.runs.wake(onError));
    this.runs.wake(onError);
    this.wakeAtNextDay(onError);
  }

  /** Stops waking and waits for the run under way, if any. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.nextDay) clearTimeout(this.nextDay);
    this.nextDay = null;
    await this.runs.settled();
  }

  private wakeAtNextDay(onError: (error: unknown) => void): void {
    const now = this.clock.now().getTime();
    // A second past midnight, so the clock surely reads the new day; at most an hour, so a clock jump is noticed.
    const wait = Math.min(Math.floor(now / DAY_MS) * DAY_MS + DAY_MS - now + 1_000, 3_600_000);
    this.nextDay = setTimeout(() => {
      this.runs.wake(onError);
      this.wakeAtNextDay(onError);
    }, wait);
    this.nextDay.unref();
  }
}

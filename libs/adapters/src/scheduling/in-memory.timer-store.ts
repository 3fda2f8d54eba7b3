import type { LocalDate, Timer } from '@client-lifecycle/domain';
import type { FiredTimer, TimerOutcome, TimerStore } from '@client-lifecycle/ports';

interface Entry {
  readonly timer: Timer;
  fired: { outcome: TimerOutcome; at: string } | null;
}

const byDueDay = (a: Entry, b: Entry) => a.timer.dueOn.localeCompare(b.timer.dueOn) || a.timer.timerId.localeCompare(b.timer.timerId);

/** For unit tests: the same behaviour as the SQLite store, gone with the process. */
export class InMemoryTimerStore implements TimerStore {
  private readonly entries = new Map<string, Entry>();
  private position = 0;

  async checkpoint(): Promise<number> {
    return this.position;
  }

  async schedule(timers: readonly Timer[], checkpoint: number): Promise<void> {
    for (const timer of timers) if (!this.entries.has(timer.timerId)) this.entries.set(timer.timerId, { timer, fired: null });
    this.position = checkpoint;
  }

  async due(today: LocalDate, limit: number): Promise<Timer[]> {
    return [...this.entries.values()]
      .filter((entry) => !entry.fired && entry.timer.dueOn <= today)
      .sort(byDueDay)
      .slice(0, limit)
      .map((entry) => entry.timer);
  }

  async dueByClient(today: LocalDate, limit: number): Promise<Timer[]> {
    const byClient = (a: Timer, b: Timer) => (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0);
    return (await this.due(today, Number.MAX_SAFE_INTEGER)).sort(byClient).slice(0, limit);
  }

  async markFired(timerId: string, outcome: TimerOutcome, firedAt: string): Promise<void> {
    const entry = this.entries.get(timerId);
    if (entry && !entry.fired) entry.fired = { outcome, at: firedAt };
  }

  async markAllFired(fired: readonly FiredTimer[], firedAt: string): Promise<void> {
    for (const { timerId, outcome } of fired) await this.markFired(timerId, outcome, firedAt);
  }

  async nextDueOn(): Promise<LocalDate | null> {
    return [...this.entries.values()].filter((entry) => !entry.fired).sort(byDueDay)[0]?.timer.dueOn ?? null;
  }

  async close(): Promise<void> {}
}

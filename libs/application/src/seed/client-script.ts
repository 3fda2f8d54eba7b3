import type { Instant, LocalDate } from '@client-lifecycle/domain';
import type { UnstampedClientCommand } from '../client';
import type { Random } from './prng';

interface Scheduled {
  readonly at: Instant;
  readonly order: number;
  readonly command: UnstampedClientCommand;
}

const instantOf = (day: LocalDate, minuteOfDay: number): Instant => {
  const hours = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const minutes = String(minuteOfDay % 60).padStart(2, '0');
  return `${day}T${hours}:${minutes}:00.000Z`;
};

/**
 * One client's story, written as a whole timeline (some of it possibly after today) and then
 * cut at the end of yesterday. A prefix of a coherent timeline is coherent, so a promise whose
 * date has not come yet simply stays pending, and nothing is ever dated in the future. Nothing
 * happens on `today` itself: the seed may run before the hour a fact would carry.
 */
export class ClientScript {
  private readonly scheduled: Scheduled[] = [];
  private readonly counters = new Map<string, number>();

  constructor(
    readonly clientId: string,
    readonly random: Random,
    readonly today: LocalDate,
  ) {}

  /** Ids unique within the client, readable in GraphiQL: INV-0007, PAY-0012. */
  id(prefix: string): string {
    const next = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, next);
    return `${prefix}-${String(next).padStart(4, '0')}`;
  }

  /** Schedules a fact on a day at a time of day (minutes after midnight, UTC). */
  at(day: LocalDate, minuteOfDay: number, command: UnstampedClientCommand): void {
    this.scheduled.push({ at: instantOf(day, minuteOfDay), order: this.scheduled.length, command });
  }

  /** Whether a day has already ended by the time the seed runs, so facts on it can be recorded. */
  happened(day: LocalDate): boolean {
    return day < this.today;
  }

  /** The facts that happened by the end of yesterday, oldest first; same-instant facts keep their order. */
  commands(): UnstampedClientCommand[] {
    const cutoff = instantOf(this.today, 0);
    return this.scheduled
      .filter((fact) => fact.at < cutoff)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order))
      .map((fact) => ({ ...fact.command, occurredAt: fact.at }));
  }
}

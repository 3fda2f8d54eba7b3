import { type CollectionLadderConfig, dateOf, DEFAULT_COLLECTION_LADDER, type Timer, timeFactsDue } from '@client-lifecycle/domain';
import { type Clock, type EventStore, type FiredTimer, type RecordedEvent, TimerOutcome, type TimerStore } from '@client-lifecycle/ports';
import type { ClientCommandHandler, UnstampedClientCommand } from '../client/client-command.handler';
import { historyOf } from '../client/client-facts';
import { yieldToEventLoop } from '../shared';
import type { DeadlineHandler } from '../termination/termination.deadlines';
import { TimerProjection } from './timer.projection';

export interface SchedulerOptions {
  readonly ladder?: CollectionLadderConfig;
  /** How many due timers are fired per batch: one append per client, then one transaction marks them all fired. */
  readonly batchSize?: number;
  /** The longest sleep, so a clock jump is noticed within this time. */
  readonly maxSleepMs?: number;
  /** After an unexpected failure, wait this long before trying again. */
  readonly retryAfterMs?: number;
  readonly log?: (message: string) => void;
  /** Told how many timers each round fired (for a metric). */
  readonly onFired?: (count: number) => void;
  /** Fires the timers of other processes (a termination's deadlines); the client's own are fired here. */
  readonly deadlines?: DeadlineHandler;
}

const DAY_MS = 86_400_000;
const DEFAULT_BATCH = 20_000;
/** Clients fired at the same time within a batch. */
const CLIENTS_AT_ONCE = 16;

const byClient = (timers: readonly Timer[]): Map<string, Timer[]> => {
  const groups = new Map<string, Timer[]>();
  for (const timer of timers) {
    const group = groups.get(timer.clientId);
    if (group) group.push(timer);
    else groups.set(timer.clientId, [timer]);
  }
  return groups;
};

/**
 * Fires each timer once its day has come, recording the time facts it finds through the client
 * command handler, in batches: the due timers of one client go in one append, and a batch's
 * timers are marked fired in one transaction. Each fact carries its timer as causation, so a
 * refire after a crash between the two skips the timers whose facts are already stored (exactly
 * once); a scheduler that was down fires everything that came due meanwhile when it starts.
 */
export class Scheduler {
  private readonly projection: TimerProjection;
  private running: Promise<void> | null = null;
  private again = false;
  private started = false;
  private stopping = false;
  private sleep: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly events: EventStore,
    private readonly timers: TimerStore,
    private readonly handler: ClientCommandHandler,
    private readonly clock: Clock,
    private readonly options: SchedulerOptions = {},
  ) {
    this.projection = new TimerProjection(events, timers, options.ladder ?? DEFAULT_COLLECTION_LADDER);
  }

  /** Also after a stop: a process that lost the scheduler lease and wins it back starts again. */
  start(): void {
    this.started = true;
    this.stopping = false;
    this.unsubscribe = this.events.onAppended(() => this.wake());
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    if (this.sleep) clearTimeout(this.sleep);
    await this.running;
  }

  /** Runs a round now, or right after the one in progress. */
  wake(): void {
    if (!this.started || this.stopping) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.sleep) clearTimeout(this.sleep);
    this.running = this.round().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Projects new timers, then fires every due one; resolves with how many fired. */
  async runOnce(): Promise<number> {
    await this.projection.catchUp();
    const today = dateOf(this.clock.now().toISOString());
    let fired = 0;
    for (;;) {
      const due = await this.timers.dueByClient(today, this.options.batchSize ?? DEFAULT_BATCH);
      if (due.length === 0 || this.stopping) return fired;
      const deadlines = this.options.deadlines;
      const ofProcesses = deadlines ? due.filter((timer) => deadlines.handles(timer)) : [];
      if (deadlines)
        for (const timer of ofProcesses) {
          await this.timers.markFired(timer.timerId, await deadlines.fire(timer), this.clock.now().toISOString());
          fired += 1;
        }
      const ofClients = ofProcesses.length === 0 ? due : due.filter((timer) => !ofProcesses.includes(timer));
      // Several clients at a time: their appends share the event store's group commits.
      const clients = [...byClient(ofClients)];
      const batch: FiredTimer[] = [];
      const worker = async () => {
        for (let next = clients.shift(); next; next = clients.shift()) {
          batch.push(...(await this.fireAll(next[0], next[1])));
          await yieldToEventLoop();
        }
      };
      await Promise.all(Array.from({ length: CLIENTS_AT_ONCE }, worker));
      await this.timers.markAllFired(batch, this.clock.now().toISOString());
      fired += batch.length;
    }
  }

  private async round(): Promise<void> {
    try {
      const fired = await this.runOnce();
      if (fired > 0) this.options.log?.(`fired ${fired} timer(s)`);
      if (fired > 0) this.options.onFired?.(fired);
      this.sleepUntilNextDay();
    } catch (error) {
      this.options.log?.(`scheduler round failed, retrying: ${error instanceof Error ? error.message : String(error)}`);
      this.sleepFor(this.options.retryAfterMs ?? 5_000);
    }
  }

  private sleepUntilNextDay(): void {
    const now = this.clock.now().getTime();
    const nextMidnight = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
    this.sleepFor(Math.min(nextMidnight - now + 1_000, this.options.maxSleepMs ?? 3_600_000));
  }

  private sleepFor(ms: number): void {
    if (this.stopping) return;
    this.sleep = setTimeout(() => this.wake(), ms);
    this.sleep.unref();
  }

  /**
   * One read, one fold and one append per client for all its due timers: the facts timers
   * record do not change the fold. A timer whose facts the stream already holds (an earlier
   * attempt stored them and stopped before marking it fired) records nothing again.
   */
  private async fireAll(clientId: string, timers: readonly Timer[]): Promise<FiredTimer[]> {
    let alreadyRecorded = new Set<string>();
    const plan = (stream: readonly RecordedEvent[]) => {
      const causes = new Set(stream.map((event) => event.metadata.causationId));
      alreadyRecorded = new Set(timers.filter((timer) => causes.has(timer.timerId)).map((timer) => timer.timerId));
      const history = historyOf(stream);
      if (!history) return [];
      return timers
        .filter((timer) => !alreadyRecorded.has(timer.timerId))
        .flatMap((timer) =>
          timeFactsDue(timer, history, this.options.ladder).map((fact) => ({
            // Time facts are client commands the decider knows; the scheduler only adds when they happened.
            command: { ...fact, occurredAt: `${timer.dueOn}T00:00:00.000Z` } as UnstampedClientCommand,
            context: { actor: 'scheduler', causationId: timer.timerId, idempotencyKey: `${timer.timerId}:${fact.type}` },
          })),
        );
    };
    const { planned, outcomes } = await this.handler.handleAll(clientId, plan);
    // A refused fact was already recorded or is no longer true (paid since): nothing left to do for it.
    const recorded = new Set(
      planned.filter((_, index) => outcomes[index] !== 0 && typeof outcomes[index] === 'number').map((item) => item.context.causationId),
    );
    return timers.map((timer) => ({
      timerId: timer.timerId,
      outcome: recorded.has(timer.timerId) || alreadyRecorded.has(timer.timerId) ? TimerOutcome.Recorded : TimerOutcome.NothingDue,
    }));
  }
}

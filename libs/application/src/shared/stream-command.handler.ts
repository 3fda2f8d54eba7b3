import { type CommandMetadata, type Decider, type DomainError, foldEvents, isDomainError } from '@client-lifecycle/domain';
import {
  type AppendResult,
  type Clock,
  type EventStore,
  type EventToAppend,
  type IdGenerator,
  type PrincipalReference,
  type RecordedEvent,
  WrongExpectedVersionError,
} from '@client-lifecycle/ports';
import { BatchCommandRefusedError, CommandRefusedError, ConcurrencyConflictError } from './application.errors';
import { KeyedQueue } from './keyed-queue';

/** Who acts and how: travels from the API (or the scheduler, or the saga) into each event's metadata. */
export interface CommandContext {
  /** The verified principal (`api-key:<id>`, `jwt:<subject>`) or a system actor (`scheduler`, `termination-process`). */
  readonly actor: string;
  /** The credential behind `actor`; absent for system actors. */
  readonly principal?: PrincipalReference;
  /** The person a SERVICE credential acts for. */
  readonly onBehalfOf?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** Re-sending a command with the same key stores nothing new and returns the first result. */
  readonly idempotencyKey?: string;
  /** Pins the stream version the caller decided on; a mismatch is a conflict, never retried. */
  readonly expectedVersion?: number;
}

/** What one kind of stream needs to be decided on: its decider, how stored events read back, their schema versions. */
export interface StreamDecision<
  Command extends { readonly metadata: CommandMetadata },
  Event extends { readonly type: string; readonly data: unknown },
  State,
> {
  readonly decider: Decider<Command, Event, State>;
  readonly toEvent: (recorded: RecordedEvent) => Event;
  readonly schemaVersionOf: (type: Event['type']) => number;
}

/** A stream's state at a version, lent to `decide` within one synchronous step. */
export interface LoadedState<State> {
  readonly state: State;
  readonly version: number;
  readonly lastPosition: number;
}

/**
 * Where the handler takes a stream's state from: by default the whole stream read and folded per
 * command; a cache of folded state reads only what was appended since (`ClientFolds`).
 */
export interface StreamStateSource<State> {
  load(streamId: string): Promise<LoadedState<State>>;
  /** What an append stored, so the source moves on without reading it back. */
  appended(streamId: string, result: AppendResult): void;
}

/** The command without the time the handler stamps on it; `occurredAt` may be backdated by the caller. */
export type Unstamped<Command> = Command extends infer C
  ? C extends { readonly metadata: CommandMetadata }
    ? Omit<C, 'metadata'> & { readonly occurredAt?: string }
    : never
  : never;

/** One command of a batch, with who sends it and why (its own causation in each event's metadata). */
export interface PlannedCommand<Command> {
  readonly command: Unstamped<Command>;
  readonly context: CommandContext;
}

/** What a batch stored: per planned command, how many events it decided, or why it was refused. */
export interface BatchOutcome<Command> {
  readonly planned: readonly PlannedCommand<Command>[];
  readonly outcomes: readonly (number | DomainError)[];
  readonly nextExpectedVersion: number;
}

/**
 * Load, decide, append for one stream at a time: commands for one stream run one after another in
 * this process; a concurrent write from another process is met by re-reading and re-deciding, a
 * bounded number of times, unless the caller pinned the version. A decision with no events stores
 * nothing and answers with the stream's current version.
 */
export class StreamCommandHandler<
  Command extends { readonly metadata: CommandMetadata },
  Event extends { readonly type: string; readonly data: unknown },
  State,
> {
  private readonly perStream = new KeyedQueue();

  private readonly states: StreamStateSource<State>;

  constructor(
    private readonly decision: StreamDecision<Command, Event, State>,
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly maxAttempts: number,
    states?: StreamStateSource<State>,
  ) {
    this.states = states ?? new FoldedPerCommand(decision, store);
  }

  handle(streamId: string, command: Unstamped<Command>, context: CommandContext): Promise<AppendResult> {
    return this.perStream.run(streamId, () => this.decideAndAppend(streamId, command, context));
  }

  /**
   * Several commands on one read of the stream, decided one after another (each on the state the
   * ones before it left) and stored in one append, so a batch costs one transaction. `plan` names
   * the commands from the stream as read, again after a concurrent write, so what it skips as
   * already done is judged on what is stored. A refused command is reported and the others
   * still go in.
   */
  handleAll(streamId: string, plan: (history: readonly RecordedEvent[]) => readonly PlannedCommand<Command>[]): Promise<BatchOutcome<Command>> {
    return this.perStream.run(streamId, () => this.decideAllAndAppend(streamId, plan));
  }

  /**
   * All or nothing: the commands are decided in order, each on the state the ones before it left,
   * and stored in one append at the version they were decided on. The first refusal refuses the
   * whole batch with its index and nothing is stored. One context for the batch: its events share
   * one correlation, and its idempotency key answers a resend with the first append.
   */
  handleAtomically(streamId: string, commands: readonly Unstamped<Command>[], context: CommandContext): Promise<AppendResult> {
    return this.perStream.run(streamId, () => this.decideBatchAndAppend(streamId, commands, context));
  }

  private async decideBatchAndAppend(streamId: string, commands: readonly Unstamped<Command>[], context: CommandContext): Promise<AppendResult> {
    const earlier = await this.earlierAppend(streamId, context);
    if (earlier) return earlier;
    const pinned = context.expectedVersion;
    for (let attempt = 1; ; attempt++) {
      // Folded afresh rather than taken from the cache: evolving the batch into a cached state would leave a refused batch in it.
      const history = await this.store.readStream(streamId);
      const last = history[history.length - 1];
      const version = last?.revision ?? 0;
      if (pinned !== undefined && pinned !== version) throw new ConcurrencyConflictError(streamId, pinned, version);
      let state = foldEvents(this.decision.decider, history.map(this.decision.toEvent));
      const now = this.clock.now().toISOString();
      const correlationId = context.correlationId ?? this.ids.next();
      const toAppend: EventToAppend[] = [];
      for (const [index, command] of commands.entries()) {
        const stamped = this.stamp(command, now);
        const decided = this.decision.decider.decide(stamped, state);
        if (isDomainError(decided)) throw new BatchCommandRefusedError(index, decided);
        for (const event of decided) {
          state = this.decision.decider.evolve(state, event);
          toAppend.push(this.toAppend(event, stamped.metadata.occurredAt, correlationId, context));
        }
      }
      if (toAppend.length === 0) return { streamId, nextExpectedVersion: version, lastPosition: last?.position ?? 0, events: [], deduplicated: false };
      const appended = await this.appendAt(streamId, toAppend, version, context, attempt);
      if (appended) return appended;
    }
  }

  /** What the append with this context's idempotency key stored, when there was one: a resend is answered with it. */
  private async earlierAppend(streamId: string, context: CommandContext): Promise<AppendResult | null> {
    if (context.idempotencyKey === undefined) return null;
    return this.store.findAppend(streamId, context.idempotencyKey);
  }

  /**
   * Appends at the version the events were decided on; null when another writer got there first,
   * for the caller to decide again. A pinned version cannot be decided again, nor can the last attempt.
   */
  private async appendAt(
    streamId: string,
    toAppend: readonly EventToAppend[],
    version: number,
    context: CommandContext,
    attempt: number,
  ): Promise<AppendResult | null> {
    try {
      const result = await this.store.append(streamId, toAppend, { expectedVersion: version, idempotencyKey: context.idempotencyKey });
      this.states.appended(streamId, result);
      return result;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (context.expectedVersion !== undefined || attempt >= this.maxAttempts)
        throw new ConcurrencyConflictError(streamId, error.expectedVersion, error.actualVersion);
      return null;
    }
  }

  private stamp(command: Unstamped<Command>, now: string): Command {
    const { occurredAt, ...rest } = command;
    return { ...rest, metadata: { occurredAt: occurredAt ?? now, now } } as unknown as Command; // re-attaching metadata to the same member of the union
  }

  private toAppend(event: Event, occurredAt: string, correlationId: string, context: CommandContext): EventToAppend {
    return {
      eventId: this.ids.next(),
      type: event.type,
      schemaVersion: this.decision.schemaVersionOf(event.type),
      occurredAt,
      data: event.data,
      metadata: {
        correlationId,
        causationId: context.causationId ?? null,
        actor: context.actor,
        ...(context.principal !== undefined ? { principal: context.principal } : {}),
        ...(context.onBehalfOf !== undefined ? { onBehalfOf: context.onBehalfOf } : {}),
        ...(context.idempotencyKey !== undefined ? { idempotencyKey: context.idempotencyKey } : {}),
      },
    };
  }

  private async decideAllAndAppend(
    streamId: string,
    plan: (history: readonly RecordedEvent[]) => readonly PlannedCommand<Command>[],
  ): Promise<BatchOutcome<Command>> {
    for (let attempt = 1; ; attempt++) {
      const history = await this.store.readStream(streamId);
      const version = history.length === 0 ? 0 : history[history.length - 1].revision;
      const planned = plan(history);
      let state = foldEvents(this.decision.decider, history.map(this.decision.toEvent));
      const now = this.clock.now().toISOString();
      const outcomes: (number | DomainError)[] = [];
      const toAppend: EventToAppend[] = [];
      for (const { command, context } of planned) {
        const stamped = this.stamp(command, now);
        const decided = this.decision.decider.decide(stamped, state);
        if (isDomainError(decided)) {
          outcomes.push(decided);
          continue;
        }
        outcomes.push(decided.length);
        const correlationId = context.correlationId ?? this.ids.next();
        for (const event of decided) {
          state = this.decision.decider.evolve(state, event);
          toAppend.push(this.toAppend(event, stamped.metadata.occurredAt, correlationId, context));
        }
      }
      if (toAppend.length === 0) return { planned, outcomes, nextExpectedVersion: version };
      try {
        const result = await this.store.append(streamId, toAppend, { expectedVersion: version });
        return { planned, outcomes, nextExpectedVersion: result.nextExpectedVersion };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (attempt >= this.maxAttempts) throw new ConcurrencyConflictError(streamId, error.expectedVersion, error.actualVersion);
      }
    }
  }

  private async decideAndAppend(streamId: string, command: Unstamped<Command>, context: CommandContext): Promise<AppendResult> {
    const earlier = await this.earlierAppend(streamId, context);
    if (earlier) return earlier;
    const pinned = context.expectedVersion;
    for (let attempt = 1; ; attempt++) {
      // State and version are taken together, and the state is used before the next await.
      const { state, version, lastPosition } = await this.states.load(streamId);
      if (pinned !== undefined && pinned !== version) throw new ConcurrencyConflictError(streamId, pinned, version);
      const stamped = this.stamp(command, this.clock.now().toISOString());
      const decided = this.decision.decider.decide(stamped, state);
      if (isDomainError(decided)) throw new CommandRefusedError(decided);
      if (decided.length === 0) return { streamId, nextExpectedVersion: version, lastPosition, events: [], deduplicated: false };
      const correlationId = context.correlationId ?? this.ids.next();
      const toAppend = decided.map((event) => this.toAppend(event, stamped.metadata.occurredAt, correlationId, context));
      const appended = await this.appendAt(streamId, toAppend, version, context, attempt);
      if (appended) return appended;
    }
  }
}

/** Reads and folds the whole stream for every command: for streams too short to be worth a cache. */
class FoldedPerCommand<Event extends { readonly type: string; readonly data: unknown }, State> implements StreamStateSource<State> {
  constructor(
    private readonly decision: Pick<StreamDecision<never, Event, State>, 'decider' | 'toEvent'>,
    private readonly store: EventStore,
  ) {}

  async load(streamId: string): Promise<LoadedState<State>> {
    const history = await this.store.readStream(streamId);
    const last = history[history.length - 1];
    return { state: foldEvents(this.decision.decider, history.map(this.decision.toEvent)), version: last?.revision ?? 0, lastPosition: last?.position ?? 0 };
  }

  appended(): void {
    // Nothing kept between commands.
  }
}

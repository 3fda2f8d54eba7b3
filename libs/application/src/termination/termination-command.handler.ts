import {
  foldEvents,
  isDomainError,
  TERMINATION_EVENT_SCHEMA_VERSION,
  type TerminationCommand,
  terminationDecider,
  terminationStreamId,
} from '@client-lifecycle/domain';
import {
  type AppendResult,
  type Clock,
  type EventStore,
  type IdGenerator,
  type RecordedEvent,
  WrongExpectedVersionError,
} from '@client-lifecycle/ports';
import type { CommandContext } from '../client/client-command.handler';
import { CommandRefusedError, ConcurrencyConflictError, KeyedQueue } from '../shared';
import { toTerminationEvent } from './termination-event.codec';

/** A termination command as a caller sends it: the handler stamps it with time. */
export type UnstampedTerminationCommand = TerminationCommand extends infer C
  ? C extends TerminationCommand
    ? Omit<C, 'metadata'> & { readonly occurredAt?: string }
    : never
  : never;

export interface TerminationOutcome {
  readonly terminationId: string;
  readonly version: number;
  /** Empty when the input changed nothing (a timer or a payment with nothing to act on). */
  readonly events: readonly RecordedEvent[];
  readonly deduplicated: boolean;
}

/** The client command handler's twin for `termination-<id>` streams. */
export class TerminationCommandHandler {
  private readonly perTermination = new KeyedQueue();

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly options: { readonly maxAttempts: number } = { maxAttempts: 5 },
  ) {}

  handle(command: UnstampedTerminationCommand, context: CommandContext): Promise<TerminationOutcome> {
    return this.perTermination.run(command.data.terminationId, () => this.decideAndAppend(command, context));
  }

  private async decideAndAppend(command: UnstampedTerminationCommand, context: CommandContext): Promise<TerminationOutcome> {
    const terminationId = command.data.terminationId;
    const streamId = terminationStreamId(terminationId);
    if (context.idempotencyKey !== undefined) {
      const earlier = await this.store.findAppend(streamId, context.idempotencyKey);
      if (earlier) return this.outcome(terminationId, earlier);
    }
    const pinned = context.expectedVersion;
    for (let attempt = 1; ; attempt++) {
      const history = await this.store.readStream(streamId);
      const version = history.length === 0 ? 0 : history[history.length - 1].revision;
      if (pinned !== undefined && pinned !== version) throw new ConcurrencyConflictError(streamId, pinned, version);
      const now = this.clock.now().toISOString();
      const { occurredAt, ...rest } = command;
      const stamped = { ...rest, metadata: { occurredAt: occurredAt ?? now, now } } as TerminationCommand; // re-attaching metadata to the same member of the union
      const decision = terminationDecider.decide(stamped, foldEvents(terminationDecider, history.map(toTerminationEvent)));
      if (isDomainError(decision)) throw new CommandRefusedError(decision);
      if (decision.length === 0) return { terminationId, version, events: [], deduplicated: false };
      const correlationId = context.correlationId ?? this.ids.next();
      const toAppend = decision.map((event) => ({
        eventId: this.ids.next(),
        type: event.type,
        schemaVersion: TERMINATION_EVENT_SCHEMA_VERSION[event.type],
        occurredAt: stamped.metadata.occurredAt,
        data: event.data,
        metadata: {
          correlationId,
          causationId: context.causationId ?? null,
          actor: context.actor,
          ...(context.idempotencyKey !== undefined ? { idempotencyKey: context.idempotencyKey } : {}),
        },
      }));
      try {
        const result = await this.store.append(streamId, toAppend, { expectedVersion: version, idempotencyKey: context.idempotencyKey });
        return this.outcome(terminationId, result);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (pinned !== undefined || attempt >= this.options.maxAttempts)
          throw new ConcurrencyConflictError(streamId, error.expectedVersion, error.actualVersion);
      }
    }
  }

  private outcome(terminationId: string, result: AppendResult): TerminationOutcome {
    return { terminationId, version: result.nextExpectedVersion, events: result.events, deduplicated: result.deduplicated };
  }
}

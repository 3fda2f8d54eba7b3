import {
  CLIENT_EVENT_SCHEMA_VERSION,
  type ClientCommand,
  clientDecider,
  clientStreamId,
  foldEvents,
  isDomainError,
} from '@client-lifecycle/domain';
import {
  type AppendResult,
  type Clock,
  type EventStore,
  type IdGenerator,
  type RecordedEvent,
  WrongExpectedVersionError,
} from '@client-lifecycle/ports';
import { CommandRefusedError, ConcurrencyConflictError, KeyedQueue } from '../shared';
import { toClientEvent } from './client-event.codec';

/** A command as a caller sends it: the handler stamps it with time. */
export type UnstampedClientCommand = ClientCommand extends infer C
  ? C extends ClientCommand
    ? Omit<C, 'metadata'> & { readonly occurredAt?: string }
    : never
  : never;

export interface CommandContext {
  readonly actor: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** Re-sending a command with the same key stores nothing new and returns the first result. */
  readonly idempotencyKey?: string;
  /** Pins the stream version the caller decided on; a mismatch is a conflict, never retried. */
  readonly expectedVersion?: number;
}

export interface CommandOutcome {
  readonly clientId: string;
  readonly version: number;
  readonly events: readonly RecordedEvent[];
  readonly deduplicated: boolean;
}

export interface ClientCommandHandlerOptions {
  /** Re-read-and-decide attempts on a concurrent write before giving up with a conflict. */
  readonly maxAttempts: number;
}

export class ClientCommandHandler {
  private readonly perClient = new KeyedQueue();

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly options: ClientCommandHandlerOptions = { maxAttempts: 5 },
  ) {}

  handle(command: UnstampedClientCommand, context: CommandContext): Promise<CommandOutcome> {
    return this.perClient.run(command.data.clientId, () => this.decideAndAppend(command, context));
  }

  private async decideAndAppend(command: UnstampedClientCommand, context: CommandContext): Promise<CommandOutcome> {
    const clientId = command.data.clientId;
    const streamId = clientStreamId(clientId);
    if (context.idempotencyKey !== undefined) {
      const earlier = await this.store.findAppend(streamId, context.idempotencyKey);
      if (earlier) return this.outcome(clientId, earlier);
    }
    const pinned = context.expectedVersion;
    for (let attempt = 1; ; attempt++) {
      const history = await this.store.readStream(streamId);
      const version = history.length === 0 ? 0 : history[history.length - 1].revision;
      if (pinned !== undefined && pinned !== version) throw new ConcurrencyConflictError(streamId, pinned, version);
      const now = this.clock.now().toISOString();
      const { occurredAt, ...rest } = command;
      const stamped = { ...rest, metadata: { occurredAt: occurredAt ?? now, now } } as ClientCommand; // re-attaching metadata to the same member of the union
      const decision = clientDecider.decide(stamped, foldEvents(clientDecider, history.map(toClientEvent)));
      if (isDomainError(decision)) throw new CommandRefusedError(decision);
      const correlationId = context.correlationId ?? this.ids.next();
      const toAppend = decision.map((event) => ({
        eventId: this.ids.next(),
        type: event.type,
        schemaVersion: CLIENT_EVENT_SCHEMA_VERSION[event.type],
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
        const result = await this.store.append(streamId, toAppend, {
          expectedVersion: version,
          idempotencyKey: context.idempotencyKey,
        });
        return this.outcome(clientId, result);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (pinned !== undefined || attempt >= this.options.maxAttempts)
          throw new ConcurrencyConflictError(streamId, error.expectedVersion, error.actualVersion);
      }
    }
  }

  private outcome(clientId: string, result: AppendResult): CommandOutcome {
    return {
      clientId,
      version: result.nextExpectedVersion,
      events: result.events,
      deduplicated: result.deduplicated,
    };
  }
}

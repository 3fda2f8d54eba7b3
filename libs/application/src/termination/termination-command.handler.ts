import {
  foldEvents,
  isDomainError,
  TERMINATION_EVENT_SCHEMA_VERSION,
  type TerminationCommand,
  terminationDecider,
  terminationStreamId,
} from '@client-lifecycle/domain';
import type { Clock, EventStore, IdGenerator, RecordedEvent } from '@client-lifecycle/ports';
import { CommandRefusedError, ConcurrencyConflictError } from '../shared/application.errors';
import { type CommandContext, StreamCommandHandler, type Unstamped } from '../shared/stream-command.handler';
import { toTerminationEvent } from './termination-event.codec';

/** A termination command as a caller sends it: the handler stamps it with time. */
export type UnstampedTerminationCommand = Unstamped<TerminationCommand>;

export interface TerminationOutcome {
  readonly terminationId: string;
  readonly version: number;
  /** Empty when the input changed nothing (a timer or a payment with nothing to act on). */
  readonly events: readonly RecordedEvent[];
  readonly deduplicated: boolean;
}

/** Load, decide, append for `termination-<id>` streams, as the client command handler does for clients. */
export class TerminationCommandHandler {
  private readonly streams: StreamCommandHandler<TerminationCommand, ReturnType<typeof toTerminationEvent>, ReturnType<typeof terminationDecider.initialState>>;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    ids: IdGenerator,
    options: { readonly maxAttempts: number } = { maxAttempts: 5 },
  ) {
    this.streams = new StreamCommandHandler(
      { decider: terminationDecider, toEvent: toTerminationEvent, schemaVersionOf: (type) => TERMINATION_EVENT_SCHEMA_VERSION[type] },
      store,
      clock,
      ids,
      options.maxAttempts,
    );
  }

  /**
   * Throws what `handle` would throw for the stream as it is now (a refusal, or a conflict with a
   * pinned version), and stores nothing: for a step that must not run unless this one will.
   */
  async preflight(command: UnstampedTerminationCommand, context: CommandContext): Promise<void> {
    const streamId = terminationStreamId(command.data.terminationId);
    const history = await this.store.readStream(streamId);
    const version = history.length === 0 ? 0 : history[history.length - 1].revision;
    if (context.expectedVersion !== undefined && context.expectedVersion !== version)
      throw new ConcurrencyConflictError(streamId, context.expectedVersion, version);
    const now = this.clock.now().toISOString();
    const { occurredAt, ...rest } = command;
    const stamped = { ...rest, metadata: { occurredAt: occurredAt ?? now, now } } as TerminationCommand; // the same member of the union, stamped as the handler would
    const decided = terminationDecider.decide(stamped, foldEvents(terminationDecider, history.map(toTerminationEvent)));
    if (isDomainError(decided)) throw new CommandRefusedError(decided);
  }

  async handle(command: UnstampedTerminationCommand, context: CommandContext): Promise<TerminationOutcome> {
    const terminationId = command.data.terminationId;
    const result = await this.streams.handle(terminationStreamId(terminationId), command, context);
    return { terminationId, version: result.nextExpectedVersion, events: result.events, deduplicated: result.deduplicated };
  }
}

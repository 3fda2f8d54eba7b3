import {
  type DomainError,
  foldEvents,
  isDomainError,
  TERMINATION_EVENT_SCHEMA_VERSION,
  type TerminationCommand,
  terminationDecider,
  terminationStreamId,
} from '@client-lifecycle/domain';
import type { Clock, EventStore, IdGenerator, RecordedEvent } from '@client-lifecycle/ports';
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

  /** How the command would be refused on the stream as it is now, or null; stores nothing. */
  async refusalOf(command: UnstampedTerminationCommand): Promise<DomainError | null> {
    const history = await this.store.readStream(terminationStreamId(command.data.terminationId));
    const now = this.clock.now().toISOString();
    const { occurredAt, ...rest } = command;
    const stamped = { ...rest, metadata: { occurredAt: occurredAt ?? now, now } } as TerminationCommand; // the same member of the union, stamped as the handler would
    const decided = terminationDecider.decide(stamped, foldEvents(terminationDecider, history.map(toTerminationEvent)));
    return isDomainError(decided) ? decided : null;
  }

  async handle(command: UnstampedTerminationCommand, context: CommandContext): Promise<TerminationOutcome> {
    const terminationId = command.data.terminationId;
    const result = await this.streams.handle(terminationStreamId(terminationId), command, context);
    return { terminationId, version: result.nextExpectedVersion, events: result.events, deduplicated: result.deduplicated };
  }
}

import { CLIENT_EVENT_SCHEMA_VERSION, type ClientCommand, clientDecider, ClientErrors, clientStreamId } from '@client-lifecycle/domain';
import { BatchCommandRefusedError } from '../shared/application.errors';
import type { Clock, EventStore, IdGenerator, RecordedEvent } from '@client-lifecycle/ports';
import { type BatchOutcome, type CommandContext, type PlannedCommand, StreamCommandHandler, type Unstamped } from '../shared/stream-command.handler';
import { toClientEvent } from './client-event.codec';
import type { ClientView } from './client.fold';
import { ClientFolds } from './client-folds.cache';

export type { CommandContext } from '../shared/stream-command.handler';

/** A command as a caller sends it: the handler stamps it with time. */
export type UnstampedClientCommand = Unstamped<ClientCommand>;

export interface CommandOutcome {
  readonly clientId: string;
  readonly version: number;
  readonly events: readonly RecordedEvent[];
  readonly deduplicated: boolean;
  /** The client right after the command (or later), from the fold that decided it: no second read. */
  readonly client: ClientView | null;
}

export interface ClientCommandHandlerOptions {
  /** Re-read-and-decide attempts on a concurrent write before giving up with a conflict. */
  readonly maxAttempts: number;
}

export class ClientCommandHandler {
  private readonly streams: StreamCommandHandler<ClientCommand, ReturnType<typeof toClientEvent>, ReturnType<typeof clientDecider.initialState>>;

  /** `folds` is shared with the queries of the same process, so reads and commands warm one cache. */
  constructor(
    store: EventStore,
    clock: Clock,
    ids: IdGenerator,
    options: ClientCommandHandlerOptions = { maxAttempts: 5 },
    private readonly folds: ClientFolds = new ClientFolds(store),
  ) {
    this.streams = new StreamCommandHandler(
      { decider: clientDecider, toEvent: toClientEvent, schemaVersionOf: (type) => CLIENT_EVENT_SCHEMA_VERSION[type] },
      store,
      clock,
      ids,
      options.maxAttempts,
      folds,
    );
  }

  /** Several commands on one client in one append (see StreamCommandHandler.handleAll): the scheduler's batches. */
  handleAll(clientId: string, plan: (history: readonly RecordedEvent[]) => readonly PlannedCommand<ClientCommand>[]): Promise<BatchOutcome<ClientCommand>> {
    return this.streams.handleAll(clientStreamId(clientId), plan);
  }

  /**
   * A client's backdated history in one all-or-nothing append (see StreamCommandHandler.handleAtomically):
   * the scheduler sees the whole batch at once, so no timer fires between an invoice and the payment
   * that settled it on time. Every command must be about `clientId`.
   */
  async importHistory(clientId: string, commands: readonly UnstampedClientCommand[], context: CommandContext): Promise<CommandOutcome> {
    const stray = commands.findIndex((command) => command.data.clientId !== clientId);
    if (stray >= 0) throw new BatchCommandRefusedError(stray, ClientErrors.commandForAnotherClient(clientId, commands[stray].data.clientId));
    const result = await this.streams.handleAtomically(clientStreamId(clientId), commands, context);
    const client = await this.folds.atLeast(clientId, result.nextExpectedVersion);
    return { clientId, version: result.nextExpectedVersion, events: result.events, deduplicated: result.deduplicated, client };
  }

  async handle(command: UnstampedClientCommand, context: CommandContext): Promise<CommandOutcome> {
    const clientId = command.data.clientId;
    const result = await this.streams.handle(clientStreamId(clientId), command, context);
    const client = await this.folds.atLeast(clientId, result.nextExpectedVersion);
    return { clientId, version: result.nextExpectedVersion, events: result.events, deduplicated: result.deduplicated, client };
  }
}

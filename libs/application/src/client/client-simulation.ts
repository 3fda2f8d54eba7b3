import {
  type ClientCommand,
  clientDecider,
  ClientErrors,
  ClientHistoryBuilder,
  type ClientState,
  type DomainError,
  isDomainError,
  type LocalDate,
  simulateTermination,
  type TerminationReason,
  type TerminationWhatIf,
} from '@client-lifecycle/domain';
import type { Clock, EventStore } from '@client-lifecycle/ports';
import type { ClientInsight, ClientInsightQueries } from '../insight/client-insight.queries';
import type { Unstamped } from '../shared/stream-command.handler';
import { ClientFolds } from './client-folds.cache';

/** A command of a simulation the decider refused: the others were still applied. */
export interface SimulatedRefusal {
  readonly commandIndex: number;
  readonly refusal: DomainError;
}

export interface SimulationOutcome {
  /** The client as stored, judged as of the day asked for; null when it is not registered yet. */
  readonly before: ClientInsight | null;
  /** The same after the accepted commands; null when they register no client. */
  readonly after: ClientInsight | null;
  readonly refused: readonly SimulatedRefusal[];
  /** How many events the accepted commands would have stored. */
  readonly eventCount: number;
}

/**
 * The decider's state to decide hypothetical commands on, leaving the cached fold's untouched:
 * evolve writes into its state's maps and sets but replaces their entries, so copying the
 * collections (not the entries) is enough.
 */
const forked = (state: ClientState): ClientState =>
  Object.fromEntries(
    Object.entries(state).map(([key, value]) => [key, value instanceof Map ? new Map(value) : value instanceof Set ? new Set(value) : value]),
  ) as unknown as ClientState; // the same fields, each collection copied

/**
 * "What if": the client's stored stream folded, then hypothetical commands decided in order on it
 * (each on the state the accepted ones before it left) and their events folded into the history
 * the read models judge. Nothing is stored, and a refused command is reported and skipped
 * rather than ending the simulation. The stored client comes from the fold cache (only events
 * appended since are read) and is judged through the insight queries' cache, so asking again, or
 * after a `client(id)` read, pays for the "after" alone.
 */
export class ClientSimulation {
  constructor(
    store: EventStore,
    private readonly clock: Clock,
    private readonly insights: ClientInsightQueries,
    /** The app's cache, shared with commands and reads, so a client already folded is not folded again. */
    private readonly folds: ClientFolds = new ClientFolds(store),
  ) {}

  async simulate(clientId: string, commands: readonly Unstamped<ClientCommand>[], on?: LocalDate): Promise<SimulationOutcome> {
    const fold = await this.folds.fold(clientId);
    const stored = fold.view();
    // Copied before any await, as the cache lends its state: the next read of this client may advance it.
    let state = forked(fold.loaded().state);
    const version = fold.version;
    const builder = stored ? ClientHistoryBuilder.resumed(stored.history) : new ClientHistoryBuilder();
    const now = this.clock.now().toISOString();
    const refused: SimulatedRefusal[] = [];
    let eventCount = 0;
    for (const [commandIndex, command] of commands.entries()) {
      if (command.data.clientId !== clientId) {
        refused.push({ commandIndex, refusal: ClientErrors.commandForAnotherClient(clientId, command.data.clientId) });
        continue;
      }
      const { occurredAt, ...rest } = command;
      const stamped = { ...rest, metadata: { occurredAt: occurredAt ?? now, now } } as unknown as ClientCommand; // re-attaching metadata to the same member of the union
      const decided = clientDecider.decide(stamped, state);
      if (isDomainError(decided)) {
        refused.push({ commandIndex, refusal: decided });
        continue;
      }
      for (const event of decided) {
        state = clientDecider.evolve(state, event);
        eventCount += 1;
        builder.apply({ eventId: `simulated-${commandIndex}-${eventCount}`, occurredAt: stamped.metadata.occurredAt, event });
      }
    }
    const afterHistory = eventCount === 0 ? (stored?.history ?? null) : builder.snapshot();
    const before = stored && this.insights.assess(stored, undefined, on);
    const after = afterHistory && this.insights.assess({ version: version + eventCount, history: afterHistory, previous: null }, undefined, on);
    return { before, after, refused, eventCount };
  }

  /**
   * What terminating the stored client on `on` (today when absent) would do to the next 12 months,
   * judged with the read models' calibration; null when the client is not registered.
   */
  async simulateTermination(clientId: string, on?: LocalDate, reason?: TerminationReason): Promise<TerminationWhatIf | null> {
    const insight = await this.insights.insight(clientId, undefined, undefined, on);
    return insight && simulateTermination(insight.history, insight.asOfDay, reason, this.insights.config.profitability);
  }
}

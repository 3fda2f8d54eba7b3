import {
  type ClientCommand,
  clientDecider,
  ClientErrors,
  ClientHistoryBuilder,
  clientStreamId,
  type DomainError,
  foldEvents,
  isDomainError,
  type LocalDate,
  simulateTermination,
  type TerminationReason,
  type TerminationWhatIf,
} from '@client-lifecycle/domain';
import type { Clock, EventStore } from '@client-lifecycle/ports';
import type { ClientInsight, ClientInsightQueries } from '../insight/client-insight.queries';
import type { Unstamped } from '../shared/stream-command.handler';
import { toClientEvent } from './client-event.codec';
import { toClientFact } from './client-facts';

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
 * "What if": the client's stored stream folded, then hypothetical commands decided in order on it
 * (each on the state the accepted ones before it left) and their events folded into the history
 * the read models judge. Nothing is stored, and a refused command is reported and skipped
 * rather than ending the simulation.
 */
export class ClientSimulation {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly insights: ClientInsightQueries,
  ) {}

  async simulate(clientId: string, commands: readonly Unstamped<ClientCommand>[], on?: LocalDate): Promise<SimulationOutcome> {
    const stored = await this.store.readStream(clientStreamId(clientId));
    let state = foldEvents(clientDecider, stored.map(toClientEvent));
    const builder = new ClientHistoryBuilder();
    for (const event of stored) builder.apply(toClientFact(event));
    const version = stored[stored.length - 1]?.revision ?? 0;
    const beforeHistory = builder.snapshot();
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
    const afterHistory = builder.snapshot();
    const judged = (history: typeof afterHistory, at: number) => history && this.insights.assess({ version: at, history, previous: null }, undefined, on);
    return { before: judged(beforeHistory, version), after: judged(afterHistory, version + eventCount), refused, eventCount };
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

import {
  dateOf,
  foldEvents,
  terminationDecider,
  type TerminationProcess,
  type TerminationProgress,
  terminationProgress,
  type TerminationStatus,
  terminationStreamId,
} from '@client-lifecycle/domain';
import type { Clock, EventStore, TerminationStore } from '@client-lifecycle/ports';
import { toTerminationEvent } from './termination-event.codec';
import { summarizeTerminationEvent } from './termination-event.summary';

export interface TerminationHistoryEntry {
  readonly revision: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: string;
  readonly summary: string;
}

export interface TerminationView {
  readonly process: TerminationProcess;
  readonly version: number;
  readonly progress: TerminationProgress;
  readonly history: readonly TerminationHistoryEntry[];
}

export interface TerminationListPage {
  readonly views: readonly TerminationView[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

/**
 * One termination is folded from its stream, so a read right after a mutation sees it; lists
 * come from the termination store the process manager keeps.
 */
export class TerminationQueries {
  constructor(
    private readonly events: EventStore,
    private readonly store: TerminationStore,
    private readonly clock: Clock,
  ) {}

  async find(terminationId: string): Promise<TerminationView | null> {
    const recorded = await this.events.readStream(terminationStreamId(terminationId));
    const decoded = recorded.map(toTerminationEvent);
    const state = foldEvents(terminationDecider, decoded);
    if (state.status === 'NONE') return null;
    return {
      process: state,
      version: recorded.length,
      progress: terminationProgress(state, dateOf(this.clock.now().toISOString())),
      history: recorded.map((event, index) => ({
        revision: event.revision,
        type: event.type,
        occurredAt: event.occurredAt,
        recordedAt: event.recordedAt,
        actor: event.metadata.actor,
        summary: summarizeTerminationEvent(decoded[index]),
      })),
    };
  }

  /** The client's latest termination, whatever its status. */
  async forClient(clientId: string): Promise<TerminationView | null> {
    const latest = await this.store.latestForClient(clientId);
    return latest ? this.find(latest.state.terminationId) : null;
  }

  async list(status: TerminationStatus | undefined, first: number, after: number): Promise<TerminationListPage> {
    const page = await this.store.list(status, first, after);
    const views = await Promise.all(page.rows.map((row) => this.find(row.state.terminationId)));
    return { views: views.filter((view): view is TerminationView => view !== null), hasNextPage: page.hasNextPage, totalCount: page.totalCount };
  }
}

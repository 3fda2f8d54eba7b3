import { type ClientHistory, ClientHistoryBuilder, type ClientState, evolveClient, initialClientState } from '@client-lifecycle/domain';
import type { RecordedEvent } from '@client-lifecycle/ports';
import type { LoadedState } from '../shared/stream-command.handler';
import { toClientFact } from './client-facts';

/** A registered client as readers get it: frozen history snapshots that no later event changes. */
export interface ClientView {
  readonly version: number;
  readonly history: ClientHistory;
  /** The history just before the latest event (the risk "before" it), null when that is the registration. */
  readonly previous: ClientHistory | null;
}

/**
 * One client's stream folded once, both ways: the decider's state (private, written in place,
 * lent to `decide` only) and the client history (the one model readers see, as snapshots).
 * Linear: each event is applied once, whatever the number of commands and reads that follow.
 */
export class ClientFold {
  private state: ClientState = initialClientState();
  private readonly history = new ClientHistoryBuilder();
  private latest: ClientView | null = null;
  private position = 0;
  private revision = 0;

  get version(): number {
    return this.revision;
  }

  /** How many events it holds: its weight in the cache. */
  get size(): number {
    return this.revision;
  }

  /**
   * Applies the events that follow the fold's version, in order; earlier ones (already applied by
   * a concurrent read) are skipped. False, applying nothing, when they do not follow on (a gap).
   */
  advance(events: readonly RecordedEvent[]): boolean {
    const fresh = events.filter((event) => event.revision > this.revision);
    if (fresh.length === 0) return true;
    if (fresh[0].revision !== this.revision + 1) return false;
    this.apply(fresh);
    return true;
  }

  /** A client as the service knew it at some instant: the events recorded by then, in order, whatever their revisions. */
  static replayed(events: readonly RecordedEvent[]): ClientFold {
    const fold = new ClientFold();
    if (events.length > 0) fold.apply(events);
    return fold;
  }

  private apply(fresh: readonly RecordedEvent[]): void {
    let previous = this.latest?.history ?? null;
    fresh.forEach((recorded, index) => {
      if (index === fresh.length - 1 && index > 0) previous = this.history.snapshot();
      const fact = toClientFact(recorded);
      this.state = evolveClient(this.state, fact.event);
      this.history.apply(fact);
    });
    const last = fresh[fresh.length - 1];
    this.revision = last.revision;
    this.position = last.position;
    const history = this.history.snapshot();
    this.latest = history ? { version: this.revision, history, previous } : null;
  }

  /** The state for `decide`, valid until the next `advance`: never keep it across an await. */
  loaded(): LoadedState<ClientState> {
    return { state: this.state, version: this.revision, lastPosition: this.position };
  }

  /** Null until the client is registered. */
  view(): ClientView | null {
    return this.latest;
  }
}

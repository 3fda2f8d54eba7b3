import type { LocalDate, Recommendation, RiskBand } from '@client-lifecycle/domain';

/** A client's risk moved: published after the read model committed it. */
export interface RiskChange {
  readonly clientId: string;
  readonly name: string;
  readonly score: number;
  readonly band: RiskBand;
  readonly recommendation: Recommendation;
  /** Null when this process had not seen the client since it started. */
  readonly previousScore: number | null;
  readonly previousBand: RiskBand | null;
  readonly asOf: LocalDate;
  /** The log position the change was computed up to. */
  readonly position: number;
}

/** How many changes a slow subscriber may fall behind before the oldest are dropped. */
const MAX_BUFFERED = 1_000;

interface Subscriber {
  readonly clientId: string | null;
  readonly buffered: RiskChange[];
  wake: (() => void) | null;
}

/** In-process fan-out of risk changes to subscribers (GraphQL subscriptions), each with its own buffer. */
export class RiskChangeFeed {
  private readonly subscribers = new Set<Subscriber>();

  publish(change: RiskChange): void {
    for (const subscriber of this.subscribers) {
      if (subscriber.clientId !== null && subscriber.clientId !== change.clientId) continue;
      subscriber.buffered.push(change);
      if (subscriber.buffered.length > MAX_BUFFERED) subscriber.buffered.shift();
      subscriber.wake?.();
    }
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Changes of one client, or of all when `clientId` is null, from now on. */
  subscribe(clientId: string | null): AsyncIterableIterator<RiskChange> {
    const subscriber: Subscriber = { clientId, buffered: [], wake: null };
    this.subscribers.add(subscriber);
    const done = (): IteratorResult<RiskChange> => {
      this.subscribers.delete(subscriber);
      subscriber.wake?.();
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<RiskChange> = {
      next: async () => {
        while (this.subscribers.has(subscriber)) {
          const change = subscriber.buffered.shift();
          if (change) return { value: change, done: false };
          await new Promise<void>((resolve) => (subscriber.wake = resolve));
          subscriber.wake = null;
        }
        return { value: undefined, done: true };
      },
      return: async () => done(),
      throw: async () => done(),
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

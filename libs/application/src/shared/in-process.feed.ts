/** How many items a slow subscriber may fall behind before the oldest are dropped. */
const MAX_BUFFERED = 1_000;

interface Subscriber<T> {
  readonly key: string | null;
  readonly buffered: T[];
  wake: (() => void) | null;
}

/** In-process fan-out to subscribers (GraphQL subscriptions), each with its own buffer, filtered by a key. */
export class InProcessFeed<T> {
  private readonly subscribers = new Set<Subscriber<T>>();

  constructor(private readonly keyOf: (item: T) => string) {}

  publish(item: T): void {
    for (const subscriber of this.subscribers) {
      if (subscriber.key !== null && subscriber.key !== this.keyOf(item)) continue;
      subscriber.buffered.push(item);
      if (subscriber.buffered.length > MAX_BUFFERED) subscriber.buffered.shift();
      subscriber.wake?.();
    }
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Items with this key, or all when `key` is null, from now on. */
  subscribe(key: string | null): AsyncIterableIterator<T> {
    const subscriber: Subscriber<T> = { key, buffered: [], wake: null };
    this.subscribers.add(subscriber);
    const done = (): IteratorResult<T> => {
      this.subscribers.delete(subscriber);
      subscriber.wake?.();
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<T> = {
      next: async () => {
        while (this.subscribers.has(subscriber)) {
          const item = subscriber.buffered.shift();
          if (item !== undefined) return { value: item, done: false };
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

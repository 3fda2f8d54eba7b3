import type { OutboundMessage, Publisher } from '@client-lifecycle/ports';

type Fault = 'refuse' | 'lose-acknowledgement';

/**
 * A broker stand-in for unit tests: keeps what it stored, in order, and can be told to fail
 * calls, either storing nothing or storing the messages and losing the acknowledgement.
 */
export class RecordingPublisher implements Publisher {
  readonly stored: OutboundMessage[] = [];
  attempts = 0;
  private readonly faults: Fault[] = [];
  private down = false;
  private readonly waiters: { count: number; resolve: () => void }[] = [];

  /** The next `count` calls fail with the given fault. */
  failNext(count: number, fault: Fault = 'refuse'): void {
    for (let index = 0; index < count; index++) this.faults.push(fault);
  }

  /** Every call fails, storing nothing, until `recover`. */
  goDown(): void {
    this.down = true;
  }

  recover(): void {
    this.down = false;
  }

  /** Resolves once `count` calls were made in all. */
  attempted(count: number): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push({ count, resolve });
      this.notify();
    });
  }

  async publish(messages: readonly OutboundMessage[]): Promise<void> {
    this.attempts += 1;
    try {
      const fault = this.down ? 'refuse' : this.faults.shift();
      if (fault === 'refuse') throw new Error('broker unavailable');
      this.stored.push(...messages);
      if (fault === 'lose-acknowledgement') throw new Error('connection lost before the acknowledgement');
    } finally {
      this.notify();
    }
  }

  async close(): Promise<void> {}

  private notify(): void {
    for (const waiter of [...this.waiters]) {
      if (this.attempts < waiter.count) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }
}

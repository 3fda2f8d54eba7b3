import {
  clientIdOfStream,
  type CollectionLadderConfig,
  DEFAULT_COLLECTION_LADDER,
  type Timer,
  terminationIdOfStream,
  terminationTimersFor,
  timersFor,
} from '@client-lifecycle/domain';
import type { EventStore, TimerStore } from '@client-lifecycle/ports';
import type { RecordedEvent } from '@client-lifecycle/ports';
import { toClientEvent } from '../client/client-event.codec';
import { toTerminationEvent } from '../termination/termination-event.codec';
import { yieldToEventLoop } from '../shared';

/** Tails the global log into the timer store; timers and checkpoint move together. */
export class TimerProjection {
  constructor(
    private readonly events: EventStore,
    private readonly timers: TimerStore,
    private readonly ladder: CollectionLadderConfig = DEFAULT_COLLECTION_LADDER,
    // Large pages: each is one transaction (one fsync) of the timer store, and a catch-up reads the whole log.
    private readonly pageSize = 10_000,
  ) {}

  /** Projects every event after the checkpoint; returns the new checkpoint. */
  async catchUp(): Promise<number> {
    let checkpoint = await this.timers.checkpoint();
    for (;;) {
      const page = await this.events.readAll({ after: checkpoint, maxCount: this.pageSize });
      if (page.length === 0) return checkpoint;
      const timers = page.flatMap((event) => this.timersOf(event));
      checkpoint = page[page.length - 1].position;
      await this.timers.schedule(timers, checkpoint);
      await yieldToEventLoop();
    }
  }

  /** Clients' time facts and terminations' deadlines; other streams set no timer. */
  private timersOf(event: RecordedEvent): Timer[] {
    if (clientIdOfStream(event.streamId) !== null) return timersFor(toClientEvent(event), this.ladder);
    if (terminationIdOfStream(event.streamId) !== null) return terminationTimersFor(toTerminationEvent(event));
    return [];
  }

  async lag(): Promise<number> {
    return (await this.events.headPosition()) - (await this.timers.checkpoint());
  }
}

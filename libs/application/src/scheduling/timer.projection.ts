import { clientIdOfStream, type CollectionLadderConfig, DEFAULT_COLLECTION_LADDER, timersFor } from '@client-lifecycle/domain';
import type { EventStore, TimerStore } from '@client-lifecycle/ports';
import { toClientEvent } from '../client/client-event.codec';
import { yieldToEventLoop } from '../shared';

/** Tails the global log into the timer store; timers and checkpoint move together. */
export class TimerProjection {
  constructor(
    private readonly events: EventStore,
    private readonly timers: TimerStore,
    private readonly ladder: CollectionLadderConfig = DEFAULT_COLLECTION_LADDER,
    private readonly pageSize = 1_000,
  ) {}

  /** Projects every event after the checkpoint; returns the new checkpoint. */
  async catchUp(): Promise<number> {
    let checkpoint = await this.timers.checkpoint();
    for (;;) {
      const page = await this.events.readAll({ after: checkpoint, maxCount: this.pageSize });
      if (page.length === 0) return checkpoint;
      const timers = page.filter((event) => clientIdOfStream(event.streamId) !== null).flatMap((event) => timersFor(toClientEvent(event), this.ladder));
      checkpoint = page[page.length - 1].position;
      await this.timers.schedule(timers, checkpoint);
      await yieldToEventLoop();
    }
  }

  async lag(): Promise<number> {
    return (await this.events.headPosition()) - (await this.timers.checkpoint());
  }
}

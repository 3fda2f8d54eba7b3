import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { ClientSummaryProjection, EventRelay } from '@client-lifecycle/application';
import { EVENT_STORE, type EventStore } from '@client-lifecycle/ports';

interface RelayHealth {
  readonly lag: number;
  readonly checkpoint: number;
  /** False while the broker refuses batches (the relay backs off and retries). */
  readonly publishing: boolean;
  readonly lastError: string | null;
}

@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ClientSummaryProjection) private readonly summaries: ClientSummaryProjection,
    @Optional() @Inject(EventRelay) private readonly relay?: EventRelay,
  ) {}

  /**
   * Ready when the event store answers; the head position shows the log is moving, the lag how
   * far read models trail it. With the Kafka relay on, `relay` shows how far Kafka trails the
   * log; a broker that is down delays publishing but leaves the service ready.
   */
  @Get()
  async health(): Promise<{ status: 'ok'; headPosition: number; projectionLag: { clientSummaries: number }; relay?: RelayHealth }> {
    const health = { status: 'ok' as const, headPosition: await this.store.headPosition(), projectionLag: { clientSummaries: await this.summaries.lag() } };
    if (!this.relay) return health;
    const { lag, checkpoint, consecutiveFailures, lastError } = await this.relay.status();
    return { ...health, relay: { lag, checkpoint, publishing: consecutiveFailures === 0, lastError } };
  }
}

import { Controller, Get, Inject } from '@nestjs/common';
import { ClientSummaryProjection, TerminationProcessManager } from '@client-lifecycle/application';
import { EVENT_STORE, type EventStore } from '@client-lifecycle/ports';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ClientSummaryProjection) private readonly summaries: ClientSummaryProjection,
    @Inject(TerminationProcessManager) private readonly terminations: TerminationProcessManager,
  ) {}

  /** Ready when the event store answers; the head position shows the log is moving, the lag how far read models trail it. */
  @Get()
  async health(): Promise<{ status: 'ok'; headPosition: number; projectionLag: { clientSummaries: number; terminations: number } }> {
    return {
      status: 'ok',
      headPosition: await this.store.headPosition(),
      projectionLag: { clientSummaries: await this.summaries.lag(), terminations: await this.terminations.lag() },
    };
  }
}

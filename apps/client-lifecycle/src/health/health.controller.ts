import { Controller, Get, Inject } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@client-lifecycle/ports';

@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Ready when the event store answers; the head position shows the log is moving. */
  @Get()
  async health(): Promise<{ status: 'ok'; headPosition: number }> {
    return { status: 'ok', headPosition: await this.store.headPosition() };
  }
}

import { Controller, Get, Inject } from '@nestjs/common';
import { ClientSummaryProjection, type SingletonState } from '@client-lifecycle/application';
import { EVENT_STORE, type EventStore } from '@client-lifecycle/ports';
import type { Role } from '../config';
import { APP_ROLES, INSTANCE_ID, type SingletonRole, SingletonWorkers } from '../workers';

export interface Health {
  readonly status: 'ok';
  readonly headPosition: number;
  readonly projectionLag: { readonly clientSummaries: number };
  readonly instance: string;
  readonly roles: readonly Role[];
  /** Per singleton role of this process: `active` where it holds the lease, `standby` where another process does. */
  readonly workers: Partial<Record<SingletonRole, SingletonState>>;
}

@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ClientSummaryProjection) private readonly summaries: ClientSummaryProjection,
    @Inject(APP_ROLES) private readonly roles: ReadonlySet<Role>,
    @Inject(SingletonWorkers) private readonly workers: SingletonWorkers,
  ) {}

  /** Ready when the event store answers; the head position shows the log is moving, the lag how far read models trail it. */
  @Get()
  async health(): Promise<Health> {
    return {
      status: 'ok',
      headPosition: await this.store.headPosition(),
      projectionLag: { clientSummaries: await this.summaries.lag() },
      instance: INSTANCE_ID,
      roles: [...this.roles],
      workers: this.workers.status(),
    };
  }
}

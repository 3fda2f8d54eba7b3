import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { ClientSummaryProjection, EventRelay, type SingletonState, TerminationProcessManager, WorklistProjection } from '@client-lifecycle/application';
import { EVENT_STORE, type EventStore } from '@client-lifecycle/ports';
import type { Role } from '../config';
import { APP_ROLES, INSTANCE_ID, type SingletonRole, SingletonWorkers } from '../workers';
import { ReadinessIndicators } from './readiness.indicators';

export interface Health {
  readonly status: 'ok';
  readonly headPosition: number;
  readonly projectionLag: { readonly clientSummaries: number; readonly terminations: number; readonly worklist: number };
  readonly instance: string;
  readonly roles: readonly Role[];
  /** Per singleton role of this process: `active` where it holds the lease, `standby` where another process does. */
  readonly workers: Partial<Record<SingletonRole, SingletonState>>;
  /** With the Kafka relay on: how far Kafka trails the log. */
  readonly relay?: RelayHealth;
}

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
    @Inject(TerminationProcessManager) private readonly terminations: TerminationProcessManager,
    @Inject(WorklistProjection) private readonly worklist: WorklistProjection,
    @Inject(APP_ROLES) private readonly roles: ReadonlySet<Role>,
    @Inject(SingletonWorkers) private readonly workers: SingletonWorkers,
    @Inject(HealthCheckService) private readonly checks: HealthCheckService,
    @Inject(ReadinessIndicators) private readonly readiness: ReadinessIndicators,
    @Optional() @Inject(EventRelay) private readonly relay?: EventRelay,
  ) {}

  /** Liveness: the process answers HTTP. A failing dependency is readiness's business, not a reason to restart. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.checks.check([]);
  }

  /**
   * Readiness: 503 while the event store is unreachable, the disk is full, a worker stopped
   * following the log or the read models trail it by more than READY_MAX_PROJECTION_LAG.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.checks.check([
      () => this.readiness.eventStore(),
      () => this.readiness.storageSpace(),
      () => this.readiness.workersRunning(),
      () => this.readiness.projectionLag(),
    ]);
  }

  /**
   * The summary: answers when the event store does; the head position shows the log is moving, the lag how
   * far read models trail it. With the Kafka relay on, `relay` shows how far Kafka trails the
   * log; a broker that is down delays publishing but leaves the service ready.
   */
  @Get()
  async health(): Promise<Health> {
    const health: Health = {
      status: 'ok',
      headPosition: await this.store.headPosition(),
      projectionLag: {
        clientSummaries: await this.summaries.lag(),
        terminations: await this.terminations.lag(),
        worklist: await this.worklist.lag(),
      },
      instance: INSTANCE_ID,
      roles: [...this.roles],
      workers: this.workers.status(),
    };
    if (!this.relay) return health;
    const { lag, checkpoint, consecutiveFailures, lastError } = await this.relay.status();
    return { ...health, relay: { lag, checkpoint, publishing: consecutiveFailures === 0, lastError } };
  }
}

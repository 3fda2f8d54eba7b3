import { Inject, Injectable, type OnModuleInit, Optional } from '@nestjs/common';
import { ClientSummaryProjection, EventRelay, type SingletonState, TerminationProcessManager } from '@client-lifecycle/application';
import { EVENT_STORE, type EventStore } from '@client-lifecycle/ports';
import { SingletonWorkers } from '../workers';
import { AppMetrics } from './app-metrics';

const LEASE_STATES: readonly SingletonState[] = ['active', 'standby', 'stopped'];

/** Figures read from the log, the projections, the relay and the leases at each scrape. */
@Injectable()
export class ScrapeGauges implements OnModuleInit {
  constructor(
    @Inject(AppMetrics) private readonly metrics: AppMetrics,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ClientSummaryProjection) private readonly summaries: ClientSummaryProjection,
    @Inject(TerminationProcessManager) private readonly terminations: TerminationProcessManager,
    @Inject(SingletonWorkers) private readonly workers: SingletonWorkers,
    @Optional() @Inject(EventRelay) private readonly relay?: EventRelay,
  ) {}

  onModuleInit(): void {
    const { metrics } = this;
    metrics.gauge('client_lifecycle_head_position', 'Global position of the last event in the log.', [], async (gauge) =>
      gauge.set(await this.store.headPosition()),
    );
    metrics.gauge('client_lifecycle_client_summaries_lag_events', 'Events the client list has not projected yet.', [], async (gauge) =>
      gauge.set(await this.summaries.lag()),
    );
    metrics.gauge('client_lifecycle_projection_lag_events', 'Events each read model has not projected yet.', ['projection'], async (gauge) => {
      gauge.set({ projection: 'client_summaries' }, await this.summaries.lag());
      gauge.set({ projection: 'terminations' }, await this.terminations.lag());
    });
    metrics.gauge(
      'client_lifecycle_worker_lease',
      'Per singleton role of this process: 1 for its lease state (active, standby, stopped).',
      ['role', 'state'],
      (gauge) => {
        gauge.reset();
        for (const [role, state] of Object.entries(this.workers.status()))
          for (const candidate of LEASE_STATES) gauge.set({ role, state: candidate }, candidate === state ? 1 : 0);
      },
    );
    if (this.relay) this.relayGauges(this.relay);
  }

  private relayGauges(relay: EventRelay): void {
    const figures: Array<[string, string, (status: Awaited<ReturnType<EventRelay['status']>>) => number]> = [
      ['client_lifecycle_relay_lag_events', 'Events in the log not yet acknowledged by Kafka.', (status) => status.lag],
      ['client_lifecycle_relay_checkpoint_position', 'Last log position Kafka acknowledged.', (status) => status.checkpoint],
      ['client_lifecycle_relay_published_events_total', 'Events acknowledged by Kafka since start.', (status) => status.publishedEvents],
      ['client_lifecycle_relay_published_risk_records_total', 'Risk records acknowledged by Kafka since start.', (status) => status.publishedRiskRecords],
      ['client_lifecycle_relay_failed_attempts_total', 'Publish attempts Kafka did not acknowledge since start.', (status) => status.failedAttempts],
      [
        'client_lifecycle_relay_consecutive_failures',
        'Failed attempts since the last acknowledged batch (0 while Kafka answers).',
        (status) => status.consecutiveFailures,
      ],
    ];
    for (const [name, help, read] of figures) this.metrics.gauge(name, help, [], async (gauge) => gauge.set(read(await relay.status())));
  }
}

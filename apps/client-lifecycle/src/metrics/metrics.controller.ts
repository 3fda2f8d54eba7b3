import { Controller, Get, Header, Inject, Optional } from '@nestjs/common';
import { ClientSummaryProjection, EventRelay } from '@client-lifecycle/application';
import { EVENT_STORE, type EventStore } from '@client-lifecycle/ports';
import { type MetricSample, prometheusText } from './prometheus.format';

@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ClientSummaryProjection) private readonly summaries: ClientSummaryProjection,
    @Optional() @Inject(EventRelay) private readonly relay?: EventRelay,
  ) {}

  /** For a Prometheus scrape: how far the log went and how far its followers trail it. */
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(): Promise<string> {
    const samples: MetricSample[] = [
      { name: 'client_lifecycle_head_position', help: 'Global position of the last event in the log.', type: 'gauge', value: await this.store.headPosition() },
      { name: 'client_lifecycle_client_summaries_lag_events', help: 'Events the client list has not projected yet.', type: 'gauge', value: await this.summaries.lag() },
    ];
    if (this.relay) {
      const status = await this.relay.status();
      samples.push(
        { name: 'client_lifecycle_relay_lag_events', help: 'Events in the log not yet acknowledged by Kafka.', type: 'gauge', value: status.lag },
        { name: 'client_lifecycle_relay_checkpoint_position', help: 'Last log position Kafka acknowledged.', type: 'gauge', value: status.checkpoint },
        { name: 'client_lifecycle_relay_published_events_total', help: 'Events acknowledged by Kafka since start.', type: 'counter', value: status.publishedEvents },
        { name: 'client_lifecycle_relay_published_risk_records_total', help: 'Risk records acknowledged by Kafka since start.', type: 'counter', value: status.publishedRiskRecords },
        { name: 'client_lifecycle_relay_failed_attempts_total', help: 'Publish attempts Kafka did not acknowledge since start.', type: 'counter', value: status.failedAttempts },
        { name: 'client_lifecycle_relay_consecutive_failures', help: 'Failed attempts since the last acknowledged batch (0 while Kafka answers).', type: 'gauge', value: status.consecutiveFailures },
      );
    }
    return prometheusText(samples);
  }
}

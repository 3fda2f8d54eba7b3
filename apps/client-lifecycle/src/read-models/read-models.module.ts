import { Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ClientSummaryProjection, RiskChangeFeed } from '@client-lifecycle/application';
import { CLIENT_SUMMARY_STORE, type ClientSummaryStore, EVENT_STORE, type EventStore } from '@client-lifecycle/ports';

class ProjectionLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');

  constructor(
    @Inject(ClientSummaryProjection) private readonly projection: ClientSummaryProjection,
    @Inject(CLIENT_SUMMARY_STORE) private readonly summaries: ClientSummaryStore,
  ) {}

  onApplicationBootstrap(): void {
    this.projection.start((error) => this.logger.error(`client summaries stopped following the log: ${error instanceof Error ? error.message : String(error)}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.projection.stop();
    await this.summaries.close();
  }
}

/** Read models that follow the event log in this process. */
@Module({
  providers: [
    {
      provide: ClientSummaryProjection,
      inject: [EVENT_STORE, CLIENT_SUMMARY_STORE, RiskChangeFeed],
      useFactory: (events: EventStore, summaries: ClientSummaryStore, feed: RiskChangeFeed) =>
        new ClientSummaryProjection(events, summaries, undefined, undefined, (change) => feed.publish(change)),
    },
    ProjectionLifecycle,
  ],
  exports: [ClientSummaryProjection],
})
export class ReadModelsModule {}

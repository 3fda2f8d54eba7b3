import { Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ClientSummaryProjection, RiskChangeFeed } from '@client-lifecycle/application';
import { CLIENT_SUMMARY_STORE, type ClientSummaryStore, EVENT_STORE, type EventStore } from '@client-lifecycle/ports';
import { SingletonWorkers, WorkerFaults } from '../workers';

class ProjectionLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');

  constructor(
    @Inject(ClientSummaryProjection) private readonly projection: ClientSummaryProjection,
    @Inject(CLIENT_SUMMARY_STORE) private readonly summaries: ClientSummaryStore,
    @Inject(SingletonWorkers) private readonly workers: SingletonWorkers,
    @Inject(WorkerFaults) private readonly faults: WorkerFaults,
  ) {}

  /** In a process with the projector role, the client list follows the log while this process holds the projector lease. */
  onModuleInit(): void {
    const onError = (error: unknown) => {
      this.faults.report('projector', error);
      this.logger.error(`client summaries stopped following the log: ${error instanceof Error ? error.message : String(error)}`);
    };
    this.workers.register('projector', {
      start: () => this.projection.start(onError),
      stop: () => this.projection.stop(),
      tick: () => void this.projection.catchUp().catch(onError),
    });
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

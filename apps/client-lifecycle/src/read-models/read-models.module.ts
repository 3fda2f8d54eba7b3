import { type DynamicModule, Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ClientFolds, ClientSummaryProjection, RiskChangeFeed, WorklistProjection } from '@client-lifecycle/application';
import {
  CLIENT_SUMMARY_STORE,
  type ClientSummaryStore,
  CLOCK,
  type Clock,
  EVENT_STORE,
  type EventStore,
  WORKLIST_STORE,
  type WorklistStore,
} from '@client-lifecycle/ports';
import type { AppConfig } from '../config';
import { SingletonWorkers, WorkerFaults } from '../workers';

class ProjectionLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');

  constructor(
    @Inject(ClientSummaryProjection) private readonly projection: ClientSummaryProjection,
    @Inject(CLIENT_SUMMARY_STORE) private readonly summaries: ClientSummaryStore,
    @Inject(WorklistProjection) private readonly worklist: WorklistProjection,
    @Inject(WORKLIST_STORE) private readonly worklistStore: WorklistStore,
    @Inject(SingletonWorkers) private readonly workers: SingletonWorkers,
    @Inject(WorkerFaults) private readonly faults: WorkerFaults,
  ) {}

  /** In a process with the projector role, the client list follows the log while this process holds the projector lease. */
  onModuleInit(): void {
    const onError = (error: unknown) => {
      this.faults.report('projector', error);
      this.logger.error(`client summaries stopped following the log: ${error instanceof Error ? error.message : String(error)}`);
    };
    const onWorklistError = (error: unknown) => {
      this.faults.report('projector', error);
      this.logger.error(`the worklist stopped following the log: ${error instanceof Error ? error.message : String(error)}`);
    };
    // The worklist follows the log beside the client list, under the same projector lease.
    this.workers.register('projector', {
      start: () => {
        this.projection.start(onError);
        this.worklist.start(onWorklistError);
      },
      stop: async () => {
        await Promise.all([this.projection.stop(), this.worklist.stop()]);
      },
      tick: () => {
        void this.swapInReadyRebuild()
          .then(() => this.projection.catchUp())
          .catch(onError);
        void this.worklist.catchUp().catch(onWorklistError);
      },
    });
  }

  /** A list `npm run rebuild` built beside the live one is swapped in by the projector, its one writer. */
  private async swapInReadyRebuild(): Promise<void> {
    const position = await this.projection.swapInReady(this.summaries);
    if (position !== null) this.logger.log(`swapped in the rebuilt client list at position ${position}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.projection.stop();
    await this.worklist.stop();
    await this.summaries.close();
    await this.worklistStore.close();
  }
}

/** Read models that follow the event log in this process. */
@Module({})
export class ReadModelsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ReadModelsModule,
      providers: [
        {
          provide: ClientSummaryProjection,
          // The commands' folds of this process, just folded: the projector takes a client from there rather than folding its stream again.
          inject: [EVENT_STORE, CLIENT_SUMMARY_STORE, CLOCK, RiskChangeFeed, ClientFolds],
          useFactory: (events: EventStore, summaries: ClientSummaryStore, clock: Clock, feed: RiskChangeFeed, histories: ClientFolds) =>
            new ClientSummaryProjection(events, summaries, clock, {
              cacheClients: config.foldCacheClients,
              onRiskChange: (change) => feed.publish(change),
              histories,
            }),
        },
        {
          provide: WorklistProjection,
          inject: [EVENT_STORE, WORKLIST_STORE, CLOCK, ClientFolds],
          useFactory: (events: EventStore, worklist: WorklistStore, clock: Clock, histories: ClientFolds) =>
            new WorklistProjection(events, worklist, clock, { cacheClients: config.foldCacheClients, histories }),
        },
        ProjectionLifecycle,
      ],
      exports: [ClientSummaryProjection, WorklistProjection],
    };
  }
}

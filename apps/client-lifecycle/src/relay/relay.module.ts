import { type DynamicModule, Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { KafkaPublisher } from '@client-lifecycle/adapters';
import { ClientSummaryFolder, EventRelay, RELAY_TOPICS } from '@client-lifecycle/application';
import { CHECKPOINT_STORE, type CheckpointStore, type EventStore, PUBLISHER, type Publisher } from '@client-lifecycle/ports';
import type { AppConfig } from '../config';
import { openCheckpointStore, STORED_EVENT_STORE } from '../infrastructure';
import { SingletonWorkers, WorkerFaults } from '../workers';

class RelayLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('KafkaRelay');

  constructor(
    @Inject(EventRelay) private readonly relay: EventRelay,
    @Inject(PUBLISHER) private readonly publisher: Publisher,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(SingletonWorkers) private readonly workers: SingletonWorkers,
    @Inject(WorkerFaults) private readonly faults: WorkerFaults,
  ) {}

  /** In a process with the relay role, the log goes to Kafka while this process holds the relay lease. */
  onModuleInit(): void {
    const onError = (error: unknown) => {
      this.faults.report('relay', error);
      this.logger.error(`the relay stopped following the log: ${error instanceof Error ? error.message : String(error)}`);
    };
    this.workers.register('relay', {
      start: () => this.relay.start(onError),
      stop: () => this.relay.stop(),
      tick: () => this.relay.nudge(),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.publisher.close();
    await this.checkpoints.close();
  }
}

/** Publishes the log to Kafka when KAFKA_BROKERS names brokers; otherwise provides nothing. */
@Module({})
export class RelayModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (config.kafkaBrokers.length === 0) return { module: RelayModule };
    const logger = new Logger('KafkaRelay');
    return {
      module: RelayModule,
      providers: [
        {
          provide: CHECKPOINT_STORE,
          useFactory: (): Promise<CheckpointStore> => openCheckpointStore(config),
        },
        {
          provide: PUBLISHER,
          useFactory: (): Publisher =>
            new KafkaPublisher({
              brokers: config.kafkaBrokers,
              topics: config.kafkaCreateTopics ? RELAY_TOPICS : [],
              log: (level, message) => (level === 'error' ? logger.error(message) : level === 'warn' ? logger.warn(message) : logger.verbose(message)),
            }),
        },
        {
          provide: EventRelay,
          // As stored: personal fields leave encrypted, so Kafka never holds them in clear and an erasure shreds them there too.
          inject: [STORED_EVENT_STORE, CHECKPOINT_STORE, PUBLISHER],
          useFactory: (events: EventStore, checkpoints: CheckpointStore, publisher: Publisher) =>
            new EventRelay(events, checkpoints, publisher, {
              risk: new ClientSummaryFolder(events, { cacheClients: config.foldCacheClients }),
              lastRiskClients: config.foldCacheClients,
              log: (message) => logger.warn(message),
            }),
        },
        RelayLifecycle,
      ],
      exports: [EventRelay],
    };
  }
}

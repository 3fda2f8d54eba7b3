import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import {
  ClientCommandHandler,
  ClientFolds,
  ClientInsightQueries,
  ClientQueries,
  TerminationCommandHandler,
  TerminationDeadlines,
  TerminationProcessManager,
  TerminationProgressFeed,
  TerminationQueries,
  TerminationService,
} from '@client-lifecycle/application';
import {
  CLOCK,
  type Clock,
  EVENT_STORE,
  type EventStore,
  ID_GENERATOR,
  type IdGenerator,
  TERMINATION_STORE,
  type TerminationStore,
} from '@client-lifecycle/ports';
import type { AppConfig } from '../config';
import { openTerminationStore } from '../infrastructure';
import { SingletonWorkers, WorkerFaults } from '../workers';

class TerminationProcessLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('TerminationProcess');

  constructor(
    @Inject(TerminationProcessManager) private readonly processManager: TerminationProcessManager,
    @Inject(TERMINATION_STORE) private readonly store: TerminationStore,
    @Inject(SingletonWorkers) private readonly workers: SingletonWorkers,
    @Inject(WorkerFaults) private readonly faults: WorkerFaults,
  ) {}

  /** In a process with the saga role, the process manager follows the log while this process holds the saga lease. */
  onModuleInit(): void {
    const onError = (error: unknown) => {
      this.faults.report('saga', error);
      this.logger.error(`the termination process stopped following the log: ${error instanceof Error ? error.message : String(error)}`);
    };
    this.workers.register('saga', {
      start: () => this.processManager.start(onError),
      stop: () => this.processManager.stop(),
      tick: () => void this.processManager.catchUp().catch(onError),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.processManager.stop();
    await this.store.close();
  }
}

/**
 * The termination saga: its command handler and service, the process manager following the log
 * (a singleton worker of the saga role), its store, queries, progress feed and
 * the deadline handler the scheduler fires.
 */
@Global()
@Module({})
export class TerminationModule {
  static forRoot(config: AppConfig): DynamicModule {
    const logger = new Logger('TerminationProcess');
    return {
      module: TerminationModule,
      providers: [
        {
          provide: TERMINATION_STORE,
          useFactory: (): Promise<TerminationStore> => openTerminationStore(config),
        },
        {
          provide: TerminationCommandHandler,
          inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
          useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new TerminationCommandHandler(store, clock, ids),
        },
        {
          provide: TerminationService,
          inject: [TerminationCommandHandler, EVENT_STORE, CLOCK, TERMINATION_STORE, ClientFolds, ClientCommandHandler],
          useFactory: (
            handler: TerminationCommandHandler,
            events: EventStore,
            clock: Clock,
            store: TerminationStore,
            folds: ClientFolds,
            commands: ClientCommandHandler,
          ) => {
            const clients = new ClientQueries(events, folds);
            return new TerminationService(handler, events, clients, new ClientInsightQueries(events, clock, undefined, clients), store, commands);
          },
        },
        {
          provide: TerminationQueries,
          inject: [EVENT_STORE, TERMINATION_STORE, CLOCK],
          useFactory: (events: EventStore, store: TerminationStore, clock: Clock) => new TerminationQueries(events, store, clock),
        },
        TerminationProgressFeed,
        {
          provide: TerminationProcessManager,
          inject: [EVENT_STORE, TERMINATION_STORE, TerminationCommandHandler, ClientCommandHandler, TerminationProgressFeed],
          useFactory: (
            events: EventStore,
            store: TerminationStore,
            terminations: TerminationCommandHandler,
            clients: ClientCommandHandler,
            feed: TerminationProgressFeed,
          ) =>
            new TerminationProcessManager(events, store, terminations, clients, {
              log: (message) => logger.warn(message),
              onProgress: (progress) => feed.publish(progress),
            }),
        },
        {
          provide: TerminationDeadlines,
          inject: [TerminationCommandHandler],
          useFactory: (handler: TerminationCommandHandler) => new TerminationDeadlines(handler),
        },
        {
          provide: TerminationProcessLifecycle,
          inject: [TerminationProcessManager, TERMINATION_STORE, SingletonWorkers, WorkerFaults],
          useFactory: (processManager: TerminationProcessManager, store: TerminationStore, workers: SingletonWorkers, faults: WorkerFaults) =>
            new TerminationProcessLifecycle(processManager, store, workers, faults),
        },
      ],
      exports: [TERMINATION_STORE, TerminationService, TerminationQueries, TerminationProgressFeed, TerminationDeadlines, TerminationProcessManager],
    };
  }
}

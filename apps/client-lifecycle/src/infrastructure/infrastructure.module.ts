import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { type PersonalDataEventStore, SystemClock, UuidV7Generator } from '@client-lifecycle/adapters';
import { ClientCommandHandler, ClientFolds, RiskChangeFeed } from '@client-lifecycle/application';
import {
  CLIENT_SUMMARY_STORE,
  CLOCK,
  type Clock,
  type ClientSummaryStore,
  EVENT_STORE,
  type EventStore,
  ID_GENERATOR,
  type IdGenerator,
  WORKLIST_STORE,
  type WorklistStore,
} from '@client-lifecycle/ports';
import type { AppConfig } from '../config';
import { AppMetrics } from '../metrics';
import { observedEventStore, StorageState, traced } from '../telemetry';
import { openClientSummaryStore, openStoredEventStore, openWorklistStore, withPersonalData } from './stores';

/** The log as stored (personal fields encrypted): what the Kafka relay publishes. Everyone else reads EVENT_STORE. */
export const STORED_EVENT_STORE = Symbol('StoredEventStore');

class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Writes appends still queued for the next group commit before the process exits. */
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Chooses the adapters behind each port, from validated configuration only, and shares the one command handler and its cache of folded clients. */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: CLOCK, useClass: SystemClock },
        { provide: ID_GENERATOR, useClass: UuidV7Generator },
        {
          provide: STORED_EVENT_STORE,
          inject: [CLOCK, AppMetrics, StorageState],
          useFactory: async (clock: Clock, metrics: AppMetrics, storage: StorageState): Promise<EventStore> =>
            observedEventStore(
              await openStoredEventStore(
                config,
                clock,
                (error) => new Logger('KurrentDB').warn(`$all subscription failed, resubscribing: ${error instanceof Error ? error.message : String(error)}`),
                (appends) => metrics.groupCommitAppends.observe(appends),
              ),
              metrics,
              storage,
            ),
        },
        {
          provide: EVENT_STORE,
          inject: [STORED_EVENT_STORE],
          useFactory: (stored: EventStore): Promise<PersonalDataEventStore> =>
            withPersonalData(config, stored, (message) => new Logger('PersonalData').warn(message)),
        },
        {
          provide: CLIENT_SUMMARY_STORE,
          useFactory: async (): Promise<ClientSummaryStore> => traced('clientSummaryStore', await openClientSummaryStore(config), ['list', 'commit']),
        },
        {
          provide: WORKLIST_STORE,
          useFactory: async (): Promise<WorklistStore> => traced('worklistStore', await openWorklistStore(config), ['list', 'commit']),
        },
        {
          provide: ClientFolds,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore) => new ClientFolds(store, { budgetBytes: config.clientCacheMb * 1024 * 1024 }),
        },
        {
          provide: ClientCommandHandler,
          inject: [EVENT_STORE, CLOCK, ID_GENERATOR, ClientFolds],
          useFactory: (store: EventStore, clock: Clock, ids: IdGenerator, folds: ClientFolds) =>
            traced('ClientCommandHandler', new ClientCommandHandler(store, clock, ids, { maxAttempts: 5 }, folds), ['handle']),
        },
        RiskChangeFeed,
        EventStoreLifecycle,
      ],
      exports: [CLOCK, ID_GENERATOR, STORED_EVENT_STORE, EVENT_STORE, CLIENT_SUMMARY_STORE, WORKLIST_STORE, ClientFolds, ClientCommandHandler, RiskChangeFeed],
    };
  }
}

import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { PersonalDataEventStore } from '@client-lifecycle/adapters';
import { ClientDataExporter, ClientErasure, ClientFolds } from '@client-lifecycle/application';
import {
  CLOCK,
  type Clock,
  EVENT_STORE,
  type EventStore,
  ID_GENERATOR,
  type IdGenerator,
  PERSONAL_DATA_KEYS,
  type PersonalDataKeys,
  TERMINATION_STORE,
  type TerminationStore,
} from '@client-lifecycle/ports';

/** Personal data requests: the access export and erasure; see docs/personal-data.md. */
@Global()
@Module({})
export class PrivacyModule {
  static forRoot(): DynamicModule {
    return {
      module: PrivacyModule,
      providers: [
        {
          provide: ClientDataExporter,
          inject: [EVENT_STORE, TERMINATION_STORE, CLOCK],
          useFactory: (events: EventStore, terminations: TerminationStore, clock: Clock) => new ClientDataExporter(events, terminations, clock),
        },
        // The keys the decorated log reads with: destroying one there is seen by every reader in this process at once.
        { provide: PERSONAL_DATA_KEYS, inject: [EVENT_STORE], useFactory: (events: PersonalDataEventStore): PersonalDataKeys => events.keys },
        {
          provide: ClientErasure,
          inject: [EVENT_STORE, PERSONAL_DATA_KEYS, ClientFolds, CLOCK, ID_GENERATOR],
          useFactory: (events: EventStore, keys: PersonalDataKeys, folds: ClientFolds, clock: Clock, ids: IdGenerator) =>
            new ClientErasure(events, keys, folds, clock, ids),
        },
      ],
      exports: [ClientDataExporter, ClientErasure, PERSONAL_DATA_KEYS],
    };
  }
}

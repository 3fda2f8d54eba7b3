import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ClientDataExporter } from '@client-lifecycle/application';
import { CLOCK, type Clock, EVENT_STORE, type EventStore, TERMINATION_STORE, type TerminationStore } from '@client-lifecycle/ports';

/** Personal data requests: the access export (and erasure); see docs/personal-data.md. */
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
      ],
      exports: [ClientDataExporter],
    };
  }
}

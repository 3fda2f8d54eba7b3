import { join } from 'node:path';
import { type DynamicModule, Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InMemoryTimerStore, SqliteTimerStore } from '@client-lifecycle/adapters';
import { ClientCommandHandler, Scheduler, TerminationDeadlines } from '@client-lifecycle/application';
import { CLOCK, type Clock, EVENT_STORE, type EventStore, TIMER_STORE, type TimerStore } from '@client-lifecycle/ports';
import type { AppConfig } from '../config';

export const TIMER_FILE_NAME = 'scheduler.sqlite';

class SchedulerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(Scheduler) private readonly scheduler: Scheduler,
    @Inject(TIMER_STORE) private readonly timers: TimerStore,
    private readonly enabled: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (this.enabled) this.scheduler.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scheduler.stop();
    await this.timers.close();
  }
}

/** Durable timers and the scheduler that fires them; SCHEDULER=off leaves firing to another process. */
@Module({})
export class SchedulingModule {
  static forRoot(config: AppConfig): DynamicModule {
    const logger = new Logger('Scheduler');
    return {
      module: SchedulingModule,
      providers: [
        {
          provide: TIMER_STORE,
          useFactory: (): TimerStore =>
            config.eventStore === 'memory' ? new InMemoryTimerStore() : SqliteTimerStore.open(join(config.dataDir, TIMER_FILE_NAME)),
        },
        {
          provide: Scheduler,
          inject: [EVENT_STORE, TIMER_STORE, ClientCommandHandler, CLOCK, TerminationDeadlines],
          useFactory: (store: EventStore, timers: TimerStore, handler: ClientCommandHandler, clock: Clock, deadlines: TerminationDeadlines) =>
            new Scheduler(store, timers, handler, clock, { log: (message) => logger.log(message), deadlines }),
        },
        {
          provide: SchedulerLifecycle,
          inject: [Scheduler, TIMER_STORE],
          useFactory: (scheduler: Scheduler, timers: TimerStore) => new SchedulerLifecycle(scheduler, timers, config.scheduler),
        },
      ],
    };
  }
}

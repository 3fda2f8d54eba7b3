import { type DynamicModule, Inject, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ClientCommandHandler, Scheduler, TerminationDeadlines } from '@client-lifecycle/application';
import { CLOCK, type Clock, EVENT_STORE, type EventStore, TIMER_STORE, type TimerStore } from '@client-lifecycle/ports';
import type { AppConfig } from '../config';
import { openTimerStore } from '../infrastructure';
import { AppMetrics } from '../metrics';
import { SingletonWorkers } from '../workers';

class SchedulerLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(Scheduler) private readonly scheduler: Scheduler,
    @Inject(TIMER_STORE) private readonly timers: TimerStore,
    private readonly workers: SingletonWorkers,
    private readonly enabled: boolean,
  ) {}

  /** With the scheduler role (and SCHEDULER=on), timers fire in the one process holding the scheduler lease. */
  onModuleInit(): void {
    if (!this.enabled) return;
    this.workers.register('scheduler', {
      start: () => this.scheduler.start(),
      stop: () => this.scheduler.stop(),
      tick: () => this.scheduler.wake(),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.scheduler.stop();
    await this.timers.close();
  }
}

/** Durable timers and the scheduler that fires them; SCHEDULER=off or a process without the scheduler role leaves firing to another. */
@Module({})
export class SchedulingModule {
  static forRoot(config: AppConfig): DynamicModule {
    const logger = new Logger('Scheduler');
    return {
      module: SchedulingModule,
      providers: [
        {
          provide: TIMER_STORE,
          useFactory: (): Promise<TimerStore> => openTimerStore(config),
        },
        {
          provide: Scheduler,
          inject: [EVENT_STORE, TIMER_STORE, ClientCommandHandler, CLOCK, TerminationDeadlines, AppMetrics],
          useFactory: (
            store: EventStore,
            timers: TimerStore,
            handler: ClientCommandHandler,
            clock: Clock,
            deadlines: TerminationDeadlines,
            metrics: AppMetrics,
          ) => {
            metrics.gauge('client_lifecycle_scheduler_due_timers', 'Timers due today or earlier and not fired yet (counted up to 10,000).', [], async (gauge) =>
              gauge.set((await timers.due(clock.now().toISOString().slice(0, 10), 10_000)).length),
            );
            return new Scheduler(store, timers, handler, clock, {
              log: (message) => logger.log(message),
              onFired: (count) => metrics.firedTimers.inc(count),
              deadlines,
            });
          },
        },
        {
          provide: SchedulerLifecycle,
          inject: [Scheduler, TIMER_STORE, SingletonWorkers],
          useFactory: (scheduler: Scheduler, timers: TimerStore, workers: SingletonWorkers) =>
            new SchedulerLifecycle(scheduler, timers, workers, config.scheduler),
        },
      ],
    };
  }
}

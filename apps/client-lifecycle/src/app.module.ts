import { type DynamicModule, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { GraphqlApiModule } from '@client-lifecycle/graphql-api';
import type { Logger } from 'pino';
import { AccessModule } from './access';
import type { AppConfig } from './config';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController, READINESS_LIMITS, ReadinessIndicators, type ReadinessLimits } from './health';
import { InfrastructureModule } from './infrastructure';
import { LoggingModule } from './logging';
import { MetricsController, MetricsModule, ScrapeGauges } from './metrics';
import { PrivacyModule } from './privacy';
import { ProcessLifecycleLog } from './process-lifecycle.log';
import { type Tracing, TracingInterceptor } from './telemetry';
import { ReadModelsModule } from './read-models';
import { RelayModule } from './relay';
import { SchedulingModule } from './scheduling';
import { WorkersModule } from './workers';
import { TerminationModule } from './termination';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger, tracing: Tracing | null = null): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot(logger),
        MetricsModule,
        // Failed checks are in the 503 body; a log line per probe would drown the rest.
        TerminusModule.forRoot({ logger: false }),
        InfrastructureModule.forRoot(config),
        AccessModule.forRoot(config),
        WorkersModule.forRoot(config),
        ReadModelsModule.forRoot(config),
        TerminationModule.forRoot(config),
        SchedulingModule.forRoot(config),
        RelayModule.forRoot(config),
        PrivacyModule.forRoot(),
        // A process without the api role serves /health and /metrics only.
        ...(config.roles.has('api')
          ? [
              GraphqlApiModule.forRoot({
                schemaFile: true,
                limits: config.limits,
                paymentPlanLimits: config.paymentPlanLimits,
                assessmentCacheBytes: config.assessmentCacheMb * 1024 * 1024,
              }),
            ]
          : []),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        ProcessLifecycleLog,
        ScrapeGauges,
        ReadinessIndicators,
        { provide: READINESS_LIMITS, useValue: readinessLimits(config) },
        ...(tracing
          ? [
              { provide: APP_INTERCEPTOR, useClass: TracingInterceptor },
              { provide: TracingLifecycle, useValue: new TracingLifecycle(tracing) },
            ]
          : []),
      ],
    };
  }
}

/** Sends the last spans after everything else stopped. */
class TracingLifecycle implements OnApplicationShutdown {
  constructor(private readonly tracing: Tracing) {}

  async onApplicationShutdown(): Promise<void> {
    await this.tracing.shutdown();
  }
}

function readinessLimits(config: AppConfig): ReadinessLimits {
  const usesDataDir = config.eventStore === 'sqlite' || config.readModelStore === 'sqlite' || config.leases === 'files';
  return {
    dataDir: usesDataDir ? config.dataDir : null,
    minFreeDiskMb: config.operations.readyMinFreeDiskMb,
    maxProjectionLag: config.operations.readyMaxProjectionLag,
  };
}

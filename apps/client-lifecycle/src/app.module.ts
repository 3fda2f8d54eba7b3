import { type DynamicModule, Module } from '@nestjs/common';
import { GraphqlApiModule } from '@client-lifecycle/graphql-api';
import type { Logger } from 'pino';
import type { AppConfig } from './config';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController, READINESS_LIMITS, ReadinessIndicators, type ReadinessLimits } from './health';
import { InfrastructureModule } from './infrastructure';
import { LoggingModule } from './logging';
import { MetricsController, MetricsModule, ScrapeGauges } from './metrics';
import { ProcessLifecycleLog } from './process-lifecycle.log';
import { ReadModelsModule } from './read-models';
import { RelayModule } from './relay';
import { SchedulingModule } from './scheduling';
import { WorkersModule } from './workers';
import { TerminationModule } from './termination';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot(logger),
        MetricsModule,
        // Failed checks are in the 503 body; a log line per probe would drown the rest.
        TerminusModule.forRoot({ logger: false }),
        InfrastructureModule.forRoot(config),
        WorkersModule.forRoot(config),
        ReadModelsModule,
        TerminationModule.forRoot(config),
        SchedulingModule.forRoot(config),
        RelayModule.forRoot(config),
        // A process without the api role serves /health and /metrics only.
        ...(config.roles.has('api') ? [GraphqlApiModule.forRoot({ schemaFile: true })] : []),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        ProcessLifecycleLog,
        ScrapeGauges,
        ReadinessIndicators,
        { provide: READINESS_LIMITS, useValue: readinessLimits(config) },
      ],
    };
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

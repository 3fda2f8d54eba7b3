import { type DynamicModule, Module } from '@nestjs/common';
import { GraphqlApiModule } from '@client-lifecycle/graphql-api';
import type { AppConfig } from './config';
import { HealthController } from './health';
import { InfrastructureModule } from './infrastructure';
import { MetricsController } from './metrics';
import { PrivacyModule } from './privacy';
import { ReadModelsModule } from './read-models';
import { RelayModule } from './relay';
import { SchedulingModule } from './scheduling';
import { WorkersModule } from './workers';
import { TerminationModule } from './termination';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config),
        WorkersModule.forRoot(config),
        ReadModelsModule,
        TerminationModule.forRoot(config),
        SchedulingModule.forRoot(config),
        RelayModule.forRoot(config),
        PrivacyModule.forRoot(),
        // A process without the api role serves /health and /metrics only.
        ...(config.roles.has('api') ? [GraphqlApiModule.forRoot({ schemaFile: true })] : []),
      ],
      controllers: [HealthController, MetricsController],
    };
  }
}

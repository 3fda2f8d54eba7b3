import { type DynamicModule, Module } from '@nestjs/common';
import { GraphqlApiModule } from '@client-lifecycle/graphql-api';
import type { AppConfig } from './config';
import { HealthController } from './health';
import { InfrastructureModule } from './infrastructure';
import { MetricsController } from './metrics';
import { ReadModelsModule } from './read-models';
import { RelayModule } from './relay';
import { SchedulingModule } from './scheduling';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [InfrastructureModule.forRoot(config), ReadModelsModule, SchedulingModule.forRoot(config), GraphqlApiModule.forRoot({ schemaFile: true }), RelayModule.forRoot(config)],
      controllers: [HealthController, MetricsController],
    };
  }
}

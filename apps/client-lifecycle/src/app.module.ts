import { type DynamicModule, Module } from '@nestjs/common';
import { GraphqlApiModule } from '@client-lifecycle/graphql-api';
import type { AppConfig } from './config';
import { HealthController } from './health';
import { InfrastructureModule } from './infrastructure';
import { ReadModelsModule } from './read-models';
import { SchedulingModule } from './scheduling';
import { TerminationModule } from './termination';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config),
        ReadModelsModule,
        TerminationModule.forRoot(config),
        SchedulingModule.forRoot(config),
        GraphqlApiModule.forRoot({ schemaFile: true }),
      ],
      controllers: [HealthController],
    };
  }
}

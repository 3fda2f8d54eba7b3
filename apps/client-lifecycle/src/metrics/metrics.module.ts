import { Global, Module } from '@nestjs/common';
import { AppMetrics } from './app-metrics';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin';

/** One registry per process, for every module that counts something. */
@Global()
@Module({
  providers: [{ provide: AppMetrics, useFactory: () => new AppMetrics() }, GraphqlMetricsPlugin],
  exports: [AppMetrics],
})
export class MetricsModule {}

import { Global, Module } from '@nestjs/common';
import { StorageState } from '../telemetry/storage-state';
import { AppMetrics } from './app-metrics';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin';

/** One registry per process for every module that counts something, and what the storage last said about space. */
@Global()
@Module({
  providers: [{ provide: AppMetrics, useFactory: () => new AppMetrics() }, GraphqlMetricsPlugin, StorageState],
  exports: [AppMetrics, StorageState],
})
export class MetricsModule {}

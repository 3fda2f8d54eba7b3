export * from './app-metrics';
export * from './graphql-metrics.plugin';
export * from './http-metrics.middleware';
export * from './metrics.controller';
export * from './metrics.module';
export * from './scrape-gauges';

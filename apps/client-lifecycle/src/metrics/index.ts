export * from './metrics.controller';

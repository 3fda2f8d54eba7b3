export * from './client-summary.port';

export * from './client-summary.port';
export * from './client-search';

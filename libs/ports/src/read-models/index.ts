export * from './client-summary.port';
export * from './client-search';
export * from './worklist.port';

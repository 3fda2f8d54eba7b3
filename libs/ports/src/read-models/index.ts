export * from './client-summary.port';
export * from './worklist.port';

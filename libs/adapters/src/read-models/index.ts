export * from './in-memory.client-summary.store';
export * from './sqlite.client-summary.store';
export * from './postgres.client-summary.store';

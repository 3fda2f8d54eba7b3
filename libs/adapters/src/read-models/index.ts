export * from './in-memory.client-summary.store';
export * from './sqlite.client-summary.store';
export * from './postgres.client-summary.store';
export * from './in-memory.worklist.store';
export * from './sqlite.worklist.store';
export * from './postgres.worklist.store';

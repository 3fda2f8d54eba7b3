export * from './in-memory.termination-store';
export * from './sqlite.termination-store';
export * from './postgres.termination-store';

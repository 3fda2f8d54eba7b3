export * from './in-memory.checkpoint-store';
export * from './sqlite.checkpoint-store';
export * from './postgres.checkpoint-store';

export * from './in-memory.checkpoint-store';
export * from './sqlite.checkpoint-store';

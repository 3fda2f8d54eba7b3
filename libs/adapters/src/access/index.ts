export * from './in-memory.api-key-store';
export * from './postgres.api-key-store';
export * from './sqlite.api-key-store';

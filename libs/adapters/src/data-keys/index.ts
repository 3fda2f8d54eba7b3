export * from './in-memory.data-key-store';
export * from './postgres.data-key-store';
export * from './sqlite.data-key-store';

export * from './in-memory.timer-store';
export * from './sqlite.timer-store';
export * from './postgres.timer-store';

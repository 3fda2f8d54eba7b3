export * from './in-memory.timer-store';
export * from './sqlite.timer-store';

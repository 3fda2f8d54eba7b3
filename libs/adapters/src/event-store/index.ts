export * from './kurrentdb';
export * from './memory';
export * from './sqlite';

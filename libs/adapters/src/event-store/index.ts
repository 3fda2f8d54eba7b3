export * from './kurrentdb';
export * from './memory';
export * from './postgres';
export * from './sqlite';

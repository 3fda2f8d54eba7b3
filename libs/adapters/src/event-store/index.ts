export * from './memory';
export * from './sqlite';

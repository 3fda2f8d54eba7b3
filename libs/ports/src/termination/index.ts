export * from './termination-store.port';

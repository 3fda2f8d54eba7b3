export * from './timer-store.port';

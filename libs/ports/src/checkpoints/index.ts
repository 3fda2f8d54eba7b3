export * from './checkpoint-store.port';

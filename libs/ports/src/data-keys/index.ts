export * from './data-key-store.port';

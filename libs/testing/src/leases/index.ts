export * from './lease-store.contract';

export * from './termination-store.contract';

export * from './data-key-store.contract';

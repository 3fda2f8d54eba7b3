export * from './checkpoint-store.contract';

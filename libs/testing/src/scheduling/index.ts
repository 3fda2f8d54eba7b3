export * from './timer-store.contract';

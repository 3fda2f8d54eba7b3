export * from './client-summary-store.contract';

export * from './client-summary-store.contract';
export * from './worklist-store.contract';

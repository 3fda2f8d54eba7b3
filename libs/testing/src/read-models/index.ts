export * from './client-summary-record.fixtures';
export * from './client-summary-store.contract';
export * from './worklist-store.contract';

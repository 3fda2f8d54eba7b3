export * from './observed-event-store';
export * from './storage-state';

export * from './observed-event-store';

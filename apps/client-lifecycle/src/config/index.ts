export * from './app.config';
export * from './event-store.description';
export * from './limits.config';
export * from './rebuild-heap';

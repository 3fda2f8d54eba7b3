export * from './observed-event-store';
export * from './storage-state';
export * from './traced';
export * from './tracing';
export * from './tracing.interceptor';

export * from './kurrentdb.event-store';
export { KURRENT_STREAM_CATEGORIES } from './kurrentdb.mapping';

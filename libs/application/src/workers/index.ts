export * from './singleton-worker';

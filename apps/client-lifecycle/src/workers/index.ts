export * from './singleton-workers';
export * from './workers.module';
export * from './worker-faults';

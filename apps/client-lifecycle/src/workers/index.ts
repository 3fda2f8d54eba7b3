export * from './singleton-workers';
export * from './workers.module';

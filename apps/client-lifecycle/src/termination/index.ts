export * from './termination.module';

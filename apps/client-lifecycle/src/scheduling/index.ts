export * from './scheduling.module';

export * from './infrastructure.module';
export * from './stores';

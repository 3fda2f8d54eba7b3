export * from './infrastructure.module';
export * from './stores';
export * from './master-key';

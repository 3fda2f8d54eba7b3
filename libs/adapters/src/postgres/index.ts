export * from './postgres-advisory-locks';
export * from './postgres-migrations';
export * from './postgres-pool';
export * from './postgres-transaction';

export * from './postgres.lease-store';
export * from './sqlite.lease-store';

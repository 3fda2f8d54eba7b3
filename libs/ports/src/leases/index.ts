export * from './lease.port';

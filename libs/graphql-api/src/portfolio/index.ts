export * from './client-summary.model';
export * from './clients.resolver';

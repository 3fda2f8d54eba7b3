export * from './client-summary.model';
export * from './clients.resolver';
export * from './risk-changed.resolver';

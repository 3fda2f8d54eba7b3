export * from './client-summary.model';
export * from './clients.resolver';
export * from './risk-changed.resolver';
export * from './portfolio.model';
export * from './portfolio.resolver';
export * from './portfolio.follower';
export * from './client-summary.resolver';

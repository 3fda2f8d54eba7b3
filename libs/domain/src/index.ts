export * from './client';
export * from './shared';
export * from './client-history';
export * from './risk';
export * from './profitability';
export * from './collection';
export * from './portfolio';
export * from './scheduling';

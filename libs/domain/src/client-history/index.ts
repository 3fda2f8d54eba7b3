export * from './client-history';
export * from './client-history.fold';
export * from './client-history.views';

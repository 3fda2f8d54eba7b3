export * from './client-history';
export * from './client-history.fold';

export * from './client-command.handler';
export * from './client-event.codec';
export * from './client.queries';
export * from './client-streams';
export * from './client-event.summary';
export * from './client-facts';
export * from './client.fold';
export * from './client-folds.cache';

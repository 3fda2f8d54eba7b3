export * from './client-mutations.resolver';
export * from './client.model';
export * from './client.resolver';
export * from './command-payload.model';
export * from './credit-control.resolver';
export * from './credit-control-collection.resolver';
export * from './timeline.model';
